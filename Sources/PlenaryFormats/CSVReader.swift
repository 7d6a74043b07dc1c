// An RFC 4180 reader over Unicode scalars, as Excel, LibreOffice and Google Sheets
// write CSV. Parsing never fails: it returns every record with the line and column of
// each field, and every problem found, so one stray quote does not hide the rest.

/// One field: its text (quotes removed, doubled quotes undone) and where it starts.
public struct CSVField: Sendable, Hashable {
    public var text: String
    public var position: SourcePosition
    public var quoted: Bool
}

/// One record (a row). A quoted field may span lines, so a record has a first and last line.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [CSVField]
    public var line: Int
    public var lastLine: Int
    /// The scalars the record was read from, to match undecodable bytes to rows.
    public var scalarRange: Range<Int>

    /// A line with nothing on it, or only delimiters (`;;;`, as spreadsheets export empty rows).
    public var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty && !$0.quoted } }
}

public struct CSVProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A quoted field with no closing quote before the end of the file.
        case unterminatedQuote
        /// `"A"x`: characters between a closing quote and the next delimiter.
        case textAfterClosingQuote
    }
    public var kind: Kind
    public var position: SourcePosition
    /// Index of the record in `CSVTable.records`.
    public var record: Int
}

public struct CSVTable: Sendable {
    public var delimiter: Unicode.Scalar
    public var records: [CSVRecord]
    public var problems: [CSVProblem]
}

public enum CSVReader {
    public static let delimiters: [Unicode.Scalar] = [",", ";", "\t"]

    /// Reads every record; `delimiter` nil means detect it from the header line.
    public static func read(_ text: [Unicode.Scalar], delimiter: Unicode.Scalar? = nil) -> CSVTable {
        let delimiter = delimiter ?? detectDelimiter(text)
        // Read through a buffer pointer: a long file is millions of scalar reads.
        return text.withUnsafeBufferPointer { buffer in
            var reader = Reader(text: buffer, delimiter: delimiter)
            reader.run()
            return CSVTable(delimiter: reader.delimiter, records: reader.records, problems: reader.problems)
        }
    }

    /// The delimiter seen most often outside quotes on the first non-empty record;
    /// comma when there is none (a one-column file). Ties prefer `;`, then tab, then `,`
    /// because a semicolon header rarely contains commas by accident.
    public static func detectDelimiter(_ text: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        var seenText = false
        for s in text {
            if s == "\"" {
                quoted.toggle()
                seenText = true
                continue
            }
            if !quoted, s == "\n" || s == "\r" {
                if seenText { break } else { continue }
            }
            seenText = true
            if !quoted, delimiters.contains(s) { counts[s, default: 0] += 1 }
        }
        var best: Unicode.Scalar = ","
        var bestCount = 0
        for d: Unicode.Scalar in [";", "\t", ","] where counts[d, default: 0] > bestCount {
            best = d
            bestCount = counts[d, default: 0]
        }
        return best
    }
}

/// The state of one pass over the text. Lines and columns are 1-based; a column counts
/// Unicode scalars from the start of the physical line.
private struct Reader {
    let text: UnsafeBufferPointer<Unicode.Scalar>
    let delimiter: Unicode.Scalar
    var records: [CSVRecord] = []
    var problems: [CSVProblem] = []
    var i = 0, line = 1, lineStart = 0

    init(text: UnsafeBufferPointer<Unicode.Scalar>, delimiter: Unicode.Scalar) {
        self.text = text
        self.delimiter = delimiter
    }

    var position: SourcePosition { SourcePosition(line: line, column: i - lineStart + 1) }

    mutating func run() {
        while i < text.count { readRecord() }
    }

    /// Consumes a line break at `i` (CRLF, LF or a lone CR) and returns true if there was one.
    mutating func lineBreak() -> Bool {
        guard i < text.count, text[i] == "\n" || text[i] == "\r" else { return false }
        i += (text[i] == "\r" && i + 1 < text.count && text[i + 1] == "\n") ? 2 : 1
        line += 1
        lineStart = i
        return true
    }

    mutating func readRecord() {
        let first = i
        let firstLine = line
        var fields: [CSVField] = []
        while true {
            fields.append(readField(record: records.count))
            if i < text.count, text[i] == delimiter {
                i += 1
                continue
            }
            let end = i
            let last = line
            _ = lineBreak()
            records.append(CSVRecord(fields: fields, line: firstLine, lastLine: last, scalarRange: first..<end))
            return
        }
    }

    mutating func readField(record: Int) -> CSVField {
        let start = position
        guard i < text.count, text[i] == "\"" else { return readUnquoted(start: start, prefix: "", quoted: false) }
        let quote = (index: i, line: line, lineStart: lineStart)
        i += 1
        var value: [Unicode.Scalar] = []
        var spansLines = false
        while i < text.count {
            let s = text[i]
            if s == "\"" {
                if i + 1 < text.count, text[i + 1] == "\"" {
                    value.append("\"")
                    i += 2
                    continue
                }
                i += 1
                if i < text.count, text[i] != delimiter, text[i] != "\n", text[i] != "\r" {
                    // A quote that closes lines later, right before more text, is almost
                    // always the opening quote of a later field: this one never closed.
                    if spansLines { return unterminated(start: start, quote: quote, record: record) }
                    problems.append(CSVProblem(kind: .textAfterClosingQuote, position: position, record: record))
                    return readUnquoted(start: start, prefix: String(scalars: value), quoted: true)
                }
                return CSVField(text: String(scalars: value), position: start, quoted: true)
            }
            if s == "\n" || s == "\r" {
                _ = lineBreak()
                value.append("\n")
                spansLines = true
                continue
            }
            value.append(s)
            i += 1
        }
        return unterminated(start: start, quote: quote, record: record)
    }

    /// A quote that never closed. Reading on would swallow every later row, so the field
    /// ends with its own line and reading resumes on the next one. Each recovery moves
    /// past at least the quote's line, so reading always finishes.
    mutating func unterminated(start: SourcePosition, quote: (index: Int, line: Int, lineStart: Int), record: Int)
        -> CSVField
    {
        problems.append(CSVProblem(kind: .unterminatedQuote, position: start, record: record))
        i = quote.index + 1
        line = quote.line
        lineStart = quote.lineStart
        let first = i
        while i < text.count, text[i] != "\n", text[i] != "\r" { i += 1 }
        return CSVField(text: String(scalars: text[first..<i]), position: start, quoted: true)
    }

    /// Reads to the next delimiter or line break; quotes inside are literal.
    mutating func readUnquoted(start: SourcePosition, prefix: String, quoted: Bool) -> CSVField {
        let first = i
        while i < text.count {
            let s = text[i]
            if s == delimiter || s == "\n" || s == "\r" { break }
            i += 1
        }
        return CSVField(text: prefix + String(scalars: text[first..<i]), position: start, quoted: quoted)
    }
}

extension String {
    /// The string of a run of scalars, encoded in one pass (appending scalar by scalar
    /// to a `UnicodeScalarView` costs several times more on long files).
    init(scalars: some Collection<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
