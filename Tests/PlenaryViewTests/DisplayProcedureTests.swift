// The room display and the rules of procedure (issue 16): a message to the speaker in
// its own band, a point of order with its own clock and the interrupted speaker's
// stopped time, a suspension counting down, replies and joint statements on the
// lines, and the closing summary's statements in writing. English and French, 80×24
// and large; the digits turn over exactly when the display wakes.
import PlenaryCore
import PlenaryText
import Testing

@testable import PlenaryView

@Suite struct DisplayProcedureTests {
    /// The default session with the Presidency on the floor from 11:30:05, `extra`
    /// after it, on `plan` (the default one unless given).
    func procedure(
        plan: SessionPlan = DefaultSession.plan, speakers: [Speaker] = DefaultSession.speakers,
        _ extra: [(Command, Instant)]
    ) -> Session {
        var s = Session(plan: plan, speakers: speakers)
        let setup: [(Command, Instant)] = [
            (.openSession, at(11, 30)), (.startNextSegment, at(11, 30)), (.giveFloor, at(11, 30, 5)),
        ]
        for (c, t) in setup + extra {
            if case .failure(let r) = s.handle(c, at: t) { Issue.record("setup command \(c) refused: \(r)") }
        }
        return s
    }

    func text(_ g: Grid) -> String { g.lines().joined(separator: "\n") }

    func panel(_ s: Session, _ now: Instant, freeze: Bool = false, language: Language = .english) -> DisplayPanel {
        DisplayScreen.panel(
            live(s), now: now, config: DisplayConfig(language: language, showNext: true, freezeAtZero: freeze))
    }

    /// Rows holding `needle`, top to bottom.
    func rows(_ g: Grid, containing needle: String) -> [Int] {
        g.lines().enumerated().filter { $0.element.contains(needle) }.map(\.offset)
    }

    // MARK: A message to the speaker

    @Test func aMessageHasABandOfItsOwnAndLeavesTheCountdownAndTheStage() throws {
        let s = procedure([(.showMessage(.canned(.pleaseConclude)), at(11, 31, 30))])
        let g = display(live(s), at(11, 31, 40), next: true)
        let t = text(g)
        #expect(t.contains("Please conclude") && t.contains("WRAP UP") && t.contains("█"), "\(t)")
        let row = try #require(rows(g, containing: "Please conclude").first)
        // The whole row is the message's band, unlike any stage's.
        #expect((0..<g.width).allSatisfy { g[$0, row].role == .speakerMessage })
        #expect(rows(g, containing: "█").allSatisfy { $0 > row }, "the message sits above the digits")
        assertSnapshot(g, "display-message-80x24")
        let fr = text(display(live(s), at(11, 31, 40), language: .french))
        #expect(fr.contains("Veuillez conclure") && fr.contains("CONCLURE"), "\(fr)")
        // Cleared, it is gone.
        let cleared = procedure([
            (.showMessage(.canned(.pleaseConclude)), at(11, 31, 30)), (.clearMessage, at(11, 31, 35)),
        ])
        #expect(!text(display(live(cleared), at(11, 31, 40))).contains("Please conclude"))
    }

