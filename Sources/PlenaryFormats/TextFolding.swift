// Unicode normalisation and the delegation-name fold without Foundation, so the
// `plenary` binary does not load ICU (about 7 MB of memory) for two string functions.
// Both follow what Foundation's `precomposedStringWithCanonicalMapping` and
// `folding([.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)` do
// for names; TextFoldingTests compares them on a corpus.
@_spi(_Unicode) import Swift

enum TextFolding {
    /// Canonical composition (NFC), from the standard library's normaliser.
    static func nfc(_ text: String) -> String { String(decoding: text._nfcCodeUnits, as: UTF8.self) }

    /// Case-, accent- and width-insensitive form, the same on every machine (no locale).
    static func fold(_ text: String) -> String {
        var bare = String.UnicodeScalarView()
        var base: UInt32 = 0
        for scalar in text._nfd {
            let s = narrow(scalar)
            if s.properties.generalCategory == .nonspacingMark {
                // Like Foundation, accents come off Latin, Greek and Cyrillic letters only
                // (é → e, İ → I); an Arabic hamza or a Devanagari vowel sign stays.
                if base < 0x510 { continue }
            } else {
                base = s.value
            }
            bare.append(s)
        }
        // Upper then lower is full case folding for names: ß → SS → ss, ſ → S → s, ﬁ → fi.
        return nfc(String(bare).uppercased().lowercased())
    }

    /// Full-width ASCII and half-width katakana and signs to their usual width (the
    /// half-width sound marks stay, as Foundation leaves them).
    static func narrow(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(s.value - 0xFEE0) ?? s
        case 0xFF61...0xFF9F: return halfwidthKana[Int(s.value - 0xFF61)]
        case 0xFFE0...0xFFE6: return halfwidthSigns[Int(s.value - 0xFFE0)]
        default: return s
        }
    }

    private static let halfwidthKana = Array(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン\u{FF9E}\u{FF9F}"
            .unicodeScalars)
    private static let halfwidthSigns: [Unicode.Scalar] = ["¢", "£", "¬", "¯", "¦", "¥", "₩"]
}
