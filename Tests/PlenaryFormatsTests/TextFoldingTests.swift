import Foundation
import Testing

@testable import PlenaryFormats

/// The Foundation-free normalisation and fold agree with Foundation on names.
@Suite("Text folding without Foundation")
struct TextFoldingTests {
    static let names = [
        "Côte d'Ivoire", "CO\u{302}TE D'IVOIRE", "Straße", "ＡＢＣ１", "Ｃôte", "ΣΑΣ", "ﬁn", "Ǆ", "İstanbul",
        "Ångström", "ſ", "ｶﾀｶﾅ", "Ø", "Łódź", "æ", "ŉ", "Việt Nam", "Türkiye", "한국", "ﬃ", "ǅ", "Ⅻ",
        "République démocratique du Congo", "São Tomé-et-Príncipe", "Россия", "الأردن", "中国", "日本国",
        "Ελλάδα", "Česko", "Đất", "ｺﾞ", "Ñandú", "Cura\u{0327}ao", "Bosnia i Hercegovina", "Kyrgyz Republic",
    ]

    @Test(arguments: names) func foldsAsFoundationDoes(_ name: String) {
        let foundation = name.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
            locale: nil)
        #expect(TextFolding.fold(name) == foundation)
    }

    @Test(arguments: names) func composesAsFoundationDoes(_ name: String) {
        let nfc = TextFolding.nfc(name)
        #expect(Array(nfc.unicodeScalars) == Array(name.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func trimsBlanksButNotLineEnds() {
        #expect(" \t\u{A0}x y\u{3000} ".trimming(.spaces) == "x y")
        #expect("x\n".trimming(.spaces) == "x\n")
        #expect(" \t ".trimming(.spaces) == "")
    }
}