    @Test func aMessageReadsAtEverySizeFrom80x24Up() {
        let s = procedure([(.showMessage(.canned(.timeIsUp)), at(11, 31, 30))])
        for w in stride(from: 80, through: 200, by: 30) {
            for h in stride(from: 24, through: 60, by: 9) {
                let g = display(live(s), at(11, 31, 40), width: w, height: h, next: true)
                let t = text(g)
                #expect(
                    t.contains("Your time is up") && t.contains("WRAP UP") && t.contains("█")
                        && t.contains("Presidency of the Court"), "\(w)x\(h):\n\(t)")
                // The band grows with the screen: a row of margin above and below from 80×24.
                let band = (0..<h).filter { g[0, $0].role == .speakerMessage }
                #expect(band.count >= 3, "\(w)x\(h): \(band)")
            }
        }
        assertSnapshot(display(live(s), at(11, 31, 40), width: 200, height: 50, next: true), "display-message-200x50")
    }

    @Test(arguments: [(0, 0), (1, 1), (12, 2), (20, 3), (24, 6), (40, 12), (60, 19)])
    func belowThatTheTimeStillComesFirst(width: Int, height: Int) {
        let s = procedure([(.showMessage(.canned(.slowDown)), at(11, 31, 30))])
        let g = display(live(s), at(11, 31, 40), width: width, height: height, next: true)
        #expect(g.width == width && g.height == height)
        #expect(g.lines().allSatisfy { DisplayWidth.of($0) <= width })
        let t = g.lines().joined()
        if width >= 4, height >= 1 { #expect(t.contains("0:25") || t.contains("█"), "\(g.lines())") }
        // Three rows or more: the message is there too.
        if width >= 12, height >= 3 { #expect(t.contains("Plea"), "\(g.lines())") }
    }

    @Test func aTypedMessageIsMadeSafeAndWrapsOnTwoLines() {
        let typed = "Please \u{1b}[31mconclude\nnow: the interpreters stop at one o'clock and the room is needed"
        let s = procedure([(.showMessage(.text(typed)), at(11, 31, 30))])
        let g = display(live(s), at(11, 31, 40), width: 60, height: 20)
        for c in g.cells { #expect(c.character.unicodeScalars.allSatisfy(TerminalSafe.isSafe)) }
        let t = text(g)
        // The escape sequence goes whole, the line break becomes a space.
        #expect(t.contains("Please conclude now:") && !t.contains("[31m"), "\(t)")
        #expect(rows(g, containing: "interpreters").count == 1 && t.contains("WRAP UP"))
        #expect((0..<g.height).filter { g[0, $0].role == .speakerMessage }.count == 4, "two lines and their margins")
        // A small screen keeps it on one line, and the time.
        let small = display(live(s), at(11, 31, 40), width: 30, height: 8)
        #expect(text(small).contains("Please") && text(small).contains("0:25"), "\(text(small))")
    }

    // MARK: A point of order

    @Test func aPointOfOrderHasItsOwnClockAndTheSpeakersStoppedTime() {
        // The Presidency spoke 0:55 (1:05 left) when Kenya rose at 11:31:00.
        let s = procedure([(.raisePointOfOrder(by: "Kenya"), at(11, 31))])
        let p = panel(s, at(11, 31, 12))
        #expect(p.digits == "0:12" && p.word == "POINT OF ORDER" && p.role == .paused)
        #expect(p.detail == "raised by Kenya")
        #expect(p.lines == ["Presidency of the Court's clock stopped at 1:05 left"])
        #expect(panel(s, at(11, 33, 0)).lines == p.lines, "the speaker's time stands still")
        let g = display(live(s), at(11, 31, 12), next: true)
        assertSnapshot(g, "display-point-of-order-80x24")
        #expect(!text(g).contains("NEXT"), "nobody is next during a ruling")
        let fr = panel(s, at(11, 31, 12), language: .french)
        #expect(fr.word == "MOTION D'ORDRE" && fr.detail == "soulevée par Kenya")
        #expect(fr.lines == ["temps de la Présidence de la Cour arrêté à 1:05 restant"])
        let big = text(display(live(s), at(11, 31, 12), width: 200, height: 50, language: .french))
        #expect(big.contains("MOTION D'ORDRE") && big.contains("█") && big.contains("1:05 restant"))
    }

    @Test func aPointOfOrderAgainstThePlansLimitCountsDownAndFreezesAtZeroOnlyIfAsked() {
        var plan = DefaultSession.plan
        plan.pointOfOrderLimit = .minutes(1)
        let s = procedure(plan: plan, [(.raisePointOfOrder(by: ""), at(11, 31))])
        #expect(panel(s, at(11, 31, 12)).digits == "0:48")
        #expect(panel(s, at(11, 31, 12)).detail == nil, "nobody named")
        #expect(panel(s, at(11, 32, 5)).digits == "+0:05")
        #expect(panel(s, at(11, 32, 5), freeze: true).digits == "0:00")
        // Both screens keep the same scale as the time runs over.
        let widths = [at(11, 31, 12), at(11, 32, 5)].map { BigDigits.width(panel(s, $0).template ?? "") }
        #expect(widths[0] == widths[1] && widths[0] > 0)
    }

    @Test func aPointOfOrderDuringAnOverrunShowsTheStoppedOverrunUnlessFrozen() {
        // 2:10 spoken by 11:32:15: 0:10 over.
        let s = procedure([(.raisePointOfOrder(by: "Chile"), at(11, 32, 15))])
        #expect(panel(s, at(11, 32, 30)).lines == ["Presidency of the Court's clock stopped at +0:10 over"])
        #expect(
            panel(s, at(11, 32, 30), freeze: true).lines == ["Presidency of the Court's clock stopped at 0:00 left"])
    }

    // MARK: A suspension

    @Test func aSuspensionCountsDownToTheAnnouncedEnd() {
        let s = procedure([
            (.endIntervention, at(11, 32)),
            (.suspendMeeting(for: .minutes(10), reason: "consultations"), at(11, 32, 30)),
        ])
        let p = panel(s, at(11, 35))
        #expect(p.digits == "7:30" && p.word == "MEETING SUSPENDED" && p.detail == "consultations")
        #expect(p.lines == ["resumes at 11:42"])
        #expect(panel(s, at(11, 43)).digits == "+0:30")
        #expect(panel(s, at(11, 43), freeze: true).digits == "0:00")
        assertSnapshot(display(live(s), at(11, 35), next: true), "display-suspended-80x24")
        let fr = panel(s, at(11, 35), language: .french)
        #expect(fr.word == "SÉANCE SUSPENDUE" && fr.lines == ["reprise à 11:42"])
        let big = text(display(live(s), at(11, 35), width: 200, height: 50, language: .french))
        #expect(big.contains("SÉANCE SUSPENDUE") && big.contains("█") && big.contains("reprise à 11:42"))
    }

    @Test func aCountdownFromTenMinutesKeepsItsScaleWhenItLosesADigit() {
        let suspended = procedure([
            (.endIntervention, at(11, 32)), (.suspendMeeting(for: .minutes(10), reason: ""), at(11, 32, 30)),
        ])
        var plan = DefaultSession.plan
        plan.replies = ReplyRules(placement: .eachSegment)
        let reply = procedure(
            plan: plan,
            [
                (.requestReply(delegation: "France", function: "", category: .stateParty), at(11, 31)),
                (.endIntervention, at(11, 32)), (.call(SpeakerID(27)), at(11, 32, 10)), (.giveFloor, at(11, 32, 30)),
            ])
        #expect(reply.state.floor.intervention?.limit == .minutes(10))
        for s in [suspended, reply] {
            let blocks = [at(11, 32, 30), at(11, 32, 31, ms: 1)].map { now in
                display(live(s), now, width: 80, height: 24).lines().filter { $0.contains("█") }.count
            }
            #expect(panel(s, at(11, 32, 30)).digits == "10:00" && panel(s, at(11, 32, 31, ms: 1)).digits == "9:58")
            #expect(blocks[0] == blocks[1], "\(blocks)")
        }
    }

    // MARK: The digits turn over on time

    @Test(arguments: [false, true])
    func theProceduresClocksTurnOverWhenTheDisplayWakes(limited: Bool) {
        var plan = DefaultSession.plan
        plan.pointOfOrderLimit = limited ? .seconds(30) : nil
        let raised = at(11, 31, ms: 300)
        let cases = [
            procedure(plan: plan, [(.raisePointOfOrder(by: ""), raised)]),
            procedure(
                plan: plan, [(.endIntervention, at(11, 31)), (.suspendMeeting(for: .minutes(2), reason: ""), raised)]),
        ]
        for s in cases {
            // The display's own loop: draw, sleep until `nextChange`, draw again.
            var now = raised + .milliseconds(250)
            var turns = 0
            while now < raised + .seconds(40) {
                let due = DisplayScreen.nextChange(live(s), after: now)
                #expect(due > now)
                let shown = panel(s, now).digits
                // Nothing turns over more than the coalescing allowance before the wake-up.
                #expect(panel(s, due - .milliseconds(3)).digits == shown, "missed a turn before \(due)")
                if panel(s, due).digits != shown { turns += 1 }
                now = due
            }
            #expect(turns == 40, "\(turns) turns in 40 s")
        }
        // Exactly on the second after the raise, never counted by ticks.
        let up = cases[0]
        if !limited {
            #expect(panel(up, raised + .seconds(5) - .milliseconds(1)).digits == "0:04")
            #expect(panel(up, raised + .seconds(5)).digits == "0:05")
        } else {
            // Counting down is truncated: 25 000 ms left reads 0:25, 24 999 ms 0:24.
            #expect(panel(up, raised + .seconds(5)).digits == "0:25")
            #expect(panel(up, raised + .seconds(5) + .milliseconds(1)).digits == "0:24")
        }
    }

    // MARK: Replies, joint statements, statements in writing

    @Test func repliesAndJointStatementsReadOnTheLines() {
        // The European Union right after the Presidency, for two candidate countries.
        var speakers = DefaultSession.speakers
        let eu = speakers.firstIndex { $0.delegation == "European Union" }!
        speakers[eu].onBehalfOf = ["Albania", "North Macedonia"]
        speakers.insert(speakers.remove(at: eu), at: 1)
        var plan = DefaultSession.plan
        plan.replies = ReplyRules(placement: .eachSegment)
        let s = procedure(
            plan: plan, speakers: speakers,
            [
                (.requestReply(delegation: "France", function: "Ambassador", category: .stateParty), at(11, 31)),
                (.requestReply(delegation: "France", function: "Ambassador", category: .stateParty), at(11, 31, 5)),
            ])
        let next = display(live(s), at(11, 31, 10), next: true)
        #expect(text(next).contains("NEXT  European Union, on behalf of Albania and North Macedonia"), "\(text(next))")
        let st = s.state
        let replies = st.order.joined().filter { st.speakers[$0]?.kind == .reply }
        #expect(replies.map { DisplayScreen.listed(st, $0, .english) } == ["France (reply 1)", "France (reply 2)"])
        #expect(replies.map { DisplayScreen.listed(st, $0, .french) } == ["France (réponse 1)", "France (réponse 2)"])

        // Called out of turn: the heading says which reply, the digits its own limit.
        var called = s
        _ = called.handle(.endIntervention, at: at(11, 31, 20))
        _ = called.handle(.call(replies[1]), at: at(11, 31, 25))
        let c = panel(called, at(11, 31, 30))
        #expect(c.heading == "France (reply 2)" && c.digits == "5:00" && c.word == "CALLED")
        // The joint statement on the floor says for whom it is made, as the call line does.
        var joint = s
        _ = joint.handle(.endIntervention, at: at(11, 31, 20))
        _ = joint.handle(.giveFloor, at: at(11, 31, 25))
        let j = panel(joint, at(11, 31, 30))
        #expect(j.heading == "European Union")
        #expect(j.detail == "Head of Delegation · on behalf of Albania and North Macedonia")
        #expect(
            panel(joint, at(11, 31, 30), language: .french).detail?.hasSuffix(
                "au nom de l'Albanie et de la Macédoine du Nord")
                == true)
    }

    @Test func aSpeakersOwnLimitIsTheOneCalled() {
        var speakers = DefaultSession.speakers
        speakers[1].limit = .minutes(3)
        let s = procedure(speakers: speakers, [(.endIntervention, at(11, 32)), (.callNext, at(11, 32, 5))])
        #expect(panel(s, at(11, 32, 10)).digits == "3:00")
    }

    @Test func theClosingSummaryCountsStatementsInWritingApartFromNotReached() {
        let s = procedure([
            (.raisePointOfOrder(by: "Kenya"), at(11, 31)), (.endPointOfOrder, at(11, 31, 40)),
            (.endIntervention, at(11, 32, 30)),
            (.submitInWriting(SpeakerID(6)), at(11, 32, 40)),
            (.suspendMeeting(for: .minutes(10), reason: "consultations"), at(11, 33)),
            (.resumeMeeting, at(11, 43)),
            (.startNextSegment, at(11, 43, 10)), (.startNextSegment, at(11, 43, 20)), (.closeSession, at(11, 45)),
        ])
        #expect(s.state.speakers[SpeakerID(6)]?.delegation == "Sierra Leone")
        let p = panel(s, at(11, 50))
        // 26 on the list: one spoke, Sierra Leone handed its statement in, 24 not reached.
        #expect(
            p.lines == [
                "ended 11:45:00 (planned 13:00)", "1 intervention · 0 over time", "1:45 spoken", "24 not reached",
                "1 statement submitted in writing", "1 point of order", "meeting suspended 10:00 in all",
            ])
        let fr = panel(s, at(11, 50), language: .french).lines
        #expect(
            fr.suffix(4) == [
                "24 non appelés", "1 déclaration remise par écrit", "1 motion d'ordre",
                "séance suspendue 10:00 au total",
            ])
        assertSnapshot(display(live(s), at(11, 50)), "display-closed-procedure-80x24")
    }
}
