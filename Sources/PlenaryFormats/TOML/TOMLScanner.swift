// A cursor over the scalars of a TOML text that knows its line and column, and reads
// the lexical pieces: blanks, comments, line ends, keys and strings.

struct TOMLScanner {
    let text: [Unicode.Scalar]
    private(set) var offset = 0
    /// 1-based line and column (in scalars) of the scalar at `offset`.
    private(set) var line = 1
    private(set) var column = 1

    init(_ text: [Unicode.Scalar]) {
        self.text = text
        if text.first == "\u{FEFF}" { offset = 1 }  // a byte-order mark is not content
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }
    var atEnd: Bool { offset >= text.count }
    var current: Unicode.Scalar? { offset < text.count ? text[offset] : nil }
    func peek(_ ahead: Int) -> Unicode.Scalar? { offset + ahead < text.count ? text[offset + ahead] : nil }

    func error(_ message: String, hint: String = "") -> TOMLError { TOMLError(message, at: position, hint: hint) }

    mutating func advance() {
        guard let c = current else { return }
        offset += 1
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    /// True (and consumed) when the text continues with `literal`.
    mutating func take(_ literal: String) -> Bool {
        var i = offset
        for s in literal.unicodeScalars {
            guard i < text.count, text[i] == s else { return false }
            i += 1
        }
        while offset < i { advance() }
        return true
    }

    mutating func skipBlanks() { while current == " " || current == "\t" { advance() } }

    /// At a line end (LF or CRLF); a lone CR is not one.
    var atNewline: Bool { current == "\n" || (current == "\r" && peek(1) == "\n") }

    mutating func skipNewline() {
        if current == "\r" { advance() }
        advance()
    }

    /// Skips a `#` comment up to (not including) the line end; refuses control characters.
    mutating func skipComment() throws(TOMLError) {
        guard current == "#" else { return }
        while let c = current, !atNewline {
            if Self.isForbiddenControl(c) { throw error("a control character (U+\(Self.hex(c))) in a comment") }
            advance()
        }
    }

    /// Blanks, then an optional comment, then a line end or the end of the text.
    mutating func expectLineEnd(after what: String) throws(TOMLError) {
        skipBlanks()
        try skipComment()
        if atEnd { return }
        guard atNewline else {
            throw error("unexpected text after \(what)", hint: "put each key = value on its own line")
        }
        skipNewline()
    }

    /// Blanks, comments and line ends, as allowed between array items.
    mutating func skipBlanksCommentsAndNewlines() throws(TOMLError) {
        while true {
            skipBlanks()
            try skipComment()
            guard atNewline else { return }
            skipNewline()
        }
    }

    // MARK: Keys

    /// A dotted key (`a."b c".d`), each part with its position.
    mutating func key() throws(TOMLError) -> [(name: String, at: SourcePosition)] {
        var parts: [(name: String, at: SourcePosition)] = []
        while true {
            skipBlanks()
            let at = position
            parts.append((try simpleKey(), at))
            skipBlanks()
            guard current == "." else { return parts }
            guard parts.count < TOMLReader.depthLimit else { throw error("this dotted key has too many parts") }
            advance()
        }
    }

    private mutating func simpleKey() throws(TOMLError) -> String {
        switch current {
        case "\"":
            if peek(1) == "\"", peek(2) == "\"" { throw error("a key cannot be a multi-line string") }
            return try basicString()
        case "'":
            if peek(1) == "'", peek(2) == "'" { throw error("a key cannot be a multi-line string") }
            return try literalString()
        default:
            var name = ""
            while let c = current, Self.isBareKeyScalar(c) {
                name.unicodeScalars.append(c)
                advance()
            }
            guard name.isEmpty else { return name }
            if let c = current, !atNewline {
                throw error(
                    "a key is expected here, not ‘\(Self.shown(c))’",
                    hint: "bare keys use A-Z a-z 0-9 _ -; quote other keys: \"reçu\"")
            }
            throw error("a key is expected here")
        }
    }

    static func isBareKeyScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    // MARK: Strings

    /// Control characters other than tab may not appear in strings or comments.
    static func isForbiddenControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t") || c.value == 0x7F
    }

    static func hex(_ c: Unicode.Scalar) -> String {
        let h = String(c.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    /// A scalar as it may be shown in a message: printable, or its code.
    static func shown(_ c: Unicode.Scalar) -> String {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.properties.generalCategory == .format
            ? "U+\(hex(c))" : String(c)
    }

    /// `"…"` with escapes, on one line.
    mutating func basicString() throws(TOMLError) -> String {
        let start = position
        advance()
        var out = ""
        while true {
            guard let c = current, !atNewline else {
                throw TOMLError(
                    "this string has no closing quote", at: start,
                    hint: "close it on the same line, or use \"\"\" for text over several lines")
            }
            switch c {
            case "\"":
                advance()
                return out
            case "\\": out.unicodeScalars.append(try escape())
            default:
                if Self.isForbiddenControl(c) {
                    throw error(
                        "a control character (U+\(Self.hex(c))) in a string",
                        hint: "write it as an escape, e.g. \\t")
                }
                out.unicodeScalars.append(c)
                advance()
            }
        }
    }

    /// `'…'`, taken as written, on one line.
    mutating func literalString() throws(TOMLError) -> String {
        let start = position
        advance()
        var out = ""
        while true {
            guard let c = current, !atNewline else {
                throw TOMLError(
                    "this string has no closing quote", at: start,
                    hint: "close it on the same line, or use '''")
            }
            if c == "'" {
                advance()
                return out
            }
            if Self.isForbiddenControl(c) { throw error("a control character (U+\(Self.hex(c))) in a string") }
            out.unicodeScalars.append(c)
            advance()
        }
    }

    /// One escape after a backslash: `\n`, `\"`, `\u00E9`, `\U0001F600`, ….
    mutating func escape() throws(TOMLError) -> Unicode.Scalar {
        let at = position
        advance()
        guard let c = current else { throw TOMLError("a backslash at the end of the text", at: at) }
        advance()
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let h = current, let digit = Self.hexDigit(h) else {
                    throw TOMLError("\\\(c) needs \(count) hexadecimal digits", at: at)
                }
                value = value &* 16 &+ digit
                advance()
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw TOMLError("\\\(c) names no Unicode scalar (a surrogate or above U+10FFFF)", at: at)
            }
            return scalar
        default:
            throw TOMLError(
                "unknown escape \\\(Self.shown(c))", at: at,
                hint: "escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX; for a backslash "
                    + "write \\\\ or use 'literal' strings")
        }
    }

    static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 0x30
        case "a"..."f": c.value - 0x61 + 10
        case "A"..."F": c.value - 0x41 + 10
        default: nil
        }
    }
}
