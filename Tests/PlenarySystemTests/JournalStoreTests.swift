// Creating and resuming session journals on a real file system, with the machine's
// clocks replaced by readings the test controls.
import Foundation
import PlenaryCore
import PlenaryFormats
import Testing

@testable import PlenarySystem

/// A fresh directory per test.
func journalScratch(_ name: String = #function) -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent(
            "plenary-journal-\(getpid())-\(name.filter(\.isLetter))-\(UInt32.random(in: 0...UInt32.max))")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.path
}

/// Clocks that read whatever the test set: a boot and a wall clock that move together.
final class FakeMachine: @unchecked Sendable {
    var wall = Instant(year: 2023, month: 12, day: 8, hour: 11, minute: 29, utcOffset: .minutes(60))
    var boot: Int64 = 7_000_000_000
    var bootID = "boot-a"

    func advance(_ d: Duration) {
        wall = wall + d
        boot += d.wholeMilliseconds * 1_000_000
    }

    func reboot(id: String, downtime: Duration) {
        wall = wall + downtime
        boot = 3_000_000_000
        bootID = id
    }

    var clocks: MachineClock { MachineClock(wallNow: { self.wall }, bootNow: { self.boot }, bootID: bootID) }

    /// Session time as the console would read it from `anchor`.
    func now(_ anchor: ClockAnchor) -> Instant { anchor.wall + .nanoseconds(boot - anchor.bootNanoseconds) }
}

extension OpenedSession {
    /// What the console does for one command: decide, persist, then record.
    mutating func perform(_ c: Command, at t: Instant, sourceLocation: SourceLocation = #_sourceLocation) throws {
        switch session.decide(c, at: t) {
        case .failure(let r): Issue.record("\(c) rejected: \(r)", sourceLocation: sourceLocation)
        case .success(let events):
            try journal.persist(events)
            session.record(events)
        }
    }
}

