// A cursor over the text of a date, reading exactly the forms `RegistrationDate`
// accepts. Hand-written rather than a Regex: it reads ASCII digits only (a regex's
// \d also matches other scripts' digits) and is many times faster on long lists.

struct DateCursor {
    private let s: [Unicode.Scalar]
    private var i = 0

    /// A cursor over `text` without the spaces and tabs around it: exactly what
    /// `CharacterSet.whitespaces` trims (tab, the space separators and, in Foundation
    /// on Linux, U+200B), without Foundation's cost per row.
    init(trimming text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let f = scalars.first, Self.isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, Self.isSpace(l) { scalars.removeLast() }
        s = Array(scalars)
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c.value == 0x200B || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
    }

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
        var j = i, value = 0
        while j < s.count, ("0"..."9").contains(s[j]), j - i < 9 {
            value = value * 10 + Int(s[j].value - 48)
            j += 1
        }
        guard count.contains(j - i), !(j < s.count && ("0"..."9").contains(s[j])) else { return nil }
        defer { i = j }
        return (value, j - i)
    }

    /// `T14:32`, ` 14:32:05`, ` 14:32:05.250` (fraction ignored) or, day-first, ` 14h32`.
    /// Nil and nothing read when no time follows.
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
            guard let sec = digits(2...2) else { i = beforeSeconds; return (hour, minute, 0) }
            second = sec
            if fraction, eat(oneOf: ".,") != nil, digits(1...9) == nil { i -= 1 }
        }
        return (hour, minute, second)
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
            guard let mm = digits(2...2) else { i = start; return nil }
            m = mm
        }
        return (sign == "-" ? -1 : 1) * Int64(h * 3600 + m * 60)
    }
}
