// The scalar values of TOML: multi-line strings, booleans, integers, floats, dates and
// times. Each is read strictly; anything else is refused where it starts.

extension TOMLScanner {
    /// `"""…"""` (with escapes and line-ending backslashes) or `'''…'''`.
    mutating func multilineString(literal: Bool) throws(TOMLError) -> String {
        let start = position
        let quote: Unicode.Scalar = literal ? "'" : "\""
        for _ in 0..<3 { advance() }
        if atNewline { skipNewline() }  // a newline right after the opening quotes is not content
        var out = ""
        while true {
            guard let c = current else {
                throw TOMLError("this multi-line string has no closing \(literal ? "'''" : "\"\"\"")", at: start)
            }
            if c == quote, peek(1) == quote, peek(2) == quote {
                let runAt = position
                var run = 0
                while current == quote {
                    run += 1
                    advance()
                }
                guard run <= 5 else {
                    throw TOMLError(
                        "too many quotes at the end of a multi-line string", at: runAt,
                        hint: "at most two quotes may come right before the closing three")
                }
                out += String(repeating: String(quote), count: run - 3)
                return out
            }
            if atNewline {
                skipNewline()
                out += "\n"
            } else if c == "\\", !literal {
                if lineEndingBackslash() { continue }
                out.unicodeScalars.append(try escape())
            } else if Self.isForbiddenControl(c) {
                throw error("a control character (U+\(Self.hex(c))) in a string")
            } else {
                out.unicodeScalars.append(c)
                advance()
            }
        }
    }

    /// A backslash followed by blanks and a line end: skips it and all blanks and line
    /// ends after it, and says so.
    private mutating func lineEndingBackslash() -> Bool {
        var i = 1
        while peek(i) == " " || peek(i) == "\t" { i += 1 }
        guard peek(i) == "\n" || (peek(i) == "\r" && peek(i + 1) == "\n") else { return false }
        advance()
        while current == " " || current == "\t" || atNewline { if atNewline { skipNewline() } else { advance() } }
        return true
    }

    /// A bare value: a boolean, number, date or time, read as one token.
    mutating func bareValue() throws(TOMLError) -> TOMLValue.Kind {
        let start = position
        var token = ""
        func collect(_ s: inout TOMLScanner) {
            while let c = s.current, TOMLScanner.isBareKeyScalar(c) || c == "+" || c == "." || c == ":" {
                token.unicodeScalars.append(c)
                s.advance()
            }
        }
        collect(&self)
        // "2023-12-07 10:00:00": a space may separate a date from its time.
        if Self.looksLikeDate(token), current == " ", let a = peek(1), let b = peek(2),
            ("0"..."9").contains(a), ("0"..."9").contains(b), peek(3) == ":"
        {
            advance()
            token += "T"
            collect(&self)
        }
        func fail(_ message: String, hint: String = "") -> TOMLError { TOMLError(message, at: start, hint: hint) }
        if token.isEmpty {
            if let c = current, !atNewline { throw fail("a value is expected here, not ‘\(Self.shown(c))’") }
            throw fail("a value is expected here")
        }
        switch token {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        guard let first = token.unicodeScalars.first, ("0"..."9").contains(first) || first == "+" || first == "-" else {
            throw fail("‘\(token)’ is not a TOML value", hint: "text needs quotes: \"\(token)\"")
        }
        if Self.looksLikeDate(token) || token.contains(":") {
            guard let value = Self.dateTime(Array(token.unicodeScalars)) else {
                let hint =
                    token.split(separator: ":").count == 2
                    ? "a TOML time needs seconds (11:30:00), or write it as text: \"\(token)\""
                    : "dates are 2023-12-08, date-times 2023-12-07T10:00:00 (optionally +01:00 or Z), times 11:30:00"
                throw fail("‘\(token)’ is not a valid date or time", hint: hint)
            }
            return value
        }
        guard let number = Self.number(token) else {
            throw fail(
                "‘\(token)’ is not a valid number",
                hint: "integers like 42, 1_000, 0x1F; floats like 0.5, 1e3; durations are text: \"2:00\"")
        }
        return number
    }

    static func looksLikeDate(_ t: String) -> Bool {
        let s = Array(t.unicodeScalars.prefix(5))
        return s.count == 5 && s[4] == "-" && s[0..<4].allSatisfy { ("0"..."9").contains($0) }
    }

    // MARK: Numbers

    /// Digits in `radix` with each `_` between two digits; nil otherwise.
    static func digits(_ s: Substring, radix: Int) -> String? {
        var out = ""
        var previousWasDigit = false
        for c in s.unicodeScalars {
            if c == "_" {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
            } else {
                guard let d = hexDigit(c), d < radix else { return nil }
                out.unicodeScalars.append(c)
                previousWasDigit = true
            }
        }
        return previousWasDigit ? out : nil
    }

    static func number(_ token: String) -> TOMLValue.Kind? {
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where token.hasPrefix(prefix) {
            guard let d = digits(token.dropFirst(2), radix: radix), let n = Int64(d, radix: radix) else { return nil }
            return .integer(n)
        }
        var body = Substring(token)
        var sign = ""
        if let f = body.first, f == "+" || f == "-" {
            sign = f == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let exponentAt = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = body[..<(exponentAt ?? body.endIndex)]
        let dot = mantissa.firstIndex(of: ".")
        guard let whole = digits(mantissa[..<(dot ?? mantissa.endIndex)], radix: 10),
            whole == "0" || !whole.hasPrefix("0")
        else { return nil }
        if dot == nil, exponentAt == nil { return Int64(sign + whole).map { .integer($0) } }
        var text = sign + whole
        if let dot {
            guard let fraction = digits(mantissa[mantissa.index(after: dot)...], radix: 10) else { return nil }
            text += "." + fraction
        }
        if let exponentAt {
            var e = body[body.index(after: exponentAt)...]
            var eSign = ""
            if let f = e.first, f == "+" || f == "-" {
                eSign = String(f)
                e = e.dropFirst()
            }
            guard let exponent = digits(e, radix: 10) else { return nil }
            text += "e" + eSign + exponent
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return .float(value)
    }

    // MARK: Dates and times

    /// `YYYY-MM-DD`, `HH:MM:SS[.frac]`, or both joined by T with an optional offset.
    static func dateTime(_ s: [Unicode.Scalar]) -> TOMLValue.Kind? {
        var i = 0
        func int(_ n: Int) -> Int? {
            guard i + n <= s.count, s[i..<(i + n)].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            defer { i += n }
            return s[i..<(i + n)].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        }
        func take(_ c: Unicode.Scalar) -> Bool {
            guard i < s.count, s[i] == c else { return false }
            i += 1
            return true
        }
        func time() -> TOMLTime? {
            guard let h = int(2), take(":"), let m = int(2), take(":"), let sec = int(2),
                h < 24, m < 60, sec <= 60
            else { return nil }
            var nanos = 0
            if take(".") {
                var count = 0
                while i < s.count, ("0"..."9").contains(s[i]) {
                    if count < 9 { nanos = nanos * 10 + Int(s[i].value - 0x30) }
                    count += 1
                    i += 1
                }
                guard count > 0 else { return nil }
                for _ in count..<max(count, 9) { nanos *= 10 }
            }
            return TOMLTime(hour: h, minute: m, second: sec, nanosecond: nanos)
        }
        if s.count > 2, s[2] == ":" {
            guard let t = time(), i == s.count else { return nil }
            return .localTime(t)
        }
        guard let y = int(4), take("-"), let mo = int(2), take("-"), let d = int(2),
            (1...12).contains(mo), d >= 1, d <= daysIn(month: mo, year: y)
        else { return nil }
        let date = TOMLDate(year: y, month: mo, day: d)
        if i == s.count { return .localDate(date) }
        guard take("T") || take("t"), let t = time() else { return nil }
        if i == s.count { return .localDateTime(date, t) }
        if take("Z") || take("z"), i == s.count { return .offsetDateTime(date, t, offsetMinutes: 0) }
        guard i < s.count, s[i] == "+" || s[i] == "-" else { return nil }
        let negative = s[i] == "-"
        i += 1
        guard let oh = int(2), take(":"), let om = int(2), oh < 24, om < 60, i == s.count else { return nil }
        return .offsetDateTime(date, t, offsetMinutes: (negative ? -1 : 1) * (oh * 60 + om))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
