// Every warning a registration or plan file can earn, as a value, and the errors that
// came with reading spreadsheets as people export them (encodings, date order). The
// loader and the row reader raise these; their words are in `Strings` (PlenaryView), so
// `plenary check` and the commands that load a file say them in the operator's
// language, and the check report recognises the rules' own decisions (late, duplicate)
// by case, not by reading its own sentences back.
import PlenaryCore

/// A finding about a registration file with words in `Strings`: most are warnings,
/// worth reading and no reason to refuse the list; `severity` says which are errors.
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
    /// Nothing said the encoding and the bytes are not UTF-8: read as Windows-1252.
    case readAsWindows1252
    /// An error: the file is no text Plenary can read unless told how (`NotText`).
    case notText(NotText)
    /// The received dates could be read either way (`05/12/2023`) and nothing said
    /// which: read in `readAs`, the default convention.
    case dateOrderUndecided(readAs: DateOrder)
    /// An error: this received date shows `order` (a number over 12), and the one at
    /// `other` (file:line:column) shows the other order; one column cannot be both.
    case dateOrderConflict(order: DateOrder, other: String)

    /// Whether the finding makes the list unusable.
    public var severity: Severity {
        switch self {
        case .notText, .dateOrderConflict: .error
        case .late, .duplicate, .unknownColumn, .unsafeCharactersRemoved, .cut, .unknownCategory, .noRegistrations,
            .unknownPlanKey, .noSpeakersInPlan, .unknownSpeakerKey, .readAsWindows1252, .dateOrderUndecided:
            .warning
        }
    }

    /// The warning's case without its values: two warnings of one kind are counted
    /// together when they are not shown (`OmittedKind`).
    public var kind: String {
        switch self {
        case .late: "late"
        case .duplicate: "duplicate"
        case .unknownColumn: "unknownColumn"
        case .unsafeCharactersRemoved(_, let column): "unsafeCharactersRemoved \(column.rawValue)"
        case .cut(let column, _, _): "cut \(column.rawValue)"
        case .unknownCategory: "unknownCategory"
        case .noRegistrations: "noRegistrations"
        case .unknownPlanKey: "unknownPlanKey"
        case .noSpeakersInPlan: "noSpeakersInPlan"
        case .unknownSpeakerKey: "unknownSpeakerKey"
        case .readAsWindows1252: "readAsWindows1252"
        case .notText: "notText"
        case .dateOrderUndecided: "dateOrderUndecided"
        case .dateOrderConflict: "dateOrderConflict"
        }
    }

    /// Whether this notice reports a decision of the registration rules (the row is
    /// listed in its own section of the check report).
    public var isRuleDecision: Bool {
        switch self {
        case .late, .duplicate: true
        case .unknownColumn, .unsafeCharactersRemoved, .cut, .unknownCategory, .noRegistrations, .unknownPlanKey,
            .noSpeakersInPlan, .unknownSpeakerKey, .readAsWindows1252, .notText, .dateOrderUndecided,
            .dateOrderConflict:
            false
        }
    }
}

extension Diagnostic {
    /// The diagnostic for `warning` at a place in a file, as severe as the warning says.
    /// It has no words of its own: `Strings` says the warning in the reader's language.
    init(file: String, line: Int, column: Int, warning: RegistrationWarning, excerpt: String = "") {
        self.init(file: file, line: line, column: column, severity: warning.severity, message: "", excerpt: excerpt)
        self.warning = warning
    }
}
