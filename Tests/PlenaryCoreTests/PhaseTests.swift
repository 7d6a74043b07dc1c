// The chair's opening and closing as timed phases, late openings against a shifted
// plan, bounded changeovers and the figures of a closed session, with explicit instants.
import Testing

@testable import PlenaryCore

@Suite struct ChairPhases {
    @Test func theFirstMoveOpensTheSessionAndTheNextStartsSegmentI() {
        var d = Driver()
        d.now = at(11, 30)
        let opened = d.run(.startNextSegment)
        #expect(opened.map(\.fact) == [.sessionOpened])
        #expect(d.state.phase == .opening(since: at(11, 30)))
        #expect(d.reject(.callNext) == .noSegmentUnderway(.callNext, sessionStarted: false))
        d.now = at(11, 34, 10)
        #expect(d.run(.startNextSegment).map(\.fact) == [.segmentStarted(segment: 0)])
        #expect(d.state.phase == .segment(0, since: at(11, 34, 10)))
        #expect(d.state.openingTimes?.start == at(11, 30) && d.state.openingTimes?.end == at(11, 34, 10))
    }

    @Test func theOpeningIsTimedLikeASpeakerAgainstItsAllowance() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.startNextSegment)
        #expect(d.state.chairTurn == ChairTurn(part: .opening, since: at(11, 30), allowance: .minutes(5)))
        #expect(d.state.chairRemaining(at: at(11, 32)) == .minutes(3))
        #expect(d.state.chairStage(at: at(11, 32)) == .onTime)
        #expect(d.state.chairStage(at: at(11, 34, 30)) == .wrapUp)
        #expect(d.state.chairStage(at: at(11, 34, 50)) == .final)
        #expect(d.state.chairStage(at: at(11, 35)) == .time)
        #expect(d.state.chairStage(at: at(11, 35, 31)) == .overrun(2))
        #expect(d.state.chairRemaining(at: at(11, 36)) == .minutes(-1))
        // No speaker is on the floor: the speaker's clock says nothing.
        #expect(d.state.remaining(at: at(11, 32)) == nil)
        d.run(.startNextSegment)
        #expect(d.state.chairTurn == nil && d.state.chairStage(at: d.now) == nil)
    }

    @Test func theClosingIsTimedAgainstItsAllowanceAndLogged() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.startNextSegment)
        d.now = at(11, 35)
        d.run(.startNextSegment)
        d.now = at(12, 15)
        d.run(.startNextSegment)
        d.now = at(12, 55)
        d.run(.startNextSegment)
        #expect(d.state.chairTurn == ChairTurn(part: .closing, since: at(12, 55), allowance: .minutes(5)))
        #expect(d.state.chairStage(at: at(12, 59, 52)) == .final)
        d.now = at(13, 1, 30)
        d.run(.closeSession)
        let log = ActualTimesLog.build(plan: d.state.plan, speakers: DefaultSession.speakers, events: d.session.events)
        #expect(log.opening?.actualStart == at(11, 30) && log.opening?.actualEnd == at(11, 35))
        #expect(log.opening?.duration == .minutes(5) && log.opening?.isOverTime == false)
        #expect(log.opening?.plannedStart == at(11, 30) && log.opening?.plannedEnd == at(11, 35))
        #expect(log.closing?.plannedStart == at(12, 55) && log.closing?.plannedEnd == at(13, 0))
        #expect(log.closing?.duration == .seconds(390))
        #expect(log.closing?.overrun == .seconds(90) && log.closing?.isOverTime == true)
    }

    /// Journals written before the opening was timed: the opening and Segment I's start
    /// in one action at one instant. They read as they did: no timed opening.
    @Test func anOpeningRecordedWithSegmentIWasNeverTimed() {
        let origin = Origin.operator(ActionID(number: 1))
        let events = [
            Event(origin: origin, at: at(11, 35), fact: .sessionOpened),
            Event(origin: origin, at: at(11, 35), fact: .segmentStarted(segment: 0)),
        ]
        let session = Session(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
        #expect(session.state.phase == .segment(0, since: at(11, 35)))
        #expect(session.state.openedAt == at(11, 35))
        #expect(session.state.openingTimes == nil)
        let log = ActualTimesLog.build(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
        #expect(log.opening == nil && log.closing == nil)
        #expect(log.session.actualStart == at(11, 35))
    }
}

@Suite struct LateOpenings {
    /// The session: opened nine hours and five minutes after the plan.
    @Test func nineHoursLateReadsAsLateOnceAndOnScheduleOtherwise() {
        var d = Driver()
        d.now = at(20, 35)
        d.run(.startNextSegment)
        d.now = at(20, 40)
        d.run(.startNextSegment)
        let p = d.state.projection(at: at(20, 41))
        #expect(p.schedule.lateness == .minutes(9 * 60 + 5))
        #expect(p.schedule.isLate)
        #expect(p.schedule.plan.start == at(20, 35) && p.schedule.plan.end == at(22, 5))
        // The list fits the shifted plan: nobody is left unreached and it is not behind.
        #expect(p.unreached.isEmpty)
        #expect(p.drift < .zero)
        #expect(d.state.sessionRemaining(at: at(20, 41)) == .minutes(84))
        // The planned turns are re-timed from the opening (the log's, too).
        let log = ActualTimesLog.build(plan: d.state.plan, speakers: DefaultSession.speakers, events: d.session.events)
        #expect(log.rows.first?.plannedStart == at(20, 40, 20))
        // What was filed stays what was filed.
        #expect(log.session.plannedStart == at(11, 30))
    }

    @Test func beforeOpeningTheScheduleMovesWithNow() {
        let s = DefaultSession.session().state
        #expect(s.schedule(at: at(11, 0)).lateness == .zero)
        #expect(s.schedule(at: at(11, 0)).plan == DefaultSession.plan)
        #expect(s.schedule(at: at(11, 30, 40)).isLate == false)
        let late = s.schedule(at: at(14, 0))
        #expect(late.lateness == .minutes(150) && late.isLate)
        #expect(s.sessionRemaining(at: at(14, 0)) == .minutes(90))
        #expect(s.projection(at: at(14, 0)).sessionEnd < at(15, 30))
    }

    /// `--date 2023-12-08` three years on: not thousands of hours over.
    @Test func aPlanYearsInThePastIsOnlyLate() {
        let s = DefaultSession.session().state
        let now = Instant(year: 2026, month: 12, day: 1, hour: 23, minute: 0, utcOffset: .minutes(60))
        #expect(s.sessionRemaining(at: now) == .minutes(90))
        #expect(s.projection(at: now).drift < .zero)
        #expect(s.schedule(at: now).lateness > .seconds(86_400 * 1000))
    }
}

@Suite struct BoundedChangeover {
    /// A speaker called and left standing for twelve minutes: the next turns are not
    /// each twelve minutes longer.
    @Test func oneStaleCallCannotMoveTheEndByHours() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.startNextSegment)
        d.now = at(11, 35)
        d.run(.startNextSegment)
        for _ in 0..<2 {
            d.run(.callNext)
            d.advance(.seconds(20))
            d.run(.giveFloor)
            d.advance(.minutes(2))
            d.run(.endIntervention)
        }
        let before = d.state.projection(at: d.now)
        d.run(.callNext)
        d.advance(.minutes(12))
        d.run(.giveFloor)
        d.advance(.minutes(2))
        d.run(.endIntervention)
        // (20 + 20 + 60 capped) / 3 = 33.333 s per changeover.
        #expect(d.state.observedChangeover == .milliseconds(33_333))
        let after = d.state.projection(at: d.now)
        // The twelve minutes happened (they count once); the pace barely moved.
        let paceChange = (after.sessionEnd - before.sessionEnd) - .minutes(12)
        #expect(paceChange < .minutes(6))
        #expect(DefaultSession.plan.changeoverBound == .minutes(1))
    }
}