@Suite struct JournalStoreTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    @Test func defaultPathsSitNextToTheRegistrationFile() {
        #expect(
            SessionStore.defaultJournalPath(registrationFile: "/srv/asp22/cooperation.csv", rehearsal: false)
                == "/srv/asp22/cooperation.journal")
        #expect(
            SessionStore.defaultJournalPath(registrationFile: "/srv/asp22/cooperation.csv", rehearsal: true)
                == "/srv/asp22/cooperation.rehearsal.journal")
        #expect(SessionStore.defaultJournalPath(registrationFile: "plan.toml", rehearsal: false) == "plan.journal")
        // The default session has no file to sit next to: its journals are state.
        let state = journalScratch() + "/state"
        let dirs = UserDirectories.of { ["XDG_STATE_HOME": state][$0] }
        #expect(
            SessionStore.defaultJournalPath(registrationFile: nil, rehearsal: false, directories: dirs)
                == state + "/plenary/plenary-default-session.journal")
        #expect(
            SessionStore.defaultJournalPath(registrationFile: nil, rehearsal: true, directories: dirs)
                == state + "/plenary/plenary-default-session.rehearsal.journal")
        #expect(FileManager.default.fileExists(atPath: state + "/plenary"))
        #expect(
            SessionStore.defaultJournalPath(registrationFile: nil, rehearsal: false, directories: .of { _ in nil })
                == "plenary-default-session.journal")
    }

    @Test func resumingOnTheSameBootKeepsTheSpeakersElapsedTime() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var first = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(first.kind == .created)
        try first.perform(.openSession, at: m.now(first.anchor))
        try first.perform(.startNextSegment, at: m.now(first.anchor))
        m.advance(.seconds(3))
        try first.perform(.giveFloor, at: m.now(first.anchor))
        m.advance(.seconds(50))
        let before = first.session.state.speakingTime(at: m.now(first.anchor))
        first.journal.close()
        // The program dies here; the wall clock is then stepped by NTP, which must not matter.
        m.wall = m.wall + .seconds(3600)
        m.advance(.seconds(7))
        let again = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(again.kind == .sameBoot)
        #expect(!again.clockNeedsAcknowledgement)
        #expect(again.anchor == first.anchor)
        #expect(again.session.events == first.session.events)
        #expect(again.session.state.speakingTime(at: m.now(again.anchor)) == before.map { $0 + .seconds(7) })
    }

    @Test func afterARebootTheClockIsRebuiltFromTheWallClockAndFlaggedUntilAcknowledged() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var first = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        try first.perform(.openSession, at: m.now(first.anchor))
        try first.perform(.startNextSegment, at: m.now(first.anchor))
        try first.perform(.giveFloor, at: m.now(first.anchor))
        let floorAt = m.now(first.anchor)
        m.advance(.seconds(40))
        first.journal.close()
        m.reboot(id: "boot-b", downtime: .seconds(80))
        let again = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(again.kind == .afterReboot(previousBoot: "boot-a"))
        #expect(again.clockNeedsAcknowledgement)
        #expect(again.anchor == ClockAnchor(wall: m.wall, bootNanoseconds: m.boot, bootID: "boot-b"))
        // Reconstructed from the wall clock: the downtime counts as time at the microphone.
        #expect(again.session.state.speakingTime(at: m.now(again.anchor)) == m.wall - floorAt)
        // Restarted again on the new boot, before acknowledging: still flagged, same anchor.
        m.advance(.seconds(2))
        again.journal.close()
        let third = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(third.kind == .sameBoot && third.clockNeedsAcknowledgement && third.anchor == again.anchor)
        var acknowledging = third
        try SessionStore.acknowledgeClock(&acknowledging)
        third.journal.close()
        let fourth = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(!fourth.clockNeedsAcknowledgement)
    }

    @Test func aClosedSessionIsNotReopenedByAccident() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        m.advance(.seconds(10))
        try s.perform(.closeSession, at: m.now(s.anchor))
        s.journal.close()
        let size = try FileReader.read(path).count
        #expect(throws: JournalError.self) {
            _ = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        }
        #expect(try FileReader.read(path).count == size, "refusing must not write")
        let reopened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            reopenClosed: true, clocks: m.clocks)
        #expect(reopened.session.state.isClosed)
    }

    @Test func aRehearsalNeverWritesIntoALiveJournal() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        _ = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        do {
            _ = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: true, clocks: m.clocks)
            Issue.record("a rehearsal opened a live journal")
        } catch JournalError.wrongKind(_, let isRehearsal) {
            #expect(!isRehearsal)
        }
    }

    @Test func aTornLastRecordIsCutOffKeptAndNoted() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        let events = s.session.events
        s.journal.close()
        s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        // A power cut in the middle of the next write.
        s.journal.close()
        let garbage = Array(#"{"crc":"0badf00d","rec":{"boot":"boot-a","bo"#.utf8)
        let fd = open(path, O_WRONLY | O_APPEND)
        _ = garbage.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(resumed.session.events == events)
        let repaired = try #require(resumed.repaired)
        #expect(repaired.droppedBytes == garbage.count)
        #expect(try FileReader.read(repaired.brokenCopy) == garbage)
        let reading = try JournalFile.read(path)
        #expect(reading.tornBytes == 0)
        #expect(reading.notes.contains { if case .repaired(garbage.count, _) = $0.note { true } else { false } })
    }

    @Test func damageInTheMiddleRefusesAndNeverRewrites() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        try s.perform(.giveFloor, at: m.now(s.anchor))
        s.journal.close()
        var bytes = try FileReader.read(path)
        let lineEnds = bytes.indices.filter { bytes[$0] == 10 }
        bytes[lineEnds[1] + 30] ^= 0x01
        try DurableFiles.writeAtomically(bytes, to: path)
        do {
            _ = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
            Issue.record("a damaged journal was opened")
        } catch {
            #expect("\(error)".hasPrefix("\(path):3: the journal is damaged"))
        }
        #expect(try FileReader.read(path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + ".broken"))
    }

    @Test func twoProgramsNeverWriteOneJournal() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let first = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(throws: JournalError.self) {
            _ = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        }
        #expect(DurableFiles.isLockedByAnother(path))
        _ = first
    }
}
