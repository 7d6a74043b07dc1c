// Projections, drift and who will not be reached, worked out by hand.
import PlenaryCore
import Testing

@Suite struct Projections {
    @Test func beforeTheSessionTheListFitsThePlan() {
        let s = DefaultSession.session().state
        let p = s.projection(at: at(11, 0))
        // Segment I: 11:35 + 14 × (0:20 + 2:00) = 12:07:40.
        #expect(p.segments[0].start == at(11, 35))
        #expect(p.segments[0].projectedEnd == at(12, 7, 40))
        #expect(p.segments[0].remainingSpeakers == 14)
        // Segment II follows at once: 12:07:40 + 12 × 2:20 = 12:35:40.
        #expect(p.segments[1].projectedEnd == at(12, 35, 40))
        #expect(p.unreached.isEmpty)
        // Closing 5:00 → 12:40:40, 19:20 ahead of 13:00.
        #expect(p.sessionEnd == at(12, 40, 40))
        #expect(p.drift == .seconds(-(19 * 60 + 20)))
    }

    @Test func aLateStartShiftsThePlanInsteadOfCountingAsBehind() {
        var d = Driver()
        d.now = at(11, 50)  // twenty minutes late
        d.run(.openSession)
        d.now = at(11, 55)  // after a 5:00 opening
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.advance(.seconds(60))
        let p = d.state.projection(at: d.now)
        // Now 11:56, the speaker has 1:00 left → 11:57; 13 more × 2:20 → 12:27:20.
        #expect(p.segments[0].projectedEnd == at(12, 27, 20))
        // The lateness is said once; the plan runs from 11:50, so Segment I is planned
        // to end at 12:35 and its 14 speakers fit: 7:40 ahead, none unreached.
        #expect(p.schedule.lateness == .minutes(20))
        #expect(p.segments[0].plannedEnd == at(12, 35))
        #expect(p.segments[0].drift == .seconds(-(7 * 60 + 40)))
        #expect(p.segments[0].unreached.isEmpty)
        #expect(d.state.sessionRemaining(at: d.now) == .minutes(84))
    }

    @Test func aLateStartAndALongSpeakerLeaveSomeUnreachedAgainstTheShiftedPlan() {
        var d = Driver()
        d.now = at(11, 50)  // twenty minutes late
        d.run(.openSession)
        d.now = at(11, 55)  // after a 5:00 opening
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.advance(.minutes(20))  // eighteen minutes over
        let p = d.state.projection(at: d.now)
        // From now (12:15), 13 × 2:20 → 12:45:20, against 12:35 as shifted.
        #expect(p.segments[0].projectedEnd == at(12, 45, 20))
        #expect(p.segments[0].drift == .seconds(10 * 60 + 20))
        // The k-th waiting speaker (0-based) starts at 12:15:20 + k × 2:20; 12:35 is
        // reached at k = 9.
        let waiting = d.state.waiting(inSegment: 0)
        #expect(p.segments[0].unreached == Array(waiting[9...]))
        #expect(p.segments[0].unreached.count == 4)
    }

    @Test func theObservedChangeoverReplacesTheAssumption() {
        var d = Driver()
        d.now = at(11, 35)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.callNext)
        d.advance(.seconds(40))
        d.run(.giveFloor)
        d.advance(.minutes(2))
        d.run(.endIntervention)
        #expect(d.state.observedChangeover == .seconds(40))
        let p = d.state.projection(at: d.now)
        // 13 waiting × (0:40 + 2:00) from 11:37:40.
        #expect(p.segments[0].projectedEnd == at(11, 37, 40) + .seconds(13 * 160))
    }

    @Test func anOverrunningSpeakerPushesNothingBackward() {
        var d = Driver()
        d.now = at(11, 35)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.advance(.minutes(3))  // a minute over
        let p = d.state.projection(at: d.now)
        // Remaining is negative; the projection starts from now, not from the past.
        #expect(p.segments[0].projectedEnd == d.now + .seconds(13 * 140))
    }

    @Test func segmentClockAndSessionRemaining() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.now = at(11, 36)
        d.run(.startNextSegment)
        #expect(d.state.segmentElapsed(at: at(11, 46)) == .minutes(10))
        #expect(d.state.segmentRemaining(at: at(12, 20)) == .minutes(-4))
        #expect(d.state.sessionRemaining(at: at(12, 50)) == .minutes(10))
    }
}

