// Reading typed values out of a TOML plan. Every value carries its own line and column
// (TOMLReader), so a wrong value is reported as plan.toml:12:9 like any other problem.
import PlenaryCore

enum PlanValue {
    /// `m:ss` or `h:mm:ss`, optionally signed (`+0:15` is 15 s of overrun, i.e. -15 s left);
    /// an integer is seconds.
    static func duration(_ v: TOMLValue?) -> Duration? {
        if let n = v?.integer { return n > -100_000_000 && n < 100_000_000 ? .seconds(n) : nil }
        guard let text = v?.string else { return nil }
        return duration(text)
    }

    static func duration(_ written: String) -> Duration? {
        var text = written.trimming()
        guard !text.isEmpty else { return nil }
        var sign: Int64 = 1
        if text.hasPrefix("+") || text.hasPrefix("-") {
            sign = text.hasPrefix("-") ? -1 : 1
            text.removeFirst()
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int64($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
        let n = parts.map { $0! }
        guard n.dropFirst().allSatisfy({ $0 < 60 }), n[0] < 100_000 else { return nil }
        let seconds = n.reduce(0) { $0 * 60 + $1 }
        return .seconds(sign * seconds)
    }

    /// A time of day: TOML `11:30:00` or the string "11:30".
    static func clock(_ v: TOMLValue?) -> (hour: Int, minute: Int, second: Int)? {
        if case .localTime(let t)? = v?.kind { return t.second < 60 ? (t.hour, t.minute, t.second) : nil }
        guard let text = v?.string, let d = duration(text), d >= .zero, d < .seconds(86_400) else { return nil }
        let s = Int(d.wholeMilliseconds / 1000)
        // "11:30" reads as hours and minutes here, not minutes and seconds.
        return text.split(separator: ":").count == 2 ? (s / 60, s % 60, 0) : (s / 3600, s / 60 % 60, s % 60)
    }

    /// A date: TOML `2023-12-08` or the string "2023-12-08".
    static func date(_ v: TOMLValue?) -> (year: Int, month: Int, day: Int)? {
        if case .localDate(let d)? = v?.kind { return (d.year, d.month, d.day) }
        guard let parts = v?.string?.split(separator: "-").map({ Int($0) }), parts.count == 3,
              let y = parts[0], let m = parts[1], let d = parts[2], CivilDate.isValid(year: y, month: m, day: d)
        else { return nil }
        return (y, m, d)
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
