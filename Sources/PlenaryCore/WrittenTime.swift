// Dates, times of day and durations as people write them, read in one place: the
// registration list, the plan, the command line and the podium's forms all accept
// the same forms and refuse the same way. Reading only: turning a local time into an
// instant needs a time zone, which the caller has.
//
// Hand-written rather than a Regex: it reads ASCII digits only (a regex's \d also
// matches other scripts' digits), and it is fast enough for long lists.

/// A civil date and time as written, before a time zone makes it an instant.
public struct LocalDateTime: Sendable, Hashable {
    public var year, month, day, hour, minute, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// Seconds since the epoch if this were UTC.
    public var epochSeconds: Int64 {
        Int64(CivilDate.daysFromEpoch(year: year, month: month, day: day)) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
    }
}

/// Which number of a slashed or dotted date is the day: `28/11/2023` is day first
/// (French, Belgian, British sheets), `11/28/2023` month first (a US sheet).
public enum DateOrder: String, Sendable, Hashable, CaseIterable {
    case dayFirst = "dmy"
    case monthFirst = "mdy"
}

public enum WrittenTime {
    /// A date and time as read: local (the caller's zone decides) or with its offset.
    public enum DateTime: Sendable, Hashable {
        case local(LocalDateTime)
        case instant(Instant)
    }

    /// Why a text is not a date and time, first problem first.
    public enum DateTimeProblem: Error, Sendable, Hashable {
        case notADateTime
        /// `05/12/23`: which century is a guess.
        case twoDigitYear
        /// `12/25/2023` read day first: the second number cannot be a month, so it was
        /// written month first.
        case monthFirst
        /// `25/12/2023` read month first: the first number cannot be a month, so it was
        /// written day first.
        case dayFirst
        /// A day without a time: first come, first served needs the time.
        case noTimeOfDay
        case noSuchDay
        case noSuchTime
    }

    /// ISO 8601 (`2023-12-05 14:32`, `2023-12-05T14:32:05.250+01:00`, `…Z`: seconds,
    /// fraction and offset optional) or slashed or dotted in `order` (`05/12/2023 14:32`,
    /// `05.12.2023 14h32` day first; `12/5/2023 2:32:05 PM` month first), between spaces.
    /// A time is required; it may be on a 12-hour clock (`8:05 AM`, `2:30 p.m.`).
    public static func dateTime(_ text: String, order: DateOrder = .dayFirst) -> Result<DateTime, DateTimeProblem> {
        let start = DateCursor(text.trimming(.spaces))
        var c = start
        if let year = c.digits(4...4), c.eat("-"), let month = c.digits(1...2), c.eat("-"), let day = c.digits(1...2) {
            let time = c.time(hourMark: ":", fraction: true)
            let offset = c.offset()
            guard c.atEnd else { return .failure(.notADateTime) }
            return build(year: year, month: month, day: day, time: time, offset: offset)
        }
        c = start
        if let first = c.digits(1...2), let sep = c.eat(oneOf: "/."), let second = c.digits(1...2), c.eat(sep),
            let year = c.digits(2...4, counting: true)
        {
            let time = c.time(hourMark: ":h", fraction: false)
            guard c.atEnd else { return .failure(.notADateTime) }
            if year.count == 2 { return .failure(.twoDigitYear) }
            guard year.count == 4 else { return .failure(.notADateTime) }
            switch order {
            case .dayFirst:
                if second > 12, first <= 12 { return .failure(.monthFirst) }
                return build(year: year.value, month: second, day: first, time: time, offset: nil)
            case .monthFirst:
                if first > 12, second <= 12 { return .failure(.dayFirst) }
                return build(year: year.value, month: first, day: second, time: time, offset: nil)
            }
        }
        return .failure(.notADateTime)
    }

    /// The order a slashed or dotted date shows by itself: day first when its first
    /// number is over 12 (`28/11/2023`), month first when its second is (`11/28/2023`);
    /// nil when both could be a month, or for any other form.
    public static func evidentOrder(_ text: String) -> DateOrder? {
        var c = DateCursor(text.trimming(.spaces))
        guard let first = c.digits(1...2), let sep = c.eat(oneOf: "/."), let second = c.digits(1...2), c.eat(sep)
        else { return nil }
        if first > 12, second <= 12 { return .dayFirst }
        if second > 12, first <= 12 { return .monthFirst }
        return nil
    }

    /// A day, `2023-12-08`, or nil.
    public static func date(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var c = DateCursor(text.trimming(.spaces))
        guard let year = c.digits(4...4), c.eat("-"), let month = c.digits(1...2), c.eat("-"),
            let day = c.digits(1...2), c.atEnd, CivilDate.isValid(year: year, month: month, day: day)
        else { return nil }
        return (year, month, day)
    }

    /// A time of day, `11:30` or `11:30:05` (hours 0–23), or nil.
    public static func timeOfDay(_ text: String) -> (hour: Int, minute: Int, second: Int)? {
        guard let parts = DateCursor(text.trimming(.spaces)).colonSeparated(), parts.count >= 2,
            parts[0] < 24, parts[1] < 60
        else { return nil }
        return (parts[0], parts[1], parts.count == 3 ? parts[2] : 0)
    }

