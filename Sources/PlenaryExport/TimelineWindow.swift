// Which stretch of time the report's timeline draws, and its axis ticks. Worked out
// from the log alone, so the chart is the same bytes on every run.
import PlenaryCore

struct TimelineWindow {
    /// A plenary day; a longer span is a clock that jumped, not a session.
    static let longestSpan = Duration.minutes(24 * 60)
    /// "HH:MM" at 10 px is about 30 px wide: ten labels leave a label's width between each.
    static let mostLabels = 10
    /// Tick steps in minutes, from which the smallest that keeps to `mostLabels` is taken.
    static let steps: [Int64] = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440]

    var start: Instant
    var end: Instant
    var ticks: [Instant]
    /// Whether the plan's own start and end are on the chart.
    var includesPlan: Bool
    /// The first and last recorded times, when they were too far apart to draw.
    var clipped: (first: Instant, last: Instant)?

    init(_ log: ActualTimesLog) {
        var happened = [log.session.actualStart, log.session.actualEnd].compactMap { $0 }
        for r in log.rows {
            happened += [r.plannedStart, r.plannedEnd, r.floorGivenAt].compactMap { $0 }
            if r.floorGivenAt != nil { happened.append(r.endedAt ?? log.asOf) }
        }
        happened.sort()
        let planned = (log.plan.start, log.plan.end)
        var lo = happened.first ?? planned.0
        var hi = happened.last ?? planned.1
        let union = (min(lo, planned.0), max(hi, planned.1))
        // The plan widens the chart only while what happened keeps at least a third of it.
        includesPlan = happened.isEmpty || (union.1 - union.0) <= (hi - lo) + (hi - lo) + (hi - lo)
        if includesPlan { (lo, hi) = union }
        clipped = nil
        if hi - lo > Self.longestSpan {
            clipped = (lo, hi)
            lo = Self.busiestStart(happened)
            let until = lo + Self.longestSpan
            hi = happened.last { $0 <= until } ?? until
        }
        let spanMinutes = max(1, (hi - lo).wholeMilliseconds / 60_000)
        let step = Self.steps.first { (spanMinutes + $0 - 1) / $0 + 1 <= Int64(Self.mostLabels) } ?? Self.steps.last!
        start = Self.floor(lo, step)
        end = Self.ceil(hi, step)
        var ticks: [Instant] = []
        var tick = start
        while tick <= end {
            ticks.append(tick)
            tick = tick + .minutes(Int(step))
        }
        self.ticks = ticks
    }

    /// Whether any of a row's bars is on the chart.
    func shows(_ r: InterventionRow, asOf: Instant) -> Bool {
        times(r, asOf).contains { $0 >= start && $0 <= end }
    }

    /// Whether all of a row's bars are on the chart, unclipped.
    func showsWhole(_ r: InterventionRow, asOf: Instant) -> Bool {
        times(r, asOf).allSatisfy { $0 >= start && $0 <= end }
    }

    private func times(_ r: InterventionRow, _ asOf: Instant) -> [Instant] {
        [r.plannedStart, r.plannedEnd, r.floorGivenAt, r.floorGivenAt.map { _ in r.endedAt ?? asOf }].compactMap { $0 }
    }

    /// The start of the `longestSpan` that holds the most of `times` (sorted), the
    /// earliest such: where the session was, whichever way the clock jumped.
    static func busiestStart(_ times: [Instant]) -> Instant {
        var best = (count: 0, start: times.first ?? Instant(milliseconds: 0))
        var last = 0
        for (first, t) in times.enumerated() {
            if last < first { last = first }
            while last + 1 < times.count, times[last + 1] - t <= longestSpan { last += 1 }
            if last - first + 1 > best.count { best = (last - first + 1, t) }
        }
        return best.start
    }

    /// `9 h 05` or `25 min`: how late, in the words of a schedule.
    static func hoursMinutes(_ d: Duration) -> String {
        let minutes = d.wholeMilliseconds / 60_000
        return minutes >= 60 ? "\(minutes / 60) h \(minutes % 60 < 10 ? "0" : "")\(minutes % 60)" : "\(minutes) min"
    }

    static func floor(_ t: Instant, _ m: Int64) -> Instant {
        let step = m * 60_000
        let ms = t.milliseconds
        return Instant(milliseconds: ms >= 0 ? ms / step * step : -((-ms + step - 1) / step) * step)
    }

    static func ceil(_ t: Instant, _ m: Int64) -> Instant {
        let f = floor(t, m)
        return f == t ? f : f + .minutes(Int(m))
    }
}
