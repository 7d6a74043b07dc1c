// The run loop the console and the room display share: one thread that sleeps in
// poll(2) on the keyboard and a wake-up pipe, with the next screen wake as its
// timeout. Signal handlers and other threads only write a byte to the pipe; every
// curses call and every handler runs here, one at a time (ncurses keeps its state in
// process globals). One thread wakes once per shown change: with Dispatch sources
// and dispatchMain, a timer thread woke a queue thread, twice the context switches
// (docs/performance.md). Signals and other threads never touch curses themselves.
import Glibc
import PlenaryView
import Synchronization

/// A program that owns the terminal while it runs: the console, the room display.
@MainActor
public protocol TerminalProgram: AnyObject {
    /// Installs the signal handlers, takes the terminal and draws the first frame.
    func start() throws(TerminalError)
    /// Runs until the program quits; the process exits from its handlers.
    func run() -> Never
}

@MainActor
final class TerminalLoop {
    /// What a program does when something happens; each runs on the loop's thread.
    struct Handlers {
        /// SIGINT, SIGTERM, SIGHUP, or the terminal gone: end cleanly.
        var quit: @MainActor () -> Void
        /// The picture must be drawn again now (a resize, back from a stop).
        var redraw: @MainActor () -> Void
        /// Keys are waiting on stdin.
        var input: @MainActor () -> Void
        /// The wake set with `wake(afterMilliseconds:)` is due.
        var timer: @MainActor () -> Void
        /// Just before the process stops for SIGTSTP.
        var stopping: @MainActor () -> Void = {}
    }

    private(set) var terminal: Terminal?
    private var handlers: Handlers?
    /// When the timer is next due, in CLOCK_MONOTONIC nanoseconds (nil: not set).
    private var due: Int64?
    private let mailbox = Mailbox()
    private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT]

    nonisolated init() {}

    /// Installs the signal handlers, takes the terminal, and sets the first wake a
    /// millisecond from now. Call `run()` afterwards.
    func start(theme: Theme, noColor: Bool, handlers h: Handlers) throws(TerminalError) {
        guard let problem = mailbox.problem else {
            return try take(theme: theme, noColor: noColor, handlers: h)
        }
        throw TerminalError(description: "cannot make the console's wake-up pipe: \(problem)")
    }

    private func take(theme: Theme, noColor: Bool, handlers h: Handlers) throws(TerminalError) {
        handlers = h
        // Before curses: ncurses installs its own handlers only where none is set.
        SignalPipe.install(Self.signals, writingTo: mailbox.writeEnd)
        do {
            terminal = try Terminal(theme: theme, monochrome: Theme.builtIn("monochrome") ?? theme, noColor: noColor)
        } catch {
            SignalPipe.restore(Self.signals)
            throw error
        }
        wake(afterMilliseconds: 1)
    }

    /// Sets the timer to fire once, `ms` milliseconds from now.
    func wake(afterMilliseconds ms: Int64) {
        due = Self.monotonicNow() + ms * 1_000_000
    }

    /// A hand-off from another thread: `body` runs on the loop's thread, soon.
    nonisolated var poster: Poster { Poster(mailbox: mailbox) }

    /// Waits for keys, signals, posted work and the timer, and handles each in turn.
    /// Never returns: the programs end from their handlers, through `exit`.
    func run() -> Never {
        var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: mailbox.readEnd, events: Int16(POLLIN), revents: 0)]
        while true {
            // Milliseconds rounded up, so the wake is never early (the timer is checked below).
            let timeout = due.map { Int32(clamping: (max(0, $0 - Self.monotonicNow()) + 999_999) / 1_000_000) } ?? -1
            fds[0].revents = 0
            fds[1].revents = 0
            // poll fails only on a bad argument or no memory: end cleanly rather than spin.
            if poll(&fds, 2, timeout) < 0, errno != EINTR { handlers?.quit() }
            if fds[1].revents != 0 { drainMailbox() }
            if fds[0].revents & Int16(POLLIN) != 0 { handlers?.input() }
            // The terminal is gone (closed window, dead ssh): nothing more can be shown
            // or read, and stdin would poll as ready forever.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { handlers?.quit() }
            if let d = due, Self.monotonicNow() >= d {
                due = nil
                handlers?.timer()
            }
        }
    }

    private func drainMailbox() {
        let (signals, work) = mailbox.take()
        for sig in signals { handle(sig) }
        for body in work { body() }
    }

    private func handle(_ sig: Int32) {
        guard let h = handlers else { return }
        switch sig {
        case SIGWINCH:
            terminal?.resize()
            h.redraw()
        case SIGTSTP:
            h.stopping()
            terminal?.suspend()
            kill(getpid(), SIGSTOP)
        case SIGCONT:
            terminal?.resumeAfterStop()
            h.redraw()
        default:
            h.quit()
        }
    }

    /// Gives the terminal back as it was.
    func stop() {
        terminal?.stop()
        SignalPipe.restore(Self.signals)
    }

    static func monotonicNow() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}

/// Runs work on a loop's thread from any other thread (a finished forecast).
public struct Poster: Sendable {
    fileprivate let mailbox: Mailbox

    public func post(_ body: @escaping @Sendable @MainActor () -> Void) {
        mailbox.post(body)
    }
}

/// The wake-up pipe and what was posted through it. A signal handler writes the
/// signal's number (async-signal-safe: one write); a post queues its closure and
/// writes a zero.
final class Mailbox: Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    /// Why the pipe could not be made (too many open files); nil when it was.
    let problem: String?
    private let work = Mutex<[@Sendable @MainActor () -> Void]>([])

    init() {
        var fds: [Int32] = [-1, -1]
        problem = pipe(&fds) == 0 ? nil : String(cString: strerror(errno))
        for fd in fds where fd >= 0 {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    func post(_ body: @escaping @Sendable @MainActor () -> Void) {
        work.withLock { $0.append(body) }
        var zero: UInt8 = 0
        _ = write(writeEnd, &zero, 1)
    }

    /// The signals that arrived, in order, and the work posted since the last take.
    func take() -> ([Int32], [@Sendable @MainActor () -> Void]) {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(readEnd, &buffer, buffer.count)
            guard n > 0 else { break }
            for b in buffer[0..<n] where b != 0 { signals.append(Int32(b)) }
        }
        return (signals, work.withLock { w in defer { w = [] }; return w })
    }
}

/// Signal handlers that only write the signal's number to a pipe.
enum SignalPipe {
    /// Read by the handler; set before any handler is installed.
    nonisolated(unsafe) static var fd: Int32 = -1

    static func install(_ signals: [Int32], writingTo fd: Int32) {
        SignalPipe.fd = fd
        for sig in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                var byte = UInt8(truncatingIfNeeded: sig)
                _ = write(SignalPipe.fd, &byte, 1)
            }
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(sig, &action, nil)
        }
    }

    static func restore(_ signals: [Int32]) {
        for sig in signals { signal(sig, SIG_DFL) }
    }
}
