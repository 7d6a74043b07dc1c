// When a registration arrived, as spreadsheets write it (the forms `WrittenTime`
// reads). A time without an offset is local to the plan's time zone; a local time
// that a clock change skips or repeats is an error, not a guess.
import PlenaryCore
import PlenaryZones

/// Reads `received` values (and the plan's deadline) with `WrittenTime`, in the plan's zone.
enum RegistrationDate {
    enum Failure: Error, Equatable {
        case message(String, hint: String)
    }

    static let formatsHint = "write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)"

    static func parse(_ raw: String, zone: ZoneResolver) -> Result<Instant, Failure> {
        switch WrittenTime.dateTime(raw) {
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
            .message("this date is month-first (MM/DD/YYYY), but registration dates are day-first", hint: formatsHint)
        case .noTimeOfDay: .message("the time of day is missing; first come, first served needs it", hint: formatsHint)
        case .noSuchDay: .message("there is no such day", hint: "check the day and month (day first)")
        case .noSuchTime: .message("there is no such time of day", hint: "hours run 0–23, minutes 0–59")
        }
    }
}
