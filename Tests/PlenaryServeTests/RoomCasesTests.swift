// The room display's rules (docs/display.md), through the pages: the real
// `plenary-serve` follows a journal written as the console writes it, and each case the
// display has a test for is checked in the page's DOM (headless Chromium) or in the
// snapshot its event stream sends. The words come from the display's own strings.
import Foundation
import PlenaryCore
import PlenaryServe
import PlenarySystem
import PlenaryTestSupport
import PlenaryView
import Testing

@Suite(.serialized) struct RoomCasesTests {
    static let chromium = Chromium.path != nil
    let d = DisplayStrings.english

    func open(_ journal: String, rehearsal: Bool = false) throws -> OpenedSession {
        try SessionStore.open(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, path: journal, rehearsal: rehearsal)
    }

    /// The speaker page's DOM once `predicate` holds.
    func speakerPage(_ server: LoopbackServer, until predicate: @escaping @Sendable (String) -> Bool)
        async throws -> String
    {
        let url = "http://127.0.0.1:\(server.port)/speaker"
        return try await server.offPool { try Chromium.dom(url, until: predicate) }
    }

    @Test(.enabled(if: chromium, "chromium is not installed: apt-get install chromium"))
    func theWaitingPageNamesTheJournalThenFollowsItOnceCreated() async throws {
        let server = try await LoopbackServer { _ in }
        let waiting = d.toBeCreated(server.journal)
        let dom = try await speakerPage(server) { $0.contains(waiting) }
        #expect(dom.contains("<li>\(waiting)</li>"), "\(dom)")
        #expect(dom.contains("<p id=\"word\" aria-live=\"polite\">\(d.waiting)</p>"))

        // The console starts: the page follows the journal it waited for.
        let store = try open(server.journal)
        let title = DefaultSession.plan.title
        let live = try await speakerPage(server) { $0.contains(title) }
        #expect(live.contains("<p id=\"title\">\(title)</p>"), "\(live)")
        #expect(!live.contains(waiting))
        store.journal.close()
        await server.stop()
    }

    @Test(.enabled(if: chromium, "chromium is not installed: apt-get install chromium"))
    func theClosingSummaryAfterTheClose() async throws {
        var closed: SessionState?
        let server = try await LoopbackServer { journal in
            var s = try open(journal)
            try LoopbackServer.perform(&s, [.openSession, .startNextSegment, .giveFloor, .endIntervention])
            try LoopbackServer.perform(&s, [.closeSession])
            closed = s.session.state
        }
        let st = try #require(closed)
        let config = DisplayConfig(language: .english, showNext: true, freezeAtZero: false)
        let summary = DisplayScreen.panel(.live(st, rehearsal: false), now: DefaultSession.plan.end, config: config)
            .lines
        #expect(summary.count >= 3)
        let dom = try await speakerPage(server) { $0.contains(Strings.english.closed) }
        #expect(dom.contains("<p id=\"word\" aria-live=\"polite\">\(Strings.english.closed)</p>"), "\(dom)")
        #expect(dom.contains("<ul id=\"lines\">" + summary.map { "<li>\($0)</li>" }.joined() + "</ul>"), "\(dom)")
        await server.stop()
    }

    @Test func followsARestartOfTheConsoleAndItsContinuation() async throws {
        let console = Console()
        let server = try await LoopbackServer(prepare: console.start)
        let page = try EventStream(server)
        #expect(page.waitFor(onTheFloor) != nil)

        // kill -9 and start again: the console resumes (a note), the page carries on, on
        // the recorded clock: the time left is the one the resumed console computes.
        let store = try #require(console.store)
        store.journal.close()
        var again = try open(server.journal)
        #expect(again.kind == .sameBoot)
        try LoopbackServer.perform(&again, [.pause])
        let paused = try #require(page.waitFor { word($0) == Strings.english.paused }.flatMap { decoded($0) })
        let left = try #require(again.session.state.remaining(at: Instant(milliseconds: paused.now)))
        #expect(paused.speaker.clock?.value == left.wholeMilliseconds)
        #expect(paused.speaker.clock?.rate == 0)

        // The disk fails: the console continues into .continued-1, which the page follows.
        again.journal = try again.journal.continueAfterFailure(history: again.session.events, anchor: again.anchor)
        try LoopbackServer.perform(&again, [.resume, .endIntervention])
        #expect(page.waitFor { word($0) == Strings.english.floorFree } != nil)
        #expect(FileManager.default.fileExists(atPath: server.journal + ".continued-1"))
        again.journal.close()
        page.close()
        await server.stop()
    }

    @Test func aReplacedFileIsReadAgainAndARemovedOneWaitedFor() async throws {
        let console = Console()
        let server = try await LoopbackServer(prepare: console.start)
        let page = try EventStream(server)
        #expect(page.waitFor(onTheFloor) != nil)

        // Another session's journal, not opened yet, moved into place.
        let other = server.dir.appendingPathComponent("other.journal").path
        try open(other).journal.close()
        #expect(rename(other, server.journal) == 0)
        let fresh = try #require(page.waitFor { word($0) == d.waiting }.flatMap { decoded($0) })
        #expect(fresh.chair != nil, "a journal, not yet opened: the session's pages")
        #expect(fresh.segments.allSatisfy { $0.rows.allSatisfy { $0.status == Strings.english.statusWaiting } })

        #expect(unlink(server.journal) == 0)
        let gone = try #require(page.waitFor { decoded($0)?.chair == nil }.flatMap { decoded($0) })
        #expect(gone.speaker.lines == [d.toBeCreated(server.journal)])
        page.close()
        await server.stop()
    }

    @Test func aRehearsalJournalIsFollowedEventByEvent() async throws {
        var rehearsal: OpenedSession?
        let server = try await LoopbackServer { journal in
            var s = try open(journal, rehearsal: true)
            try LoopbackServer.perform(&s, [.openSession, .startNextSegment])
            rehearsal = s
        }
        var store = try #require(rehearsal)
        let page = try EventStream(server)
        let free = try #require(page.waitFor { word($0) == Strings.english.floorFree }.flatMap { decoded($0) })
        #expect(free.title.hasPrefix(d.rehearsal + " · "))
        #expect(free.rate == 0, "a rehearsal's virtual clock is not this machine's: no clock runs on the page")
        #expect(free.now == store.session.events.last?.at.milliseconds)

        // Each recorded moment as it arrives: the page is at the last event's instant.
        for command in [Command.giveFloor, .pause] {
            try await Task.sleep(for: .milliseconds(300))
            try LoopbackServer.perform(&store, [command])
            let at = try #require(store.session.events.last?.at.milliseconds)
            let snap = try #require(page.waitFor { decoded($0)?.now == at }.flatMap { decoded($0) }, "\(command)")
            #expect(snap.rate == 0)
            let left = try #require(store.session.state.remaining(at: Instant(milliseconds: at)))
            #expect(snap.speaker.clock?.value == left.wholeMilliseconds)
        }
        store.journal.close()
        page.close()
        await server.stop()
    }
}
