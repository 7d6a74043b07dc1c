import ArgumentParser
import PlenaryConsole
import PlenaryCore
import PlenaryRehearsal
import PlenarySimulation
import PlenarySystem
import PlenaryTerminal
import PlenaryView

/// `plenary rehearse`: the real console and engine on a fast virtual clock, with
/// simulated speakers (and, with --autopilot, a simulated officer).
struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Practise with the real list: the console on a fast clock with simulated speakers.",
        discussion: """
            The clock starts ten seconds before the plan's start, on the plan's date, and runs \
            --speed times faster. Simulated speakers walk up when called (or are not in the room), \
            speak for a drawn time and stop on their own; the officer still ends each intervention. \
            --autopilot simulates the officer too; --headless --autopilot runs the whole session with \
            no terminal and writes the journal and the exports (csv, json, md, html): the same seed \
            gives the same bytes. Rehearsal journals (<name>.rehearsal.journal) never mix with a \
            live session's. See docs/rehearsal.md.
            """)

    @Argument(
        help: "A registration file (CSV or TOML plan). Default: the embedded session.", completion: .registration)
    var file: String?

    @OptionGroup var reading: RegistrationOptions

    @Option(help: "How many times faster than real time the clock runs (1–60).")
    var speed = 10

    @Flag(help: "Simulate the officer too: call, give the floor, end, skip the absent, add walk-ins.")
    var autopilot = false

    @Flag(help: "No terminal: run the whole session at once and write the journal and exports (needs --autopilot).")
    var headless = false

    @Option(
        help: """
            The rehearsal journal. Default: <name>.rehearsal.journal next to the registration file, \
            or plenary-default-session.rehearsal.journal in $XDG_STATE_HOME/plenary (~/.local/state/plenary).
            """,
        completion: .journal)
    var journal: String?

    @Option(
        help: "Where --headless writes the exports. Default: next to the registration file, or here.",
        completion: .directory)
    var out: String?

    @Option(help: "Language of the console and of the call line: en or fr.")
    var lang: Language = .english

    @OptionGroup var theme: ThemeOption

    @OptionGroup var options: ModelOptions

    func validate() throws {
        try SessionSource.requireNamedFile(file)
        guard (1...60).contains(speed) else { throw ValidationError("--speed must be from 1 to 60, not \(speed)") }
        if headless && !autopilot {
            throw ValidationError(
                "--headless needs --autopilot: with no terminal nobody would give the floor. "
                    + "Add --autopilot, or drop --headless to rehearse at the console.")
        }
    }

    func run() throws {
        let model = try options.model()
        if options.printModel {
            print(model.text, terminator: "")
            return
        }
        let (session, words) = try SessionSource.loadWithWords(file, reading: reading, language: lang)
        let path = journal ?? SessionStore.defaultJournalPath(registrationFile: file, rehearsal: true)
        if headless {
            try runHeadless(session, words: words, model: model, journalPath: path)
        } else {
            try runConsole(session, words: words, model: model, journalPath: path)
        }
    }

    /// `<stem>.rehearsal`, the name the journal and exports share.
    var stem: String {
        guard let file else { return "plenary-default-session.rehearsal" }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let base = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return (base.isEmpty ? name : base) + ".rehearsal"
    }

    private func runHeadless(
        _ session: Session, words: [SpeakerID: Int], model: SpeakerModel,
        journalPath: String
    ) throws {
        let dir = out ?? file.map { $0.contains("/") ? DurableFiles.directory(of: $0) : "." } ?? "."
        let rehearsal = HeadlessRehearsal(
            plan: session.plan,
            speakers: session.initial.speakers.values.sorted { $0.id < $1.id },
            words: words, model: model, seed: options.seed, journalPath: journalPath,
            exportDirectory: dir, exportStem: stem)
        let outcome: RehearsalOutcome
        do { outcome = try rehearsal.run() } catch { throw CommandFailure(error) }
        print(RehearsalSummary.text(outcome, seed: options.seed, language: lang))
    }

    private func runConsole(
        _ loaded: Session, words: [SpeakerID: Int], model: SpeakerModel,
        journalPath: String
    ) throws {
        let env = Environment()
        let chosenTheme = try theme.load()
        let plan = loaded.plan
        // The journal's stamps read the rehearsal clock, so it stays a rehearsal's record.
        let clock = SessionClock.starting(at: plan.start - HeadlessRehearsal.leadIn, rate: Double(speed))
        let opened: OpenedSession
        do {
            opened = try SessionStore.open(
                plan: plan,
                speakers: loaded.initial.speakers.values.sorted { $0.id < $1.id },
                path: journalPath, rehearsal: true, clocks: clock.rehearsalMachine)
        } catch JournalError.closed(let p, _) {
            throw CommandFailure(
                .dataErrors, "the rehearsal in \(p) is over; remove it or pass --journal NEW to rehearse again.")
        } catch {
            throw CommandFailure(error)
        }
        // A resumed rehearsal goes on from its last recorded instant.
        if let last = opened.session.events.last?.at { clock.advance(to: last) }
        let notice = Strings.of(lang).notices([.rehearsalJournal(opened.journal.path)])
        let controller = ConsoleController(
            session: opened.session, sink: JournalSink(opened),
            config: ConsoleConfig(language: lang, notice: notice, rehearsalSpeed: speed))
        let pilot = Autopilot(model: model, words: words, seed: options.seed)
        try MainActor.assumeIsolated {
            let app = ConsoleApp(
                controller: controller, clock: clock, theme: chosenTheme,
                noColor: env["NO_COLOR"].map { !$0.isEmpty } ?? false)
            let forecast = LiveForecast(controller: controller, app: app, model: model, words: words)
            let room = RehearsalConsole(controller: controller, pilot: pilot, autopilot: autopilot, forecast: forecast)
            app.beforeFrame = { room.beforeFrame($0) }
            try takeTerminalAndRun(app)
        }
    }
}
