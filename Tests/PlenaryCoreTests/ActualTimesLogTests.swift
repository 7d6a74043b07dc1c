// The actual-times log as the core builds it: statuses, planned turns, summaries that
// add up, and the measures (over time, walk to the microphone, gap between speakers)
// defined once and agreeing with what the console counts.
import PlenaryCore
import Testing

/// A full morning on the default plan: opening, both segments, pauses, extensions,
/// overruns, a skip then spoke, absences, a withdrawal, a walk-in, a corrected start,
/// an undo, speakers not reached, the closing. (PlenaryFormatsTests renders the same
/// script into its golden exports.)
enum ScriptedMorning {
    static func driver() -> Driver {
        var d = Driver()
        func run(_ c: Command, after seconds: Int) {
            d.advance(.seconds(seconds))
            d.run(c)
        }
        func speak(_ seconds: Int, changeover: Int = 15) {
            run(.giveFloor, after: changeover)
            run(.endIntervention, after: seconds)
        }
        d.now = at(11, 30, 40)
        d.run(.openSession)
        d.now = at(11, 35, 10)
        d.run(.startNextSegment)
        speak(105, changeover: 10)  // President: 1:45
        run(.callNext, after: 5)  // Prosecutor
        run(.giveFloor, after: 20)
        run(.pause, after: 60)
        run(.resume, after: 30)
        run(.extend(by: .seconds(30), reason: "interpretation interrupted"), after: 70)
        run(.endIntervention, after: 35)  // 2:45 spoken of 2:30: +0:15
        run(.callNext, after: 5)  // Registry
        run(.skip(nil), after: 10)  // not in the room
        speak(140, changeover: 5)  // Belgium: 2:20, +0:20
        run(.withdraw(SpeakerID(5)), after: 5)  // France withdraws
        run(.callNext, after: 5)  // Sierra Leone
        run(.giveFloor, after: 10)
        run(.correctStart(to: d.now - .seconds(5)), after: 10)  // the timer was late
        run(.endIntervention, after: 100)
        run(
            .addWalkIn(delegation: "Kenya", function: "Ambassador", category: .stateParty, segment: 0, position: 1),
            after: 10)
        speak(70, changeover: 20)  // Kenya, walk-in
        run(.callNext, after: 10)  // Netherlands
        run(.markAbsent(nil), after: 5)
        speak(110, changeover: 5)  // Argentina
        run(.giveFloor, after: 10)  // Japan, given by mistake...
        run(.undo, after: 10)  // ...and taken back
        speak(115, changeover: 5)  // Japan
        for seconds in [110, 125, 118, 120, 90, 100] { speak(seconds) }  // Senegal … Coalition, Registry
        run(.startNextSegment, after: 20)  // Segment II
        for seconds in [120, 131, 95, 150, 118, 120, 122, 119, 100] { speak(seconds) }
        run(.startNextSegment, after: 30)  // the closing; three not reached
        run(.closeSession, after: 240)
        return d
    }

    static let events = driver().session.events
    static let log = ActualTimesLog.build(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
}

@Suite struct ActualTimesLogTests {
    let log = ScriptedMorning.log

    @Test func theScriptedSessionCoversEveryStatus() {
        let statuses = Set(log.rows.map(\.status))
        #expect(statuses == [.spoke, .skippedThenSpoke, .absent, .withdrawn, .notReached])
        #expect(log.isFinal)
        #expect(log.rows.contains { $0.kind == .walkIn && $0.status == .spoke && $0.plannedStart == nil })
    }

    @Test func rowsAddUpToTheSummaries() {
        for (i, seg) in log.segments.enumerated() {
            let heard = log.rows(inSegment: i).filter { $0.floorGivenAt != nil }
            #expect(seg.interventions == heard.count)
            #expect(seg.speakingTotal == heard.reduce(.zero) { $0 + $1.speakingTime! })
            let overruns = heard.filter(\.isOverTime).compactMap(\.overrun)
            #expect(seg.overrunCount == overruns.count && seg.overrunLargest == overruns.max() ?? .zero)
            #expect(seg.gapBetweenSpeakersTotal == heard.reduce(.zero) { $0 + $1.gapBetweenSpeakers! })
            // Segment time = speaking + pauses + gaps + the tail after the last speaker.
            let span = seg.actualEnd! - seg.actualStart!
            #expect(seg.speakingTotal + seg.pausedTotal + seg.gapBetweenSpeakersTotal <= span)
        }
        #expect(log.session.speakingTotal == log.segments.reduce(.zero) { $0 + $1.speakingTotal })
        #expect(log.session.gapBetweenSpeakersTotal == log.segments.reduce(.zero) { $0 + $1.gapBetweenSpeakersTotal })
        #expect(log.delegations.reduce(.zero) { $0 + $1.used } == log.session.speakingTotal)
        #expect(log.delegations.reduce(0) { $0 + $1.interventions } == log.session.interventions)
    }

