// The live console: keys to the controller, frames to the terminal, on the shared
// TerminalLoop. The loop's timer only wakes the screen; every time shown is computed
// from recorded instants and the session clock's `now`.
import Glibc
import PlenaryConsole
import PlenaryCore
import PlenarySystem
import PlenaryView

@MainActor
public final class ConsoleApp: TerminalProgram {
    private let controller: ConsoleController
    private let clock: SessionClock
    private let theme: Theme
    private let noColor: Bool
    private let loop: TerminalLoop
    private var terminal: Terminal? { loop.terminal }
    /// When the screen last woke, to notice the machine sleeping in between.
    private var lastWake: Instant?
    /// Set while stopped by SIGTSTP: that gap is the operator's, not a suspend.
    private var stoppedByUser = false
    /// Called at every wake before the frame is drawn (a rehearsal's simulated room,
    /// the live forecast); returns the next session instant it needs a wake at, if any.
    public var beforeFrame: (@MainActor (Instant) -> Instant?)?

    /// `observer` is told of every key and frame (the benchmarks' frame log).
    public init(
        controller: ConsoleController, clock: SessionClock, theme: Theme, noColor: Bool,
        observer: (any LoopObserver)? = nil
    ) {
        self.controller = controller
        self.clock = clock
        self.theme = theme
        self.noColor = noColor
        loop = TerminalLoop(observer: observer)
    }

    /// Creates the signal sources, takes the terminal and draws the first frame.
    /// Call `run()` afterwards.
    public func start() throws(TerminalError) {
        try loop.start(
            theme: theme, noColor: noColor,
            handlers: TerminalLoop.Handlers(
                quit: { [unowned self] in self.finish(status: 0) },
                key: { [unowned self] in self.handle($0) },
                frame: { [unowned self] _ in self.frame() },
                stopping: { [unowned self] in self.stoppedByUser = true }))
    }

    /// Runs the console until it quits (the process exits from there).
    public func run() -> Never { loop.run() }

    private func handle(_ key: Key) {
        let reaction = controller.handle(key, at: clock.now())
        if reaction.contains(.quit) { finish(status: 0) }
        react(reaction)
    }

    /// Draws at the current instant; the next wake is when the picture next changes.
    private func frame() -> TerminalLoop.Wake {
        let now = clock.now()
        checkForSuspend(now)
        let wanted = beforeFrame?(now)
        react(controller.tick(at: now))
        if let t = terminal {
            t.draw(controller.render(at: now, width: t.width, height: t.height))
        }
        let change = controller.nextChange(after: now)
        let next = wanted.map { min(change, max($0, now)) } ?? change
        // The session clock always has a machine here; 0 only wakes as soon as allowed.
        return TerminalLoop.Wake(shown: now, atBoot: clock.bootNanoseconds(at: next) ?? 0)
    }

    /// Redraws now: a result computed elsewhere (the live forecast) has arrived.
    public func redraw() { loop.redraw() }

    /// The screen wakes at least every second; a much longer gap means the machine
    /// slept (boot time kept counting). It is recorded and shown.
    private func checkForSuspend(_ now: Instant) {
        defer { lastWake = now }
        guard let last = lastWake else { return }
        if stoppedByUser {
            stoppedByUser = false
            return
        }
        let threshold = Duration.milliseconds(Int64(5000 * clock.rate))
        if now - last > threshold { controller.recordSuspend(from: last, to: now) }
    }

    private func react(_ r: Reaction) {
        if r.contains(.bell) { terminal?.bell() }
        if r.contains(.flash) { terminal?.flashScreen() }
    }

    /// Restores the terminal, prints the summary and exits.
    public func finish(status: Int32) -> Never {
        loop.stop()
        print(controller.summary(at: clock.now()))
        exit(status)
    }
}
