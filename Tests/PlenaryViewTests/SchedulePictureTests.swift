// The session line and the floor block against the schedule: the chair's timed
// opening, a late opening said once, a projected end on another day, a closed
// session's final figures and the speakers it never reached.
import PlenaryCore
import PlenaryView
import Testing

@Suite struct SchedulePictureTests {
    func statusLine(_ g: Grid) -> String { g.lines()[1] }

    @Test func theOpeningCountsDownLikeASpeakerInTheStagesColour() {
        var s = DefaultSession.session()
        _ = s.handle(.startNextSegment, at: at(11, 30))
        let calm = picture(s, at(11, 31, 15))
        #expect(statusLine(calm).contains("opening 3:45 left"))
        #expect(calm.lines().joined().contains("OPENING BY THE CHAIR · 3:45 left"))
        #expect(calm.lines().joined().contains("allowance 5:00"))
        let late = picture(s, at(11, 35, 20))
        #expect(late.lines().joined().contains("OVERRUN 1 · +0:20 over"))
        #expect(statusLine(late).contains("opening +0:20 over"))
        let band = late.lines().firstIndex { $0.contains("OVERRUN 1 · +0:20 over") }!
        #expect(late[0, band].role == StyleRole.of(.overrun(1)))
        let french = picture(s, at(11, 34, 40), language: .french)
        #expect(statusLine(french).contains("ouverture 0:20"))
        #expect(french.lines().joined().contains("temps prévu 5:00"))
    }

    @Test func theRoomDisplayTimesTheChairToo() {
        var s = DefaultSession.session()
        _ = s.handle(.startNextSegment, at: at(11, 30))
        let calm = display(live(s), at(11, 31), width: 80, height: 24).lines().joined(separator: "\n")
        #expect(calm.contains("OPENING BY THE CHAIR"))
        let wrapUp = display(live(s), at(11, 34, 40), width: 80, height: 24)
        #expect(wrapUp.lines().joined().contains("WRAP UP"))
        #expect(wrapUp.lines().contains { $0.contains("█") }, "big digits for the countdown")
    }

    @Test func theRedrawWakesForTheChairsStages() {
        var s = DefaultSession.session()
        _ = s.handle(.startNextSegment, at: at(11, 30))
        // Wrap-up at 0:30 left: at 11:34:30 (within the frame's coalescing), as for a speaker.
        let wake = ConsoleScreen.nextChange(state: s.state, after: at(11, 34, 29, ms: 999))
        #expect(wake >= at(11, 34, 30) && wake <= at(11, 34, 30) + ConsoleScreen.coalescing)
        #expect(s.state.chairStage(at: wake) == .wrapUp)
    }

    @Test func aSessionOpenedNineHoursLateSaysSoOnce() {
        var s = DefaultSession.session()
        _ = s.handle(.startNextSegment, at: at(20, 35))
        _ = s.handle(.startNextSegment, at: at(20, 40))
        let line = statusLine(picture(s, at(20, 41), width: 120))
        #expect(line.contains("started 9 h 05 late"))
        #expect(line.contains("Session 1:24:00 left"))
        #expect(!line.contains("over") && !line.contains("behind"))
        #expect(line.contains("ends 21:"))
        let g = picture(s, at(20, 41))
        #expect(!g.lines().joined().contains("will not be reached"))
        let french = statusLine(picture(s, at(20, 41), width: 120, language: .french))
        #expect(french.contains("ouverte avec 9 h 05 de retard"))
    }

    @Test func beforeALateOpeningTheStatusSaysHowLate() {
        let s = DefaultSession.session()
        let line = statusLine(picture(s, at(20, 35), width: 120))
        #expect(line.contains("due 11:30, 9 h 05 late"))
        #expect(line.contains("Session 1:30:00 left"))
        // Years later (`--date 2023-12-08` today): a date and days, not 26143 hours.
        let years = Instant(year: 2026, month: 12, day: 1, hour: 23, minute: 28, utcOffset: cet)
        let old = statusLine(picture(s, years, width: 120))
        #expect(old.contains("due 2023-12-08 11:30, 1089 days 11 h late"))
        #expect(old.contains("Session 1:30:00 left"))
        #expect(old.contains("ends 2026-12-02 00:"))
    }

    @Test func aClosedSessionShowsItsFinalFiguresAndWhoWasNotReached() {
        var s = session(extra: [(.endIntervention, at(11, 32)), (.closeSession, at(11, 40))])
        let first = picture(s, at(11, 41), width: 100)
        let later = picture(s, at(15, 0), width: 100)
        #expect(statusLine(first) == statusLine(later), "the figures stop at the close")
        #expect(statusLine(first).contains("closed 11:40:00"))
        #expect(statusLine(first).contains("25 not reached"))
        #expect(!statusLine(first).contains("Session"))
        #expect(first.lines().contains { $0.contains("unreached") && $0.contains("Office of the Prosecutor") })
        #expect(!first.lines().contains { $0.contains("· waiting") })
        _ = s.handle(.undo, at: at(11, 42))
        #expect(picture(s, at(11, 42), width: 100).lines().contains { $0.contains("· waiting") })
    }
}
