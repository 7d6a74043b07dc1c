// A small, strict TOML 1.0 reader for plan files. Unlike a general library it keeps the
// line and column of every key and value, so each problem in a plan, syntax or meaning,
// is reported at its place. It never traps: every input is a document or a TOMLError.

/// Reads TOML text into a table of positioned values.
public enum TOMLReader {
    /// Arrays and inline tables may nest this deep; deeper is refused, not recursed into.
    static let depthLimit = 64

    /// The document in `text`, or the first reason it is not TOML this reader accepts.
    public static func read(_ text: [Unicode.Scalar]) throws(TOMLError) -> TOMLTable {
        var document = TOMLDocument(TOMLScanner(text))
        try document.read()
        return document.root.frozen()
    }

    /// `read` for a String.
    public static func read(_ text: String) throws(TOMLError) -> TOMLTable { try read(Array(text.unicodeScalars)) }

    /// What `read(utf8:)` says of bytes that are not UTF-8 (the plan shows it as it is).
    static let notUTF8 = "the plan is not valid UTF-8"

    /// The document in a file's bytes. TOML is UTF-8 (a UTF-8 byte order mark may open
    /// it): a byte that is not, a UTF-16 mark included, is refused at its line and column.
    public static func read(utf8 bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        // The mark decodes to U+FEFF, which the scanner skips at the start and refuses elsewhere.
        let decoded = TextDecoding.utf8(bytes[...], bom: false)
        if let bad = decoded.undecodable.first {
            let before = decoded.scalars[..<bad.offset]
            let line = before.filter { $0 == "\n" }.count + 1
            // Columns count from after the mark, as the scanner's do.
            let mark = line == 1 && decoded.scalars.first == "\u{FEFF}" ? 1 : 0
            let column = bad.offset - (before.lastIndex(of: "\n") ?? -1) - mark
            throw TOMLError(notUTF8, at: SourcePosition(line: line, column: column), hint: "save the plan as UTF-8")
        }
        return try read(decoded.scalars)
    }
}

/// The whole-document grammar: `key = value` lines, `[table]` and `[[array]]` headers.
struct TOMLDocument {
    var scanner: TOMLScanner
    let root = TOMLTableBuilder(.header, at: SourcePosition(line: 1, column: 1))
    private var current: TOMLTableBuilder

    init(_ scanner: TOMLScanner) {
        self.scanner = scanner
        current = root
    }

    mutating func read() throws(TOMLError) {
        while true {
            try scanner.skipBlanksCommentsAndNewlines()
            guard let c = scanner.current else { return }
            if c == "[" {
                try header()
            } else {
                try current.assign(try keyValue())
                try scanner.expectLineEnd(after: "the value")
            }
        }
    }

    /// `key = value` on the current line.
    mutating func keyValue() throws(TOMLError) -> (key: [(name: String, at: SourcePosition)], value: TOMLValue) {
        let key = try scanner.key()
        scanner.skipBlanks()
        guard scanner.current == "=" else {
            throw scanner.error("‘=’ is expected after the key", hint: "write key = value, one per line")
        }
        scanner.advance()
        scanner.skipBlanks()
        return (key, try value(depth: 0))
    }

    /// `[a.b]` or `[[a.b]]`.
    private mutating func header() throws(TOMLError) {
        let at = scanner.position
        let isArray = scanner.peek(1) == "["
        scanner.advance()
        if isArray { scanner.advance() }
        let key = try scanner.key()
        guard scanner.take(isArray ? "]]" : "]") else {
            throw scanner.error("this header needs its closing \(isArray ? "]]" : "]")")
        }
        try scanner.expectLineEnd(after: "the header")
        var table = root
        for part in key.dropLast() { table = try table.descend(into: part.name, at: part.at, forHeader: true) }
        let last = key[key.count - 1]
        current =
            isArray
            ? try table.appendArrayTable(last.name, at: at)
            : try table.defineTable(last.name, at: at)
    }

    /// Any value, starting at the scanner.
    mutating func value(depth: Int) throws(TOMLError) -> TOMLValue {
        let at = scanner.position
        guard depth < TOMLReader.depthLimit else { throw scanner.error("arrays and tables nest too deeply here") }
        switch scanner.current {
        case "\"":
            if scanner.peek(1) == "\"", scanner.peek(2) == "\"" {
                return TOMLValue(.string(try scanner.multilineString(literal: false)), at: at)
            }
            return TOMLValue(.string(try scanner.basicString()), at: at)
        case "'":
            if scanner.peek(1) == "'", scanner.peek(2) == "'" {
                return TOMLValue(.string(try scanner.multilineString(literal: true)), at: at)
            }
            return TOMLValue(.string(try scanner.literalString()), at: at)
        case "[": return TOMLValue(.array(try array(depth: depth)), at: at)
        case "{": return TOMLValue(.table(try inlineTable(depth: depth)), at: at)
        default: return TOMLValue(try scanner.bareValue(), at: at)
        }
    }

    /// `[v, v, …]`, over several lines if wanted, with an optional trailing comma.
    private mutating func array(depth: Int) throws(TOMLError) -> [TOMLValue] {
        let start = scanner.position
        scanner.advance()
        var items: [TOMLValue] = []
        while true {
            try scanner.skipBlanksCommentsAndNewlines()
            if scanner.current == "]" {
                scanner.advance()
                return items
            }
            if scanner.atEnd { throw TOMLError("this array has no closing ]", at: start) }
            items.append(try value(depth: depth + 1))
            try scanner.skipBlanksCommentsAndNewlines()
            if scanner.current == "," {
                scanner.advance()
                continue
            }
            if scanner.current == "]" {
                scanner.advance()
                return items
            }
            if scanner.atEnd { throw TOMLError("this array has no closing ]", at: start) }
            throw scanner.error("‘,’ or ‘]’ is expected in an array")
        }
    }

    /// `{ k = v, … }` on one line, no trailing comma; closed once read.
    private mutating func inlineTable(depth: Int) throws(TOMLError) -> TOMLTable {
        let start = scanner.position
        scanner.advance()
        let table = TOMLTableBuilder(.inline, at: start)
        scanner.skipBlanks()
        if scanner.current == "}" {
            scanner.advance()
            return table.frozen()
        }
        while true {
            scanner.skipBlanks()
            let key = try scanner.key()
            scanner.skipBlanks()
            guard scanner.current == "=" else { throw scanner.error("‘=’ is expected after the key") }
            scanner.advance()
            scanner.skipBlanks()
            try table.assign((key, try value(depth: depth + 1)))
            scanner.skipBlanks()
            if scanner.current == "}" {
                scanner.advance()
                return table.frozen()
            }
            guard scanner.current == "," else {
                if scanner.atEnd || scanner.atNewline {
                    throw TOMLError(
                        "this inline table has no closing } on its line", at: start,
                        hint: "an inline table stays on one line; use a [table] for more")
                }
                throw scanner.error("‘,’ or ‘}’ is expected in an inline table")
            }
            scanner.advance()
            scanner.skipBlanks()
            if scanner.current == "}" { throw scanner.error("an inline table cannot end with a comma") }
        }
    }
}
