// Every warning a registration or plan file can earn, as a value, and the one table
// that says each in words. The loader and the row reader raise these; `plenary check`
// prints them through `Diagnostic`, and its report recognises the rules' own
// decisions (late, duplicate) by case, not by reading its own sentences back.
import PlenaryCore

/// A warning about a registration file: worth reading, not a reason to refuse the list.
public enum RegistrationWarning: Sendable, Hashable {
    /// The rules set the row aside: received at or after the deadline.
    case late(received: Instant, deadline: Instant, utcOffset: Duration)
    /// The rules set the row aside: its delegation is already on `segment`'s list
    /// from `keptLine`.
    case duplicate(segment: String, keptLine: Int)
    /// A header cell names no column Plenary reads.
    case unknownColumn
    /// Sanitising removed `count` control or formatting characters from a cell.
    case unsafeCharactersRemoved(count: Int, column: Column)
    /// A cell was longer than a field may be and was cut.
    case cut(column: Column, length: Int, limit: Int)
    /// The category was not recognised and is read as other.
    case unknownCategory
    /// The file has a header row and nothing under it.
    case noRegistrations
    /// A plan file's top-level key that Plenary does not read.
    case unknownPlanKey
    /// A plan file that names no speakers.
    case noSpeakersInPlan
    /// An inline `[[speakers]]` table's key that names no column.
    case unknownSpeakerKey

    /// Whether this notice reports a decision of the registration rules (the row is
    /// listed in its own section of the check report).
    public var isRuleDecision: Bool {
        switch self {
        case .late, .duplicate: true
        case .unknownColumn, .unsafeCharactersRemoved, .cut, .unknownCategory, .noRegistrations, .unknownPlanKey,
             .noSpeakersInPlan, .unknownSpeakerKey:
            false
        }
    }

    /// What the secretariat reads.
    public var message: String {
        switch self {
        case let .late(received, deadline, off):
            "received \(Self.stamp(received, off)), at or after the deadline \(Self.stamp(deadline, off)): "
                + "listed as late, not on the list"
        case let .duplicate(segment, keptLine):
            "second registration of this delegation for segment \(segment) (line \(keptLine) is kept): "
                + "set aside as a duplicate"
        case .unknownColumn:
            "unknown column is ignored"
        case let .unsafeCharactersRemoved(count, column):
            "\(count) control or formatting character\(count == 1 ? "" : "s") removed from \(column.rawValue)"
        case let .cut(column, length, limit):
            "\(column.rawValue) is \(length) characters long; cut to \(limit)"
        case .unknownCategory:
            "unknown category; read as other"
        case .noRegistrations:
            "the file has a header but no registrations"
        case .unknownPlanKey:
            "unknown key is ignored"
        case .noSpeakersInPlan:
            "the plan names no speakers"
        case .unknownSpeakerKey:
            "unknown speaker key is ignored"
        }
    }

    /// How to fix it, or nothing.
    public var hint: String {
        switch self {
        case .late, .cut, .noRegistrations: ""
        case .duplicate: "if two people speak for one delegation, register one speaker and name both"
        case .unknownColumn: "known columns: \(Column.summary)"
        case .unknownSpeakerKey: "known keys: \(Column.summary)"
        case .unknownPlanKey: "known keys: \(PlanFile.knownKeys.sorted().joined(separator: ", "))"
        case .noSpeakersInPlan: "add speakers = \"registrations.csv\" or [[speakers]] tables"
        case .unsafeCharactersRemoved:
            "escape sequences and bidi overrides are never shown; check the spreadsheet cell"
        case .unknownCategory:
            "use state party, observer state, court, international organization or civil society"
        }
    }

    /// An instant as the secretariat writes it: the plan's local date and time.
    static func stamp(_ t: Instant, _ off: Duration) -> String {
        "\(TimeText.date(t, utcOffset: off)) \(TimeText.clock(t, utcOffset: off))"
    }
}

extension Diagnostic {
    /// The diagnostic for `warning` at a place in a file, worded by `RegistrationWarning`.
    init(file: String, line: Int, column: Int, warning: RegistrationWarning, excerpt: String = "") {
        self.init(file: file, line: line, column: column, severity: .warning, message: warning.message,
                  excerpt: excerpt, hint: warning.hint)
        self.warning = warning
    }
}
