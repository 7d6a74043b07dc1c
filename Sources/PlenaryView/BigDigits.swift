// Large digits for the countdown, five rows tall, readable from across a podium.
// Drawn with full blocks so they survive monochrome terminals and reverse video.

/// A five-row block font for the characters a countdown needs: 0–9, `:`, `+`, `-`.
/// The console uses one or two scales; the room display scales to the terminal.
public enum BigDigits {
    public static let height = 5

    /// The rows of `text` in the big font; characters the font lacks are skipped.
    /// `scale` 2 doubles every block across and down, for large terminals.
    public static func rows(_ text: String, scale: Int = 1) -> [String] {
        rows(text, horizontal: scale, vertical: scale)
    }

    /// The rows of `text` with every block repeated `horizontal` times across and
    /// `vertical` times down.
    public static func rows(_ text: String, horizontal: Int, vertical: Int) -> [String] {
        // The console's two scales come from glyphs built once (drawn every frame).
        if horizontal == 1 && vertical == 1 { return rows(text) }
        if horizontal == 2 && vertical == 2 { return rows(text, glyphs: doubled, gap: "  ").flatMap { [$0, $0] } }
        let base = rows(text)
        return base.flatMap { row in
            Array(
                repeating: String(row.flatMap { Array(repeating: $0, count: max(1, horizontal)) }),
                count: max(1, vertical))
        }
    }

    /// The largest scale at which `text` fits in `width` × `height` cells, or nil when
    /// even the smallest does not. The tallest scale wins, then the widest that keeps
    /// a glyph between its own shape and twice as wide (terminal cells are about twice
    /// as tall as wide, so that is between tall and square on the screen).
    public static func fit(_ text: String, width: Int, height: Int) -> (horizontal: Int, vertical: Int)? {
        let w = self.width(text)
        guard w > 0, width >= w, height >= self.height else { return nil }
        var vertical = height / self.height
        while vertical >= 1 {
            let horizontal = min(2 * vertical, width / w)
            if horizontal >= vertical { return (horizontal, vertical) }
            vertical -= 1
        }
        return (1, 1)
    }

    static func rows(_ text: String) -> [String] { rows(text, glyphs: blocks, gap: " ") }

    private static func rows(_ text: String, glyphs: [Character: [String]], gap: String) -> [String] {
        var out = Array(repeating: "", count: height)
        var first = true
        for c in text {
            guard let glyph = glyphs[c] else { continue }
            for r in 0..<height {
                if !first { out[r] += gap }
                out[r] += glyph[r]
            }
            first = false
        }
        return out
    }

    /// The font drawn in blocks, once, and twice as wide (rows are doubled when drawn):
    /// the countdown is drawn on every frame.
    static let blocks: [Character: [String]] = font.mapValues { glyph in
        glyph.map { row in String(row.map { $0 == "#" ? "█" : " " }) }
    }
    static let doubled: [Character: [String]] = blocks.mapValues { glyph in
        glyph.map { row in String(row.flatMap { [$0, $0] }) }
    }

    /// Cells taken by `text` in the big font.
    public static func width(_ text: String) -> Int { rows(text).first?.count ?? 0 }

    static let font: [Character: [String]] = [
        "0": ["#####", "#   #", "#   #", "#   #", "#####"],
        "1": ["  #  ", " ##  ", "  #  ", "  #  ", " ### "],
        "2": ["#####", "    #", "#####", "#    ", "#####"],
        "3": ["#####", "    #", " ####", "    #", "#####"],
        "4": ["#   #", "#   #", "#####", "    #", "    #"],
        "5": ["#####", "#    ", "#####", "    #", "#####"],
        "6": ["#####", "#    ", "#####", "#   #", "#####"],
        "7": ["#####", "    #", "   # ", "  #  ", "  #  "],
        "8": ["#####", "#   #", "#####", "#   #", "#####"],
        "9": ["#####", "#   #", "#####", "    #", "#####"],
        ":": [" ", "#", " ", "#", " "],
        "+": ["   ", " # ", "###", " # ", "   "],
        "-": ["   ", "   ", "###", "   ", "   "],
    ]
}
