// What loading a registration file gives: the plan, the accepted speakers in running
// order, and everything that was set aside or wrong, with reasons. Nothing is lost:
// accepted + late + duplicates + rejected + blank lines = the rows in the file.
import PlenaryCore

/// One registration as read from a row, every text sanitised.
public struct RegistrationEntry: Sendable, Hashable {
    /// The line of the row in the file (for inline TOML speakers, the `[[speakers]]` line).
    public var line: Int
    public var received: Instant
    /// Index into the plan's segments.
    public var segment: Int
    public var delegation: String
    /// A person's name or a function; may be empty.
    public var speaker: String
    public var category: PlenaryCore.Category
    public var email: String
    /// A fixed position before first come, first served (the Court's organs); nil if none.
    public var order: Int?
    public var note: String
    /// The written statement's length in words, when the file gives it.
    public var words: Int?
    /// The speaker's own limit (`limit` column), nil for the plan's.
    public var limit: Duration?
    /// The delegations and groups a joint statement is also made for (`on behalf of`),
    /// sanitised, each once, without the speaker's own delegation.
    public var onBehalfOf: [String]

    public init(
        line: Int, received: Instant, segment: Int, delegation: String, speaker: String,
        category: PlenaryCore.Category, email: String, order: Int?, note: String, words: Int? = nil,
        limit: Duration? = nil, onBehalfOf: [String] = []
    ) {
        self.limit = limit
        self.onBehalfOf = onBehalfOf
        self.line = line
        self.received = received
        self.segment = segment
        self.delegation = delegation
        self.speaker = speaker
        self.category = category
        self.email = email
        self.order = order
        self.note = note
        self.words = words
    }
}

/// A second registration of a delegation for a segment, set aside.
public struct DuplicateRegistration: Sendable, Hashable {
    public var entry: RegistrationEntry
    /// The line of the registration that was kept.
    public var keptLine: Int
}

/// The outcome of loading a registration or plan file.
public struct Registration: Sendable {
    /// The file as named by the caller (used in diagnostics).
    public var file: String
    public var plan: SessionPlan
    /// Accepted speakers in running order: segment by segment, pins then first come,
    /// first served; ids numbered from 1.
    public var speakers: [Speaker]
    /// The rows behind `speakers`, in the same order.
    public var accepted: [RegistrationEntry]
    /// Received at or after the deadline: not on the list, but shown.
    public var late: [RegistrationEntry]
    public var duplicates: [DuplicateRegistration]
    /// Lines of rows rejected by an error (the diagnostics say why).
    public var rejectedLines: [Int]
    public var blankLines: Int
    /// Data rows read (not counting the header).
    public var rowCount: Int
    /// How the speakers file was decoded and split, for the report; nil if not read.
    public var encoding: TextEncoding?
    public var delimiter: String?
    /// The first problems in file order, at most `Registration.diagnosticLimit` once
    /// loading is done; errors make the list unusable. The rest are only counted
    /// (`omitted`): a file of a million bad rows is refused with fifty reasons and a
    /// count, not two million lines, and the loader never holds them all.
    public var diagnostics: [Diagnostic]
    /// The problems past the limit, counted by severity, not kept.
    public var omitted: [Severity: Int] = [:]
    /// The same problems by kind (the same error words, the same warning), each with
    /// its first, most frequent first: "950 more: this row has 1 fields; …".
    public var omittedKinds: [OmittedKind] {
        omittedByKind.values.sorted { ($0.count, $1.first.line) > ($1.count, $0.first.line) }
    }
    private var omittedByKind: [String: OmittedKind] = [:]
    /// False when a plan file was given but could not be used; `plan` is then the
    /// default plan, only so the value is complete, and must not be shown as the session.
    public var planLoaded = true

    public init(file: String, plan: SessionPlan) {
        self.file = file
        self.plan = plan
        speakers = []
        accepted = []
        late = []
        duplicates = []
        rejectedLines = []
        blankLines = 0
        rowCount = 0
        diagnostics = []
    }

