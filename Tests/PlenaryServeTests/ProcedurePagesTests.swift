// The rules of procedure on the pages (issue 16 on issue 17's pages): the message to the
// speaker, a point of order's and a suspension's own clock as the room display's digits,
// their lines on the chair's page, and replies, joint statements, statements in writing
// and each speaker's limit on the public list. The words are the display's and the
// console's own (`ProcedureStrings`, `ConsoleScreen.status`).
import Foundation
import PlenaryCore
import PlenaryTestSupport
import PlenaryText
import PlenaryView
import Testing

@testable import PlenaryServe

@Suite struct ProcedureSnapshotTests {
    static let config = DisplayConfig(language: .english, showNext: true, freezeAtZero: false)

    /// The default session, the European Union speaking on behalf of two candidate
    /// countries and Belgium with its own 3:00 limit, the first speaker on the floor.
    static func session() -> (Session, Instant) {
        var speakers = DefaultSession.speakers
        for i in speakers.indices {
            if speakers[i].delegation == "Belgium" { speakers[i].limit = .minutes(3) }
            if speakers[i].delegation == "European Union" { speakers[i].onBehalfOf = ["Albania", "North Macedonia"] }
        }
        var session = Session(plan: DefaultSession.plan, speakers: speakers)
        let start = DefaultSession.plan.start
        for c in [Command.openSession, .startNextSegment, .giveFloor] { _ = try? session.handle(c, at: start).get() }
        return (session, start)
    }

    static func snap(_ st: SessionState, _ now: Instant, _ language: Language = .english) -> PageSnapshot {
        PageSnapshot.of(.live(st, rehearsal: false), now: now, rate: 1, language: language, freeze: false)
    }

    /// The page's digits at `t` as its script counts them from the snapshot's clock.
    static func digits(_ snap: PageSnapshot, at t: Instant) -> String? {
        guard let c = snap.speaker.clock else { return snap.speaker.digits }
        let ms = c.value + Int64(c.rate) * (t.milliseconds - snap.now)
        let d = Duration.milliseconds(ms)
        return ms >= 0 ? TimeText.minutesSeconds(d) : "+" + TimeText.minutesSeconds(.zero - d)
    }

    @Test func aPointOfOrdersClockIsTheDisplaysDigitsWhileTheSpeakersStandsStill() throws {
        var (session, start) = Self.session()
        let raised = start + .seconds(50)
        _ = try session.handle(.raisePointOfOrder(by: "Kenya"), at: raised).get()
        let st = session.state
        let snap = Self.snap(st, raised + .seconds(3))
        let clock = try #require(snap.speaker.clock)
        #expect(clock == RunningTime(value: 3000, rate: 1), "counts up from the raise")
        #expect(snap.speaker.changes.isEmpty, "one word and colour however long it runs")
        for later in [5, 40, 130] {
            let t = raised + .seconds(later)
            let panel = DisplayScreen.panel(.live(st, rehearsal: false), now: t, config: Self.config)
            #expect(Self.digits(snap, at: t) == panel.digits, "at +\(later)s")
            #expect(panel.word == snap.speaker.word && panel.role.rawValue == snap.speaker.role)
        }
        let chair = try #require(snap.chair)
        #expect(chair.floorTime == RunningTime(value: 50_000, rate: 0), "the interrupted speaker's time stands")
        let w = ProcedureStrings.english
        #expect(chair.procedure.first == w.raisedBy("Kenya"))
        #expect(chair.procedure.dropFirst().first?.contains("clock stopped at 1:10 left") == true, "\(chair.procedure)")
    }

    @Test func aSuspensionCountsDownToTheAnnouncedEnd() throws {
        var (session, start) = Self.session()
        _ = try session.handle(.endIntervention, at: start + .seconds(60)).get()
        let suspended = start + .seconds(70)
        _ = try session.handle(.suspendMeeting(for: .minutes(10), reason: "consultations"), at: suspended).get()
        let st = session.state
        let snap = Self.snap(st, suspended + .seconds(4), .french)
        #expect(snap.speaker.clock == RunningTime(value: 596_000, rate: -1))
        #expect(snap.speaker.changes.isEmpty)
        #expect(snap.speaker.word == ProcedureStrings.french.suspended)
        let resumes = TimeText.clock(suspended + .minutes(10), utcOffset: st.plan.utcOffset)
        #expect(snap.chair?.procedure == ["consultations", ProcedureStrings.french.resumesAt(resumes)])
        let config = DisplayConfig(language: .french, showNext: true, freezeAtZero: false)
        let t = suspended + .seconds(11 * 60)
        #expect(
            Self.digits(snap, at: t) == DisplayScreen.panel(.live(st, rehearsal: false), now: t, config: config).digits)
    }

    @Test func theMessageToTheSpeakerIsSentUntilCleared() throws {
        var (session, start) = Self.session()
        _ = try session.handle(.showMessage(.canned(.pleaseConclude)), at: start + .seconds(5)).get()
        #expect(Self.snap(session.state, start + .seconds(6)).speaker.message == "Please conclude")
        #expect(Self.snap(session.state, start + .seconds(6), .french).speaker.message == "Veuillez conclure")
        _ = try session.handle(.clearMessage, at: start + .seconds(8)).get()
        #expect(Self.snap(session.state, start + .seconds(9)).speaker.message == nil)
    }

    @Test func theListNamesRepliesJointStatementsStatementsInWritingAndEachLimit() throws {
        var (session, start) = Self.session()
        var t = start + .seconds(60)
        _ = try session.handle(.endIntervention, at: t).get()
        for _ in 0..<2 {
            t = t + .seconds(1)
            _ = try session.handle(.requestReply(delegation: "France", function: "", category: .stateParty), at: t)
                .get()
        }
        let belgium = try #require(session.state.speakers.values.first { $0.delegation == "Belgium" }?.id)
        _ = try session.handle(.submitInWriting(belgium), at: t + .seconds(1)).get()
        let st = session.state
        for language in [Language.english, .french] {
            let rows = Self.snap(st, t + .seconds(2), language).segments.flatMap(\.rows)
            let w = ProcedureStrings.of(language)
            let replies = rows.filter { $0.delegation.hasPrefix("France (") }
            #expect(replies.map(\.delegation) == ["France" + w.replyMark(1), "France" + w.replyMark(2)], "\(rows)")
            #expect(replies.map(\.limit) == ["10:00", "5:00"])
            let eu = try #require(rows.first { $0.delegation == "European Union" })
            #expect(eu.onBehalfOf == w.onBehalfOf(["Albania", "North Macedonia"]))
            let be = try #require(rows.first { $0.delegation == "Belgium" })
            #expect(be.status == w.statusInWriting && be.limit == "3:00" && be.estimated == nil)
        }
    }
}