@Suite struct CallLines {
    @Test func englishNamesTheNextAndTheFollowing() {
        #expect(
            CallLine.text(.english, "Belgium", "Japan")
                == "I now give the floor to the representative of Belgium, to be followed by Japan.")
        #expect(
            CallLine.text(.english, "Netherlands", nil)
                == "I now give the floor to the representative of the Netherlands.")
    }

    @Test(arguments: [
        ("Belgium", "Japan", "Je donne maintenant la parole à la Belgique, suivie du Japon."),
        ("Japan", "Netherlands", "Je donne maintenant la parole au Japon, suivi des Pays-Bas."),
        ("Netherlands", "Italy", "Je donne maintenant la parole aux Pays-Bas, suivis de l'Italie."),
        ("Uruguay", "Cyprus", "Je donne maintenant la parole à l'Uruguay, suivi de Chypre."),
        (
            "Office of the Prosecutor", "Registry",
            "Je donne maintenant la parole au Bureau du Procureur, suivi du Greffe."
        ),
        (
            "Atlantis", "Erewhon",
            "Je donne maintenant la parole à la délégation d'Atlantis, suivie de la délégation d'Erewhon."
        ),
    ])
    func frenchAgreesWithTheDelegation(_ first: String, _ then: String, _ expected: String) {
        #expect(CallLine.text(.french, first, then) == expected)
    }

    @Test func theStateCallsTheCalledSpeakerThenTheNext() {
        var d = Driver()
        d.now = at(11, 35)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.callNext)
        d.run(.skip(nil))  // the President is absent: the Prosecutor is next
        #expect(
            d.state.callLine(.english)
                == "I now give the floor to the representative of the Office of the Prosecutor, "
                + "to be followed by the Registry.")
        d.run(.giveFloor)
        #expect(d.state.callLine(.english) == nil, "no call line while someone speaks")
    }
}

@Suite struct TimeArithmetic {
    @Test func civilDatesRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let c = CivilDate.civil(fromDays: days)
            #expect(CivilDate.daysFromEpoch(year: c.year, month: c.month, day: c.day) == days)
        }
        #expect(CivilDate.daysFromEpoch(year: 1970, month: 1, day: 1) == 0)
        #expect(
            Instant(year: 2023, month: 12, day: 8, hour: 11, minute: 30, utcOffset: .minutes(60)).milliseconds
                == 1_702_031_400_000)
    }

    @Test func countdownTextNeverShowsZeroEarly() {
        #expect(TimeText.minutesSeconds(.milliseconds(119_999)) == "1:59")
        #expect(TimeText.minutesSeconds(.milliseconds(999)) == "0:00")
        #expect(TimeText.minutesSeconds(.milliseconds(999), roundUp: true) == "0:01")
        #expect(TimeText.signed(.seconds(-12)) == "-0:12")
        #expect(TimeText.signed(.seconds(12)) == "+0:12")
        #expect(TimeText.minutesSeconds(.seconds(3723)) == "1:02:03")
        #expect(TimeText.iso(at(11, 30), utcOffset: .minutes(60)) == "2023-12-08T11:30:00+01:00")
    }

    @Test func aPlanMovesToAnotherDayAtTheSameLocalTimes() {
        let p = DefaultSession.plan.moved(toYear: 2026, month: 11, day: 27)
        #expect(TimeText.clock(p.start, utcOffset: p.utcOffset) == "11:30")
        #expect(TimeText.date(p.start, utcOffset: p.utcOffset) == "2026-11-27")
        #expect(p.end - p.start == .minutes(90))
        #expect(
            p.start - p.registrationDeadline
                == DefaultSession.plan.start - DefaultSession.plan.registrationDeadline)
    }

    @Test func theDefaultPlanIsSound() {
        #expect(DefaultSession.plan.problems() == [])
        #expect(DefaultSession.plan.segmentIndex(named: "ii") == 1)
        #expect(DefaultSession.plan.segmentIndex(named: "2") == 1)
        #expect(DefaultSession.plan.segmentIndex(named: "III") == nil)
        let s = DefaultSession.session().state
        #expect(s.invariantViolations() == [])
        #expect(DefaultSession.speakers.allSatisfy { $0.received! < DefaultSession.plan.registrationDeadline })
    }
}
