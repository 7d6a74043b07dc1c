// `plenary check --json`: the same content as the text report, for tools. Times are
// ISO 8601 with the plan's offset, durations whole seconds; keys are sorted so the
// output is stable between runs. Problems carry their words in English (`Strings`).
import FoundationEssentials
import PlenaryCore
import PlenaryFormats
import PlenaryText
import PlenaryView

extension CheckReport {
    struct Document: Encodable {
        var file: String
        var usable: Bool
        var planLoaded: Bool
        var session: Session?
        var segments: [Segment]
        var late: [Row]
        var duplicates: [Row]
        var rejectedLines: [Int]
        var counts: [String: Int]
        var encoding: String?
        var delimiter: String?
        var diagnostics: [Problem]
        /// Every problem found: `diagnostics` holds the first `shown` of them.
        var totals: Totals
    }

    struct Totals: Encodable {
        var errors, warnings, shown, omitted: Int
        /// The problems not shown, by kind: how many, and the first of each.
        var omittedKinds: [OmittedKind]
    }

    struct OmittedKind: Encodable {
        var count: Int
        var first: Problem
    }

    /// A `Diagnostic` as the document writes it, with its words.
    struct Problem: Encodable {
        var file: String
        var line, column: Int
        var severity, message, excerpt, hint: String
    }

    struct Session: Encodable {
        var title, timeZone, start, end, registrationDeadline: String
        /// The plan's limits by category (`[limits]`), keyed by category.
        var categoryLimitSeconds: [String: Int64]
        var replies: Replies
        /// Nil when points of order have no limit.
        var pointOfOrderSeconds: Int64?
    }

    struct Replies: Encodable {
        /// "segment" or "session".
        var placement: String
        var perDelegation: Int
        /// The first reply's limit, the second's, …; replies past the list take the last.
        var limitSeconds: [Int64]
    }

    struct Segment: Encodable {
        var id, title: String
        var budgetSeconds, limitSeconds, neededSeconds, mostThatFit: Int64
        var fits: Bool
        var speakers: [Row]
    }

    struct Row: Encodable {
        var id: Int?
        var line: Int
        var segment: String
        var delegation, speaker, category, received: String
        var order: Int?
        var keptLine: Int?
        /// The row's own limit (`limit` column), nil when it takes the plan's.
        var ownLimitSeconds: Int64?
        /// The limit the speaker has (`SessionPlan.limit(for:)`): on the list only.
        var limitSeconds: Int64?
        /// A joint statement's other delegations and groups, in the file's order.
        var onBehalfOf: [String]
    }

    /// The report as pretty-printed JSON with sorted keys.
    public static func json(_ reg: Registration) -> String {
        let off = reg.plan.utcOffset
        func row(_ e: RegistrationEntry, speaker: Speaker? = nil, keptLine: Int? = nil) -> Row {
            Row(
                id: speaker?.id.rawValue, line: e.line, segment: reg.plan.segments[e.segment].id,
                delegation: e.delegation, speaker: e.speaker, category: e.category.rawValue,
                received: TimeText.iso(e.received, utcOffset: off), order: e.order, keptLine: keptLine,
                ownLimitSeconds: e.limit?.floorSeconds,
                limitSeconds: speaker.map { reg.plan.limit(for: $0).floorSeconds },
                onBehalfOf: e.onBehalfOf)
        }
        let caps = capacity(reg)
        let segments = reg.plan.segments.enumerated().map { i, s in
            Segment(
                id: s.id, title: s.title, budgetSeconds: s.budget.floorSeconds,
                limitSeconds: s.interventionLimit.floorSeconds, neededSeconds: caps[i].needed.floorSeconds,
                mostThatFit: Int64(caps[i].mostThatFit), fits: caps[i].fits,
                speakers: zip(reg.speakers, reg.accepted).filter { $0.0.segment == i }
                    .map { row($0.1, speaker: $0.0) })
        }
        let p = reg.plan
        let doc = Document(
            file: reg.file, usable: reg.isUsable, planLoaded: reg.planLoaded,
            session: reg.planLoaded
                ? Session(
                    title: p.title, timeZone: p.timeZone, start: TimeText.iso(p.start, utcOffset: off),
                    end: TimeText.iso(p.end, utcOffset: off),
                    registrationDeadline: TimeText.iso(p.registrationDeadline, utcOffset: off),
                    categoryLimitSeconds: Dictionary(
                        uniqueKeysWithValues: p.categoryLimits.map { ($0.key.rawValue, $0.value.floorSeconds) }),
                    replies: Replies(
                        placement: p.replies.placement.rawValue, perDelegation: p.replies.perDelegation,
                        limitSeconds: p.replies.limits.map(\.floorSeconds)),
                    pointOfOrderSeconds: p.pointOfOrderLimit?.floorSeconds)
                : nil,
            segments: reg.planLoaded ? segments : [],
            late: reg.late.map { row($0) },
            duplicates: reg.duplicates.map { row($0.entry, keptLine: $0.keptLine) },
            // The first, as the text report lists them; `counts.rejected` counts them all.
            rejectedLines: Array(reg.rejectedLines.prefix(Registration.diagnosticLimit)),
            counts: [
                "rows": reg.rowCount, "accepted": reg.accepted.count, "late": reg.late.count,
                "duplicates": reg.duplicates.count, "rejected": reg.rejectedLines.count, "blank": reg.blankLines,
            ],
            encoding: reg.encoding?.rawValue, delimiter: reg.delimiter, diagnostics: reg.diagnostics.map(Problem.init),
            totals: Totals(
                errors: reg.count(.error), warnings: reg.count(.warning), shown: reg.diagnostics.count,
                omitted: reg.omitted.values.reduce(0, +),
                omittedKinds: reg.omittedKinds.map { OmittedKind(count: $0.count, first: Problem($0.first)) }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail; an empty object is a safe fallback.
        let data = (try? encoder.encode(doc)) ?? Data("{}".utf8)
        return terminalSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSON text whose strings hold nothing a terminal would obey: every scalar that
    /// `TerminalSafe` would not show (a bidi override in a file name, a C1 control) is
    /// written as a JSON `\uXXXX` escape, which a JSON reader decodes back to the same
    /// string. JSONEncoder escapes C0 controls itself, so outside strings there is
    /// nothing but the line breaks of pretty printing.
    static func terminalSafe(_ json: String) -> String {
        guard !json.unicodeScalars.allSatisfy({ $0 == "\n" || TerminalSafe.isSafe($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if s == "\n" || TerminalSafe.isSafe(s) {
                out.append(s)
                continue
            }
            for unit in String(s).utf16 {
                let hex = String(unit, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(out)
    }
}

extension CheckReport.Problem {
    init(_ d: Diagnostic) {
        let words = Strings.english
        self.init(
            file: d.file, line: d.line, column: d.column, severity: d.severity.rawValue,
            message: words.message(d), excerpt: d.excerpt, hint: words.hint(d))
    }
}