    @Test func theOverrunAndExtensionAreOnTheProsecutorsRow() throws {
        let row = try #require(log.rows.first { $0.delegation == "Office of the Prosecutor" && $0.segment == 0 })
        #expect(row.speakingTime == .seconds(165))
        #expect(row.pausedTotal == .seconds(30))
        #expect(row.extensions.map(\.reason) == ["interpretation interrupted"])
        #expect(row.overrun == .seconds(15))
        // The planned turn is the projection at the opening: opening allowance, the
        // first speaker's changeover and limit, then this one's changeover.
        #expect(row.plannedStart == at(11, 30, 40) + .minutes(5) + .seconds(20 + 120 + 20))
    }

    @Test func aSessionStillRunningIsProvisional() {
        let events = ScriptedMorning.events
        let cut = events.firstIndex { if case .floorGiven = $0.fact { true } else { false } }! + 1
        let log = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            events: Array(events.prefix(cut)), remarks: ["still being written"])
        #expect(!log.isFinal)
        #expect(log.rows.first?.status == .onFloor)
        #expect(log.remarks == ["still being written"])
    }

    @Test func anUndoneFloorIsNotInTheLog() throws {
        // Japan was given the floor by mistake, undone, then heard once, 5 s later.
        let japan = try #require(log.rows.first { $0.delegation == "Japan" })
        #expect(japan.speakingTime == .seconds(115))
        #expect(log.rows.filter { $0.delegation == "Japan" }.count == 1)
    }

    /// The two changeovers measure different intervals and must not be confused: the
    /// Prosecutor was called 5 s after the President ended and walked 20 s to the
    /// microphone, so the gap between speakers is 25 s and the walk 20 s.
    @Test func theWalkToTheMicrophoneAndTheGapBetweenSpeakersAreApart() throws {
        let prosecutor = try #require(log.rows.first { $0.delegation == "Office of the Prosecutor" })
        #expect(prosecutor.walkToMicrophone == .seconds(20))
        #expect(prosecutor.gapBetweenSpeakers == .seconds(25))
        // Given the floor without a call: no walk was waited for, the gap still counts.
        let president = try #require(log.rows.first { $0.order == 1 && $0.segment == 0 })
        #expect(president.walkToMicrophone == .zero)
        #expect(president.gapBetweenSpeakers == .seconds(10))  // from the segment's start
        #expect(
            log.segments[0].walkToMicrophoneTotal
                == log.rows(inSegment: 0).reduce(.zero) { $0 + ($1.walkToMicrophone ?? .zero) })
        #expect(log.segments[0].walkToMicrophoneTotal < log.segments[0].gapBetweenSpeakersTotal)
    }

    @Test func theMeasuresAreDefinedOnce() {
        let t = at(12, 0)
        #expect(Measure.walkToMicrophone(calledAt: t, floorGivenAt: t + .seconds(12)) == .seconds(12))
        #expect(Measure.walkToMicrophone(calledAt: nil, floorGivenAt: t) == nil)
        #expect(Measure.walkToMicrophone(calledAt: t + .seconds(1), floorGivenAt: t) == nil)
        #expect(Measure.gapBetweenSpeakers(previousEnd: t, floorGivenAt: t + .seconds(30)) == .seconds(30))
        #expect(Measure.gapBetweenSpeakers(previousEnd: t + .seconds(5), floorGivenAt: t) == .zero)
        #expect(Measure.gapBetweenSpeakers(previousEnd: nil, floorGivenAt: t) == nil)
        // What the podium shows is truncated to seconds: 999 ms over reads +0:00.
        #expect(!Measure.isOverTime(.milliseconds(999)))
        #expect(!Measure.isOverTime(.zero))
        #expect(Measure.isOverTime(.seconds(1)))
    }

    /// An overrun of 351 ms shows as `+0:00` at the console, so neither the console's
    /// count nor the log's counts it; 1 s does count, in both.
    @Test func overTimeMeansWhatTheOperatorSaw() throws {
        for (over, counted) in [(Duration.milliseconds(351), false), (.seconds(1), true)] {
            var d = Driver()
            d.now = at(11, 30)
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.giveFloor)
            d.advance(DefaultSession.plan.segments[0].interventionLimit + over)
            d.run(.endIntervention)
            let log = ActualTimesLog.build(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers,
                events: d.session.events)
            let row = try #require(log.rows.first { $0.floorGivenAt != nil })
            #expect(row.overrun == over)
            #expect(row.isOverTime == counted)
            #expect(d.state.records.overTimeCount == (counted ? 1 : 0))
            #expect(log.session.overrunCount == d.state.records.overTimeCount)
            #expect(log.segments[0].overrunCount == d.state.records.overTimeCount)
            #expect(log.delegations.reduce(0) { $0 + $1.overrunCount } == d.state.records.overTimeCount)
            #expect(log.session.overrunTotal == (counted ? over : .zero))
        }
    }
}
