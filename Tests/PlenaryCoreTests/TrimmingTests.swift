// The one trim: what each kind of blank takes away, and what it keeps.
import PlenaryCore
import Testing

@Suite struct TrimmingTests {
    @Test func whitespaceIsEveryCharacterThatIsWhitespace() {
        let texts = [
            "", " ", "a", " a ", "a\n", "\u{3000}a", "a\u{3000}", "\u{0D4E}a", "a\u{301}", "é ", "\r\n",
            "\tx\u{A0}",
        ]
        for t in texts {
            var expected = Substring(t)
            while let f = expected.first, f.isWhitespace { expected.removeFirst() }
            while let l = expected.last, l.isWhitespace { expected.removeLast() }
            #expect(t.trimming() == String(expected), "\(t.debugDescription)")
        }
    }

    @Test func spacesKeepLineEnds() {
        #expect(" \t\u{A0}x y\u{3000}\u{200B}".trimming(.spaces) == "x y")
        #expect("x\n".trimming(.spaces) == "x\n")
        #expect("\u{FEFF}x".trimming(.spaces) == "\u{FEFF}x", "a byte-order mark is not a space")
    }

    @Test func trailingKeepsTheIndentation() {
        #expect("  1. Belgium   ".trimming(.spaces, from: .trailing) == "  1. Belgium")
        #expect("report\n\n\n".trimming(.lineEnds, from: .trailing) == "report")
        #expect("report \n".trimming(.lineEnds, from: .trailing) == "report ")
        #expect("\nreport".trimming(.lineEnds, from: .trailing) == "\nreport")
    }

    @Test func substringsTrimToo() {
        let line = "overrun  2 "
        #expect(line.dropFirst("overrun".count).trimming() == "2")
    }
}