    /// A duration, `m:ss` or `h:mm:ss`, optionally signed (`+0:15`, `-1:00`), or nil.
    /// Minutes and seconds after the first part are below 60.
    public static func duration(_ text: String) -> Duration? {
        var c = DateCursor(text.trimming(.spaces))
        let sign: Int64 = c.eat(oneOf: "+-") == "-" ? -1 : 1
        guard let parts = c.colonSeparated(), parts[0] < 100_000 else { return nil }
        return .seconds(sign * Int64(parts.reduce(0) { $0 * 60 + $1 }))
    }

    private static func build(
        year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)?,
        offset: Int64?
    ) -> Result<DateTime, DateTimeProblem> {
        guard let time else { return .failure(.noTimeOfDay) }
        guard CivilDate.isValid(year: year, month: month, day: day) else { return .failure(.noSuchDay) }
        guard time.hour < 24, time.minute < 60, time.second < 60 else { return .failure(.noSuchTime) }
        let local = LocalDateTime(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute,
            second: time.second)
        guard let offset else { return .success(.local(local)) }
        return .success(.instant(Instant(milliseconds: (local.epochSeconds - offset) * 1000)))
    }
}

/// A cursor over the scalars of a written time, reading exactly the forms above.
private struct DateCursor {
    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ text: String) { s = Array(text.unicodeScalars) }

    var atEnd: Bool { i == s.count }

    mutating func eat(_ c: Unicode.Scalar) -> Bool {
        guard i < s.count, s[i] == c else { return false }
        i += 1
        return true
    }

    mutating func eat(oneOf set: String) -> Unicode.Scalar? {
        guard i < s.count, set.unicodeScalars.contains(s[i]) else { return nil }
        i += 1
        return s[i - 1]
    }

    /// A run of ASCII digits whose length is in `count`, or nil (and nothing read).
    mutating func digits(_ count: ClosedRange<Int>) -> Int? { digits(count, counting: true)?.value }

    mutating func digits(_ count: ClosedRange<Int>, counting: Bool) -> (value: Int, count: Int)? {
        var j = i
        var value = 0
        while j < s.count, ("0"..."9").contains(s[j]), j - i < 9 {
            value = value * 10 + Int(s[j].value - 48)
            j += 1
        }
        guard count.contains(j - i), !(j < s.count && ("0"..."9").contains(s[j])) else { return nil }
        defer { i = j }
        return (value, j - i)
    }

    /// The rest of the text as 2 or 3 numbers between colons, those after the first of
    /// one or two digits and below 60 (`2:00`, `1:02:03`); nil otherwise.
    func colonSeparated() -> [Int]? {
        var c = self
        guard let first = c.digits(1...9) else { return nil }
        var parts = [first]
        while c.eat(":") {
            guard parts.count < 3, let n = c.digits(1...2), n < 60 else { return nil }
            parts.append(n)
        }
        return c.atEnd && parts.count >= 2 ? parts : nil
    }

    /// `T14:32`, ` 14:32:05`, ` 14:32:05.250` (fraction ignored) or, day-first, ` 14h32`,
    /// then an optional `AM`/`PM` (`a.m.`, `pm`). Nil and nothing read when no time follows.
    mutating func time(hourMark: String, fraction: Bool) -> (hour: Int, minute: Int, second: Int)? {
        let start = i
        var separated = false
        while eat("T") || eat(" ") { separated = true }
        guard separated, let hour = digits(1...2), eat(oneOf: hourMark) != nil, let minute = digits(2...2) else {
            i = start
            return nil
        }
        var second = 0
        let beforeSeconds = i
        if eat(":") {
            guard let sec = digits(2...2) else {
                i = beforeSeconds
                return (hour, minute, 0)
            }
            second = sec
            if fraction, eat(oneOf: ".,") != nil, digits(1...9) == nil { i -= 1 }
        }
        guard let afternoon = meridiem() else { return (hour, minute, second) }
        // 12 AM is midnight and 12 PM noon. An hour of 0 or over 12 has no 12-hour reading:
        // hour 24 makes `build` refuse it as no such time.
        guard (1...12).contains(hour) else { return (24, minute, second) }
        return (hour % 12 + (afternoon ? 12 : 0), minute, second)
    }

    /// ` AM`, `PM`, ` a.m.`, ` p.m.` (any case): true for the afternoon; nil, nothing
    /// read, when none follows.
    private mutating func meridiem() -> Bool? {
        let start = i
        while eat(" ") {}
        let afternoon: Bool
        if eat("a") || eat("A") {
            afternoon = false
        } else if eat("p") || eat("P") {
            afternoon = true
        } else {
            i = start
            return nil
        }
        let dotted = eat(".")
        guard eat("m") || eat("M") else {
            i = start
            return nil
        }
        if dotted, !eat(".") {
            i = start
            return nil
        }
        return afternoon
    }

    /// `Z`, `+01`, `+0100` or `+01:00` after optional spaces, in seconds east of UTC.
    mutating func offset() -> Int64? {
        let start = i
        while eat(" ") {}
        if eat("Z") { return 0 }
        guard let sign = eat(oneOf: "+-"), let run = digits(2...4, counting: true), run.count != 3 else {
            i = start
            return nil
        }
        var (h, m) = run.count == 4 ? (run.value / 100, run.value % 100) : (run.value, 0)
        if run.count == 2, eat(":") {
            guard let mm = digits(2...2) else {
                i = start
                return nil
            }
            m = mm
        }
        return (sign == "-" ? -1 : 1) * Int64(h * 3600 + m * 60)
    }
}
