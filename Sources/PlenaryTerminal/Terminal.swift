// The one place that talks to curses. Every call happens in a handler on the main
// queue (TerminalLoop), because ncurses keeps its state in process globals and is not
// safe to call from two threads at once.
import CNcursesw
import Glibc
import PlenaryConsole
import PlenaryText
import PlenaryView

/// Why the console could not take over the terminal, in words the operator can act on.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// A curses screen: set-up and restore, themed drawing of grid diffs, key input.
@MainActor
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var styles: [StyleRole: (attr_t, Int16)] = [:]
    private var previous: Grid?
    public private(set) var width: Int
    public private(set) var height: Int
    /// True when colours are in use (not NO_COLOR, not a monochrome terminal).
    public let hasColour: Bool
    private var stopped = false
    /// Keys from what curses reads; holds a paste that has not ended yet.
    private var decoder = KeyDecoder()
    /// Where a crash report would go, to name it if one is written.
    public let crashReportPath: String

    /// The key codes curses gives the bracketed-paste markers (user-defined, above KEY_MAX).
    private static let pasteBegins = KEY_MAX + 1, pasteEnds = KEY_MAX + 2
    /// Turn the terminal's bracketed paste on and off (xterm's mode 2004).
    private static let pasteOn = "\u{1B}[?2004h", pasteOff = "\u{1B}[?2004l"

    /// Takes over the terminal. `newterm` rather than `initscr`, so an unknown TERM
    /// is an error message instead of an exit from inside curses. Everything that can
    /// refuse (no tty, no UTF-8 locale, TERM unset, unknown or unable to move the
    /// cursor) refuses before curses takes the screen.
    public init(theme: Theme, monochrome: Theme, noColor: Bool) throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(description: "plenary run needs a terminal (standard input and output are not a tty)")
        }
        try TerminalLocale.useUTF8()
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else {
            throw TerminalError(
                description: "TERM is not set; set it to your terminal type (for example TERM=xterm-256color)")
        }
        guard plenary_term_addresses_cursor(term) != 0 else {
            throw TerminalError(
                description: "the terminal type TERM=\(TerminalSafe.clean(term)) cannot move the cursor, which "
                    + "the full-screen console needs; set TERM to your terminal's type "
                    + "(for example TERM=xterm-256color)")
        }
        var shellModes = termios()
        tcgetattr(0, &shellModes)
        guard let s = newterm(nil, plenary_stdout(), plenary_stdin()) else {
            throw TerminalError(
                description: "the terminal type TERM=\(TerminalSafe.clean(term)) is unknown here "
                    + "(no terminfo entry); try TERM=xterm-256color or TERM=vt100")
        }
        screen = s
        set_term(s)
        window = plenary_stdscr()
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        curs_set(0)
        // No flow control and no quit key; curses keeps these modes across a stop.
        plenary_podium_modes(0)
        def_prog_mode()
        define_key("\u{1B}[200~", Self.pasteBegins)
        define_key("\u{1B}[201~", Self.pasteEnds)
        Self.send(Self.pasteOn)
        crashReportPath = CrashReport.arm(modes: shellModes, restore: Self.restoreBytes())
        width = Int(getmaxx(window))
        height = Int(getmaxy(window))
        hasColour = !noColor && has_colors()
        if hasColour {
            start_color()
            use_default_colors()
            apply(theme)
        } else {
            apply(monochrome)
        }
    }

    /// Maps every role to curses attributes and a colour pair.
    public func apply(_ theme: Theme) {
        var pairs: [String: Int16] = [:]
        let colours = Int(plenary_colors())
        for role in StyleRole.allCases {
            let style = theme.style(role)
            var attrs = plenary_a_normal()
            for a in style.attributes { attrs |= Terminal.attribute(a) }
            var pair: Int16 = 0
            if hasColour {
                let (fg, fgBold) = Terminal.colour(style.foreground, colours: colours)
                let (bg, _) = Terminal.colour(style.background, colours: colours)
                if fgBold { attrs |= plenary_a_bold() }
                let key = "\(fg)/\(bg)"
                if let p = pairs[key] {
                    pair = p
                } else if pairs.count + 1 < Int(plenary_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, fg, bg)
                    pairs[key] = pair
                }
            }
            styles[role] = (attrs, pair)
        }
        previous = nil
    }

    static func attribute(_ a: ThemeAttribute) -> attr_t {
        switch a {
        case .bold: plenary_a_bold()
        case .dim: plenary_a_dim()
        case .reverse: plenary_a_reverse()
        case .underline: plenary_a_underline()
        case .blink: plenary_a_blink()
        case .standout: plenary_a_standout()
        }
    }

    /// A theme colour on this terminal: bright colours become bold basic ones on
    /// 8-colour terminals; the terminal default is -1.
    static func colour(_ c: ThemeColor, colours: Int) -> (Int16, Bool) {
        switch c {
        case .terminalDefault: return (-1, false)
        case .index(let i) where i < colours: return (Int16(i), false)
        case .index(let i) where i < 16: return (Int16(i - 8), true)
        case .index: return (7, false)
        }
    }

    /// Draws `grid`, sending only the runs of cells that changed since the last frame.
    public func draw(_ grid: Grid) {
        if previous?.width != grid.width || previous?.height != grid.height {
            werase(window)
            previous = nil
        }
        for run in grid.changes(since: previous) {
            let (attrs, pair) = styles[run.role] ?? (plenary_a_normal(), 0)
            plenary_set_style(window, attrs, pair)
            wmove(window, Int32(run.y), Int32(run.x))
            // The bottom-right cell makes curses report ERR after writing it; harmless.
            _ = waddnstr(window, run.text, -1)
        }
        wmove(window, Int32(max(0, grid.height - 1)), 0)
        wrefresh(window)
        previous = grid
    }

    /// Sends a mode sequence curses does not know. `putp` leaves it in stdio's buffer,
    /// which curses' own output bypasses, so it is flushed at once.
    private static func send(_ sequence: String) {
        putp(sequence)
        fflush(plenary_stdout())
    }

    /// What leaves curses' screen on this terminal, for the crash handler, which
    /// cannot call curses: attributes off, cursor shown, keypad and paste modes off,
    /// out of the alternate screen.
    private static func restoreBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        for cap in ["sgr0", "cnorm", "rmkx"] {
            if let s = plenary_capability(cap) { bytes += Array(String(cString: s).utf8) }
        }
        bytes += Array(pasteOff.utf8)
        if let s = plenary_capability("rmcup") { bytes += Array(String(cString: s).utf8) }
        return bytes
    }

    /// Every key waiting in curses' buffer, in order.
    public func readKeys() -> [Key] {
        var batch: [TerminalInput] = []
        var ch: wint_t = 0
        while true {
            let r = wget_wch(window, &ch)
            if r == ERR { break }
            if r == KEY_CODE_YES {
                if let input = Terminal.functionKey(Int32(ch)) { batch.append(input) }
            } else if let scalar = Unicode.Scalar(UInt32(ch)) {
                batch.append(.scalar(scalar))
            }
        }
        return decoder.decode(batch)
    }

    static func functionKey(_ code: Int32) -> TerminalInput? {
        if code == pasteBegins { return .pasteBegins }
        if code == pasteEnds { return .pasteEnds }
        let key: Key? =
            switch code {
            case KEY_UP: .up
            case KEY_DOWN: .down
            case KEY_PPAGE: .pageUp
            case KEY_NPAGE: .pageDown
            case KEY_HOME: .home
            case KEY_ENTER: .enter
            case KEY_BACKSPACE, KEY_DC: .backspace
            case KEY_BTAB: .tab
            default: nil
            }
        return key.map { .key($0) }
    }

    /// Follows the terminal's new size (after SIGWINCH) and forces a full redraw.
    public func resize() {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if plenary_window_size(1, &rows, &cols) == 0, rows > 0, cols > 0 {
            resizeterm(rows, cols)
        }
        width = Int(getmaxx(window))
        height = Int(getmaxy(window))
        werase(window)
        previous = nil
    }

    public func bell() { beep() }
    public func flashScreen() { flash() }

    /// Gives the terminal back before the process stops (SIGTSTP).
    public func suspend() {
        Self.send(Self.pasteOff)
        endwin()
    }

    /// Takes the terminal again after SIGCONT and redraws everything.
    public func resumeAfterStop() {
        wrefresh(window)
        Self.send(Self.pasteOn)
        resize()
    }

    /// Restores the terminal: cursor back, curses mode ended. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        Self.send(Self.pasteOff)
        curs_set(1)
        endwin()
        CrashReport.disarm()
        delscreen(screen)
    }
}
