// The room display's run loop: the console's TerminalLoop, with a journal to poll
// instead of keys to obey. It wakes
// when the shown time turns over and at least every `pollInterval` to look for new
// records; only `q` does anything, and the bell never rings.
import CNcursesw
import Glibc
import PlenaryCore
import PlenaryView

/// The room display in a terminal: polls, draws, and quits on `q` or a signal.
@MainActor
public final class DisplayApp: TerminalProgram {
    /// Reads what the journal gained since the last call (`changed`) and the session time now.
    public typealias Follow = @MainActor () -> (source: DisplaySource, now: Instant, changed: Bool)

    private let config: DisplayConfig
    private let theme: Theme
    private let noColor: Bool
    private let follow: Follow
    private let clock: ConsoleClock
    private let pollInterval: Int64
    private let loop = TerminalLoop()
    private var terminal: Terminal? { loop.terminal }
    /// When the picture next changes on its own; until then, a poll that finds
    /// nothing new draws nothing.
    private var due: Instant?

    /// `rate`: session seconds per real second (PLENARY_CLOCK_RATE), to turn the next
    /// change into a real wait. `pollInterval` in milliseconds bounds the follow delay.
    public init(config: DisplayConfig, theme: Theme, noColor: Bool, rate: Double = 1, pollInterval: Int64 = 100,
                follow: @escaping Follow) {
        self.config = config
        self.theme = theme
        self.noColor = noColor
        self.follow = follow
        self.pollInterval = pollInterval
        clock = ConsoleClock(rate: rate) { Instant(milliseconds: 0) }
    }

    /// Installs the signal handlers, takes the terminal and draws the first frame.
    /// Call `run()` afterwards.
    public func start() throws(TerminalError) {
        try loop.start(theme: theme, noColor: noColor, handlers: TerminalLoop.Handlers(
            quit: { [unowned self] in self.finish(status: 0) },
            redraw: { [unowned self] in self.wake(redraw: true) },
            input: { [unowned self] in self.readInput() },
            timer: { [unowned self] in self.wake() }))
        wake(redraw: true)
    }

    /// Follows the journal until the operator quits (the process exits from there).
    public func run() -> Never { loop.run() }

    private func readInput() {
        guard let terminal else { return }
        for key in terminal.readKeys() where key == .char("q") || key == .char("Q") {
            finish(status: 0)
        }
    }

    /// Reads the journal, redraws at the current instant, and sleeps until the picture
    /// next changes or the next poll, whichever is first.
    private func wake(redraw: Bool = false) {
        let (source, now, changed) = follow()
        if redraw || changed || due.map({ now >= $0 }) ?? true {
            if let t = terminal {
                t.draw(DisplayScreen.render(source, now: now, config: config, width: t.width, height: t.height))
            }
            due = DisplayScreen.nextChange(source, after: now)
        }
        let delay = min(pollInterval, clock.realDelay(from: now, to: due ?? now))
        loop.wake(afterMilliseconds: delay)
    }

    /// Restores the terminal and exits. The journal was never opened for writing.
    public func finish(status: Int32) -> Never {
        loop.stop()
        exit(status)
    }
}
