// When the picture next changes. The screen wakes at the next second boundary of
// what it shows (the wall clock, the countdown, the walk to the microphone), not
// on a fixed beat, so a countdown turns over within milliseconds of the true
// second and nothing is counted by ticks.
import PlenaryCore

extension ConsoleScreen {
    /// The earliest instant after `now` at which a displayed time turns over.
    public static func nextChange(state: SessionState, after now: Instant) -> Instant {
        // Each displayed time turns over when the instant crosses its own phase
        // within the second; the countdown's phase is set by the floor, the pauses
        // and the allowance.
        var phases: [Int64] = [0]
        switch state.floor {
        case .speaking(let iv):
            phases.append((iv.floorGivenAt + iv.pausedTotal + iv.allowance).milliseconds)
        case .called(_, let at):
            phases.append(at.milliseconds)
        case .paused, .idle:
            break
        }
        switch state.phase {
        case .segment(_, let since), .opening(let since), .closing(let since): phases.append(since.milliseconds)
        case .notStarted, .closed: break
        }
        let next = phases.map { nextBoundary(after: now.milliseconds, phase: $0) }.min() ?? now.milliseconds + 1000
        // One millisecond past the boundary: a countdown of exactly 59 000 ms still
        // shows 0:59 and turns to 0:58 a millisecond later.
        return Instant(milliseconds: next + 1)
    }

    static func nextBoundary(after t: Int64, phase: Int64) -> Int64 {
        let offset = ((t - phase) % 1000 + 1000) % 1000
        return offset == 0 ? t : t - offset + 1000
    }
}