    /// How many problems are kept and shown: enough to see what is wrong and fix the
    /// export, few enough that `check`, `plan` and `run` stay readable (the first 50).
    public static let diagnosticLimit = 50

    /// True when no diagnostic is an error: the list may be used at the podium.
    public var isUsable: Bool { errorCount == 0 }

    /// The errors kept (the first of them; `errorCount` counts all).
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Every problem of `severity` found, kept or omitted.
    public func count(_ severity: Severity) -> Int {
        diagnostics.count { $0.severity == severity } + omitted[severity, default: 0]
    }

    /// Every error found, kept or omitted.
    public var errorCount: Int { count(.error) }

    /// Adds problems as they are found; past a few times the limit, only the first in
    /// file order are kept and the rest counted, so memory stays bounded.
    mutating func collect(_ more: [Diagnostic]) {
        diagnostics += more
        if diagnostics.count > 4 * Self.diagnosticLimit { keepFirstDiagnostics() }
    }

    mutating func collect(_ one: Diagnostic) { collect([one]) }

    /// Sorts the problems into file order (by line, then column; ties keep the order they
    /// were found in) and keeps the first `diagnosticLimit`, counting the others.
    mutating func keepFirstDiagnostics() {
        diagnostics = diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        keepFirstDiagnosticsInOrder()
    }

    /// Keeps the first `diagnosticLimit` problems in the order they are in, counting the
    /// others: for problems of two files (a plan's, then its CSV's), each already in order.
    mutating func keepFirstDiagnosticsInOrder() {
        guard diagnostics.count > Self.diagnosticLimit else { return }
        // Bad rows come in runs of the same words: a run is keyed and counted once.
        var run: (message: String, warning: RegistrationWarning?, kind: OmittedKind)?
        func flush(_ run: (message: String, warning: RegistrationWarning?, kind: OmittedKind)?) {
            guard let run else { return }
            let key = OmittedKind.key(run.kind.first)
            guard var known = omittedByKind[key] else {
                omittedByKind[key] = run.kind
                return
            }
            known.count += run.kind.count
            let (a, b) = (run.kind.first, known.first)
            if (a.line, a.column) < (b.line, b.column) { known.first = a }
            omittedByKind[key] = known
        }
        for d in diagnostics[Self.diagnosticLimit...] {
            omitted[d.severity, default: 0] += 1
            if let r = run, r.message == d.message, r.warning == d.warning {
                run!.kind.count += 1
            } else {
                flush(run)
                run = (d.message, d.warning, OmittedKind(first: d, count: 1))
            }
        }
        flush(run)
        diagnostics.removeLast(diagnostics.count - Self.diagnosticLimit)
    }

    /// The accounting the loader guarantees; a test checks it on every fixture.
    public var rowsAccountedFor: Bool {
        accepted.count + late.count + duplicates.count + rejectedLines.count + blankLines == rowCount
    }

    /// Statement lengths in words by speaker, for the accepted rows that give one.
    public var words: [SpeakerID: Int] {
        var out: [SpeakerID: Int] = [:]
        for (speaker, entry) in zip(speakers, accepted) {
            if let w = entry.words { out[speaker.id] = w }
        }
        return out
    }

    /// A fresh session with this plan and list.
    public func session() -> Session { Session(plan: plan, speakers: speakers) }
}

/// Problems of one kind that were counted, not kept: the first of them and how many.
public struct OmittedKind: Sendable, Hashable {
    /// The first in file order, whose words stand for all of them.
    public var first: Diagnostic
    public var count: Int

    /// What makes two problems the same kind: a warning's case, or an error's words
    /// with their numbers left out ("this row has 1 fields" and "… 2 fields" are one).
    /// Byte by byte: it is computed for every problem past the limit, a million of them
    /// for a file of a million bad rows.
    static func key(_ d: Diagnostic) -> String {
        if let w = d.warning { return "warning " + w.kind }
        return String(decoding: d.message.utf8.map { (0x30...0x39).contains($0) ? 0x23 : $0 }, as: UTF8.self)
    }
}
