import ArgumentParser
import PlenaryConsole
import PlenaryCore
import PlenarySystem
import PlenaryTerminal
import PlenaryView

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The live console: timer, warnings and next-speaker calls at the podium.",
        discussion: """
            With no file, the embedded default session runs today, starting at the next quarter \
            hour (or at --at); with --date it keeps its planned local times on that day. \
            Press ? in the console for the keys.
            Test and rehearsal only: PLENARY_CLOCK_START=2023-12-08T11:29:50+01:00 starts the \
            session clock at that instant; PLENARY_CLOCK_RATE=N runs it N times faster. \
            Benchmarks: PLENARY_FRAME_LOG=FILE writes when each frame and key happened, on exit. \
            NO_COLOR=1 draws without colour.
            """)

    @Argument(
        help: "A registration file (CSV or TOML plan). Default: the embedded session.", completion: .registration)
    var file: String?

    @OptionGroup var reading: RegistrationOptions

    @Option(help: "Language of the console and of the call line: en or fr.")
    var lang: Language = .english

    @OptionGroup var theme: ThemeOption

    @Flag(help: "Do not ring the terminal bell at time and at each escalation.")
    var noBell = false

    @Flag(help: "Flash the screen at every warning stage.")
    var flash = false

    @Option(help: "The day the session runs (YYYY-MM-DD or today); the plan keeps its local times.")
    var date: String = "today"

    @Option(
        help: """
            The local time the session starts (HH:MM), on --date. Default: a registration file's \
            plan keeps its own; the embedded session starts at the next quarter hour today.
            """)
    var at: String?

    @Option(
        help: """
            The session journal. Default: next to the registration file (<name>.journal), \
            or plenary-default-session.journal in $XDG_STATE_HOME/plenary (~/.local/state/plenary).
            """,
        completion: .journal)
    var journal: String?

    @Flag(help: "Resume a journal whose session was closed (it is refused otherwise).")
    var reopen = false

    func validate() throws {
        try SessionSource.requireNamedFile(file)
    }

    func run() throws {
        let env = Environment()
        let overrides = try ClockOverrides.fromEnvironment(env)
        var clock = overrides.clock(anchor: MachineClock.system.anchor())
        let chosenTheme = try theme.load()
        var (session, words, warnings, digest) = try SessionSource.loadForConsole(
            file, reading: reading, language: lang)
        var notes: [SessionNotice] = []
        let plan = session.plan
        let day = try RunDate.resolve(date, now: clock.now(), plan: plan)
        let planned = CivilDate.local(plan.start, utcOffset: plan.utcOffset)
        var moved = plan
        if (planned.year, planned.month, planned.day) != (day.year, day.month, day.day) {
            let offset = ZoneOffset.of(plan.timeZone, onDay: day, fallback: plan.utcOffset)
            moved = plan.moved(toYear: day.year, month: day.month, day: day.day, utcOffset: offset)
            notes.append(
                .planMoved(
                    from: TimeText.date(plan.start, utcOffset: plan.utcOffset),
                    to: TimeText.date(moved.start, utcOffset: offset)))
        }
        if let start = try RunStart.chosen(
            at, plan: moved, day: day, now: clock.now(), embedded: file == nil && date == "today")
        {
            moved = moved.starting(at: start)
        }
        if moved != plan {
            session = Session(plan: moved, speakers: session.state.speakers.values.sorted { $0.id < $1.id })
        }
        // Nothing lost: create or resume the journal; every command is persisted there first.
        let path = journal ?? SessionStore.defaultJournalPath(registrationFile: file, rehearsal: false)
        let opened: OpenedSession
        do {
            opened = try SessionStore.open(
                plan: session.plan,
                speakers: session.initial.speakers.values.sorted { $0.id < $1.id },
                path: path, rehearsal: false, reopenClosed: reopen, registrationDigest: digest)
        } catch {
            throw CommandFailure(error)
        }
        let fileSpeakers = session.initial.speakers.values.sorted { $0.id < $1.id }
        session = opened.session
        // The journal's anchor keeps a resumed speaker's time exact on the same boot;
        // the test clock (PLENARY_CLOCK_START) overrides it.
        if overrides.start == nil { clock = SessionClock(anchor: opened.anchor, rate: overrides.rate) }
        // The file actually written: the newest of the chain `path` starts.
        let written = opened.journal.path
        switch opened.kind {
        case .created: notes.append(.journalCreated(written))
        case .sameBoot: notes.append(.resumed(written))
        case .afterReboot: notes.append(.resumedAfterRestart)
        }
        if let c = opened.continuedAtStart {
            notes.append(.continuedAtStart(from: c.from, reason: c.reason, in: written))
        }
        if let r = opened.repaired { notes.append(.tornRecordCut(bytes: r.droppedBytes, copy: r.brokenCopy)) }
        let notice = Strings.of(lang).notices(notes)
        // A failed write continues in a new journal file (the console says where).
        let controller = ConsoleController(
            session: session, sink: JournalSink(opened),
            config: ConsoleConfig(language: lang, notice: notice, registrationWarnings: warnings),
            bell: !noBell, flash: flash,
            clockUnconfirmed: opened.clockNeedsAcknowledgement)
        // A restart says where the session stood; a repaired record is announced.
        if opened.kind != .created { controller.announceResume() }
        // A registration file edited since the journal began is never merged silently.
        if opened.registrationChanged {
            controller.offerRegistrations(RegistrationChange(file: fileSpeakers, journal: opened.session.state))
        }
        if let r = opened.repaired {
            controller.announce([
                Strings.of(lang).notices([.tornRecordCut(bytes: r.droppedBytes, copy: r.brokenCopy)])
            ])
        }
        let sessionClock = clock
        try MainActor.assumeIsolated {
            // Benchmarks only: time every frame and key (see plenary-bench --live).
            let frameLog = env["PLENARY_FRAME_LOG"].flatMap { path in
                path.isEmpty
                    ? nil
                    : FrameLog(path: path) {
                        controller.state.speakingTime(at: $0)?.wholeMilliseconds ?? -1
                    }
            }
            let app = ConsoleApp(
                controller: controller, clock: sessionClock, theme: chosenTheme,
                noColor: env["NO_COLOR"].map { !$0.isEmpty } ?? false, observer: frameLog)
            // P(on time) in the status line, recomputed off the main queue (LiveForecast).
            let forecast = LiveForecast(controller: controller, app: app, words: words)
            app.beforeFrame = {
                forecast.update(at: $0)
                return nil
            }
            try takeTerminalAndRun(app)
        }
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "en", "english": self = .english
        case "fr", "french", "français", "francais": self = .french
        default: return nil
        }
    }
}
