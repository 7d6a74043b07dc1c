import PlenaryCore
import Testing

// The forecast spreads its runs over the cores; these tests hold it to the plain
// sequential loop it replaced, run by run, so no core count can change a forecast.
@testable import PlenarySimulation

@Suite struct ForecastSpread {
    /// The forecast as one loop over the runs, in order: the reference.
    func sequential(
        _ state: SessionState, at now: Instant, runs n: Int, seed: UInt64,
        policy: OfficerPolicy = OfficerPolicy()
    ) -> Forecast {
        let plan = state.schedule(at: now).plan
        var sessionEnds: [Int64] = []
        var sessionOnTime = 0
        var segmentEnds = Array(repeating: [Int64](), count: plan.segments.count)
        var segmentOnTime = Array(repeating: 0, count: plan.segments.count)
        var unreached = Array(repeating: 0, count: plan.segments.count)
        for run in 0..<n {
            var session = Session(continuing: state)
            var pilot = Autopilot(policy: policy, seed: seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15)
            Rehearsal.run(&session, from: now, autopilot: &pilot)
            let s = session.state
            let end: Instant = if case .closed(let at) = s.phase { at } else { now }
            sessionEnds.append(end.milliseconds)
            if end <= plan.end { sessionOnTime += 1 }
            for i in plan.segments.indices {
                let segEnd = s.segmentEnds[i] ?? end
                segmentEnds[i].append(segEnd.milliseconds)
                if segEnd <= plan.plannedEnd(ofSegment: i) { segmentOnTime[i] += 1 }
            }
            for r in s.records where r.intervention.floorGivenAt >= plan.plannedEnd(ofSegment: r.intervention.segment) {
                unreached[r.intervention.segment] += 1
            }
        }
        let segments = plan.segments.indices.map { i in
            SegmentForecast(
                segment: i, onTime: Double(segmentOnTime[i]) / Double(n),
                medianEnd: Forecaster.quantile(&segmentEnds[i], 0.5),
                p90End: Forecaster.quantile(&segmentEnds[i], 0.9),
                expectedUnreached: Double(unreached[i]) / Double(n))
        }
        return Forecast(
            runs: n, onTime: Double(sessionOnTime) / Double(n),
            medianEnd: Forecaster.quantile(&sessionEnds, 0.5),
            p90End: Forecaster.quantile(&sessionEnds, 0.9),
            expectedUnreached: Double(unreached.reduce(0, +)) / Double(n), segments: segments)
    }

    /// Run counts around the chunk size: one short chunk, exact chunks, a ragged last one.
    @Test(arguments: [1, 7, Forecaster.chunkSize, Forecaster.chunkSize * 3 + 1, 400])
    func theSpreadForecastIsTheSequentialOne(runs: Int) {
        let state = DefaultSession.session().state
        let spread = Forecaster.forecast(state, at: plenaryStart, runs: runs, seed: 5)
        #expect(spread == sequential(state, at: plenaryStart, runs: runs, seed: 5))
    }

    @Test func aLiveStateWithAStrictOfficerIsTheSequentialOneToo() {
        var session = DefaultSession.session()
        // Opened on time; the first speaker held the floor for twenty minutes.
        session.handle(.openSession, at: plenaryStart)
        session.handle(.startNextSegment, at: plenaryStart + .minutes(5))
        session.handle(.giveFloor, at: plenaryStart + .minutes(5))
        session.handle(.endIntervention, at: plenaryStart + .minutes(25))
        session.handle(.giveFloor, at: plenaryStart + .minutes(26))
        let now = plenaryStart + .minutes(27)
        let policy = OfficerPolicy(strictCutoff: true)
        let spread = Forecaster.forecast(session.state, at: now, runs: 230, seed: 77, policy: policy)
        #expect(spread == sequential(session.state, at: now, runs: 230, seed: 77, policy: policy))
        #expect(spread.expectedUnreached > 0)
    }

    @Test func theSameSeedGivesTheSameForecastEveryTime() {
        let state = DefaultSession.session().state
        let first = Forecaster.forecast(state, at: plenaryStart, runs: 300, seed: 9)
        for _ in 0..<3 { #expect(Forecaster.forecast(state, at: plenaryStart, runs: 300, seed: 9) == first) }
        // On one thread (the live console's way) the runs and their tally are the same.
        #expect(Forecaster.forecast(state, at: plenaryStart, runs: 300, seed: 9, parallel: false) == first)
        #expect(Forecaster.forecast(state, at: plenaryStart, runs: 300, seed: 10, parallel: false) != first)
    }
}
