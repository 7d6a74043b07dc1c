import PlenaryText
import Testing

// Drawing shortcuts held to the general paths they skip: text of scalars that stand
// alone is placed scalar by scalar, and the big digits come from prebuilt glyphs.
@testable import PlenaryView

@Suite struct FastDrawing {
    static let texts = [
        "Belgium — Ambassador", " ▶ Côte d'Ivoire", "█████  ████", "a\r\nb\u{1B}c", "→ 國際 ←",
        "e\u{301}tat", "╭──╮ ↑ ◆ ◽◾", "ÀÉÎÕÜ ß ŉ ǅ", String(repeating: "Malta ", count: 40),
    ]

    /// A zero-width space is not a scalar that stands alone, so the same text with one
    /// appended takes the general, character-by-character path; it adds no cell.
    @Test(arguments: texts)
    func textIsPlacedAsCharacterByCharacter(text: String) {
        for (x, maxWidth) in [(0, nil), (3, 7), (-2, nil), (195, nil), (10, 1)] as [(Int, Int?)] {
            var fast = Grid(width: 200, height: 2)
            var general = fast
            let a = fast.put(text, x: x, y: 1, role: .speaker, maxWidth: maxWidth)
            let b = general.put(text + "\u{200B}", x: x, y: 1, role: .speaker, maxWidth: maxWidth)
            #expect(a == b)
            #expect(fast == general, "\(text.debugDescription) at \(x)")
        }
    }

    @Test func doubledDigitsAreTheFontScaledByTwo() {
        for text in ["0:00", "1:59", "+12:34", "-0:05", "98:76", "x1"] {
            let scaled = BigDigits.rows(text).flatMap { row in
                Array(repeating: String(row.flatMap { [$0, $0] }), count: 2)
            }
            #expect(BigDigits.rows(text, scale: 2) == scaled, "\(text)")
            #expect(BigDigits.rows(text, scale: 3).count == BigDigits.height * 3)
        }
    }
}
