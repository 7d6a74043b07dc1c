import PlenaryFormats
import PlenaryText
import Testing

@Suite("Safe text")
struct SafeTextTests {
    @Test func fieldsAreNFCAndClean() {
        #expect(SafeText.field("Co\u{302}te  d'Ivoire\u{202E}\u{1B}[2J\n") == "Côte d'Ivoire")
        // Whole escape sequences go, not only their ESC: CSI, OSC to BEL or ST, C1 CSI,
        // two-byte escapes; a malformed one ends where it stops looking like one.
        #expect(SafeText.field("\u{1B}[1;31mFrance\u{1B}[0m") == "France")
        #expect(SafeText.field("\u{1B}]0;pwned\u{07}Evil\u{1B}]8;;http://x\u{1B}\\link") == "Evillink")
        #expect(SafeText.field("\u{9B}2JAmbassador") == "Ambassador")
        #expect(SafeText.field("\u{1B}(BPeru\u{1B}c") == "Peru")
        #expect(SafeText.field("Chile\u{1B}[") == "Chile")
        #expect(SafeText.field("\u{1B}]unterminated title") == "unterminated title")
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
