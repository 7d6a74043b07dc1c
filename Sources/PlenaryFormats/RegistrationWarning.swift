// Every warning a registration or plan file can earn, as a value. The loader and the
// row reader raise these; their words are in `Strings` (PlenaryView), so `plenary check`
// and the commands that load a file say them in the operator's language, and the check
// report recognises the rules' own decisions (late, duplicate) by case, not by reading
// its own sentences back.
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
}

extension Diagnostic {
    /// The diagnostic for `warning` at a place in a file. It has no words of its own:
    /// `Strings` says the warning in the reader's language.
    init(file: String, line: Int, column: Int, warning: RegistrationWarning, excerpt: String = "") {
        self.init(file: file, line: line, column: column, severity: .warning, message: "", excerpt: excerpt)
        self.warning = warning
    }
}
