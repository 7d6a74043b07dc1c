// The run loop the console and the room display share (the model in NCURSES.md): a
// one-shot DispatchSourceTimer armed for the instant the picture next changes, a read
// source on stdin and signal sources, all on the main queue, which `dispatchMain()`
// drains one handler at a time. Every curses call runs in one of those handlers, so
// they are serialised (ncurses keeps its state in process globals). The timer only
// wakes the screen: the programs compute every shown time from recorded instants.
import Dispatch
import Glibc
import PlenaryConsole
import PlenaryCore
import PlenarySystem
import PlenaryView

/// A program that owns the terminal while it runs: the console, the room display.
@MainActor
public protocol TerminalProgram: AnyObject {
    /// Creates the signal sources, takes the terminal and draws the first frame.
    func start() throws(TerminalError)
    /// Runs until the program quits; the process exits from its handlers.
    func run() -> Never
}

/// Why a frame was drawn.
public enum FrameCause: Character, Sendable {
    /// The timer: a shown value turned over.
    case timer = "t"
    /// Keys were read.
    case key = "k"
    /// Anything else: the first frame, a resize, back from a stop, a forecast arrived.
    case other = "o"
}

/// Told of every key and frame of a loop, with CLOCK_BOOTTIME nanoseconds (the frame
/// log the benchmarks read). An observer only watches; the loop does the same without one.
@MainActor
public protocol LoopObserver: AnyObject {
    /// A key was read at `read`, and the program had handled it (its record durable) at `handled`.
    func key(read: Int64, handled: Int64)
    /// A frame began at `began` and was handed to the terminal by `drawn`, showing session
    /// instant `shown`; `due` is, for a timer frame, the instant the timer was armed for, else 0.
    func frame(_ cause: FrameCause, began: Int64, drawn: Int64, due: Int64, shown: Instant)
    /// The program is ending (the terminal is about to be given back).
    func finish()
}

@MainActor
final class TerminalLoop {
    /// What a program does when something happens; each runs on the main queue.
    struct Handlers {
        /// SIGINT, SIGTERM, SIGHUP, or the terminal gone: end cleanly.
        var quit: @MainActor () -> Void
        /// One key, in the order typed.
        var key: @MainActor (Key) -> Void
        /// Draws the picture at the current instant and says when to wake next.
        var frame: @MainActor (FrameCause) -> Wake
        /// Just before the process stops for SIGTSTP.
        var stopping: @MainActor () -> Void = {}
    }

    /// What a frame showed, and the boot-time reading (CLOCK_BOOTTIME ns) of the next
    /// instant its picture changes: the timer is armed for exactly that instant.
    struct Wake {
        var shown: Instant
        var atBoot: Int64
    }

    private(set) var terminal: Terminal?
    private let observer: (any LoopObserver)?
    private var handlers: Handlers?
    private var sources: [any DispatchSourceProtocol] = []
    /// Made once the terminal is ours: libdispatch traps on releasing a source that was
    /// never resumed, which a failed start would otherwise do.
    private var timer: (any DispatchSourceTimer)?
    /// The boot-time instant the timer is armed for.
    private var due: Int64 = 0
    private let machine = MachineClock.system
    /// The screen wakes at least this often, and never sooner than `soonest` after a frame.
    private static let latest: Int64 = 1_000_000_000, soonest: Int64 = 1_000_000

    init(observer: (any LoopObserver)? = nil) {
        self.observer = observer
    }

    /// Creates the signal sources (each signal ignored first, all before curses, which
    /// would otherwise install its own handlers), takes the terminal, starts reading keys
    /// and draws the first frame. Call `run()` afterwards.
    func start(theme: Theme, noColor: Bool, handlers h: Handlers) throws(TerminalError) {
        handlers = h
        for sig in [SIGINT, SIGTERM, SIGHUP] { listen(sig) { h.quit() } }
        // libdispatch replaces curses' SIGWINCH handler: follow the new size ourselves.
        listen(SIGWINCH) { [unowned self] in
            self.terminal?.resize()
            self.draw(.other)
        }
        listen(SIGTSTP) { [unowned self] in
            h.stopping()
            self.terminal?.suspend()
            kill(getpid(), SIGSTOP)
        }
        listen(SIGCONT) { [unowned self] in
            self.terminal?.resumeAfterStop()
            self.draw(.other)
        }
        do {
            terminal = try Terminal(theme: theme, monochrome: Theme.builtIn("monochrome") ?? theme, noColor: noColor)
        } catch {
            cancelSources()
            throw error
        }
        let input = DispatchSource.makeReadSource(fileDescriptor: 0, queue: .main)
        input.setEventHandler { MainActor.assumeIsolated { [unowned self] in self.keysWaiting() } }
        input.resume()
        sources.append(input)
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.setEventHandler { MainActor.assumeIsolated { [unowned self] in self.timerFired() } }
        timer.schedule(deadline: .distantFuture)
        timer.resume()
        self.timer = timer
        draw(.other)
    }

    /// Hands the main queue to Dispatch. Never returns: the programs end from their
    /// handlers, through `exit`.
    func run() -> Never { dispatchMain() }

    /// Draws again now (a result computed elsewhere has arrived).
    func redraw() { draw(.other) }

    /// Stops every source and gives the terminal back as it was.
    func stop() {
        observer?.finish()
        cancelSources()
        terminal?.stop()
    }

    private func keysWaiting() {
        // Woken with nothing to read: the terminal is gone (closed window, dead ssh), and
        // stdin would wake us forever.
        if !handleKeys(), Self.terminalGone() { handlers?.quit() }
    }

    private func timerFired() {
        // Keys typed since the last frame are drawn with this one.
        if !handleKeys() { draw(.timer) }
    }

    /// Reads every key waiting in curses' buffer and hands each to the program, then
    /// draws once. False when there was none.
    private func handleKeys() -> Bool {
        guard let terminal, let h = handlers else { return false }
        let keys = terminal.readKeys()
        guard !keys.isEmpty else { return false }
        for key in keys {
            let read = observer == nil ? 0 : machine.bootNow()
            h.key(key)
            observer?.key(read: read, handled: machine.bootNow())
        }
        draw(.key)
        return true
    }

    /// Draws a frame and arms the timer, once, for the instant it says the picture next
    /// changes: a computed instant, never the last wake plus an interval.
    private func draw(_ cause: FrameCause) {
        guard let h = handlers else { return }
        let began = machine.bootNow()
        let wake = h.frame(cause)
        observer?.frame(
            cause, began: began, drawn: machine.bootNow(), due: cause == .timer ? due : 0,
            shown: wake.shown)
        due = min(max(wake.atBoot, began + Self.soonest), began + Self.latest)
        timer?.schedule(deadline: MachineClock.dispatchTime(atBoot: due))
    }

    private func listen(_ sig: Int32, _ body: @escaping @MainActor () -> Void) {
        signal(sig, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
        source.setEventHandler { MainActor.assumeIsolated { body() } }
        source.resume()
        sources.append(source)
    }

    private func cancelSources() {
        timer?.cancel()
        for s in sources { s.cancel() }
        sources = []
    }

    /// True when the terminal has hung up or stdin is no longer usable.
    private static func terminalGone() -> Bool {
        var fd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) < 0 || fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
