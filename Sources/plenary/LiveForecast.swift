// The console's live P(on time): a few hundred simulated finishes of the session
// from what has actually happened so far, computed on a background queue so the
// screen never waits for it, and handed back to the main queue, where curses runs. It
// runs again once the events have settled (0.4 s after the last), or every minute of
// real time; the view only draws the last result.
import Dispatch
import PlenaryConsole
import PlenaryCore
import PlenarySimulation
import PlenarySystem
import PlenaryTerminal
import PlenaryView

@MainActor
final class LiveForecast {
    /// Enough for a percentage to settle within a few points, fast enough to be fresh.
    nonisolated static let runs = 300
    nonisolated static let interval: Int64 = 60_000_000_000
    /// After an event, how long the forecast waits for the next one: the officer's keys
    /// come in bursts, and the frame that shows each key should not share a core with it.
    nonisolated static let settle: Int64 = 400_000_000

    private let controller: ConsoleController
    private unowned let app: ConsoleApp
    private let model: SpeakerModel
    private let words: [SpeakerID: Int]
    private var running = false
    private var lastEvents = -1
    private var lastStart: Int64 = 0
    /// The event count last seen, and when it was first seen (boot-time ns).
    private var seen = (events: -1, at: Int64(0))

    init(
        controller: ConsoleController, app: ConsoleApp, model: SpeakerModel = SpeakerModel(),
        words: [SpeakerID: Int] = [:]
    ) {
        self.controller = controller
        self.app = app
        self.model = model
        self.words = words
    }

    /// Starts a forecast from the state at `now` when one is due and none is running.
    func update(at now: Instant) {
        guard !running else { return }
        let state = controller.state
        if state.isClosed {
            controller.extras.onTimeChance = nil
            return
        }
        let count = controller.session.events.count
        let real = MachineClock.system.bootNow()
        if count != seen.events { seen = (count, real) }
        let settled = real - seen.at >= Self.settle
        guard (count != lastEvents && settled) || real - lastStart >= Self.interval else { return }
        running = true
        lastEvents = count
        lastStart = real
        // Seeded by the record so far: the same moment of the same session gives the same odds.
        let model = model
        let words = words
        let seed = UInt64(count) &* 0x9E37_79B9 &+ 2023
        DispatchQueue.global(qos: .utility).async {
            // On this one background thread: the console keeps the other core. Each run
            // stops at the plan's end, so a long list costs no more than a short one.
            let onTime = Forecaster.chanceOnTime(
                state, at: now, runs: Self.runs, seed: seed, model: model, words: words)
            DispatchQueue.main.async { MainActor.assumeIsolated { self.finished(onTime) } }
        }
    }

    private func finished(_ onTime: Double) {
        running = false
        controller.extras.onTimeChance = controller.state.isClosed ? nil : onTime
        app.redraw()
    }
}
