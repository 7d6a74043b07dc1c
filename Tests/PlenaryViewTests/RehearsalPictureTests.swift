// The rehearsal mark, the simulated room's notes and the live forecast on screen.
import PlenaryConsole
import PlenaryCore
import PlenaryText
import PlenaryView
import Testing

@Suite struct RehearsalPictureTests {
    func rehearsal(
        _ s: Session, _ now: Instant, width: Int = 80, height: Int = 24, ui: UIState = UIState(),
        language: Language = .english, extras: ScreenExtras = ScreenExtras()
    ) -> Grid {
        ConsoleScreen.render(
            state: s.state, now: now, view: ui.view,
            config: ConsoleConfig(language: language, rehearsalSpeed: 10), extras: extras,
            width: width, height: height)
    }

    func row(_ g: Grid, _ y: Int) -> String {
        String((0..<g.width).filter { !g[$0, y].isContinuation }.map { g[$0, y].character })
    }

    func text(_ g: Grid) -> String { (0..<g.height).map { row(g, $0) }.joined(separator: "\n") }

    @Test func aRehearsalWithTheRoomAndTheForecast() {
        let extras = ScreenExtras(onTimeChance: 0.64, roomNotes: [.finished("Presidency of the Court")])
        assertSnapshot(
            rehearsal(session(), at(11, 32, 10), width: 120, height: 40, extras: extras),
            "rehearsal-finished-120x40")
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12), (39, 11), (20, 5)])
    func theMarkIsOnEveryScreen(width: Int, height: Int) {
        var help = UIState()
        _ = help.handle(.char("?"), session: session(), now: at(11, 31))
        for ui in [UIState(), help] {
            let g = rehearsal(session(), at(11, 31), width: width, height: height, ui: ui)
            #expect(row(g, 0).hasPrefix(" REHEARSAL ×10 "), "\(width)×\(height): \(row(g, 0))")
            #expect(g[1, 0].role == .banner)
        }
        let fr = rehearsal(session(), at(11, 31), language: .french)
        #expect(row(fr, 0).hasPrefix(" RÉPÉTITION ×10 "))
    }

    @Test func theForecastSitsInTheStatusLineAndGoesWhenClosed() {
        let live = ConsoleScreen.render(
            state: session().state, now: at(11, 31), view: UIState().view,
            config: ConsoleConfig(),
            extras: ScreenExtras(onTimeChance: 0.638), width: 120, height: 40)
        #expect(row(live, 1).contains("│ P(on time) 64%"))
        #expect(!row(live, 0).contains("REHEARSAL"))
        // Without a forecast the status line is as before.
        #expect(!text(picture(session(), at(11, 31), width: 120, height: 40)).contains("P(on time)"))
        let fr = ConsoleScreen.render(
            state: session().state, now: at(11, 31), view: UIState().view,
            config: ConsoleConfig(language: .french),
            extras: ScreenExtras(onTimeChance: 0.05), width: 120, height: 40)
        #expect(row(fr, 1).contains("P(à l'heure) 5 %"))
    }

    @Test func roomNotesAreSanitisedAndNamed() {
        let extras = ScreenExtras(roomNotes: [.notInRoom("Evil\u{1B}[2JState"), .asksForFloor("Malta")])
        let g = rehearsal(session(floorAt: nil, extra: [(.callNext, at(11, 30, 2))]), at(11, 30, 30), extras: extras)
        let all = text(g)
        #expect(!all.contains("\u{1B}"))
        #expect(all.contains("▸ EvilState is not in the room: skip or mark absent"))
        #expect(all.contains("▸ Malta asks for the floor from the room: add a walk-in (w)"))
    }

    @Test func pointsOfOrderAndRepliesInTheRoomAreSanitisedAndNamed() {
        // The room shows two notes at a time on this screen: two pictures.
        let s = session(floorAt: nil, extra: [(.callNext, at(11, 30, 2))])
        func shown(_ notes: [RoomNote]) -> String {
            text(rehearsal(s, at(11, 30, 30), width: 120, height: 40, extras: ScreenExtras(roomNotes: notes)))
        }
        let rising = shown([
            .pointOfOrder(by: "Evil\u{1B}[2JState", during: "Belgium"), .pointOfOrder(by: "", during: nil),
        ])
        #expect(!rising.contains("\u{1B}"))
        #expect(
            rising.contains("▸ EvilState rises to a point of order during Belgium's statement: open it (O)")
        )
        #expect(rising.contains("▸ A delegation rises to a point of order: open it (O)"))
        let after = shown([.pointOfOrderRuled("Belgium"), .asksForReply("Malta")])
        #expect(after.contains("▸ The President has ruled: end the point of order (o); Belgium has the floor again"))
        #expect(after.contains("▸ Malta asks for a right of reply: put it on the reply list (R)"))
        let fr = RehearsalStrings.french.roomNote
        #expect(fr(.pointOfOrderRuled(nil)) == "Le Président a statué : clore la motion d'ordre (o)")
        #expect(fr(.asksForReply("Malte")) == "Malte demande à exercer son droit de réponse : l'inscrire (R)")
    }

    /// The headless summary names points of order and replies when there were some.
    @Test func theHeadlessSummaryCountsTheRulesOfProcedure() {
        let s = HeadlessSummary(
            seed: 7, title: "Plenary", opened: "11:30:00", closed: "12:58:00", plannedEnd: "13:00", late: nil,
            interventions: 24, overTime: 9, absent: 1, walkIns: 0, pointsOfOrder: 2, replies: 1, events: 120,
            journal: "r.journal", exports: ["r.csv"])
        #expect(
            RehearsalStrings.english.headlessSummary(s).contains(
                "24 interventions (9 over time), 1 absent, 0 walk-ins, 2 points of order, 1 right of reply; 120 events")
        )
        #expect(
            RehearsalStrings.french.headlessSummary(s).contains(
                "0 ajout(s) en séance, 2 motion(s) d'ordre, 1 droit(s) de réponse ; 120 événements"))
    }
}
