// The console over a real journal on a disk that fails: what the operator sees and
// what ends up on disk, keys in, files out.
import Foundation
import PlenaryConsole
import PlenaryCore
import PlenaryFormats
import PlenaryView
import Testing

@testable import PlenarySystem

@Suite struct ConsoleJournalTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    func screen(_ c: ConsoleController, at t: Instant) -> String {
        c.render(at: t, width: 160, height: 30).lines().joined(separator: "\n")
    }

    @Test func aFailedSyncRaisesNotSavedAndTheConsoleCarriesOnInANewJournal() throws {
        let m = FakeMachine()
        let disk = FaultyDisk()
        let path = journalScratch() + "/s.journal"
        let opened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks, io: disk.io)
        let sink = JournalSink(opened, io: disk.io)
        let c = ConsoleController(session: opened.session, sink: sink)
        for k: Key in [.char("g"), .char("y"), .char("g"), .char("y")] { _ = c.handle(k, at: m.now(opened.anchor)) }
        #expect(c.state.currentSegment == 0)
        let acknowledged = c.session.events

        disk.failSync = true
        m.advance(.seconds(5))
        _ = c.handle(.char(" "), at: m.now(opened.anchor))
        let failed = screen(c, at: m.now(opened.anchor))
        #expect(failed.contains("NOT SAVED"), "\(failed)")
        #expect(c.session.events == acknowledged, "the refused action is not shown as done")
        #expect(c.ui.continuedIn == path + ".continued-1")
        #expect(sink.path == path + ".continued-1")
        #expect(failed.contains("continues in \(path).continued-1"), "\(failed)")

        // The operator repeats the action; it lands in the continuation.
        disk.failSync = false
        _ = c.handle(.char(" "), at: m.now(opened.anchor))
        let after = screen(c, at: m.now(opened.anchor))
        #expect(!after.contains("NOT SAVED"))
        #expect(after.contains("continues in"), "the new place stays on screen")
        #expect(c.session.events.count > acknowledged.count)
        #expect(c.state.floor.intervention != nil, "the floor is given")
        #expect(c.summary(at: m.now(opened.anchor)).hasSuffix("the journal continues in \(path).continued-1"))
        sink.journal.close()

        // A restart finds the continuation from the original path, with everything.
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(resumed.journal.path == path + ".continued-1")
        #expect(resumed.session.events == c.session.events)
        #expect(resumed.kind == .sameBoot)
    }

    @Test func afterARebootTheOperatorConfirmsTheRebuiltTimesWithK() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var first = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        try first.perform(.openSession, at: m.now(first.anchor))
        try first.perform(.startNextSegment, at: m.now(first.anchor))
        first.journal.close()
        m.reboot(id: "boot-b", downtime: .seconds(60))

        let again = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(again.clockNeedsAcknowledgement)
        let c = ConsoleController(
            session: again.session, sink: JournalSink(again),
            clockUnconfirmed: again.clockNeedsAcknowledgement)
        let now = m.now(again.anchor)
        #expect(screen(c, at: now).contains("rebuilt from the wall clock"))
        _ = c.handle(.char("K"), at: now)
        #expect(!screen(c, at: now).contains("rebuilt from the wall clock"))
        #expect(c.ui.message?.text == "Rebuilt times confirmed")
        // K again has nothing left to confirm, and says so.
        _ = c.handle(.char("K"), at: now)
        #expect(c.ui.message?.text == "The clock needs no confirmation")
        again.journal.close()

        let third = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(third.kind == .sameBoot && !third.clockNeedsAcknowledgement)
    }

    /// The disk of the journal is full: the continuation goes to the home directory
    /// (or /tmp), and a restart with the original path finds it there.
    @Test func aRestartFindsTheContinuationInTheHomeDirectory() throws {
        let m = FakeMachine()
        let disk = FaultyDisk()
        let dir = journalScratch()
        let name = "full-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).journal"
        let path = dir + "/" + name
        let opened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks, io: disk.io)
        let sink = JournalSink(opened, io: disk.io)
        let c = ConsoleController(session: opened.session, sink: sink)
        for k: Key in [.char("g"), .char("y"), .char("g"), .char("y")] { _ = c.handle(k, at: m.now(opened.anchor)) }
        disk.written = 0
        disk.failWritesAfter = 0
        disk.onlyUnder = dir
        _ = c.handle(.char(" "), at: m.now(opened.anchor))
        let away = try #require(c.ui.continuedIn)
        defer { unlink(away) }
        #expect(!away.hasPrefix(dir), "not on the full disk: \(away)")
        #expect(away.hasSuffix("/\(name).continued"))
        _ = c.handle(.char(" "), at: m.now(opened.anchor))
        #expect(c.state.floor.intervention != nil)
        sink.journal.close()

        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(resumed.journal.path == away)
        #expect(resumed.session.events == c.session.events)
        resumed.journal.close()
    }
}
