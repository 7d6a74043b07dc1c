// When a registration arrived, as spreadsheets write it (the forms `WrittenTime`
// reads). A time without an offset is local to the plan's time zone; a local time
// that a clock change skips or repeats is an error, not a guess. Whether `05/12/2023`
// is day or month first is decided once for the whole column, from the dates that
// can only be read one way (`DateOrderDecision`).
import PlenaryCore
import PlenaryZones

/// Reads `received` values (and the plan's deadline) with `WrittenTime`, in the plan's zone.
enum RegistrationDate {
    enum Failure: Error, Equatable {
        case message(String, hint: String)
    }

    static let formatsHint = "write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)"

    static func parse(_ raw: String, zone: ZoneResolver, order: DateOrder = .dayFirst) -> Result<Instant, Failure> {
        switch WrittenTime.dateTime(raw, order: order) {
        case .success(.instant(let t)): return .success(t)
        case .success(.local(let local)):
            switch zone.resolve(local) {
            case .instant(let t): return .success(t)
            case .repeated:
                return .failure(
                    .message(
                        "this local time happened twice (the clocks went back)",
                        hint: "add the UTC offset, e.g. 2023-10-29 02:30+01:00"))
            case .skipped:
                return .failure(
                    .message(
                        "this local time never happened (the clocks went forward)",
                        hint: "check the time, or add the UTC offset"))
            }
        case .failure(let problem): return .failure(message(problem))
        }
    }

    private static func message(_ problem: WrittenTime.DateTimeProblem) -> Failure {
        switch problem {
        case .notADateTime: .message("not a date and time", hint: formatsHint)
        case .twoDigitYear: .message("a two-digit year is ambiguous", hint: formatsHint)
        case .monthFirst:
            .message("this date is month-first (MM/DD/YYYY), but this column is read day-first", hint: formatsHint)
        case .dayFirst:
            .message("this date is day-first (DD/MM/YYYY), but this column is read month-first", hint: formatsHint)
        case .noTimeOfDay: .message("the time of day is missing; first come, first served needs it", hint: formatsHint)
        case .noSuchDay: .message("there is no such day", hint: "check the day and the month")
        case .noSuchTime:
            .message("there is no such time of day", hint: "hours run 0–23 (1–12 before AM or PM), minutes 0–59")
        }
    }
}

extension DateOrder {
    /// Reads `dmy` or `mdy`, as `--date-order` and a plan's `date_order` take them.
    public init?(name: String) {
        switch name.lowercased() {
        case "dmy", "day-first", "dayfirst": self = .dayFirst
        case "mdy", "month-first", "monthfirst": self = .monthFirst
        default: return nil
        }
    }

    /// The order a date that is not in this one is in.
    public var other: DateOrder { self == .dayFirst ? .monthFirst : .dayFirst }
}

/// The order a column of received dates is read in: what its own dates show, else the
/// convention the plan or the command line gives, else day first (with a warning that
/// the file alone could not tell). Dates that show both orders are an error naming two.
struct DateOrderDecision {
    var order: DateOrder
    var diagnostics: [Diagnostic] = []

    init(_ rows: [RawRow], convention: DateOrder?, file: String) {
        var first: [DateOrder: CSVField] = [:]
        var count: [DateOrder: Int] = [:]
        for row in rows {
            guard let cell = row.cells[.received], let shown = WrittenTime.evidentOrder(cell.text) else { continue }
            if first[shown] == nil { first[shown] = cell }
            count[shown, default: 0] += 1
        }
        switch (first[.dayFirst], first[.monthFirst]) {
        case (nil, nil):
            order = convention ?? .dayFirst
            if convention == nil, let cell = rows.lazy.compactMap({ $0.cells[.received] }).first(where: Self.ambiguous)
            {
                diagnostics.append(Self.diagnostic(cell, file: file, .dateOrderUndecided(readAs: order)))
            }
        case (_?, nil): order = .dayFirst
        case (nil, _?): order = .monthFirst
        case (let day?, let month?):
            // The more common order reads the column; the first date against it is the error.
            let days = count[.dayFirst] ?? 0
            let months = count[.monthFirst] ?? 0
            order = days == months ? (convention ?? .dayFirst) : (days > months ? .dayFirst : .monthFirst)
            let (against, kept) = order == .dayFirst ? (month, day) : (day, month)
            let other = "\(file):\(kept.position.line):\(kept.position.column)"
            diagnostics.append(
                Self.diagnostic(against, file: file, .dateOrderConflict(order: order.other, other: other)))
        }
    }

    /// Whether the two orders read `cell` as two different days.
    static func ambiguous(_ cell: CSVField) -> Bool {
        guard case .success(let dayFirst) = WrittenTime.dateTime(cell.text, order: .dayFirst),
            case .success(let monthFirst) = WrittenTime.dateTime(cell.text, order: .monthFirst)
        else { return false }
        return dayFirst != monthFirst
    }

    static func diagnostic(_ cell: CSVField, file: String, _ warning: RegistrationWarning) -> Diagnostic {
        Diagnostic(
            file: file, line: cell.position.line, column: cell.position.column, warning: warning,
            excerpt: SafeText.excerpt(cell.text))
    }
}
