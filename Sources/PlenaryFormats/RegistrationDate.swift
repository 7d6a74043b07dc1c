// When a registration arrived, as spreadsheets write it: ISO 8601
// (`2023-12-05 14:32`, seconds and offset optional) or day-first (`05/12/2023 14:32`).
// A time without an offset is local to the plan's time zone; a local time that a
// clock change skips or repeats is an error, not a guess.
import Foundation
import PlenaryCore

/// A civil date and time as written, before a time zone makes it an instant.
public struct LocalDateTime: Sendable, Hashable {
    public var year, month, day, hour, minute, second: Int

    /// Seconds since the epoch if this were UTC.
    var epochSeconds: Int64 {
        Int64(CivilDate.daysFromEpoch(year: year, month: month, day: day)) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
    }
}

/// Turns local times into instants for one time zone.
public struct ZoneResolver: Sendable {
    public enum Resolution: Sendable, Hashable {
        case instant(Instant)
        /// The clock went back: the local time happened twice.
        case repeated(Instant, Instant)
        /// The clock went forward: the local time never happened.
        case skipped
    }

    private let zone: TimeZone

    /// A resolver for an IANA zone name; nil if the system does not know it.
    public init?(identifier: String) {
        guard let z = TimeZone(identifier: identifier) else { return nil }
        zone = z
    }

    /// A resolver for a fixed offset from UTC, for plans whose zone the system lacks.
    public init(fixed offset: Duration) {
        zone = TimeZone(secondsFromGMT: Int(offset.wholeMilliseconds / 1000)) ?? TimeZone(secondsFromGMT: 0)!
    }

    /// The zone's offset from UTC at an instant.
    public func offset(at t: Instant) -> Duration {
        .seconds(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t.milliseconds) / 1000)))
    }

    public func resolve(_ local: LocalDateTime) -> Resolution {
        let wall = local.epochSeconds
        // Any offset that applies is the zone's offset a day before or after.
        let around = [wall - 86_400, wall + 86_400].map {
            Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0))))
        }
        let fits = Set(around).sorted().map { wall - $0 }.filter {
            Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0)))) == wall - $0
        }
        let instants = fits.map { Instant(milliseconds: $0 * 1000) }.sorted()
        switch instants.count {
        case 0: return .skipped
        case 1: return .instant(instants[0])
        default: return .repeated(instants[0], instants[instants.count - 1])
        }
    }
}

/// Reads `received` values.
enum RegistrationDate {
    enum Failure: Error, Equatable {
        case message(String, hint: String)
    }

    // Built once: a regex literal is compiled again on every use otherwise, which made
    // 10,000 rows take seconds. Regex holds no mutable state once built.
    nonisolated(unsafe) static let iso = #/([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?)?\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?/#
    nonisolated(unsafe) static let dayFirst = #/([0-9]{1,2})[\/.]([0-9]{1,2})[\/.]([0-9]{2,4})(?:[T ]+([0-9]{1,2})[:h]([0-9]{2})(?::([0-9]{2}))?)?/#

    static let formatsHint = "write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)"

    static func parse(_ raw: String, zone: ZoneResolver) -> Result<Instant, Failure> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let m = text.wholeMatch(of: iso) {
            return build(year: Int(m.1)!, month: Int(m.2)!, day: Int(m.3)!, hour: m.4, minute: m.5, second: m.6,
                         offset: m.7, zone: zone)
        }
        if let m = text.wholeMatch(of: dayFirst) {
            let first = Int(m.1)!, second = Int(m.2)!
            if m.3.count != 4 {
                return .failure(.message("a two-digit year is ambiguous", hint: formatsHint))
            }
            if second > 12, first <= 12 {
                return .failure(.message("this date is month-first (MM/DD/YYYY), but registration dates are day-first",
                                         hint: formatsHint))
            }
            return build(year: Int(m.3)!, month: second, day: first, hour: m.4, minute: m.5, second: m.6,
                         offset: nil, zone: zone)
        }
        return .failure(.message("not a date and time", hint: formatsHint))
    }

    private static func build(year: Int, month: Int, day: Int, hour: Substring?, minute: Substring?,
                              second: Substring?, offset: Substring?, zone: ZoneResolver) -> Result<Instant, Failure> {
        guard let hour, let minute else {
            return .failure(.message("the time of day is missing; first come, first served needs it",
                                     hint: formatsHint))
        }
        let local = LocalDateTime(year: year, month: month, day: day, hour: Int(hour)!, minute: Int(minute)!,
                                  second: second.map { Int($0)! } ?? 0)
        guard CivilDate.isValid(year: year, month: month, day: day) else {
            return .failure(.message("there is no such day", hint: "check the day and month (day first)"))
        }
        guard local.hour < 24, local.minute < 60, local.second < 60 else {
            return .failure(.message("there is no such time of day", hint: "hours run 0–23, minutes 0–59"))
        }
        if let offset {
            return .success(Instant(milliseconds: (local.epochSeconds - offsetSeconds(offset)) * 1000))
        }
        switch zone.resolve(local) {
        case .instant(let t): return .success(t)
        case .repeated:
            return .failure(.message("this local time happened twice (the clocks went back)",
                                     hint: "add the UTC offset, e.g. 2023-10-29 02:30+01:00"))
        case .skipped:
            return .failure(.message("this local time never happened (the clocks went forward)",
                                     hint: "check the time, or add the UTC offset"))
        }
    }

    /// `Z`, `+01`, `+0100`, `+01:00` in seconds east of UTC.
    private static func offsetSeconds(_ text: Substring) -> Int64 {
        if text == "Z" { return 0 }
        let sign: Int64 = text.first == "-" ? -1 : 1
        let digits = text.dropFirst().filter(\.isNumber)
        let h = Int64(digits.prefix(2))!, m = Int64(digits.dropFirst(2)) ?? 0
        return sign * (h * 3600 + m * 60)
    }
}
