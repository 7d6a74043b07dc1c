// What each simulated run of a forecast ended with, in slots that concurrent chunks
// of runs fill (each run's slots by exactly one chunk), then tallied in run order.
import PlenaryCore

final class RunOutcomes: @unchecked Sendable {
    private let plan: SessionPlan
    private let runs: Int, segments: Int
    /// When each run's session closed (or the forecast's start, if it never did).
    private let sessionEnds: UnsafeMutableBufferPointer<Int64>
    /// Run-major: `segmentEnds[run * segments + i]`.
    private let segmentEnds: UnsafeMutableBufferPointer<Int64>
    /// Run-major: speakers given the floor after the segment's planned end.
    private let unreached: UnsafeMutableBufferPointer<Int>

    init(runs: Int, segments: Int, plan: SessionPlan) {
        self.plan = plan
        self.runs = runs
        self.segments = segments
        sessionEnds = .allocate(capacity: runs)
        sessionEnds.initialize(repeating: 0)
        segmentEnds = .allocate(capacity: runs * segments)
        segmentEnds.initialize(repeating: 0)
        unreached = .allocate(capacity: runs * segments)
        unreached.initialize(repeating: 0)
    }

    deinit {
        sessionEnds.deallocate()
        segmentEnds.deallocate()
        unreached.deallocate()
    }

    /// Keeps what run `run` ended with; `state` is its final state.
    func record(run: Int, of state: SessionState, from now: Instant) {
        let end: Instant = if case .closed(let at) = state.phase { at } else { now }
        sessionEnds[run] = end.milliseconds
        for i in 0..<segments { segmentEnds[run * segments + i] = (state.segmentTimes(i).end ?? end).milliseconds }
        for r in state.records where r.intervention.floorGivenAt >= plan.plannedEnd(ofSegment: r.intervention.segment) {
            unreached[run * segments + r.intervention.segment] += 1
        }
    }

    /// The forecast over all runs.
    func forecast() -> Forecast {
        let n = Double(runs)
        var ends = Array(sessionEnds)
        let onTime = ends.lazy.filter { $0 <= self.plan.end.milliseconds }.count
        var totalUnreached = 0
        let perSegment = (0..<segments).map { i in
            var segEnds = (0..<runs).map { segmentEnds[$0 * segments + i] }
            let planned = plan.plannedEnd(ofSegment: i).milliseconds
            let segOnTime = segEnds.lazy.filter { $0 <= planned }.count
            let late = (0..<runs).reduce(0) { $0 + unreached[$1 * segments + i] }
            totalUnreached += late
            return SegmentForecast(
                segment: i, onTime: Double(segOnTime) / n,
                medianEnd: Forecaster.quantile(&segEnds, 0.5),
                p90End: Forecaster.quantile(&segEnds, 0.9),
                expectedUnreached: Double(late) / n)
        }
        return Forecast(
            runs: runs, onTime: Double(onTime) / n,
            medianEnd: Forecaster.quantile(&ends, 0.5), p90End: Forecaster.quantile(&ends, 0.9),
            expectedUnreached: Double(totalUnreached) / n, segments: perSegment)
    }
}
