// The keys of the rules of procedure, without a terminal: each one does what the core
// decides, names it in the message line, is refused with the core's reason when it
// cannot work, and its undo names it. Instants are explicit, so every figure is exact.
import PlenaryConsole
import PlenaryCore
import PlenaryView
import Testing

@Suite struct ProcedureKeysTests {
    func controller(_ language: Language = .english, plan: SessionPlan = DefaultSession.plan) -> ConsoleController {
        ConsoleController(
            session: Session(plan: plan, speakers: DefaultSession.speakers), sink: MemoryEventSink(),
            config: ConsoleConfig(language: language))
    }

    func press(_ c: ConsoleController, _ keys: [Key], at t: Instant) {
        for k in keys { _ = c.handle(k, at: t) }
    }

    func type(_ text: String) -> [Key] { text.map { .char($0) } }

    func screen(_ c: ConsoleController, at t: Instant, height: Int = 24) -> String {
        c.render(at: t, width: 80, height: height).lines().joined(separator: "\n")
    }

    /// Segment I under way at 11:30, the floor free.
    func inSegmentI(_ language: Language = .english, plan: SessionPlan = DefaultSession.plan) -> ConsoleController {
        let c = controller(language, plan: plan)
        press(c, [.char("g"), .char("y"), .char("g"), .char("y")], at: at(11, 30))
        #expect(c.state.currentSegment == 0)
        return c
    }

    // MARK: The key table

    @Test func everyKeyHasOneMeaningAndTheHelpListsTheNewOnes() {
        let keys = Keymap.bindings.map(\.key)
        #expect(Set(keys).count == keys.count, "a key is bound twice")
        let help = Keymap.guide.help.map(\.action)
        for action: Action in [
            .pointOfOrder, .pointOfOrderNamed, .endPointOfOrder, .reply, .changeLimit, .inWriting, .message, .suspend,
            .note,
        ] {
            #expect(help.contains(action), "\(action) is not in the help")
            #expect(!Strings.english.legendLabels(action).isEmpty && !Strings.french.legendLabels(action).isEmpty)
        }
        // Caps Lock left on: the frequent keys still do what they do.
        #expect(Keymap.action(for: .char("N")) == .callNext)
        #expect(Keymap.action(for: .char("S")) == .skip)
        #expect(Keymap.action(for: .char("P")) == .pause)
        #expect(Keymap.action(for: .char("B")) == .suspend)
        #expect(Keymap.action(for: .char("T")) == .note)
        #expect(Keymap.action(for: .char("O")) == .pointOfOrderNamed)
    }

    // MARK: Point of order

