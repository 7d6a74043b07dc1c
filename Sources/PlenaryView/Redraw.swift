// When the picture next changes. The screen wakes at the next second boundary of
// what it shows (the wall clock, the countdown, the walk to the microphone, the
// segment's time), not on a fixed beat, so a countdown turns over within
// milliseconds of the true second and nothing is counted by ticks.
import PlenaryCore

extension ConsoleScreen {
    /// The earliest instant after `now` at which a displayed time turns over.
    public static func nextChange(state: SessionState, after now: Instant) -> Instant {
        // Times counting up (the clock, elapsed times, an overrun) turn over exactly
        // on their boundary; times counting down are truncated, so 30 000 ms left
        // still shows 0:30 and turns to 0:29 one millisecond later.
        var up: [Instant] = [Instant(milliseconds: 0)]
        var down: [Instant] = [state.plan.end]
        var exact: [Instant] = []
        switch state.floor {
        case .speaking(let iv):
            let timeUp = iv.floorGivenAt + iv.pausedTotal + iv.allowance
            // The list shows the time spoken (up), the band the time left (down).
            up.append(timeUp)
            if now < timeUp { down.append(timeUp) }
            // A warning stage begins exactly when the remaining time reaches its threshold.
            exact = state.plan.warnings.map { timeUp - $0.remaining }
        case .called(_, let at):
            up.append(at)
        case .pointOfOrder(let p):
            // Its own clock counts up from the raise, or down to its limit.
            up.append(p.raisedAt)
            if let limit = p.limit {
                up.append(p.raisedAt + limit)
                if now < p.raisedAt + limit { down.append(p.raisedAt + limit) }
            }
        case .suspended(let s):
            let end = s.start + s.planned
            up.append(end)
            if now < end { down.append(end) }
        case .paused, .idle:
            break
        }
        switch state.phase {
        case .segment(let i, let since):
            down.append(since + state.plan.segments[i].budget)
        case .opening(let since), .closing(let since):
            // The chair's countdown, and its stages, as for a speaker.
            up.append(since)
            if let turn = state.chairTurn {
                let timeUp = since + turn.allowance
                up.append(timeUp)
                if now < timeUp { down.append(timeUp) }
                exact += state.plan.warnings.map { timeUp - $0.remaining }
            }
        case .notStarted, .closed:
            break
        }
        let t = now.milliseconds
        let candidates =
            up.map { Instant(milliseconds: nextBoundary(after: t, phase: $0.milliseconds)) }
            + down.map { Instant(milliseconds: nextBoundary(after: t - 1, phase: $0.milliseconds) + 1) }
            + exact.filter { $0 > now }
        guard let first = candidates.min() else { return now + .seconds(1) }
        // Boundaries a millisecond or two apart (the time spoken turning up and the
        // time left turning down; the wall clock and the session's end) are drawn in
        // one frame: half the wake-ups, each value at most `coalescing` late.
        return candidates.filter { $0 <= first + coalescing }.max() ?? first
    }

    /// How far apart two turn-overs may be and still share one frame.
    public static let coalescing = Duration.milliseconds(2)

    /// The first instant after `t` that is a whole number of seconds from `phase`.
    static func nextBoundary(after t: Int64, phase: Int64) -> Int64 {
        let offset = ((t - phase) % 1000 + 1000) % 1000
        return t - offset + 1000
    }
}
