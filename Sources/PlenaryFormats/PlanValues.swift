// Reading typed values out of a TOML plan, each with the line it came from, so a
// wrong value is reported as plan.toml:12:1 like any other problem.
import PlenaryCore
import TOMLKit

/// The lines of a TOML text, to say where a key or an array-of-tables entry is.
/// TOMLKit reports positions only for syntax errors, so keys are found by their text.
struct TOMLLines {
    let lines: [Substring]

    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The line of the `n`th `[[name]]` header (0-based n), or 0 if absent.
    func table(_ name: String, _ n: Int) -> Int {
        var seen = -1
        for (i, l) in lines.enumerated() where l.trimmingSpaces() == "[[\(name)]]" {
            seen += 1
            if seen == n { return i + 1 }
        }
        return 0
    }

    /// The line of `key =` in the block after table header line `header` (0: the top
    /// of the file), stopping at the next table header; 0 if absent.
    func key(_ key: String, after header: Int = 0) -> Int {
        var i = header
        while i < lines.count {
            let l = lines[i].trimmingSpaces()
            if l.hasPrefix("[") { return 0 }
            for written in [key, "\"\(key)\""] where l.hasPrefix(written) {
                if l.dropFirst(written.count).trimmingSpaces().hasPrefix("=") { return i + 1 }
            }
            i += 1
        }
        return 0
    }
}

extension Substring {
    func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}

enum PlanValue {
    /// `m:ss` or `h:mm:ss`, optionally signed (`+0:15` is 15 s of overrun, i.e. -15 s left).
    static func duration(_ v: (any TOMLValueConvertible)?) -> Duration? {
        if let n = v?.int { return .seconds(n) }
        guard var text = v?.string?.trimmingSpaces(), !text.isEmpty else { return nil }
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
    static func clock(_ v: (any TOMLValueConvertible)?) -> (hour: Int, minute: Int, second: Int)? {
        if let t = v?.time { return (t.hour, t.minute, t.second) }
        guard let text = v?.string, let d = duration(.some(text)), d >= .zero, d < .seconds(86_400) else { return nil }
        let s = Int(d.wholeMilliseconds / 1000)
        // "11:30" reads as hours and minutes here, not minutes and seconds.
        return text.split(separator: ":").count == 2 ? (s / 60, s % 60, 0) : (s / 3600, s / 60 % 60, s % 60)
    }

    /// A date: TOML `2023-12-08` or the string "2023-12-08".
    static func date(_ v: (any TOMLValueConvertible)?) -> (year: Int, month: Int, day: Int)? {
        if let d = v?.date { return (d.year, d.month, d.day) }
        guard let parts = v?.string?.split(separator: "-").map({ Int($0) }), parts.count == 3,
              let y = parts[0], let m = parts[1], let d = parts[2], CivilDate.isValid(year: y, month: m, day: d)
        else { return nil }
        return (y, m, d)
    }

    /// A value as text the registration date parser reads: TOML date-times are written
    /// out in ISO form with their offset, strings pass through.
    static func text(_ v: any TOMLValueConvertible) -> String? {
        if let s = v.string { return s }
        if let n = v.int { return String(n) }
        if let dt = v.dateTime {
            let d = dt.date, t = dt.time
            var out = "\(d.year)-\(pad2(d.month))-\(pad2(d.day)) \(pad2(t.hour)):\(pad2(t.minute)):\(pad2(t.second))"
            if let off = dt.offset?.offset {
                let m = abs(off)
                out += (off < 0 ? "-" : "+") + pad2(m / 60) + ":" + pad2(m % 60)
            }
            return out
        }
        if let d = v.date { return "\(d.year)-\(pad2(d.month))-\(pad2(d.day))" }
        return nil
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
