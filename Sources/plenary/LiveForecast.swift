// The console's live P(on time): a few hundred simulated finishes of the session
// from what has actually happened so far (`LiveOdds`), computed on a background queue
// so the screen never waits for it, and handed back to the main queue, where curses
// runs. It runs again once the events have settled (0.4 s after the last), or every
// minute of real time; the view only draws the last result.
import Dispatch
import PlenaryConsole
import PlenaryCore
import PlenarySimulation
import PlenarySystem
import PlenaryTerminal
import PlenaryView

@MainActor
final class LiveForecast {
    private let controller: ConsoleController
    private unowned let app: ConsoleApp
    private let model: SpeakerModel
    private let words: [SpeakerID: Int]
    private var running = false
    /// When to run again: the rule the chair's page follows too.
    private var odds = LiveOdds()

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
        guard odds.start(events: count, real: MachineClock.system.bootNow()) else { return }
        running = true
        let model = model
        let words = words
        DispatchQueue.global(qos: .utility).async {
            // On this one background thread: the console keeps the other core. Each run
            // stops at the plan's end, so a long list costs no more than a short one.
            let onTime = LiveOdds.chance(state, at: now, events: count, model: model, words: words)
            DispatchQueue.main.async { MainActor.assumeIsolated { self.finished(onTime) } }
        }
    }

    private func finished(_ onTime: Double) {
        running = false
        controller.extras.onTimeChance = controller.state.isClosed ? nil : onTime
        app.redraw()
    }
}
