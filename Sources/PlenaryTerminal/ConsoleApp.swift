// The live console: keys to the controller, frames to the terminal, on the shared
// TerminalLoop. The loop's timer only wakes the screen; every time shown is computed
// from recorded instants and the clock's `now`.
import CNcursesw
import Glibc
import PlenaryConsole
import PlenaryCore
import PlenaryView

/// Where the console's time comes from: a session clock (boot time, so it keeps
/// counting through suspend), optionally running faster for rehearsals and tests.
public struct ConsoleClock: Sendable {
    public var now: @Sendable () -> Instant
    /// Session seconds per real second (1 in a real session).
    public var rate: Double

    public init(rate: Double = 1, now: @escaping @Sendable () -> Instant) {
        self.now = now
        self.rate = rate
    }

    /// The real wait until session instant `target`.
    func realDelay(from now: Instant, to target: Instant) -> Int64 {
        let ms = Double((target - now).wholeMilliseconds) / rate
        return Int64(max(1, min(1000, ms.rounded(.up))))
    }
}

@MainActor
public final class ConsoleApp: TerminalProgram {
    private let controller: ConsoleController
    private let clock: ConsoleClock
    private let theme: Theme
    private let noColor: Bool
    private let loop = TerminalLoop()
    private var terminal: Terminal? { loop.terminal }
    /// When the screen last woke, to notice the machine sleeping in between.
    private var lastWake: Instant?
    /// Set while stopped by SIGTSTP: that gap is the operator's, not a suspend.
    private var stoppedByUser = false
    /// Called at every wake before the frame is drawn (a rehearsal's simulated room,
    /// the live forecast); returns the next session instant it needs a wake at, if any.
    public var beforeFrame: (@MainActor (Instant) -> Instant?)?
    /// When set, every frame and key is timed into it (benchmarks only).
    public var frameLog: FrameLog?
    /// The boundary the timer was last scheduled for, in CLOCK_BOOTTIME ns (frame log).
    private var dueBoot: Int64 = 0
    /// Why the next frame is drawn, and the key that caused it (frame log).
    private var cause: Character = "o"
    private var keyTimes: (read: Int64, handled: Int64) = (0, 0)

    public init(controller: ConsoleController, clock: ConsoleClock, theme: Theme, noColor: Bool) {
        self.controller = controller
        self.clock = clock
        self.theme = theme
        self.noColor = noColor
    }

    /// Installs the signal handlers, takes the terminal and draws the first frame.
    /// Call `run()` afterwards.
    public func start() throws(TerminalError) {
        try loop.start(theme: theme, noColor: noColor, handlers: TerminalLoop.Handlers(
            quit: { [unowned self] in self.finish(status: 0) },
            redraw: { [unowned self] in self.wake() },
            input: { [unowned self] in self.readInput() },
            timer: { [unowned self] in
                self.cause = "t"
                self.wake()
            },
            stopping: { [unowned self] in self.stoppedByUser = true }))
        wake()
    }

    /// Runs the console until it quits (the process exits from there).
    public func run() -> Never { loop.run() }

    /// Hands work from another thread to the console's thread (a finished forecast).
    public nonisolated var poster: Poster { loop.poster }

    private func readInput() {
        guard let terminal else { return }
        let keys = terminal.readKeys()
        for key in keys {
            let read = frameLog != nil ? FrameLog.now() : 0
            let reaction = controller.handle(key, at: clock.now())
            if frameLog != nil { keyTimes = (read, FrameLog.now()) }
            if reaction.contains(.quit) { finish(status: 0) }
            react(reaction)
        }
        cause = "k"
        wake()
    }

    /// Redraws at the current instant and sleeps until the picture next changes.
    private func wake() {
        let began = frameLog != nil ? FrameLog.now() : 0
        let now = clock.now()
        checkForSuspend(now)
        let wanted = beforeFrame?(now)
        react(controller.tick(at: now))
        if let t = terminal {
            t.draw(controller.render(at: now, width: t.width, height: t.height))
        }
        let change = controller.nextChange(after: now)
        let next = wanted.map { min(change, max($0, now)) } ?? change
        let delay = clock.realDelay(from: now, to: next)
        loop.wake(afterMilliseconds: delay)
        if let log = frameLog { logFrame(log, began: began, now: now, next: next) }
    }

    private func logFrame(_ log: FrameLog, began: Int64, now: Instant, next: Instant) {
        let drawn = FrameLog.now()
        let speaking = controller.state.speakingTime(at: now)?.wholeMilliseconds ?? -1
        let isKey = cause == "k"
        log.add(FrameLog.Frame(cause: cause, began: began, drawn: drawn, due: cause == "t" ? dueBoot : 0,
                               speakingMs: speaking, keyRead: isKey ? keyTimes.read : 0,
                               keyHandled: isKey ? keyTimes.handled : 0))
        // The real instant the picture next changes: the session interval from `now`
        // at this clock's rate, counted from when `now` was read.
        dueBoot = began + Int64(Double((next - now).wholeMilliseconds) * 1_000_000 / clock.rate)
        cause = "o"
    }

    /// Redraws now: a result computed elsewhere (the live forecast) has arrived.
    public func redraw() { wake() }

    /// The screen wakes at least every second; a much longer gap means the machine
    /// slept (boot time kept counting). It is recorded and shown.
    private func checkForSuspend(_ now: Instant) {
        defer { lastWake = now }
        guard let last = lastWake else { return }
        if stoppedByUser { stoppedByUser = false; return }
        let threshold = Duration.milliseconds(Int64(5000 * clock.rate))
        if now - last > threshold { controller.recordSuspend(from: last, to: now) }
    }

    private func react(_ r: Reaction) {
        if r.contains(.bell) { terminal?.bell() }
        if r.contains(.flash) { terminal?.flashScreen() }
    }

    /// Restores the terminal, prints the summary and exits.
    public func finish(status: Int32) -> Never {
        frameLog?.write()
        loop.stop()
        print(controller.summary(at: clock.now()))
        exit(status)
    }
}
