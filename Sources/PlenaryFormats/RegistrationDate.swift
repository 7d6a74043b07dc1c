// When a registration arrived, as spreadsheets write it (the forms `WrittenTime`
// reads). A time without an offset is local to the plan's time zone; a local time
// that a clock change skips or repeats is an error, not a guess.
import PlenaryCore

/// Turns local times into instants for one time zone.
public struct ZoneResolver: Sendable {
    public enum Resolution: Sendable, Hashable {
        case instant(Instant)
        /// The clock went back: the local time happened twice.
        case repeated(Instant, Instant)
        /// The clock went forward: the local time never happened.
        case skipped
    }

    private let zone: ZoneRules

    /// A resolver for an IANA zone name; nil if the system does not know it.
    public init?(identifier: String) {
        guard let z = ZoneRules.named(identifier) else { return nil }
        zone = z
    }

    /// A resolver for a fixed offset from UTC, for plans whose zone the system lacks.
    public init(fixed offset: Duration) {
        zone = ZoneRules(fixed: Int(offset.wholeMilliseconds / 1000))
    }

    /// The zone's offset from UTC at an instant.
    public func offset(at t: Instant) -> Duration {
        .seconds(zone.offset(at: Int64(t.milliseconds).quotientRoundingDown(1000)))
    }

    public func resolve(_ local: LocalDateTime) -> Resolution {
        let wall = local.epochSeconds
        // Any offset that applies is the zone's offset a day before or after.
        let around = [wall - 86_400, wall + 86_400].map {
            Int64(zone.offset(at: $0))
        }
        let fits = Set(around).sorted().map { wall - $0 }.filter {
            Int64(zone.offset(at: $0)) == wall - $0
        }
        let instants = fits.map { Instant(milliseconds: $0 * 1000) }.sorted()
        switch instants.count {
        case 0: return .skipped
        case 1: return .instant(instants[0])
        default: return .repeated(instants[0], instants[instants.count - 1])
        }
    }
}

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
                return .failure(.message("this local time happened twice (the clocks went back)",
                                         hint: "add the UTC offset, e.g. 2023-10-29 02:30+01:00"))
            case .skipped:
                return .failure(.message("this local time never happened (the clocks went forward)",
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
