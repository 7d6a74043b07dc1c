import PlenaryFormats
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    func read(_ text: String) -> CSVTable { CSVReader.read(Array(text.unicodeScalars)) }

    @Test(
        arguments: [
            ("a,b;c;d\n", ";"), ("a\tb\tc,d\n", "\t"), ("a,b,c\n", ","), ("\"x;y;z\",b,c\n", ","), ("single\n", ","),
            ("\n\na;b\n", ";"),
        ] as [(String, String)])
    func delimiterIsDetectedFromTheHeaderOutsideQuotes(_ text: String, _ delimiter: String) {
        #expect(String(read(text).delimiter) == delimiter)
    }

    @Test func fieldsCarryLineAndColumn() {
        let t = read("ab,\"c\nd\",e\r\nf,g,h\rlast")
        #expect(t.records.map { $0.fields.map(\.text) } == [["ab", "c\nd", "e"], ["f", "g", "h"], ["last"]])
        #expect(t.records[0].fields.map { "\($0.position.line):\($0.position.column)" } == ["1:1", "1:4", "2:4"])
        #expect(t.records[1].fields.map { "\($0.position.line):\($0.position.column)" } == ["3:1", "3:3", "3:5"])
        #expect(t.records.map(\.line) == [1, 3, 4])
        #expect(t.records[0].lastLine == 2)
        #expect(t.problems.isEmpty)
    }

    @Test func aFinalLineBreakAddsNoRecord() {
        #expect(read("a,b\n").records.count == 1)
        #expect(read("a,b\n\n").records.count == 2)  // the blank line is a record, reported as blank
    }

    @Test func unterminatedQuoteResumesOnTheNextLine() {
        let t = read("a,\"b,c\nd,e\n\"f\",g\n")
        #expect(t.problems.map(\.kind) == [.unterminatedQuote])
        #expect(t.problems.first?.position == SourcePosition(line: 1, column: 3))
        #expect(t.records.map { $0.fields.map(\.text) } == [["a", "b,c"], ["d", "e"], ["f", "g"]])
    }

    @Test func textAfterClosingQuoteIsAProblemAndKept() {
        let t = read("\"A\"x,b\n")
        #expect(t.problems.map(\.kind) == [.textAfterClosingQuote])
        #expect(t.problems.first?.position == SourcePosition(line: 1, column: 4))
        #expect(t.records[0].fields.map(\.text) == ["Ax", "b"])
    }

    @Test func quotesInsideAnUnquotedFieldAreLiteral() {
        #expect(read("5\" screen,b\n").records[0].fields.map(\.text) == ["5\" screen", "b"])
    }

    @Test func blankRecordsAreRecognised() {
        let t = read("\n,,,\n\"\",\n")
        #expect(t.records.map(\.isBlank) == [true, true, false])
    }
}

@Suite("Text decoding")
struct TextDecodingTests {
    @Test func byteOrderMarksDecide() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41], forced: .cp1252).encoding == .utf8)
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00]).scalars == ["A"])
        #expect(TextDecoding.decode([0xFE, 0xFF, 0x00, 0x41]).scalars == ["A"])
    }

    @Test func invalidUTF8IsReportedByOffset() {
        let d = TextDecoding.decode([0x41, 0xC3, 0x28, 0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80])
        #expect(d.undecodable.first == UndecodableBytes(offset: 1, bytes: [0xC3]))
        #expect(d.scalars[2] == "(")
        // Overlong, surrogate and beyond-U+10FFFF forms are all refused.
        #expect(!d.scalars.contains { $0.value == 0x0 || (0xD800...0xDFFF).contains($0.value) })
        #expect(d.undecodable.count == 1 + 3 + 3 + 4)
    }

    @Test func windows1252IsStrictAndNeverLatin1() {
        let d = TextDecoding.decode([0x80, 0x9B, 0xE9, 0x81], forced: .cp1252)
        #expect(d.scalars.prefix(3).map(\.value) == [0x20AC, 0x203A, 0xE9])
        #expect(d.undecodable == [UndecodableBytes(offset: 3, bytes: [0x81])])
        #expect(TextDecoding.isStrictCP1252([0x80, 0xE9]))
        #expect(!TextDecoding.isStrictCP1252([0x9D]))
    }

    @Test func unpairedSurrogateInUTF16IsUndecodable() {
        let d = TextDecoding.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        #expect(d.undecodable.map(\.offset) == [0])
        #expect(d.scalars.last == "A")
    }
}
