// The room display: render(source, now, config, size) -> Grid. Pure, like the
// console's screen: what the speaker and the room see is computed from the recorded
// instants and `now`, so two screens following one journal never disagree. Read
// from across a room, it shows only the delegation on the floor, the time left in
// digits as large as the terminal allows, the stage as a coloured band and a word,
// and optionally who is next.
import PlenaryCore
import PlenaryText

/// What the room display follows: nothing yet, a session as recorded, or a journal
/// it cannot read.
public enum DisplaySource: Sendable {
    /// The journal exists but holds no complete header yet.
    case waiting(journal: String)
    /// No file at the path yet (a console has not started, or the path is mistyped).
    case notCreated(journal: String)
    case live(SessionState, rehearsal: Bool)
    /// The journal is damaged; the reason names the line.
    case unreadable(journal: String, reason: String)
}

/// Options given on the command line.
public struct DisplayConfig: Sendable {
    public var language: Language
    /// Show who is called after the speaker on the floor.
    public var showNext: Bool
    /// The speaker's screen stops at 0:00 and TIME; the console and the log keep the
    /// true overrun.
    public var freezeAtZero: Bool

    public init(language: Language = .english, showNext: Bool = false, freezeAtZero: Bool = false) {
        self.language = language
        self.showNext = showNext
        self.freezeAtZero = freezeAtZero
    }
}

/// The room display's picture, computed from what it follows and `now`.
public enum DisplayScreen {
    /// The whole screen at `now` in a `width` × `height` terminal; any size, down to 0×0.
    public static func render(
        _ source: DisplaySource, now: Instant, config: DisplayConfig,
        width: Int, height: Int
    ) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        layout(panel(source, now: now, config: config), in: &grid)
        return grid
    }

    /// The earliest instant after `now` at which the picture changes on its own.
    public static func nextChange(_ source: DisplaySource, after now: Instant) -> Instant {
        if case .live(let state, _) = source { return ConsoleScreen.nextChange(state: state, after: now) }
        return Instant(milliseconds: ConsoleScreen.nextBoundary(after: now.milliseconds, phase: 0))
    }

    /// What one frame shows, before it is laid out for a size (the web pages of
    /// `plenary serve` show the same panel).
    public static func panel(_ source: DisplaySource, now: Instant, config: DisplayConfig) -> DisplayPanel {
        let d = DisplayStrings.of(config.language)
        switch source {
        case .waiting(let journal):
            return DisplayPanel(word: d.waiting, role: .idle, lines: [d.following(TerminalSafe.clean(journal))])
        case .notCreated(let journal):
            return DisplayPanel(word: d.waiting, role: .idle, lines: [d.toBeCreated(TerminalSafe.clean(journal))])
        case .unreadable(let journal, let reason):
            return DisplayPanel(
                word: d.unreadable, role: .warning,
                lines: [TerminalSafe.clean(reason), d.following(TerminalSafe.clean(journal))])
        case .live(let state, let rehearsal):
            var p = livePanel(state, now: now, config: config)
            let title = TerminalSafe.clean(state.plan.title)
            p.title = rehearsal ? "\(d.rehearsal) · \(title)" : title
            p.clock = TimeText.clockSeconds(now, utcOffset: state.plan.utcOffset)
            p.message = message(state, config.language)
            return p
        }
    }
}

/// One frame's content: a heading, a message to the speaker, a band in the stage's
/// colour holding the digits and a word, lines under it, and who is next.
public struct DisplayPanel: Sendable {
    public internal(set) var title: String?
    public internal(set) var clock: String?
    /// The delegation on the floor, or what the floor is doing.
    public internal(set) var heading: String?
    public internal(set) var detail: String?
    /// The countdown (or limit) for big digits, and the widest text it can become,
    /// so the scale does not jump when the time runs over.
    public internal(set) var digits: String?
    public internal(set) var template: String?
    /// The stage or phase in words: the band never tells by colour alone.
    public internal(set) var word: String
    public internal(set) var role: StyleRole
    public internal(set) var lines: [String] = []
    public internal(set) var next: String?
    /// The message to the speaker ("Please conclude"), in a band of its own until cleared.
    public internal(set) var message: String?

    init(
        heading: String? = nil, detail: String? = nil, digits: String? = nil, template: String? = nil,
        word: String, role: StyleRole, lines: [String] = [], next: String? = nil
    ) {
        self.heading = heading
        self.detail = detail
        self.digits = digits
        self.template = template
        self.word = word
        self.role = role
        self.lines = lines
        self.next = next
    }
}
