// Safe at the podium: every key that can hurt names what it does, asks first when a
// speaker's time is at stake, and refuses before asking when it cannot succeed.
import PlenaryConsole
import PlenaryCore
import PlenaryView
import Testing

@Suite struct PodiumTests {
    func controller(_ language: Language = .english, warnings: [String] = []) -> ConsoleController {
        ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(),
            config: ConsoleConfig(language: language, registrationWarnings: warnings))
    }

    func press(_ c: ConsoleController, _ keys: [Key], at t: Instant) {
        for k in keys { _ = c.handle(k, at: t) }
    }

    /// Moves on (answering yes) until Segment I is under way, however many steps the
    /// plan's opening takes.
    func openSegmentI(_ c: ConsoleController, at t: Instant) {
        for _ in 0..<3 where c.state.currentSegment == nil { press(c, [.char("g"), .char("y")], at: t) }
        #expect(c.state.currentSegment == 0)
    }

    func text(_ c: ConsoleController, at t: Instant) -> String {
        c.render(at: t, width: 80, height: 24).lines().joined(separator: "\n")
    }

    // MARK: Undo that says what it takes back

    @Test func undoOfTheFloorAsksAndNamesTheSpeakerAndTheTimeThatWillNotCount() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("u")], at: at(11, 42, 55))
        guard case .confirm(.undo(let deed, let consequence), _) = c.ui.mode else {
            Issue.record("undo did not ask: \(c.ui.mode)")
            return
        }
        #expect(deed == "floor given to Presidency of the Court at 11:42:10")
        #expect(consequence == .leavesFloor("Presidency of the Court", spoken: "0:45"))
        #expect(
            text(c, at: at(11, 42, 56)).contains("the 0:45 spoken will not count"),
            "the consequence must be on screen")
        // A tired second u is not a yes: nothing is taken back.
        press(c, [.char("u")], at: at(11, 42, 57))
        #expect(c.state.floor.intervention?.speaker == SpeakerID(1))
        #expect(c.ui.message?.text == "Cancelled")
        press(c, [.char("u"), .char("y")], at: at(11, 43))
        #expect(c.state.floor.intervention == nil)
        #expect(c.ui.message?.text == "Undone: floor given to Presidency of the Court at 11:42:10 (U redoes it)")
    }

    @Test func uuuWithNobodyOnTheFloorNamesEachActionTakenBack() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char("w")] + "Côte d'Ivoire".map { .char($0) } + [.enter, .enter, .enter, .enter], at: at(11, 31))
        press(c, [.char("m"), .char("5"), .enter, .backspace, .char("1"), .enter], at: at(11, 32))
        press(c, [.char("u")], at: at(11, 33))
        #expect(c.ui.message?.text == "Undone: France moved to No. 1 at 11:32:00 (U redoes it)")
        press(c, [.char("u")], at: at(11, 33, 1))
        #expect(c.ui.message?.text == "Undone: walk-in Côte d'Ivoire added as No. 15 at 11:31:00 (U redoes it)")
        #expect(c.state.speakers.values.allSatisfy { $0.kind != .walkIn })
    }

    @Test func redoPutsBackWhatUndoTookBackWithItsRecordedTimes() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("u"), .char("y")], at: at(11, 42, 30))
        #expect(c.state.floor.intervention == nil)
        press(c, [.char("U")], at: at(11, 42, 40))
        #expect(c.ui.message?.text == "Redone: floor given to Presidency of the Court at 11:42:10")
        // The clock is never wrong: the speech runs from when the floor was given.
        #expect(c.state.floor.intervention?.floorGivenAt == at(11, 42, 10))
        #expect(c.state.speakingTime(at: at(11, 42, 40)) == .seconds(30))
        // Nothing more to redo; and once something else is done, the undone is gone.
        press(c, [.char("U")], at: at(11, 42, 41))
        #expect(c.ui.message == Message(Strings.english.refusal(.nothingToRedo), isError: true))
        press(c, [.char("e"), .char("u"), .char("y"), .char("p"), .char("U")], at: at(11, 42, 50))
        #expect(c.ui.message?.isError == true, "a redo after another action would replay into another state")
    }

    @Test func aRedoneActionReplaysFromTheRecord() {
        let sink = MemoryEventSink()
        let c = ConsoleController(session: DefaultSession.session(), sink: sink)
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("u"), .char("y"), .char("U")], at: at(11, 42, 30))
        let replayed = Session(
            plan: c.session.plan, speakers: c.session.initial.speakers.values.sorted { $0.id < $1.id },
            events: sink.events)
        #expect(replayed.state == c.state)
        #expect(replayed.state.floor.intervention?.floorGivenAt == at(11, 42, 10))
    }

    @Test func undoingTheChairsTimedOpeningAsksFirst() {
        let c = controller()
        press(c, [.char("g"), .char("y")], at: at(11, 30))
        guard c.state.chairTurn != nil else {
            Issue.record("the default session's plan times the chair's opening")
            return
        }
        press(c, [.char("u")], at: at(11, 31, 5))
        guard case .confirm(.undo(let deed, let consequence), _) = c.ui.mode else {
            Issue.record("undo did not ask: \(c.ui.mode)")
            return
        }
        #expect(deed == "session opened at 11:30:00")
        #expect(consequence == .chairStops(.opening, spoken: "1:05"))
        press(c, [.char("n")], at: at(11, 31, 6))
        #expect(c.state.chairTurn != nil)
    }

    @Test func undoWithoutAnythingToUndoSaysSo() {
        let c = controller()
        press(c, [.char("u")], at: at(11, 30))
        #expect(c.ui.mode == .normal)
        #expect(c.ui.message == Message("Nothing to undo.", isError: true))
    }

    // MARK: Guards

    @Test func doubleSpaceDoesNotEndTheInterventionThatJustStarted() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 31))
        press(c, [.char(" ")], at: at(11, 31, 0, ms: 400))
        #expect(c.state.records.isEmpty, "a double Space ended the intervention")
        #expect(
            c.ui.mode
                == .confirm(
                    .endEarly("Presidency of the Court", after: "0:00"), onYes: [.command(.endIntervention, .floor)]))
        // A third Space is a no: the speaker keeps the floor, and the message says so.
        press(c, [.char(" ")], at: at(11, 31, 1))
        #expect(c.state.floor.intervention?.speaker == SpeakerID(1))
        #expect(c.ui.message?.text == "Presidency of the Court keeps the floor")
        // Two seconds after the floor was given (as recorded), Space ends at once.
        press(c, [.char(" ")], at: at(11, 31, 2))
        #expect(c.state.records.count == 1)
    }

    @Test func gNamesTheSpeakersWhoWillNotBeReached() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 31))
        press(c, [.char(" ")], at: at(11, 33))
        press(c, [.char("g")], at: at(11, 34))
        guard case .confirm(let question, _) = c.ui.mode else {
            Issue.record("g did not ask")
            return
        }
        #expect(question == .nextSegment("Segment II", notReached: 13, current: "Segment I"))
        #expect(
            Strings.english.confirmations(question)
                == "13 speakers in Segment I have not spoken and will be marked not reached — move on to Segment II?")
        #expect(text(c, at: at(11, 34)).contains("13 speakers in Segment I have not spoken"))
        press(c, [.char("n")], at: at(11, 34))
        #expect(c.state.currentSegment == 0)
    }

    @Test func gAndZRefuseBeforeAskingWhenTheyCannotSucceed() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 31))
        for key in ["g", "Z"] {
            press(c, [.char(Character(key))], at: at(11, 32))
            #expect(c.ui.mode == .normal, "\(key) asked though it cannot succeed")
            #expect(c.ui.message?.isError == true)
            #expect(c.ui.message?.text.contains("Presidency of the Court has the floor") == true)
        }
        let fresh = controller()
        press(fresh, [.char("Z")], at: at(11, 30))
        #expect(fresh.ui.mode == .normal)
        #expect(fresh.ui.message == Message("The session has not been opened.", isError: true))
    }

    @Test func zSaysHowManyWillNotBeReached() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char("Z")], at: at(11, 31))
        guard case .confirm(.closeSession(let n), _) = c.ui.mode else {
            Issue.record("Z did not ask")
            return
        }
        #expect(n == c.state.waitingBySegment.reduce(0) { $0 + $1.count })
        #expect(Strings.english.confirmations(.closeSession(notReached: n)).hasPrefix("\(n) speakers have not spoken"))
    }

    // MARK: Extensions

    @Test func eAddsThePlansAmountAndEAsksAmountAndReason() {
        var plan = DefaultSession.session().plan
        plan.extensionStep = .seconds(45)
        let c = ConsoleController(
            session: Session(
                plan: plan, speakers: DefaultSession.session().initial.speakers.values.sorted { $0.id < $1.id }),
            sink: MemoryEventSink())
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 31))
        press(c, [.char("e")], at: at(11, 32))
        #expect(c.state.floor.intervention?.extensions.map(\.amount) == [.seconds(45)])
        #expect(c.ui.message?.text.hasSuffix(": 45 s more") == true)
        press(c, [.char("E")], at: at(11, 32, 10))
        guard case .form(let form) = c.ui.mode else {
            Issue.record("E opened no form")
            return
        }
        #expect(form.values == ["45 s", "extended by 45 s at the podium"])
        let retype = [Key](repeating: .backspace, count: 4) + "1:30".map { .char($0) } + [.enter]
        let reason = [Key](repeating: .backspace, count: 40) + "point of order".map { .char($0) } + [.enter]
        press(c, retype + reason, at: at(11, 32, 20))
        let last = c.state.floor.intervention?.extensions.last
        #expect(last?.amount == .seconds(90))
        #expect(last?.reason == "point of order")
        #expect(c.session.events.last?.fact == .timeExtended(milliseconds: 90_000, reason: "point of order"))
    }

    // MARK: Feedback

    @Test func pauseAndResumeNameTheSpeaker() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 31))
        press(c, [.char("p")], at: at(11, 32, 12))
        #expect(c.ui.message?.text == "Paused Presidency of the Court at 1:12")
        press(c, [.char("p")], at: at(11, 33))
        #expect(c.ui.message?.text == "Resumed Presidency of the Court")
    }

    @Test func aResumeSaysWhoHasTheFloorAndSinceWhen() {
        let first = controller()
        openSegmentI(first, at: at(11, 30))
        press(first, [.char(" ")], at: at(11, 42, 10))
        let c = ConsoleController(session: first.session, sink: MemoryEventSink())
        c.announceResume()
        #expect(
            c.ui.message?.text == "Resumed from the journal: Presidency of the Court on the floor since 11:42:10")
        #expect(text(c, at: at(11, 43)).contains("Resumed from the journal: Presidency of the Court"))
    }

    @Test func announcementsAreOnTheMainScreenUntilTheFirstKey() {
        let c = controller()
        c.announce(["torn last record cut (12 bytes kept in s.journal.broken)"])
        #expect(text(c, at: at(11, 29)).contains("torn last record cut (12 bytes kept in s.journal.broken)"))
        press(c, [.char("k")], at: at(11, 29))
        #expect(!text(c, at: at(11, 29)).contains("torn last record"))
    }

    @Test func registrationWarningsAreCountedAndListed() {
        let c = controller(warnings: ["row 7: Belgium is listed twice", "row 9: received after the deadline"])
        #expect(text(c, at: at(11, 29)).contains("⚠ 2 warnings: l"))
        press(c, [.char("l")], at: at(11, 29))
        let shown = text(c, at: at(11, 29))
        #expect(shown.contains("Registration warnings"))
        #expect(shown.contains("row 7: Belgium is listed twice") && shown.contains("row 9: received after"))
        press(c, [.char("x")], at: at(11, 29))
        #expect(c.ui.mode == .normal)
    }

    @Test func theLegendIsChosenForTheMomentAndKeepsHelpAndQuit() {
        let c = controller()
        func legend() -> String { c.render(at: at(11, 30), width: 80, height: 24).lines().last ?? "" }
        #expect(legend().contains("g open"))
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 30))
        let speaking = legend()
        #expect(speaking.contains("Space") && speaking.contains("p pause") && speaking.contains("e extend"))
        #expect(speaking.contains("? help") && speaking.contains("q quit"))
        for (w, h) in [(80, 24), (60, 20), (40, 12)] {
            let row = c.render(at: at(11, 30), width: w, height: h).lines().last ?? ""
            #expect(row.contains("? help") && row.contains("q quit"), "\(w)×\(h): \(row)")
        }
    }

    @Test func capsLockKeysDoWhatTheLowerCaseDo() {
        #expect(Keymap.action(for: .char("N")) == .callNext)
        #expect(Keymap.action(for: .char("P")) == .pause)
        #expect(Keymap.action(for: .char("G")) == .nextSegment)
        #expect(Keymap.action(for: .char("Q")) == .quit)
        #expect(Keymap.action(for: .char("U")) == .redo, "U has its own meaning")
        #expect(Keymap.action(for: .char("E")) == .extendWithReason)
        #expect(Keymap.action(for: .char("Z")) == .closeSession)
        let c = controller()
        press(c, [.char("Q")], at: at(11, 30))
        #expect(c.ui.mode == .confirm(.quit, onYes: [.quit]))
    }

    // MARK: The list stays honest

    @Test func aWalkInAlreadyOnTheListAsksFirst() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char("w")] + "belgium".map { .char($0) } + [.enter, .enter, .enter, .enter], at: at(11, 31))
        guard case .confirm(.walkInAgain(let name, let number), _) = c.ui.mode else {
            Issue.record("no question: \(c.ui.mode)")
            return
        }
        #expect(name == "Belgium" && number == 4)
        let before = c.state.speakers.count
        press(c, [.char("n")], at: at(11, 31))
        #expect(c.state.speakers.count == before)
        press(
            c, [.char("w")] + "Belgium".map { .char($0) } + [.enter, .enter, .enter, .enter, .char("y")], at: at(11, 32)
        )
        #expect(c.state.speakers.count == before + 1)
        // The French name of a delegation on the list is the same delegation.
        press(c, [.char("w")] + "Belgique".map { .char($0) } + [.enter, .enter, .enter, .enter], at: at(11, 33))
        guard case .confirm(.walkInAgain("Belgium", _), _) = c.ui.mode else {
            Issue.record("Belgique was not matched to Belgium: \(c.ui.mode)")
            return
        }
    }

    @Test func positionsInMessagesAreTheNumbersOnScreen() {
        let c = controller()
        openSegmentI(c, at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 31))
        press(c, [.char(" ")], at: at(11, 33))
        press(c, [.char(" ")], at: at(11, 33, 10))
        press(c, [.char(" ")], at: at(11, 35))
        // Two have spoken: "position 1" (next) is No. 3 on the list.
        press(
            c, [.char("w")] + "Kenya".map { .char($0) } + [.enter, .enter, .enter, .char("1"), .enter], at: at(11, 36))
        #expect(c.ui.message?.text == "Kenya added as No. 3")
        let shown = text(c, at: at(11, 36))
        #expect(shown.contains(" 3 · waiting") && shown.contains("Kenya"))
    }

    @Test func newTextsAreInBothLanguages() {
        let deeds: [Deed] = [
            .opened, .segmentStarted("Segment II"), .closingStarted, .closed, .called("Belgium"),
            .floorGiven("Belgium"), .paused("Belgium"), .resumed("Belgium"), .ended("Belgium"), .skipped("Belgium"),
            .absent("Belgium"), .withdrawn("Belgium"), .restored("Belgium"), .added("Belgium", number: 3),
            .moved("Belgium", number: 2), .extended("Belgium", amount: "30 s"),
            .startCorrected("Belgium", to: "11:42:05"), .registrationsAdded(3),
        ]
        for d in deeds {
            let en = Strings.english.deed(d, at: "11:42:10")
            let fr = Strings.french.deed(d, at: "11:42:10")
            #expect(en.contains("11:42:10") && fr.contains("11:42:10") && en != fr, "\(d)")
        }
        let questions: [PlenaryView.Confirmation] = [
            .closeSession(notReached: 3), .nextSegment("Segment II", notReached: 13, current: "Segment I"),
            .undo("floor given to Belgium at 11:42:10", .leavesFloor("Belgium", spoken: "0:45")),
            .undo("x", .keepsFloor("Belgium")), .undo("x", .backOnFloor("Belgium", since: "11:42:10")),
            .undo("x", .chairStops(.opening, spoken: "1:05")), .undo("x", .chairStops(.closing, spoken: "1:05")),
            .endEarly("Belgium", after: "0:01"), .walkInAgain("Belgium", number: 4),
            .addRegistrations(count: 2, duplicates: ["Belgium"]),
        ]
        for q in questions {
            #expect(Strings.english.confirmations(q) != Strings.french.confirmations(q), "\(q)")
        }
        #expect(Strings.french.confirmations(.walkInAgain("Belgique", number: 4)).contains("n° 4"))
    }
}
