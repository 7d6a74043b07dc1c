import ArgumentParser
import Glibc
import PlenaryCore
import PlenaryServe
import PlenarySystem
import PlenaryTerminal
import PlenaryText
import PlenaryView

struct DisplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: "The room display: a read-only big-digit screen that follows the live session.",
        discussion: """
            Run it in another terminal (a second monitor, a projector, or over SSH to the \
            console's laptop) on the journal `plenary run` writes; with no argument it follows \
            the same default journal as `plenary run` with no argument. It never writes to the \
            journal, waits for it to appear, and follows a console that restarts or resumes. \
            q quits. PLENARY_CLOCK_RATE=N (tests, rehearsals) must match the console's; \
            PLENARY_CLOCK_START is not followed. NO_COLOR=1 draws without colour.
            """)

    @Argument(
        help: """
            The session journal, or the registration file whose journal to follow. \
            Default: the default session's journal, as for `plenary run`.
            """,
        completion: .journalOrRegistration)
    var journal: String?

    @Flag(help: "Show who is next after the speaker on the floor.")
    var next = false

    @Flag(help: "Stop at 0:00 and TIME instead of counting the overrun (the console and the log keep it).")
    var freezeAtZero = false

    @Option(help: "Language of the display: en or fr.")
    var lang: Language = .english

    @OptionGroup var theme: ThemeOption

    func run() throws {
        let env = Environment()
        // The console's clock rate, so both read the same instants the same way; the
        // anchor always comes from the journal.
        let rate = try ClockOverrides.fromEnvironment(env).rate
        let chosenTheme = try theme.load()
        let path = Self.journalPath(journal)
        // A directory is never a journal; a missing file is waited for, and said so.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw CommandFailure(.fileAccess, "\(TerminalSafe.clean(path)): is not a journal file (a directory?)")
        }
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw CommandFailure(
                .fileAccess, "plenary display needs a terminal (standard input and output are not a tty)")
        }
        // Which file is read, when it is a continuation (the room's screen shows no paths).
        let newest = JournalFile.latest(path)
        if newest != path {
            warn("plenary: following \(TerminalSafe.clean(newest)), the continuation of \(TerminalSafe.clean(path))")
        }
        let config = DisplayConfig(language: lang, showNext: next, freezeAtZero: freezeAtZero)
        try MainActor.assumeIsolated {
            let follower = JournalFollower(path: path)
            let app = DisplayApp(
                config: config, theme: chosenTheme,
                noColor: env["NO_COLOR"].map { !$0.isEmpty } ?? false, rate: rate
            ) {
                let changed = follower.poll()
                let (source, now) = DisplayCommand.frame(follower.state, requested: path, rate: rate)
                return (source, now, changed)
            }
            try takeTerminalAndRun(app)
        }
    }

    /// The journal to follow: the one given; for a registration file (.csv, .toml), the
    /// journal `plenary run FILE` writes next to it; with nothing, the default one.
    static func journalPath(_ argument: String?) -> String {
        guard let a = argument else { return SessionStore.defaultJournalPath(registrationFile: nil, rehearsal: false) }
        let lower = a.lowercased()
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".toml") else { return a }
        return SessionStore.defaultJournalPath(registrationFile: a, rehearsal: false)
    }

    /// What the display shows for what the follower knows, and the session time now
    /// (`RoomFrame`, shared with `plenary serve`).
    static func frame(_ state: FollowedJournal, requested: String, rate: Double)
        -> (source: DisplaySource, now: Instant)
    {
        RoomFrame.of(state, requested: requested, rate: rate)
    }
}
