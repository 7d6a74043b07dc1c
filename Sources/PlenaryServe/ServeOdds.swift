// The chair's P(on time), computed as the console computes it (`LiveOdds`: the same
// runs, seed and schedule) and off the follower's loop: once per settled change of the
// record and once a minute, on one background thread, never per page or per heartbeat.
// The loop asks for a run when one is due and picks up the result when it is ready.
import Dispatch
import PlenaryCore
import PlenarySimulation
import PlenarySystem
import Synchronization

/// The latest P(on time) for the session followed, and the one run under way.
public final class ServeOdds: Sendable {
    private struct State {
        var schedule = LiveOdds()
        var running = false
        /// A result not yet picked up by the loop.
        var ready: Double?
    }

    private let state = Mutex(State())
    /// Statement lengths from the registration file, as the console reads them.
    private let words: [SpeakerID: Int]

    public init(words: [SpeakerID: Int] = [:]) {
        self.words = words
    }

    /// Starts a run from `st` at `now` if one is due and none is under way; `events`
    /// is the record's length (the seed and the sign of a change).
    public func update(_ st: SessionState, at now: Instant, events: Int, real: Int64 = MachineClock.system.bootNow()) {
        let start = state.withLock { s -> Bool in
            guard !s.running, s.schedule.start(events: events, real: real) else { return false }
            s.running = true
            return true
        }
        guard start else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            let p = LiveOdds.chance(st, at: now, events: events, words: words)
            state.withLock {
                $0.running = false
                $0.ready = p
            }
        }
    }

    /// A result that arrived since the last call, if any.
    public func take() -> Double? {
        state.withLock { s in
            defer { s.ready = nil }
            return s.ready
        }
    }
}
