// A crash while curses has the screen must not paint over the podium console: the
// Swift runtime's backtracer writes to the terminal, in the alternate screen, with
// the keyboard in cbreak mode, and waits about 30 s for a key. While the terminal is
// ours, a handler runs first on every crash signal: it gives the terminal back (the
// modes saved before curses started, the terminfo strings that leave the alternate
// screen), says in one line where the report goes, points standard output and error
// at that file and standard input at /dev/null (so the backtracer neither draws nor
// waits), then hands the signal to the handler that was there before (the runtime's).
// Only async-signal-safe calls run in the handler, on memory prepared at `arm`.
import CNcursesw
import Glibc
import PlenarySystem

enum CrashReport {
    /// The signals the runtime's backtracer catches, as its documentation lists them.
    static let signals: [Int32] = [SIGQUIT, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP]

    /// What the handler needs, prepared while it is safe to allocate.
    struct Armed {
        var modes: termios
        /// Bytes that give the screen back: attributes off, cursor shown, bracketed
        /// paste off, the alternate screen left.
        var restore: [UInt8]
        /// The line the operator reads, naming the file.
        var notice: [UInt8]
        var path: [CChar]
        var devNull: [CChar]
        /// The handlers in place before ours, by signal number.
        var previous: [sigaction]
        /// The default action, to end the process after the report.
        var byDefault: sigaction
    }

    /// Set once the handler is installed; read only by the handler.
    nonisolated(unsafe) static var armed: UnsafeMutablePointer<Armed>?

    /// Where crash reports go: `$XDG_STATE_HOME/plenary` (default
    /// `~/.local/state/plenary`), made if missing, else the temporary directory.
    static func directory() -> String {
        UserDirectories.current.makeState() ?? "/tmp"
    }

    /// Installs the handler. `modes` are the terminal's modes from before curses;
    /// `restore` the bytes that leave curses' screen on this terminal.
    static func arm(modes: termios, restore: [UInt8]) -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let path = "\(directory())/crash-\(now.tv_sec)-\(getpid()).txt"
        let notice = "\r\nplenary stopped on an internal error; the crash report is in \(path)\r\n"
        // All zero: SIG_DFL, no flags.
        let byDefault: sigaction = .init()
        var previous = Array(repeating: byDefault, count: 65)
        for sig in signals { sigaction(sig, nil, &previous[Int(sig)]) }
        let state = UnsafeMutablePointer<Armed>.allocate(capacity: 1)
        state.initialize(
            to: Armed(
                modes: modes, restore: restore, notice: Array(notice.utf8), path: Array(path.utf8CString),
                devNull: Array("/dev/null".utf8CString), previous: previous, byDefault: byDefault))
        armed = state
        var action: sigaction = .init()
        action.__sigaction_handler.sa_sigaction = onCrash
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        for sig in signals { sigaction(sig, &action, nil) }
        return path
    }

    /// Puts the earlier handlers back: the terminal is no longer ours.
    static func disarm() {
        guard let state = armed else { return }
        for sig in signals { sigaction(sig, &state.pointee.previous[Int(sig)], nil) }
    }
}

/// The crash handler itself (see the file's comment).
private let onCrash: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    sig, info, context in
    guard let state = CrashReport.armed else { return }
    tcsetattr(0, TCSANOW, &state.pointee.modes)
    state.pointee.restore.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
    state.pointee.notice.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    let report = state.pointee.path.withUnsafeBufferPointer {
        open($0.baseAddress!, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    }
    if report >= 0 {
        dup2(report, 1)
        dup2(report, 2)
        close(report)
    }
    let null = state.pointee.devNull.withUnsafeBufferPointer { open($0.baseAddress!, O_RDONLY) }
    if null >= 0 {
        dup2(null, 0)
        close(null)
    }
    var previous = state.pointee.previous[Int(sig)]
    sigaction(sig, &previous, nil)
    if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
        handler(sig, info, context)
    }
    // The runtime's handler returns for a signal sent from outside (kill -QUIT), and
    // the program must still end: with the default action, delivered as this returns.
    var byDefault = state.pointee.byDefault
    sigaction(sig, &byDefault, nil)
    raise(sig)
}
