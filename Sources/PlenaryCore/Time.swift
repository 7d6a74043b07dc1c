// Time as data. The core never reads a clock: every instant arrives as an argument.
//
// An `Instant` is a point on the session's timeline, in milliseconds since the Unix
// epoch (UTC). The shell derives it from a clock that keeps counting through suspend
// (anchored once to the wall clock), so differences between instants are true
// durations and wall-clock labels stay meaningful.

/// A point on the session timeline, in milliseconds since 1970-01-01T00:00:00Z.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// The instant of a civil date and time at a fixed UTC offset.
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        utcOffset: Duration = .zero
    ) {
        let days = Int64(CivilDate.daysFromEpoch(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.milliseconds = seconds * 1000 - utcOffset.wholeMilliseconds
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.milliseconds < b.milliseconds }

    public static func + (a: Instant, d: Duration) -> Instant {
        Instant(milliseconds: a.milliseconds + d.wholeMilliseconds)
    }

    public static func - (a: Instant, d: Duration) -> Instant {
        Instant(milliseconds: a.milliseconds - d.wholeMilliseconds)
    }

    /// The duration from `b` to `a` (negative when `a` is earlier).
    public static func - (a: Instant, b: Instant) -> Duration {
        .milliseconds(a.milliseconds - b.milliseconds)
    }

    public var description: String { CivilDate.isoUTC(self) }
}

extension Duration {
    /// Whole milliseconds, truncated toward zero. Plenary never needs finer.
    public var wholeMilliseconds: Int64 {
        let (s, atto) = components
        return s * 1000 + atto / 1_000_000_000_000_000
    }

    /// Whole seconds, rounded toward negative infinity (so -0.5 s is -1 s).
    public var floorSeconds: Int64 {
        let ms = wholeMilliseconds
        return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000)
    }

    public static func minutes(_ m: Int) -> Duration { .seconds(m * 60) }
}

/// Civil (proleptic Gregorian) calendar arithmetic, after Howard Hinnant's algorithms.
/// Pure integer maths, so the core can turn plan dates into instants without Foundation.
public enum CivilDate {
    public static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let thirty = [4, 6, 9, 11]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let last = month == 2 ? (leap ? 29 : 28) : (thirty.contains(month) ? 30 : 31)
        return day <= last
    }

    /// Broken-down local time of an instant at a UTC offset.
    public static func local(_ t: Instant, utcOffset: Duration)
        -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    {
        let ms = t.milliseconds + utcOffset.wholeMilliseconds
        let secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000)
        let days = secs >= 0 ? secs / 86_400 : -((-secs + 86_399) / 86_400)
        let rem = Int(secs - days * 86_400)
        let (y, m, d) = civil(fromDays: Int(days))
        return (y, m, d, rem / 3600, rem / 60 % 60, rem % 60)
    }

    static func isoUTC(_ t: Instant) -> String {
        let c = local(t, utcOffset: .zero)
        return "\(c.year)-\(pad2(c.month))-\(pad2(c.day))T\(pad2(c.hour)):\(pad2(c.minute)):\(pad2(c.second))Z"
    }
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// How durations and times of day are written for people at the podium.
public enum TimeText {
    /// `2:00`, `0:07`, `12:34`, `1:02:03`; negative values get a leading minus.
    /// Seconds are truncated toward zero of the magnitude, so a countdown shows 1:59
    /// as soon as a millisecond has passed and never shows 0:00 before time is up.
    public static func minutesSeconds(_ d: Duration, roundUp: Bool = false) -> String {
        var ms = d.wholeMilliseconds
        let negative = ms < 0
        ms = abs(ms)
        let total = roundUp ? (ms + 999) / 1000 : ms / 1000
        let h = total / 3600
        let m = total / 60 % 60
        let s = total % 60
        let body = h > 0 ? "\(h):\(pad2(Int(m))):\(pad2(Int(s)))" : "\(m):\(pad2(Int(s)))"
        return negative && total > 0 ? "-" + body : body
    }

    /// A countdown as the podium shows it: `1:59` while time is left, `+0:12` once over.
    public static func countdown(_ left: Duration) -> String {
        left >= .zero ? minutesSeconds(left) : "+" + minutesSeconds(.zero - left)
    }

    /// `+0:12` for an overrun, `-1:05` for time ahead: a signed difference.
    public static func signed(_ d: Duration) -> String {
        let ms = d.wholeMilliseconds
        return (ms < 0 ? "-" : "+") + minutesSeconds(.milliseconds(abs(ms)))
    }

    /// `11:30` in the plan's local time.
    public static func clock(_ t: Instant, utcOffset: Duration) -> String {
        let c = CivilDate.local(t, utcOffset: utcOffset)
        return "\(pad2(c.hour)):\(pad2(c.minute))"
    }

    /// `11:30:05` in the plan's local time.
    public static func clockSeconds(_ t: Instant, utcOffset: Duration) -> String {
        let c = CivilDate.local(t, utcOffset: utcOffset)
        return "\(pad2(c.hour)):\(pad2(c.minute)):\(pad2(c.second))"
    }

    /// `2023-12-08` in the plan's local time.
    public static func date(_ t: Instant, utcOffset: Duration) -> String {
        let c = CivilDate.local(t, utcOffset: utcOffset)
        return "\(c.year)-\(pad2(c.month))-\(pad2(c.day))"
    }

    /// `2023-12-08T11:30:00+01:00`: ISO 8601 with the plan's offset.
    public static func iso(_ t: Instant, utcOffset: Duration) -> String {
        let c = CivilDate.local(t, utcOffset: utcOffset)
        let off = utcOffset.wholeMilliseconds / 60_000
        let sign = off < 0 ? "-" : "+"
        let oh = Int(abs(off) / 60)
        let om = Int(abs(off) % 60)
        return "\(c.year)-\(pad2(c.month))-\(pad2(c.day))T\(pad2(c.hour)):\(pad2(c.minute)):\(pad2(c.second))"
            + "\(sign)\(pad2(oh)):\(pad2(om))"
    }
}