@Suite(.serialized) struct ProcedurePagesTests {
    static let chromium = Chromium.path != nil

    func dom(_ server: LoopbackServer, _ page: String, until predicate: @escaping @Sendable (String) -> Bool)
        async throws -> String
    {
        let url = "http://127.0.0.1:\(server.port)/\(page)"
        return try await server.offPool { try Chromium.dom(url, until: predicate) }
    }

    /// The text of the element with `id` in a dumped DOM.
    static func element(_ id: String, in dom: String) -> String? {
        guard let open = dom.range(of: "id=\"\(id)\"") else { return nil }
        let rest = dom[open.upperBound...]
        guard let gt = rest.firstIndex(of: ">"), let end = rest[gt...].range(of: "</") else { return nil }
        return String(rest[rest.index(after: gt)..<end.lowerBound])
    }

    static func seconds(_ text: String?) -> Int? {
        guard let text, let m = text.firstMatch(of: /(\d+):(\d\d)/) else { return nil }
        return Int(m.1)! * 60 + Int(m.2)!
    }

    @Test(.enabled(if: chromium, "chromium is not installed: apt-get install chromium"))
    func theSpeakerAndTheChairFollowAMessageAPointOfOrderAndASuspension() async throws {
        let console = Console()
        let server = try await LoopbackServer(prepare: console.start)
        let w = ProcedureStrings.english

        try console.press(.showMessage(.canned(.pleaseConclude)))
        let shown = try await dom(server, "speaker") { $0.contains("Please conclude") }
        #expect(shown.contains("<p id=\"message\" role=\"alert\">Please conclude</p>"), "\(shown)")
        #expect(Self.element("digits", in: shown).flatMap(Self.seconds) != nil, "the clock stays")
        #expect(Self.element("word", in: shown)?.isEmpty == false, "the stage word stays")

        // Kenya rises to a point of order: the band's clock counts up, the floor's stands still.
        try console.press(.raisePointOfOrder(by: "Kenya"))
        let first = try await dom(server, "chair") { $0.contains(w.raisedBy("Kenya")) }
        #expect(Self.element("word", in: first) == w.pointOfOrder, "\(first)")
        #expect(first.contains("clock stopped at"), "\(first)")
        #expect(first.contains("MESSAGE · Please conclude"), "\(first)")
        try await Task.sleep(for: .seconds(2.5))
        let later = try await dom(server, "chair") { $0.contains(w.raisedBy("Kenya")) }
        let (d1, d2) = (
            Self.seconds(Self.element("digits", in: first)), Self.seconds(Self.element("digits", in: later))
        )
        let (f1, f2) = (Self.seconds(Self.element("floor", in: first)), Self.seconds(Self.element("floor", in: later)))
        #expect(d1 != nil && d2 != nil && d2! >= d1! + 2, "point of order \(d1 ?? -1) then \(d2 ?? -1)")
        #expect(f1 != nil && f1 == f2, "speaker \(f1 ?? -1) then \(f2 ?? -1)")

        // The ruling, the end of the turn (the message ends with it), then a suspension.
        try console.press(
            .endPointOfOrder, .endIntervention, .suspendMeeting(for: .minutes(10), reason: "consultations"))
        let susp = try await dom(server, "speaker") { $0.contains(w.suspended) }
        #expect(!susp.contains("Please conclude"), "\(susp)")
        #expect(Self.element("message", in: susp) == "", "gone once cleared")
        let left = try #require(Self.seconds(Self.element("digits", in: susp)), "\(susp)")
        #expect((9 * 60 + 50...10 * 60).contains(left), "\(susp)")
        let chair = try await dom(server, "chair") { $0.contains("consultations") }
        #expect(chair.contains("<li>consultations</li><li>resumes at "), "\(chair)")
        await server.stop()
    }

    @Test(.enabled(if: chromium, "chromium is not installed: apt-get install chromium"))
    func theFrenchListNamesRepliesAndStatementsInWriting() async throws {
        let console = Console()
        let server = try await LoopbackServer(language: "fr", prepare: console.start)
        let last = try #require(console.store?.session.state.order[0].last)
        try console.press(
            .endIntervention, .requestReply(delegation: "France", function: "", category: .stateParty),
            .submitInWriting(last))
        let w = ProcedureStrings.french
        let dom = try await dom(server, "list") { $0.contains("France (réponse 1)") }
        #expect(dom.contains("<th scope=\"row\">France (réponse 1)</th>"), "\(dom)")
        #expect(dom.contains("<td class=\"limit num\">10:00</td>"), "\(dom)")
        #expect(dom.contains("✎ \(w.statusInWriting)"), "\(dom)")
        #expect(dom.contains("<th scope=\"col\">Durée</th>"), "\(dom)")
        await server.stop()
    }
}