    @Test func oRaisesAPointOfOrderAtOnceAndGivesTheClockBackExactly() {
        let c = inSegmentI()
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("o")], at: at(11, 43, 10))
        #expect(c.state.floor.pointOfOrder?.raisedAt == at(11, 43, 10), "raised without a form")
        #expect(c.ui.message?.text == "Point of order: Presidency of the Court's clock stopped at 1:00 left")
        let during = screen(c, at: at(11, 43, 52))
        #expect(during.contains("POINT OF ORDER · 0:42 · Presidency of the Court's clock stopped at 1:00 left"))
        #expect(during.contains("o end point of order"), "the legend says how to end it:\n\(during)")
        // The speaker's clock stands still until the ruling.
        #expect(c.state.remaining(at: at(11, 43, 52)) == .minutes(1))
        press(c, [.char("o")], at: at(11, 44))
        #expect(c.state.floor.pointOfOrder == nil)
        #expect(c.ui.message?.text == "Point of order ended after 0:50: Presidency of the Court resumes")
        #expect(c.state.remaining(at: at(11, 44)) == .minutes(1), "resumed exactly where it stopped")
        #expect(c.state.remaining(at: at(11, 44, 30)) == .seconds(30))
        // Undo names the end of the point of order, and says the speaker keeps the floor.
        press(c, [.char("u")], at: at(11, 44, 31))
        guard case .confirm(.undo(let deed, _), _) = c.ui.mode else {
            Issue.record("undo did not ask: \(c.ui.mode)")
            return
        }
        #expect(deed == "end of the point of order at 11:44:00")
        press(c, [.char("y")], at: at(11, 44, 31))
        #expect(c.state.floor.pointOfOrder != nil)
        #expect(c.ui.message?.text == "Undone: end of the point of order at 11:44:00 (U redoes it)")
    }

    @Test func enterEndsAPointOfOrderAndDoesNothingElse() {
        let c = inSegmentI()
        press(c, [.enter], at: at(11, 31))
        #expect(c.session.events.count == 2 && c.ui.message == nil, "Enter outside a point of order did something")
        // From a free floor too, and named through the one-field form.
        press(c, [.char("O")] + type("Keny") + [.tab, .enter], at: at(11, 31))
        #expect(c.state.floor.pointOfOrder?.raisedBy == "Kenya")
        #expect(c.ui.message?.text == "Point of order raised by Kenya")
        press(c, [.enter], at: at(11, 32))
        #expect(c.state.floor.pointOfOrder == nil)
        #expect(c.ui.message?.text == "Point of order ended after 1:00")
    }

    @Test func aNamedPointOfOrderCountsFromItsKeyNotFromTheEndOfTheTyping() {
        let c = inSegmentI()
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("O")], at: at(11, 43, 10))
        press(c, type("Kenya") + [.enter], at: at(11, 43, 16))
        #expect(c.state.floor.pointOfOrder?.raisedAt == at(11, 43, 10))
        #expect(c.state.remaining(at: at(11, 43, 16)) == .minutes(1), "the typing was charged to the speaker")
        #expect(
            c.ui.message?.text == "Point of order raised by Kenya: Presidency of the Court's clock stopped at 1:00 left"
        )
        // Something recorded while the form was open: the point of order counts from its Enter.
        press(c, [.char("o")], at: at(11, 44))
        #expect(c.state.floor.pointOfOrder == nil)
        press(c, [.char("O")], at: at(11, 44, 7))
        c.execute(.showMessage(.canned(.pleaseConclude)), .message, at: at(11, 44, 8))
        press(c, [.enter], at: at(11, 44, 9))
        #expect(c.state.floor.pointOfOrder?.raisedAt == at(11, 44, 9))
    }

    @Test func theFloorKeysWaitForTheRulingWithTheCoresReason() {
        let c = inSegmentI()
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("o")], at: at(11, 43))
        press(c, [.char(" ")], at: at(11, 43, 5))
        #expect(c.ui.message?.isError == true)
        #expect(
            c.ui.message?.text
                == "A point of order is under way: end it (the President has ruled) before ending the intervention.")
        press(c, [.char("b")], at: at(11, 43, 6))
        #expect(c.ui.message?.isError == true && c.ui.mode == .normal, "the suspension form opened")
        #expect(c.state.floor.pointOfOrder != nil)
    }

    @Test func oIsRefusedBeforeTheSessionOpens() {
        let c = controller()
        press(c, [.char("o")], at: at(11, 29))
        #expect(c.ui.message == Message("The session has not been opened.", isError: true))
        press(c, [.char("O")], at: at(11, 29))
        #expect(c.ui.mode == .normal)
    }

    // MARK: Rights of reply

    @Test func replyFormSaysWhichReplyAndRefusesAThird() {
        var plan = DefaultSession.plan
        plan.replies = ReplyRules(placement: .eachSegment)
        let c = inSegmentI(plan: plan)
        press(c, [.char("R")] + type("Belgium"), at: at(11, 31))
        guard case .form(let first) = c.ui.mode else {
            Issue.record("no reply form: \(c.ui.mode)")
            return
        }
        #expect(first.notes == [.reply(delegation: "Belgium", ordinal: 1, limit: .minutes(10))])
        press(c, [.enter], at: at(11, 31))
        #expect(c.ui.message?.text == "Belgium: right of reply 1 (10:00) added as No. 15 of Segment I")
        press(c, [.char("R")] + type("belgique"), at: at(11, 32))
        #expect(screen(c, at: at(11, 32)).contains("Belgium: right of reply 2, limit 5:00"))
        press(c, [.enter], at: at(11, 32))
        #expect(c.ui.message?.text == "Belgium: right of reply 2 (5:00) added as No. 16 of Segment I")
        // A third: the form stays open with the core's reason.
        press(c, [.char("R")] + type("Belgium") + [.enter], at: at(11, 33))
        guard case .form(let third) = c.ui.mode else {
            Issue.record("the third reply closed the form: \(c.ui.mode)")
            return
        }
        #expect(third.problem == .refused(.replyLimitReached(delegation: "Belgium", allowed: 2)))
        #expect(screen(c, at: at(11, 33)).contains("Belgium has already had its 2 rights of reply on this item."))
        press(c, [.escape], at: at(11, 33))
        #expect(c.state.replies(of: "Belgium") == 2)
        // The list marks each reply with its number and limit.
        press(c, Array(repeating: .char("j"), count: 20), at: at(11, 34))
        let list = screen(c, at: at(11, 34))
        #expect(list.contains("Belgium (reply 1 · 10:00)") && list.contains("Belgium (reply 2 · 5:00)"), "\(list)")
        press(c, [.char("u")], at: at(11, 35))
        #expect(c.ui.message?.text == "Undone: right of reply 2 for Belgium at 11:32:00 (U redoes it)")
    }

    @Test func replyIsRefusedAtOnceWhenTheListIsClosed() {
        var plan = DefaultSession.plan
        plan.replies = ReplyRules(placement: .eachSegment)
        let c = inSegmentI(plan: plan)
        press(c, [.char("g"), .char("y"), .char("g"), .char("y"), .char("g"), .char("y")], at: at(11, 31))
        #expect(c.state.currentSegment == nil)
        press(c, [.char("R")], at: at(11, 32))
        #expect(c.ui.mode == .normal)
        #expect(c.ui.message == Message(Strings.english.refusal(.replyListClosed), isError: true))
    }

    // MARK: A speaker's limit

    @Test func limitFormChangesTheNextSpeakersLimitAndTheListShowsIt() {
        let c = inSegmentI()
        press(c, [.char("L")], at: at(11, 31))
        guard case .form(let form) = c.ui.mode else {
            Issue.record("no limit form: \(c.ui.mode)")
            return
        }
        #expect(form.values.first == "1", "the next speaker's number is filled in")
        #expect(form.notes == [.speaker("Presidency of the Court", limit: .minutes(2))])
        press(c, [.enter] + type("abc") + [.enter, .enter], at: at(11, 31))
        guard case .form(let bad) = c.ui.mode else {
            Issue.record("a bad limit closed the form")
            return
        }
        #expect(bad.problem == .limitUnreadable)
        press(
            c, [.escape, .char("L"), .enter] + type("3:00") + [.enter] + type("group statement") + [.enter],
            at: at(11, 32))
        #expect(c.state.limit(of: SpeakerID(1)) == .minutes(3))
        #expect(c.state.limitChanges[SpeakerID(1)]?.reason == "group statement")
        #expect(c.ui.message?.text == "Presidency of the Court: limit now 3:00")
        #expect(screen(c, at: at(11, 32)).contains("Presidency of the Court (limit 3:00)"))
        press(c, [.char("u")], at: at(11, 33))
        #expect(
            c.ui.message?.text == "Undone: limit of Presidency of the Court changed to 3:00 at 11:32:00 (U redoes it)")
    }

    // MARK: In writing

    @Test func inWritingAsksNamingTheSpeakerAndMarksTheList() {
        let c = inSegmentI()
        press(c, [.char("W")], at: at(11, 31))
        #expect(
            c.ui.mode
                == .confirm(
                    .inWriting("Presidency of the Court", called: false),
                    onYes: [.command(.submitInWriting(SpeakerID(1)), .inWriting)]))
        press(c, [.char("n")], at: at(11, 31))
        #expect(c.state.status(of: SpeakerID(1)) == .waiting)
        // A called speaker: the question says so.
        press(c, [.char("n"), .char("W")], at: at(11, 32))
        guard case .confirm(.inWriting(let name, let called), _) = c.ui.mode else {
            Issue.record("did not ask: \(c.ui.mode)")
            return
        }
        #expect(name == "Presidency of the Court" && called)
        #expect(
            Strings.english.confirmations(.inWriting(name, called: true))
                == "Presidency of the Court has been called: mark the statement of Presidency of the Court "
                + "as submitted in writing (not heard)?")
        press(c, [.char("y")], at: at(11, 32))
        #expect(c.state.status(of: SpeakerID(1)) == .inWriting)
        #expect(c.ui.message?.text == "Presidency of the Court: statement submitted in writing")
        #expect(screen(c, at: at(11, 32)).contains("✎ in writing"))
        press(c, [.char("u")], at: at(11, 33))
        #expect(
            c.ui.message?.text
                == "Undone: statement of Presidency of the Court submitted in writing at 11:32:00 (U redoes it)")
    }

    // MARK: Messages to the speaker

    @Test func messageByNumberIsShownUntilTheSameKeyClearsIt() {
        let c = inSegmentI()
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("M")], at: at(11, 43))
        #expect(screen(c, at: at(11, 43)).contains("[1] Please conclude"))
        press(c, [.char("1"), .enter], at: at(11, 43))
        #expect(c.state.shownMessage?.message == .canned(.pleaseConclude))
        #expect(c.ui.message?.text == "Shown to the speaker: Please conclude")
        let shown = screen(c, at: at(11, 43, 5))
        #expect(shown.contains("MESSAGE on the room display: Please conclude"))
        #expect(shown.contains("M clear message") || !shown.contains("M message"))
        press(c, [.char("M")], at: at(11, 43, 10))
        #expect(c.state.shownMessage == nil)
        #expect(c.ui.message?.text == "Message to the speaker cleared")
        press(c, [.char("u")], at: at(11, 43, 20))
        press(c, [.char("y")], at: at(11, 43, 20))
        #expect(c.ui.message?.text == "Undone: message cleared at 11:43:10 (U redoes it)")
    }

    @Test func aTypedMessageIsSanitisedAndAnEmptyOneRefusedInTheForm() {
        let c = inSegmentI()
        press(c, [.char("M"), .enter], at: at(11, 31))
        guard case .form(let empty) = c.ui.mode else {
            Issue.record("the empty message closed the form")
            return
        }
        #expect(empty.problem == .refused(.emptyMessage))
        press(c, [.paste("Thirty \u{1B}[2Jseconds\nplease"), .enter], at: at(11, 31))
        #expect(c.state.shownMessage?.message == .text("Thirty seconds please"))
        #expect(screen(c, at: at(11, 31)).contains("MESSAGE on the room display: Thirty seconds please"))
    }

    // MARK: Suspensions

    @Test func suspensionCountsDownAndSpaceResumes() {
        let c = inSegmentI()
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("b")], at: at(11, 43))
        #expect(c.ui.mode == .normal, "a suspension needs a free floor")
        #expect(
            c.ui.message?.text
                == "Presidency of the Court has the floor: end the intervention before suspending the meeting.")
        press(c, [.char(" "), .char("b")], at: at(11, 44))
        guard case .form(let form) = c.ui.mode else {
            Issue.record("no suspension form: \(c.ui.mode)")
            return
        }
        #expect(form.values == ["10", ""])
        #expect(form.notes == [.resumesAt(at(11, 54))])
        press(c, [.enter] + type("consultations") + [.enter], at: at(11, 44))
        #expect(c.state.floor.suspension?.planned == .minutes(10))
        #expect(c.ui.message?.text == "Meeting suspended for 10:00: resumes at 11:54")
        let during = screen(c, at: at(11, 45))
        #expect(during.contains("MEETING SUSPENDED · 9:00 left · resumes at 11:54 · consultations"), "\(during)")
        #expect(during.contains("Space resume meeting"))
        press(c, [.char("p")], at: at(11, 46))
        #expect(c.ui.message?.text == "The meeting is suspended: resume it before going on.")
        press(c, [.char(" ")], at: at(11, 53, 30))
        #expect(c.state.floor.suspension == nil)
        #expect(c.ui.message?.text == "Meeting resumed after 9:30")
        press(c, [.char("u")], at: at(11, 54))
        #expect(c.ui.message?.text == "Undone: resumption of the meeting at 11:53:30 (U redoes it)")
        press(c, [.char("b")], at: at(11, 54))
        #expect(c.state.floor.suspension == nil, "b resumes too")
        #expect(c.ui.message?.text == "Meeting resumed after 10:00")
    }

    @Test func suspensionLengthIsMinutesOrMinutesAndSeconds() {
        let c = inSegmentI()
        press(c, [.char("b"), .backspace, .backspace] + type("1:30") + [.enter, .enter], at: at(11, 31))
        #expect(c.state.floor.suspension?.planned == .seconds(90))
        press(c, [.char("b")], at: at(11, 32))
        press(c, [.char("b"), .backspace, .backspace] + type("soon") + [.enter, .enter], at: at(11, 33))
        guard case .form(let bad) = c.ui.mode else {
            Issue.record("an unreadable length closed the form")
            return
        }
        #expect(bad.problem == .lengthUnreadable)
    }

    // MARK: Notes

    @Test func noteGoesOnTheTurnJustEndedAndTheListMarksIt() {
        let c = inSegmentI()
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char(" ")], at: at(11, 44))
        press(c, [.char("t")], at: at(11, 44, 5))
        guard case .form(let form) = c.ui.mode else {
            Issue.record("no note form: \(c.ui.mode)")
            return
        }
        #expect(form.values == ["1", ""], "the turn just ended is the one filled in")
        press(c, [.enter] + type("cut off by the chair") + [.enter], at: at(11, 44, 5))
        #expect(c.state.notes[SpeakerID(1)]?.map(\.text) == ["cut off by the chair"])
        #expect(c.ui.message?.text == "Note added for Presidency of the Court")
        #expect(screen(c, at: at(11, 44, 6)).contains("Presidency of the Court (note)"))
        press(c, [.char("t"), .enter, .enter], at: at(11, 45))
        guard case .form(let empty) = c.ui.mode else {
            Issue.record("an empty note closed the form")
            return
        }
        #expect(empty.problem == .refused(.emptyNote))
        press(c, [.escape, .char("u")], at: at(11, 46))
        #expect(c.ui.message?.text == "Undone: note on Presidency of the Court at 11:44:05 (U redoes it)")
    }

    // MARK: French

    @Test func theProcedureKeysSpeakFrench() {
        let c = inSegmentI(.french)
        press(c, [.char(" ")], at: at(11, 42, 10))
        press(c, [.char("o")], at: at(11, 43, 10))
        #expect(c.ui.message?.text == "Motion d'ordre : temps de la Présidence de la Cour arrêté à 1:00 restant")
        #expect(screen(c, at: at(11, 43, 20)).contains("o fin de la motion"))
        press(c, [.char("o")], at: at(11, 43, 30))
        #expect(c.ui.message?.text == "Fin de la motion d'ordre après 0:20 : Presidency of the Court reprend")
        press(c, [.char(" "), .char("b"), .enter, .enter], at: at(11, 45))
        #expect(c.ui.message?.text == "Séance suspendue pour 10:00 : reprise à 11:55")
        #expect(screen(c, at: at(11, 46)).contains("SÉANCE SUSPENDUE"))
    }
}

