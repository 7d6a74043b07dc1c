// The run-loop plumbing the console and the room display share (see NCURSES.md):
// signal, stdin and timer sources on the main queue, the terminal taken after the
// signals so a SIGTERM during set-up still ends cleanly, and everything released
// in order on the way out. The programs say what each event means to them.
import Dispatch
import Glibc
import PlenaryView

@MainActor
final class TerminalLoop {
    /// What a program does when something happens; each runs on the main queue.
    struct Handlers {
        /// SIGINT, SIGTERM, SIGHUP: end cleanly.
        var quit: @MainActor () -> Void
        /// The picture must be drawn again now (a resize, back from a stop).
        var redraw: @MainActor () -> Void
        /// Keys are waiting on stdin.
        var input: @MainActor () -> Void
        /// The timer set with `wake(afterMilliseconds:)` fired.
        var timer: @MainActor () -> Void
        /// Just before the process stops for SIGTSTP.
        var stopping: @MainActor () -> Void = {}
    }

    private(set) var terminal: Terminal?
    private var sources: [any DispatchSourceProtocol] = []
    /// Made once the terminal is ours: libdispatch traps on releasing a source that
    /// was never resumed, which a failed start would otherwise do.
    private var timer: (any DispatchSourceTimer)?

    /// Installs the signal handlers, takes the terminal, and starts reading keys and
    /// the timer (first fire in a millisecond).
    func start(theme: Theme, noColor: Bool, handlers h: Handlers) throws(TerminalError) {
        for sig in [SIGINT, SIGTERM, SIGHUP] { listen(sig, h.quit) }
        listen(SIGWINCH) { [unowned self] in
            self.terminal?.resize()
            h.redraw()
        }
        listen(SIGTSTP) { [unowned self] in
            h.stopping()
            self.terminal?.suspend()
            kill(getpid(), SIGSTOP)
        }
        listen(SIGCONT) { [unowned self] in
            self.terminal?.resumeAfterStop()
            h.redraw()
        }
        do {
            terminal = try Terminal(theme: theme, monochrome: Theme.builtIn("monochrome") ?? theme, noColor: noColor)
        } catch {
            for s in sources { s.cancel() }
            sources = []
            throw error
        }
        let input = DispatchSource.makeReadSource(fileDescriptor: 0, queue: .main)
        input.setEventHandler { MainActor.assumeIsolated { h.input() } }
        input.resume()
        sources.append(input)
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.setEventHandler { MainActor.assumeIsolated { h.timer() } }
        timer.schedule(deadline: .now() + .milliseconds(1))
        timer.resume()
        self.timer = timer
    }

    /// Sets the timer to fire once, `ms` milliseconds from now.
    func wake(afterMilliseconds ms: Int64) {
        timer?.schedule(deadline: .now() + .milliseconds(Int(ms)), leeway: .milliseconds(1))
    }

    /// Stops every source and gives the terminal back as it was.
    func stop() {
        timer?.cancel()
        for s in sources { s.cancel() }
        terminal?.stop()
    }

    private func listen(_ sig: Int32, _ body: @escaping @MainActor () -> Void) {
        signal(sig, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
        source.setEventHandler { MainActor.assumeIsolated { body() } }
        source.resume()
        sources.append(source)
    }
}
