// The room display's run loop: the console's TerminalLoop, with a journal to poll
// instead of keys to obey. Its one timer wakes when the shown time turns over and at
// least every `pollInterval` to look for new records; only `q` does anything, and the
// bell never rings.
import Glibc
import PlenaryConsole
import PlenaryCore
import PlenarySystem
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
    /// Session seconds per real second, to turn the next change into a real wait.
    private let rate: Double
    private let pollInterval: Int64
    private let loop = TerminalLoop()
    private var terminal: Terminal? { loop.terminal }
    /// When the picture next changes on its own; until then, a poll that finds
    /// nothing new draws nothing.
    private var due: Instant?

    /// `rate`: session seconds per real second (PLENARY_CLOCK_RATE), to turn the next
    /// change into a real wait. `pollInterval` in milliseconds bounds the follow delay.
    public init(
        config: DisplayConfig, theme: Theme, noColor: Bool, rate: Double = 1, pollInterval: Int64 = 100,
        follow: @escaping Follow
    ) {
        self.config = config
        self.theme = theme
        self.noColor = noColor
        self.follow = follow
        self.rate = rate
        self.pollInterval = pollInterval
    }

    /// Creates the signal sources, takes the terminal and draws the first frame.
    /// Call `run()` afterwards.
    public func start() throws(TerminalError) {
        try loop.start(
            theme: theme, noColor: noColor,
            handlers: TerminalLoop.Handlers(
                quit: { [unowned self] in self.finish(status: 0) },
                key: { [unowned self] key in if key == .char("q") || key == .char("Q") { self.finish(status: 0) } },
                frame: { [unowned self] cause in self.frame(redraw: cause == .other) }))
    }

    /// Follows the journal until the operator quits (the process exits from there).
    public func run() -> Never { loop.run() }

    /// Reads the journal, redraws at the current instant when something changed, and
    /// wakes next when the picture next changes or for the next poll, whichever is first.
    private func frame(redraw: Bool) -> TerminalLoop.Wake {
        let (source, now, changed) = follow()
        if redraw || changed || due.map({ now >= $0 }) ?? true {
            if let t = terminal {
                t.draw(DisplayScreen.render(source, now: now, config: config, width: t.width, height: t.height))
            }
            due = DisplayScreen.nextChange(source, after: now)
        }
        let untilChange = Double(((due ?? now) - now).wholeMilliseconds) * 1_000_000 / rate
        let wait = min(pollInterval * 1_000_000, Int64(untilChange.rounded(.up)))
        return TerminalLoop.Wake(shown: now, atBoot: MachineClock.system.bootNow() + wait)
    }

    /// Restores the terminal and exits. The journal was never opened for writing.
    public func finish(status: Int32) -> Never {
        loop.stop()
        exit(status)
    }
}
