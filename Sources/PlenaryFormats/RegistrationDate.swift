// When a registration arrived, as spreadsheets write it: ISO 8601
// (`2023-12-05 14:32`, seconds and offset optional) or day-first (`05/12/2023 14:32`).
// A time without an offset is local to the plan's time zone; a local time that a
// clock change skips or repeats is an error, not a guess.
import PlenaryCore
import PlenaryZones

/// Reads `received` values.
enum RegistrationDate {
    enum Failure: Error, Equatable {
        case message(String, hint: String)
    }

    static let formatsHint = "write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)"

    static func parse(_ raw: String, zone: ZoneResolver) -> Result<Instant, Failure> {
        let start = DateCursor(trimming: raw)
        var c = start
        if let year = c.digits(4...4), c.eat("-"), let month = c.digits(1...2), c.eat("-"), let day = c.digits(1...2) {
            let time = c.time(hourMark: ":", fraction: true)
            let offset = c.offset()
            guard c.atEnd else { return .failure(.message("not a date and time", hint: formatsHint)) }
            return build(year: year, month: month, day: day, time: time, offset: offset, zone: zone)
        }
        c = start
        if let first = c.digits(1...2), let sep = c.eat(oneOf: "/."), let second = c.digits(1...2), c.eat(sep),
           let year = c.digits(2...4, counting: true)
        {
            let time = c.time(hourMark: ":h", fraction: false)
            guard c.atEnd else { return .failure(.message("not a date and time", hint: formatsHint)) }
            if year.count == 2 {
                return .failure(.message("a two-digit year is ambiguous", hint: formatsHint))
            }
            guard year.count == 4 else { return .failure(.message("not a date and time", hint: formatsHint)) }
            if second > 12, first <= 12 {
                return .failure(.message("this date is month-first (MM/DD/YYYY), but registration dates are day-first",
                                         hint: formatsHint))
            }
            return build(year: year.value, month: second, day: first, time: time, offset: nil, zone: zone)
        }
        return .failure(.message("not a date and time", hint: formatsHint))
    }

    private static func build(year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)?,
                              offset: Int64?, zone: ZoneResolver) -> Result<Instant, Failure> {
        guard let time else {
            return .failure(.message("the time of day is missing; first come, first served needs it",
                                     hint: formatsHint))
        }
        let local = LocalDateTime(year: year, month: month, day: day, hour: time.hour, minute: time.minute,
                                  second: time.second)
        guard CivilDate.isValid(year: year, month: month, day: day) else {
            return .failure(.message("there is no such day", hint: "check the day and month (day first)"))
        }
        guard local.hour < 24, local.minute < 60, local.second < 60 else {
            return .failure(.message("there is no such time of day", hint: "hours run 0–23, minutes 0–59"))
        }
        if let offset {
            return .success(Instant(milliseconds: (local.epochSeconds - offset) * 1000))
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
}