@Suite struct ProcedureScreenTests {
    func press(_ c: ConsoleController, _ keys: [Key], at t: Instant) {
        for k in keys { _ = c.handle(k, at: t) }
    }

    @Test func aDoubleOuiIsOneAnswerNotAPointOfOrder() {
        let c = ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(), config: ConsoleConfig(language: .french))
        press(c, [.char("g"), .char("o"), .char("o")], at: at(11, 30))
        #expect(c.state.floor.pointOfOrder == nil, "the second o of a double oui raised a point of order")
        #expect(c.state.openedAt == at(11, 30))
        // A moment later, o is the point of order's key again.
        press(c, [.char("o")], at: at(11, 30, 2))
        #expect(c.state.floor.pointOfOrder != nil)
    }

    @Test func theProcedureScreensDrawAtEverySize() {
        let c = ConsoleController(session: DefaultSession.session(), sink: MemoryEventSink())
        press(c, [.char("g"), .char("y"), .char("g"), .char("y"), .char(" ")], at: at(11, 30))
        press(c, [.char("M"), .char("2"), .enter, .char("O")] + "Kenya".map { .char($0) } + [.enter], at: at(11, 31))
        let sizes = [(0, 0), (1, 1), (40, 12), (59, 21), (80, 24), (100, 36), (200, 60)]
        for (w, h) in sizes {
            let lines = c.render(at: at(11, 31, 20), width: w, height: h).lines()
            #expect(lines.count == h)
            if w >= 40 {
                let text = lines.joined(separator: "\n")
                #expect(text.contains("POINT OF ORDER"), "\(w)×\(h):\n\(text)")
                #expect(w < 60 || text.contains("raised by Kenya"), "\(w)×\(h):\n\(text)")
            }
        }
        press(c, [.char("o"), .char(" "), .char("b"), .enter, .enter], at: at(11, 32))
        #expect(c.state.floor.suspension != nil)
        for (w, h) in sizes {
            let text = c.render(at: at(11, 33), width: w, height: h).lines().joined(separator: "\n")
            if w >= 40 { #expect(text.contains("MEETING SUSPENDED · 9:00 left"), "\(w)×\(h):\n\(text)") }
        }
    }
}
