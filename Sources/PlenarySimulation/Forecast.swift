// Monte Carlo over the speaker model: from the state at an instant, run the rest of
// the session many times and count how often it ends on time. The runs are spread
// over the cores; the result does not depend on how many there are.
import Dispatch
import PlenaryCore

public struct SegmentForecast: Sendable, Hashable {
    public var segment: Int
    /// Share of runs in which the segment ended by its planned end.
    public var onTime: Double
    public var medianEnd: Instant
    public var p90End: Instant
    /// Mean number of speakers whose turn came after the segment's planned end.
    public var expectedUnreached: Double
}

public struct Forecast: Sendable, Hashable {
    public var runs: Int
    /// Share of runs in which the session closed by its planned end.
    public var onTime: Double
    public var medianEnd: Instant
    public var p90End: Instant
    public var expectedUnreached: Double
    public var segments: [SegmentForecast]
}

/// A policy change and what it does to the odds.
public struct ForecastVariant: Sendable, Hashable {
    public var label: String
    public var policy: OfficerPolicy
    public var forecast: Forecast
}

public enum Forecaster {
    /// Runs the rest of the session `runs` times from `state` at `now`.
    ///
    /// Each run draws from its own stream, seeded from `seed` and the run's index, and
    /// the runs are tallied in index order: the forecast is the same whether the runs
    /// share one core or many. `parallel: false` keeps to the calling thread (the live
    /// console's forecast, which must leave a core to the screen).
    public static func forecast(
        _ state: SessionState, at now: Instant, runs: Int, seed: UInt64,
        model: SpeakerModel = SpeakerModel(), policy: OfficerPolicy = OfficerPolicy(),
        words: [SpeakerID: Int] = [:], parallel: Bool = true
    ) -> Forecast {
        // On time means by the scheduled end: a late opening shifted the plan (`Schedule`).
        let plan = state.schedule(at: now).plan
        let n = max(1, runs)
        let outcomes = RunOutcomes(runs: n, segments: plan.segments.count, plan: plan)
        let chunks = (n + chunkSize - 1) / chunkSize
        let runChunk: @Sendable (Int) -> Void = { chunk in
            for run in (chunk * chunkSize)..<min(n, (chunk + 1) * chunkSize) {
                var s = Session(continuing: state)
                var pilot = Autopilot(
                    model: model, policy: policy, words: words,
                    seed: seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15)
                Rehearsal.run(&s, from: now, autopilot: &pilot)
                outcomes.record(run: run, of: s.state, from: now)
            }
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: runChunk)
        } else {
            for chunk in 0..<chunks { runChunk(chunk) }
        }
        return outcomes.forecast()
    }

    /// The share of `runs` runs from `state` at `now` that close by the scheduled end
    /// (`Schedule`: the plan's, shifted to a late opening): the
    /// live console's P(on time), the same figure as `forecast(...).onTime` with the same
    /// seed. Each run stops at the plan's end, where its answer is known (a session still
    /// open then is late), so a list far longer than the session's time (5,000 speakers)
    /// costs no more than one that fits it. On the calling thread.
    public static func chanceOnTime(
        _ state: SessionState, at now: Instant, runs: Int, seed: UInt64,
        model: SpeakerModel = SpeakerModel(), words: [SpeakerID: Int] = [:]
    ) -> Double {
        let n = max(1, runs)
        let end = state.schedule(at: now).plan.end
        var onTime = 0
        for run in 0..<n {
            var s = Session(continuing: state)
            var pilot = Autopilot(
                model: model, policy: OfficerPolicy(), words: words,
                seed: seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15)
            // Stopped at the plan's end and still open: late.
            if Rehearsal.run(&s, from: now, autopilot: &pilot, until: end).stopped { continue }
            // As in `RunOutcomes`: a run that never closed ends where it began.
            let closed: Instant = if case .closed(let at) = s.state.phase { at } else { now }
            if closed <= end { onTime += 1 }
        }
        return Double(onTime) / Double(n)
    }

    /// Runs per task handed to a core: enough to dwarf the hand-off, few enough to balance.
    static let chunkSize = 50

    /// What would change the odds: a strict cut-off at the limit, and closing each
    /// segment's list after the number of speakers its budget holds (`capacity`).
    public static func variants(
        _ state: SessionState, at now: Instant, runs: Int, seed: UInt64,
        model: SpeakerModel = SpeakerModel(), words: [SpeakerID: Int] = [:]
    )
        -> [ForecastVariant]
    {
        let cap = max(1, (state.plan.segments.indices.map { capacity(ofSegment: $0, in: state) }.min() ?? 1) - 1)
        let options: [(String, OfficerPolicy)] = [
            ("with a strict cut-off at the limit", OfficerPolicy(strictCutoff: true)),
            ("closing each list after \(cap) speakers", OfficerPolicy(listCap: cap)),
            ("with no walk-ins", OfficerPolicy(admitWalkIns: false)),
        ]
        return options.map { label, policy in
            ForecastVariant(
                label: label, policy: policy,
                forecast: forecast(
                    state, at: now, runs: runs, seed: seed, model: model,
                    policy: policy, words: words))
        }
    }

    /// How many speakers segment `i`'s budget holds, each at their own limit
    /// (`SessionState.limit(of:)`) plus the plan's changeover: the list's speakers in
    /// running order while they fit (rights of reply aside), then as many more at the
    /// segment's limit as the time left holds. A list of 3:00 group statements holds
    /// fewer than one of two-minute national ones.
    public static func capacity(ofSegment i: Int, in state: SessionState) -> Int {
        let plan = state.plan
        guard plan.segments.indices.contains(i) else { return 0 }
        let segment = plan.segments[i]
        var left = segment.budget
        var fits = 0
        for id in state.order[i] where state.speakers[id]?.kind != .reply {
            let turn = (state.limit(of: id) ?? segment.interventionLimit) + plan.expectedChangeover
            guard turn <= left else { return fits }
            left -= turn
            fits += 1
        }
        let turn = segment.interventionLimit + plan.expectedChangeover
        return fits + (turn > .zero ? Int(left.wholeMilliseconds / turn.wholeMilliseconds) : 0)
    }

    static func quantile(_ values: inout [Int64], _ q: Double) -> Instant {
        guard !values.isEmpty else { return Instant(milliseconds: 0) }
        values.sort()
        let index = min(values.count - 1, Int((Double(values.count - 1) * q).rounded(.up)))
        return Instant(milliseconds: values[index])
    }
}
