import PlenaryFormats
import PlenaryText
import Testing

@Suite("Safe text")
struct SafeTextTests {
    @Test func fieldsAreNFCAndClean() {
        #expect(SafeText.field("Co\u{302}te  d'Ivoire\u{202E}\u{1B}[2J\n") == "Côte d'Ivoire[2J")
        #expect(SafeText.field("Co\u{302}te").unicodeScalars.count == 4)
    }

    @Test func foldedKeysIgnoreCaseAccentsAndSpacing() {
        #expect(SafeText.foldedKey("Côte d'Ivoire") == SafeText.foldedKey(" CO\u{302}TE  D'IVOIRE "))
        #expect(SafeText.foldedKey("Côte d'Ivoire") != SafeText.foldedKey("Côte d’Ivoire"))
        #expect(SafeText.foldedKey("Niger") != SafeText.foldedKey("Nigeria"))
    }

    @Test func excerptsShowControlsAsText() {
        #expect(SafeText.excerpt("a\u{1B}[31mb\u{9B}") == "a\\u{1B}[31mb\\u{9B}")
        #expect(DisplayWidth.of(SafeText.excerpt(String(repeating: "國", count: 100))) <= SafeText.excerptCells)
    }

    @Test func cjkAndCombiningMarksMeasureTheirCells() {
        #expect(DisplayWidth.of(SafeText.field("中华人民共和国")) == 14)
        #expect(DisplayWidth.of(SafeText.field("Nguye\u{302}\u{303}n")) == 6)
    }
}
