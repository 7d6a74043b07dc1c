// The live P(on time): when it is computed again and from which seed. One rule for the
// console's status line (LiveForecast) and the chair's page (`plenary serve`), so both
// show the same figure for the same record: a few hundred simulated finishes of the
// session, run again once the events have settled, or every minute while nothing
// happens (the odds move as a speaker runs over).
import PlenaryCore

public struct LiveOdds: Sendable {
    /// Enough for a percentage to settle within a few points, fast enough to be fresh.
    public static let runs = 300
    /// Run again this often (nanoseconds of real time) even with no new event.
    public static let interval: Int64 = 60_000_000_000
    /// After an event, how long to wait for the next one: the officer's keys come in
    /// bursts, and the frame that shows each key should not share a core with the runs.
    public static let settle: Int64 = 400_000_000

    private var lastEvents = -1
    private var lastStart: Int64 = 0
    /// The event count last seen, and when it was first seen (real nanoseconds).
    private var seen = (events: -1, at: Int64(0))

    public init() {}

    /// Whether a forecast is due now for a record of `events` events, at `real`
    /// nanoseconds of a monotonic clock; if it is, it counts as started.
    public mutating func start(events: Int, real: Int64) -> Bool {
        if events != seen.events { seen = (events, real) }
        let settled = real - seen.at >= Self.settle
        guard (events != lastEvents && settled) || real - lastStart >= Self.interval else { return false }
        lastEvents = events
        lastStart = real
        return true
    }

    /// The chance that the session closes by its scheduled end, from `state` at `now`.
    /// Seeded by the record so far: the same moment of the same session gives the same
    /// odds. On the calling thread (the caller chooses one that leaves the screen a core).
    public static func chance(
        _ state: SessionState, at now: Instant, events: Int, model: SpeakerModel = SpeakerModel(),
        words: [SpeakerID: Int] = [:]
    ) -> Double {
        let seed = UInt64(events) &* 0x9E37_79B9 &+ 2023
        return Forecaster.chanceOnTime(state, at: now, runs: runs, seed: seed, model: model, words: words)
    }
}
