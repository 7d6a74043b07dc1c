// The chain of journals anchored at the original, outside damage to the journal being
// written, a resume on a full disk, and the edges of a journal's last line (issue 15).
import Foundation
import PlenaryConsole
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat
import PlenaryView
import Testing

@testable import PlenarySystem

@Suite struct JournalChainTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    /// A session with the floor given, its journal at `path`.
    func started(_ path: String, _ m: FakeMachine, io: FileIO = .system) throws -> OpenedSession {
        var s = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks, io: io,
            directories: UserDirectories(state: journalScratch("unused"), themes: nil))
        for c: Command in [.openSession, .startNextSegment, .callNext, .giveFloor] {
            try s.perform(c, at: m.now(s.anchor))
        }
        return s
    }

    @Test func aContinuationInAnotherUsersStateDirectoryIsFoundFromThePointerBesideTheOriginal() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try started(path, m)
        let stateA = journalScratch("stateA")
        let disk = FaultyDisk()
        // The original's directory refuses the write: the continuation goes to A's state directory.
        s.journal.close()
        let failing = try Journal.open(at: path, clocks: m.clocks, io: disk.io).0
        disk.failSync = true
        #expect(throws: JournalError.self) { try failing.note(.clockAcknowledged) }
        let next = try failing.continueAfterFailure(
            history: s.session.events, anchor: s.anchor, candidates: ["\(stateA)/s.journal.continued"])
        #expect(failing.pointerFailure == nil)
        let end = try s.session.decide(.endIntervention, at: m.now(s.anchor)).get()
        try next.persist(end)
        s.session.record(end)
        next.close()
        failing.close()
        #expect(JournalFile.pointed(from: path) == DurableFiles.absolute(next.path))

        // Another HOME (sudo, another account): its state directory holds nothing.
        let stateB = UserDirectories(state: journalScratch("stateB"), themes: nil)
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks, directories: stateB)
        #expect(resumed.journal.path == DurableFiles.absolute(next.path))
        #expect(resumed.session.events == s.session.events)
        #expect(resumed.session.state.floor.intervention == nil, "the speaker's intervention ended")
        resumed.journal.close()
        #expect(try JournalFile.newest(path, directories: stateB) == DurableFiles.absolute(next.path))
    }

    @Test func aPointerToAContinuationThatIsGoneRefusesRatherThanResumeTheStaleOriginal() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let s = try started(path, m)
        s.journal.close()
        let before = try FileReader.read(path)
        // The continuation was in /tmp and the machine rebooted.
        let gone = journalScratch("gone") + "/s.journal.continued"
        try DurableFiles.writeAtomically(Array((gone + "\n").utf8), to: JournalFile.pointer(of: path))
        #expect {
            try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        } throws: { error in
            guard case JournalError.continuationMissing(let journal, let continuation) = error else { return false }
            return journal == path && continuation == gone
        }
        #expect(try FileReader.read(path) == before, "the stale original is not appended to")
    }

    // MARK: outside damage

    enum Damage: String, CaseIterable { case deleted, replaced, truncated }

    @Test(arguments: Damage.allCases)
    func outsideDamageIsNotSavedAndTheConsoleContinues(damage: Damage) throws {
        let m = FakeMachine()
        let dir = journalScratch()
        let path = dir + "/s.journal"
        let opened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        let sink = JournalSink(opened, candidates: { ["\($0).continued-1"] })
        let c = ConsoleController(session: opened.session, sink: sink)
        for k: Key in [.char("g"), .char("y"), .char("g"), .char("y")] { _ = c.handle(k, at: m.now(opened.anchor)) }
        let acknowledged = c.session.events
        switch damage {
        case .deleted: try FileManager.default.removeItem(atPath: path)
        case .replaced:
            try FileManager.default.removeItem(atPath: path)
            try Data("someone else's file\n".utf8).write(to: URL(fileURLWithPath: path))
        case .truncated:
            let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try h.truncate(atOffset: 0)
            try h.close()
        }
        m.advance(.seconds(5))
        _ = c.handle(.char(" "), at: m.now(opened.anchor))
        let screen = c.render(at: m.now(opened.anchor), width: 160, height: 30).lines().joined(separator: "\n")
        #expect(screen.contains("NOT SAVED"), "\(screen)")
        #expect(screen.components(separatedBy: "NOT SAVED").count == 2, "said once: \(screen)")
        #expect(c.session.events == acknowledged, "the refused action is not shown as done")
        #expect(c.ui.continuedIn == path + ".continued-1")
        if damage == .truncated {
            #expect(try FileReader.read(path).isEmpty, "nothing appended into the cut file")
        }
        _ = c.handle(.char(" "), at: m.now(opened.anchor))
        #expect(c.state.floor.intervention != nil, "repeated, the action lands in the continuation")
        sink.journal.close()
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        #expect(resumed.journal.path == DurableFiles.absolute(path + ".continued-1"))
        #expect(resumed.session.events == c.session.events)
        resumed.journal.close()
    }

    // MARK: resuming on a full disk

    @Test func resumingOnAFullDiskContinuesInTheStateDirectory() throws {
        let m = FakeMachine()
        let dir = journalScratch()
        let path = dir + "/s.journal"
        let s = try started(path, m)
        s.journal.close()
        let disk = FaultyDisk()
        disk.failWritesAfter = 0
        disk.onlyUnder = dir
        let state = UserDirectories(state: journalScratch("state"), themes: nil)
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks, io: disk.io,
            directories: state)
        #expect(resumed.journal.path == state.state! + "/s.journal.continued")
        #expect(resumed.continuedAtStart?.from == path)
        #expect(resumed.continuedAtStart?.reason.hasPrefix("NOT SAVED") == false)
        #expect(resumed.session.events == s.session.events)
        try resumed.journal.persist(try resumed.session.decide(.endIntervention, at: m.now(resumed.anchor)).get())
        resumed.journal.close()
        // The disk has room again: the chain still ends in the state directory.
        let again = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks,
            directories: UserDirectories(state: nil, themes: nil))
        #expect(again.journal.path == resumed.journal.path)
        #expect(again.session.events.count == s.session.events.count + 1)
        again.journal.close()
    }

    @Test func aJournalAnotherConsoleHoldsIsInUse() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let first = try started(path, m)
        #expect {
            try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        } throws: { error in
            guard case JournalError.inUse(let p) = error else { return false }
            return p == path && "\(error)".contains("in use")
        }
        first.journal.close()
    }

    @Test func theLoserOfTwoFirstStartsIsToldTheJournalIsInUse() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        // The other console links its journal into place while this one writes its header.
        let raced = FileIO(
            write: FileIO.system.write, fdatasync: FileIO.system.fdatasync,
            fsync: { fd in
                if !DurableFiles.exists(path) { _ = FileManager.default.createFile(atPath: path, contents: Data()) }
                return FileIO.system.fsync(fd)
            })
        #expect {
            try SessionStore.open(
                plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks, io: raced)
        } throws: { error in
            guard case JournalError.inUse(let p) = error else { return false }
            return p == path && !"\(error)".contains("already exists")
        }
    }

    // MARK: the last line

    @Test(arguments: [nil, UInt8(0x0B), UInt8(0x8A)])
    func aLastRecordThatChecksIsKeptWithoutItsNewlineAndTheLineIsEnded(replacement: UInt8?) throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let s = try started(path, m)
        s.journal.close()
        var bytes = try FileReader.read(path)
        bytes.removeLast()
        if let replacement { bytes.append(replacement) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reading = try JournalFile.read(path)
        #expect(reading.events == s.session.events, "the acknowledged floor is kept")
        #expect(reading.unterminated)
        #expect(reading.tornBytes == (replacement == nil ? 0 : 1))

        var resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        #expect(resumed.session.events == s.session.events)
        try resumed.perform(.endIntervention, at: m.now(resumed.anchor))
        resumed.journal.close()
        let after = try JournalFile.read(path)
        #expect(!after.unterminated && after.tornBytes == 0)
        #expect(after.events == resumed.session.events)
    }
}
