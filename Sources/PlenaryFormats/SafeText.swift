// Text from a registration file is untrusted. Every field goes through `field` before
// it is stored, so nothing downstream (plan, podium screen, reports) can receive a
// control sequence, a bidi override or a 10,000-character name.
import PlenaryText

public enum SafeText {
    /// The cap on a name or function, in characters.
    public static let fieldLimit = TerminalSafe.defaultLimit
    /// The cap on an excerpt in a diagnostic, in terminal cells.
    public static let excerptCells = 60

    /// NFC-normalised, then stripped of controls, bidi and format characters, spaces
    /// folded, capped at `limit` characters.
    public static func field(_ raw: String, limit: Int = fieldLimit) -> String {
        TerminalSafe.clean(nfc(raw), limit: limit)
    }

    /// Whether `field` returns `raw` itself, up to the length cap: below U+0300 (so
    /// already NFC) and nothing to remove or fold.
    static func isPlain(_ raw: String) -> Bool {
        raw.unicodeScalars.allSatisfy { $0.value < 0x300 } && TerminalSafe.isClean(raw)
    }

    /// Canonical composition, so "Cote" + U+0302 and "Côte" are the same text.
    public static func nfc(_ raw: String) -> String {
        // Text below U+0300 has no combining marks and is already NFC; most names are.
        raw.unicodeScalars.allSatisfy { $0.value < 0x300 } ? raw : TextFolding.nfc(raw)
    }

    /// The key two delegation names are compared by, ignoring case, accents, width and
    /// spacing: "Côte d'Ivoire", "COTE D'IVOIRE" and "Cote d' Ivoire" are one delegation.
    public static func foldedKey(_ raw: String) -> String {
        let cleaned = field(raw, limit: Int.max)
        var key = ""
        key.reserveCapacity(cleaned.utf8.count)
        for s in cleaned.unicodeScalars {
            guard s.value < 0x300 else { return foldedByFoundation(cleaned) }
            key += latinKeys[Int(s.value)]
        }
        return key
    }

    /// The folded key of cleaned text, by Foundation: right for every script, and slow.
    static func foldedByFoundation(_ cleaned: String) -> String {
        // No locale: folding must not depend on the machine (Turkish dotless i, say).
        let folded = TextFolding.fold(cleaned)
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.filter {
                    !$0.properties.isWhitespace && TerminalSafe.isSafe($0)
                }))
    }

    /// The key of each scalar below U+0300, folded once. Below U+0300 folding is scalar
    /// by scalar (checked for every pair, and in `TextFastPathTests`), so a key of Latin
    /// text is the keys of its scalars joined: no Foundation call per name.
    static let latinKeys: [String] = (0..<UInt32(0x300)).compactMap(Unicode.Scalar.init).map {
        foldedByFoundation(String($0))
    }

    /// Text shown inside a diagnostic: visible, safe, short. Unsafe scalars are written
    /// as `\u{1B}` so the reader sees what the file holds without the terminal obeying it.
    public static func excerpt(_ raw: String, cells: Int = excerptCells) -> String {
        var out = ""
        var count = 0  // scalars in `out`, kept here: counting them each time is quadratic
        for s in nfc(raw).unicodeScalars {
            count += TerminalSafe.appendVisible(s, to: &out)
            // Stop early on huge fields; the truncation below adds the ellipsis.
            if count > cells * 4 { break }
        }
        return DisplayWidth.truncate(out, toCells: cells)
    }

    /// The number of scalars `field` removes as unsafe (not counting plain spacing).
    public static func unsafeCount(_ raw: String) -> Int {
        raw.unicodeScalars.reduce(0) { n, s in
            let spacing =
                s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0x0B || s.value == 0x0C
                || s.value == 0xA0
            return n + (TerminalSafe.isSafe(s) || spacing ? 0 : 1)
        }
    }
}
