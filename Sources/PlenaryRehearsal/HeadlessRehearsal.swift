// A whole rehearsal with no terminal: the simulated officer and room run the session
// as fast as the machine allows on a virtual clock, through the same decide → persist
// → record path as the console, into a rehearsal journal; then the exports are
// written from that journal. The same inputs and seed give the same bytes.
import PlenaryCore
import PlenaryExport
import PlenaryFormats
import PlenaryJournalFormat
import PlenarySimulation
import PlenarySystem

/// Why a headless rehearsal could not run or finish.
public enum RehearsalError: Error, Sendable, CustomStringConvertible {
    case journalExists(String)
    case journal(JournalError)
    case export(path: String, FileError)
    case refused(Command, Rejection)

    public var description: String {
        switch self {
        case .journalExists(let p):
            "\(p) already exists; a headless rehearsal writes a new journal (remove it or pass --journal)."
        case .journal(let e): "\(e)"
        case .export(let p, let e): "\(p): \(e)"
        case .refused(let c, let reason): "the simulated officer's \(c) was refused: \(reason)"
        }
    }
}

/// What a headless rehearsal wrote and how the session went.
public struct RehearsalOutcome: Sendable {
    public var journal: String
    /// The exports, one per format, in the order csv, json, md, html.
    public var exports: [String]
    public var state: SessionState
    public var events: Int

    /// Interventions over time, as the console counted them (`Measure.isOverTime`):
    /// the summary says this number, and the exports count by the same rule.
    public var overTime: Int { state.records.overTimeCount }
}

public struct HeadlessRehearsal: Sendable {
    public var plan: SessionPlan
    public var speakers: [Speaker]
    /// Statement lengths in words by speaker (the registration's words column).
    public var words: [SpeakerID: Int]
    public var model: SpeakerModel
    public var policy: OfficerPolicy
    public var seed: UInt64
    public var journalPath: String
    /// Exports go to `<exportDirectory>/<exportStem>.<format>`.
    public var exportDirectory: String
    public var exportStem: String

    /// The virtual clock starts this long before the plan's start, as an officer
    /// sits down a moment before the chair opens.
    public static let leadIn = Duration.seconds(10)

    public init(
        plan: SessionPlan, speakers: [Speaker], words: [SpeakerID: Int] = [:],
        model: SpeakerModel = SpeakerModel(),
        policy: OfficerPolicy = OfficerPolicy(), seed: UInt64, journalPath: String,
        exportDirectory: String, exportStem: String
    ) {
        self.plan = plan
        self.speakers = speakers
        self.words = words
        self.model = model
        self.policy = policy
        self.seed = seed
        self.journalPath = journalPath
        self.exportDirectory = exportDirectory
        self.exportStem = exportStem
    }

    /// Where each export goes.
    public var exportPaths: [(ExportFormat, String)] {
        let dir = exportDirectory.hasSuffix("/") ? String(exportDirectory.dropLast()) : exportDirectory
        return [ExportFormat.csv, .json, .md, .html].map {
            ($0, "\(dir.isEmpty ? "." : dir)/\(exportStem).\($0.rawValue)")
        }
    }

    /// Nobody waits on a headless rehearsal's record, so its journal is made durable
    /// once, when the run ends, instead of after every event (the syncs were most of
    /// its time). Lines are still written one command at a time and checked as ever: a
    /// crash mid-run leaves at most a torn tail, which reading cuts off.
    static let deferredSync = FileIO(write: FileIO.system.write, fdatasync: { _ in 0 }, fsync: FileIO.system.fsync)

    public func run() throws(RehearsalError) -> RehearsalOutcome {
        guard !DurableFiles.exists(journalPath), JournalFile.latest(journalPath) == journalPath else {
            throw .journalExists(journalPath)
        }
        let clock = SessionClock.virtual(start: plan.start - Self.leadIn)
        var opened: OpenedSession
        do {
            opened = try SessionStore.open(
                plan: plan, speakers: speakers, path: journalPath, rehearsal: true,
                clocks: clock.rehearsalMachine, io: Self.deferredSync)
        } catch { throw .journal(error) }
        defer { opened.journal.close() }

        var pilot = Autopilot(model: model, policy: policy, words: words, seed: seed)
        // A guard against a policy that never closes the session.
        for _ in 0..<100_000 {
            guard let (at, command) = pilot.next(in: opened.session.state, now: clock.now()) else { break }
            clock.advance(to: at)
            switch opened.session.decide(command, at: clock.now()) {
            case .failure(let r): throw .refused(command, r)
            case .success(let events):
                do { try opened.journal.persist(events) } catch {
                    throw .journal((error as? JournalError) ?? .stopped(path: journalPath))
                }
                opened.session.record(events)
            }
        }
        opened.journal.close()
        do { try DurableFiles.sync(journalPath) } catch { throw .journal(.file(error)) }

        // The exports come from the journal as written, as `plenary export` would make them.
        let reading: JournalReading
        do { reading = try JournalFile.read(journalPath) } catch { throw .journal(error) }
        let log = ActualTimesLog.build(
            plan: reading.header.plan, speakers: reading.header.speakers,
            events: reading.events, rehearsal: reading.header.rehearsal)
        var written: [String] = []
        for (format, path) in exportPaths {
            do { try DurableFiles.writeAtomically(Array(log.render(format).utf8), to: path) } catch {
                throw .export(path: path, error)
            }
            written.append(path)
        }
        return RehearsalOutcome(
            journal: journalPath, exports: written, state: opened.session.state,
            events: opened.session.events.count)
    }
}