@Suite struct ClosedSessions {
    @Test func theFiguresStopCountingAtTheClose() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.startNextSegment)
        d.now = at(11, 35)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.advance(.minutes(2))
        d.run(.endIntervention)
        d.now = at(12, 0)
        d.run(.closeSession)
        #expect(d.state.closedAt == at(12, 0))
        #expect(d.state.sessionRemaining(at: at(12, 0)) == .minutes(60))
        #expect(d.state.sessionRemaining(at: at(18, 0)) == .minutes(60))
        #expect(d.state.projection(at: at(18, 0)).sessionEnd == at(12, 0))
    }

    @Test func speakersStillWaitingAtTheCloseWereNotReached() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.startNextSegment)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        let first = d.state.speakerAtFloor!
        d.advance(.minutes(2))
        d.run(.endIntervention)
        let second = d.state.upcoming[0]
        let laterSegment = d.state.order[1][0]
        #expect(!d.state.wasNotReached(second))
        d.run(.startNextSegment)
        #expect(d.state.wasNotReached(second) && !d.state.wasNotReached(first))
        #expect(!d.state.wasNotReached(laterSegment))
        d.run(.closeSession)
        #expect(d.state.wasNotReached(laterSegment))
        let log = ActualTimesLog.build(plan: d.state.plan, speakers: DefaultSession.speakers, events: d.session.events)
        #expect(log.rows.filter { $0.status == .notReached }.count == DefaultSession.speakers.count - 1)
    }
}
