import Foundation
import PlenaryFormats
import PropertyBased
import Testing

/// Random text never traps the reader: it gives a table or an error placed inside the text.
@Suite("TOML reader, random input")
struct TOMLReaderFuzzTests {
    static let plan = try! String(
        contentsOf: repositoryRoot.appendingPathComponent("Examples/asp-2023-cooperation.toml"), encoding: .utf8)

    /// Pieces that reach deep into the grammar when strung together at random.
    static let pieces = [
        "a", "b.c", " = ", "=", "\"", "'", "\"\"\"", "'''", "\\", "\\u00", "\\U0010FFFF", "[", "]", "[[", "]]",
        "{", "}",
        ",", ".", "\n", "\r\n", "\r", " ", "\t", "#", "1", "0x", "_", "e", "+", "-", "2023-12-08", "T", "11:30:00",
        "Z", "+01:00", "true", "nan", "inf", "é", "\u{0}", "\u{1B}", "\u{FEFF}", "\u{202E}",
    ]

    @Test func randomBytesNeverCrash() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...255).array(of: 0...200)) { bytes in
            Self.check(String(decoding: bytes.map { UInt8($0) }, as: UTF8.self))
        }
    }

    @Test func randomTokenStringsNeverCrash() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...60)) { picks in
            Self.check(picks.map { Self.pieces[$0] }.joined())
        }
    }

    @Test func mutatedPlansNeverCrash() async {
        let scalars = Array(Self.plan.unicodeScalars)
        await propertyCheck(
            count: 1000, input: Gen.int(in: 0...(scalars.count - 1)).array(of: 1...8),
            Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...8)
        ) { cuts, picks in
            var text = scalars
            for (cut, pick) in zip(cuts, picks) where cut < text.count {
                text.replaceSubrange(cut..<min(text.count, cut + pick % 3), with: Self.pieces[pick].unicodeScalars)
            }
            Self.check(String(String.UnicodeScalarView(text)))
        }
    }

    /// The promises for any text: no trap, and every position (error or value) inside the text.
    static func check(_ text: String) {
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        do {
            let table = try TOMLReader.read(text)
            func inside(_ v: TOMLValue) {
                #expect((1...lines).contains(v.position.line) && v.position.column >= 1, "\(text.debugDescription)")
                for element in v.array ?? [] { inside(element) }
                for entry in v.table?.entries ?? [] { inside(entry.value) }
            }
            for entry in table.entries { inside(entry.value) }
        } catch {
            #expect((1...lines).contains(error.position.line) && error.position.column >= 1, "\(text.debugDescription)")
        }
    }

    @Test func theExamplePlanReadsWhole() throws {
        let table = try TOMLReader.read(Self.plan)
        #expect(table["segments"]?.array?.count == 2)
        #expect(table["warnings"]?.array?.count == 5)
    }
}
