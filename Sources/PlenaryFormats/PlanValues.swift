// Reading typed values out of a TOML plan. Every value carries its own line and column
// (TOMLReader), so a wrong value is reported as plan.toml:12:9 like any other problem.
import PlenaryCore

enum PlanValue {
    /// `m:ss` or `h:mm:ss`, optionally signed (`+0:15` is 15 s of overrun, i.e. -15 s left);
    /// an integer is seconds.
    static func duration(_ v: TOMLValue?) -> Duration? {
        if let n = v?.integer { return n > -100_000_000 && n < 100_000_000 ? .seconds(n) : nil }
        return v?.string.flatMap(WrittenTime.duration)
    }

    /// A time of day: TOML `11:30:00` or the string "11:30".
    static func clock(_ v: TOMLValue?) -> (hour: Int, minute: Int, second: Int)? {
        if case .localTime(let t)? = v?.kind { return t.second < 60 ? (t.hour, t.minute, t.second) : nil }
        return v?.string.flatMap(WrittenTime.timeOfDay)
    }

    /// A date: TOML `2023-12-08` or the string "2023-12-08".
    static func date(_ v: TOMLValue?) -> (year: Int, month: Int, day: Int)? {
        if case .localDate(let d)? = v?.kind { return (d.year, d.month, d.day) }
        return v?.string.flatMap(WrittenTime.date)
    }

    /// A value as text the registration date parser reads: TOML date-times are written
    /// out in ISO form with their offset, strings pass through.
    static func text(_ v: TOMLValue) -> String? {
        func day(_ d: TOMLDate) -> String { "\(d.year)-\(pad2(d.month))-\(pad2(d.day))" }
        func time(_ t: TOMLTime) -> String { "\(pad2(t.hour)):\(pad2(t.minute)):\(pad2(t.second))" }
        switch v.kind {
        case .string(let s): return s
        case .integer(let n): return String(n)
        case .localDate(let d): return day(d)
        case .localDateTime(let d, let t): return day(d) + " " + time(t)
        case .offsetDateTime(let d, let t, let off):
            let m = abs(off)
            return day(d) + " " + time(t) + (off < 0 ? "-" : "+") + pad2(m / 60) + ":" + pad2(m % 60)
        case .float, .bool, .localTime, .array, .table: return nil
        }
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
