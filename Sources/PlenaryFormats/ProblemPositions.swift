// Reader problems and undecodable bytes, attached to the record they occur in and
// said with file:line:column, an excerpt and a hint the secretariat can act on.
import PlenaryCore

struct ProblemPositions {
    private var byRecord: [Int: [Diagnostic]] = [:]

    init(table: CSVTable, text: DecodedText, file: String, bytes: [UInt8]) {
        for p in table.problems {
            let record = table.records[p.record]
            let excerpt = SafeText.excerpt(record.fields.map(\.text).joined(separator: String(table.delimiter)))
            let d: Diagnostic
            switch p.kind {
            case .unterminatedQuote:
                d = Diagnostic(
                    file: file, line: p.position.line, column: p.position.column, severity: .error,
                    message: "this quoted field has no closing quote", excerpt: excerpt,
                    hint: "close the quote; a quote inside a quoted field is written twice (\"\")")
            case .textAfterClosingQuote:
                d = Diagnostic(
                    file: file, line: p.position.line, column: p.position.column, severity: .error,
                    message: "text after a closing quote", excerpt: excerpt,
                    hint: "quote the whole cell and write inner quotes twice: \"A\"\"x\"")
            }
            byRecord[p.record, default: []].append(d)
        }
        // Both lists are in text order, so one walk pairs each bad byte with its record.
        var r = 0
        var hinted = false
        var lastRecord = -1
        for bad in text.undecodable {
            while r < table.records.count, table.records[r].scalarRange.upperBound <= bad.offset { r += 1 }
            let index = min(r, table.records.count - 1)
            guard index >= 0, index != lastRecord else { continue }  // one diagnostic per row is enough
            lastRecord = index
            let at = Self.position(of: bad.offset, in: table.records[index], text: text.scalars)
            let hex = bad.bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            var hint = ""
            if !hinted {
                hinted = true
                hint =
                    switch text.encoding {
                    case .utf8 where TextDecoding.isStrictCP1252(bytes):
                        "looks like Windows-1252: re-save as CSV UTF-8 or pass --encoding cp1252"
                    case .cp1252:
                        "this byte is undefined in Windows-1252: the file is in another encoding; re-save as CSV UTF-8"
                    default: "re-save the file as CSV UTF-8"
                    }
            }
            let record = String(String.UnicodeScalarView(text.scalars[table.records[index].scalarRange]))
            byRecord[index, default: []].append(
                Diagnostic(
                    file: file, line: at.line, column: at.column, severity: .error,
                    message: "byte \(hex) is not valid \(text.encoding.rawValue)",
                    excerpt: SafeText.excerpt(record),
                    hint: hint))
        }
    }

    func diagnostics(forRecord n: Int) -> [Diagnostic] { byRecord[n] ?? [] }

    /// Line and column of a scalar offset, counting line breaks from the record's start.
    static func position(of offset: Int, in record: CSVRecord, text: [Unicode.Scalar]) -> SourcePosition {
        var line = record.line
        var column = 1
        var i = record.scalarRange.lowerBound
        while i < offset, i < text.count {
            if text[i] == "\r", i + 1 < text.count, text[i + 1] == "\n" { i += 1 }
            if text[i] == "\n" || text[i] == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
