// The chair's P(on time): the console's figure (`LiveOdds`: its runs, seed and
// schedule), on the page in a real browser, with what it means, and gone once the
// session is closed. A rehearsal journal is followed event by event (its "now" is its
// last event's instant), so the figure the server computes is known exactly.
import Foundation
import PlenaryCore
import PlenarySimulation
import PlenarySystem
import PlenaryTestSupport
import PlenaryView
import Testing

@testable import PlenaryServe

@Suite(.serialized) struct ChairOddsTests {
    @Test(.enabled(if: Chromium.path != nil, "chromium is not installed: apt-get install chromium"))
    func theChairPageShowsTheConsolesOddsAndWhatTheyMean() async throws {
        var state: SessionState?
        var events: [Event] = []
        let server = try await LoopbackServer { journal in
            var s = try SessionStore.open(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers, path: journal, rehearsal: true)
            try LoopbackServer.perform(&s, [.openSession, .startNextSegment, .giveFloor])
            state = s.session.state
            events = s.session.events
        }
        let st = try #require(state)
        let at = try #require(events.last?.at)
        let expected = Int((LiveOdds.chance(st, at: at, events: events.count) * 100).rounded())

        let url = "http://127.0.0.1:\(server.port)/chair"
        let dom = try await server.offPool { try Chromium.dom(url) { $0.contains("id=\"onTime\"") } }
        #expect(dom.contains("<dt>P(on time)</dt><dd id=\"onTime\">\(expected)%</dd>"), "\(dom)")
        #expect(dom.contains(WebStrings.english.onTimeMeaning(LiveOdds.runs)))
        await server.stop()
    }

    @Test(.enabled(if: Chromium.path != nil, "chromium is not installed: apt-get install chromium"))
    func withARegistrationFileTheOddsUseItsStatementLengths() async throws {
        // The example list with every statement written long (the `words` column).
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let example = try String(
            contentsOf: root.appendingPathComponent("Examples/asp-2023-cooperation.csv"), encoding: .utf8)
        let long = example.replacingOccurrences(of: ",\r\n", with: ",3000\r\n")
            .replacingOccurrences(of: ",\n", with: ",3000\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-words-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("long.csv").path
        try Data(long.utf8).write(to: URL(fileURLWithPath: csv))
        let registration = try RegistrationFile.load(csv)
        #expect(registration.words.count == DefaultSession.speakers.count)

        var state: SessionState?
        var events: [Event] = []
        let server = try await LoopbackServer(registration: csv) { journal in
            let session = registration.session()
            var s = try SessionStore.open(
                plan: session.plan, speakers: session.initial.speakers.values.sorted { $0.id < $1.id },
                path: journal, rehearsal: true)
            try LoopbackServer.perform(&s, [.openSession, .startNextSegment, .giveFloor])
            state = s.session.state
            events = s.session.events
        }
        let st = try #require(state)
        let at = try #require(events.last?.at)
        let expected = LiveOdds.chance(st, at: at, events: events.count, words: registration.words)
        #expect(expected != LiveOdds.chance(st, at: at, events: events.count), "the lengths change the odds")

        let url = "http://127.0.0.1:\(server.port)/chair"
        let dom = try await server.offPool { try Chromium.dom(url) { $0.contains("id=\"onTime\"") } }
        #expect(dom.contains("<dd id=\"onTime\">\(Int((expected * 100).rounded()))%</dd>"), "\(dom)")
        await server.stop()
    }

    @Test func theOddsAreWordedInFrenchAndGoneOnceClosed() {
        var session = Session(plan: DefaultSession.plan, speakers: DefaultSession.speakers)
        let start = DefaultSession.plan.start
        for c in [Command.openSession, .startNextSegment, .giveFloor] { _ = session.handle(c, at: start) }
        let fr = PageSnapshot.of(
            .live(session.state, rehearsal: false), now: start, rate: 1, language: .french, freeze: false,
            onTime: 0.734)
        #expect(fr.chair?.onTime == "73 %")
        #expect(fr.labels["onTime"] == "P(à l'heure)")
        #expect(fr.labels["onTimeMeaning"]?.contains("\(LiveOdds.runs) fins simulées") ?? false)
        let none = PageSnapshot.of(
            .live(session.state, rehearsal: false), now: start, rate: 1, language: .english, freeze: false)
        #expect(none.chair?.onTime == nil, "no figure before the first run is done")

        _ = session.handle(.endIntervention, at: start + .seconds(60))
        _ = session.handle(.closeSession, at: start + .seconds(61))
        #expect(session.state.isClosed)
        let closed = PageSnapshot.of(
            .live(session.state, rehearsal: false), now: start + .seconds(62), rate: 1, language: .english,
            freeze: false, onTime: 0.5)
        #expect(closed.chair?.onTime == nil)
    }

    @Test func aRunIsStartedOncePerSettledChangeAndOnceAMinute() {
        var odds = LiveOdds()
        let ms: Int64 = 1_000_000
        func due(_ events: Int, _ real: Int64) -> Bool { odds.start(events: events, real: real) }
        #expect(!due(3, 0), "an event just seen has not settled")
        #expect(due(3, 400 * ms))
        #expect(!due(3, 500 * ms), "nothing new")
        #expect(!due(4, 600 * ms))
        #expect(!due(5, 900 * ms), "a burst of keys: wait for the last")
        #expect(due(5, 1300 * ms))
        #expect(!due(5, 60_000 * ms))
        #expect(due(5, 61_300 * ms), "a minute on: the odds move as a speaker runs over")
    }
}
