// The fast paths for Latin text (safety, width, folding, trimming) against the general
// rules they shortcut: the same answer for every scalar they cover.
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryFormats
@testable import PlenaryText

@Suite("Text fast paths")
struct TextFastPathTests {
    /// Every scalar of the Latin blocks, and the punctuation, arrows and blocks that stand alone.
    static let covered: [Unicode.Scalar] = (UInt32(0)..<0x2600).compactMap(Unicode.Scalar.init)
        .filter(DisplayWidth.standsAlone)

    @Test func safetyBelowU0300IsTheGeneralCategoryRule() {
        for v in UInt32(0)..<0x400 {
            let s = Unicode.Scalar(v)!
            #expect(TerminalSafe.isSafe(s) == TerminalSafe.isSafeByCategory(s), "U+\(String(v, radix: 16))")
        }
    }

    @Test func scalarsThatStandAloneAreCharactersByThemselves() {
        // Each covered scalar beside a spread of others (every pair is checked offline;
        // this keeps the range honest if it is ever widened).
        let partners =
            stride(from: 0, to: Self.covered.count, by: 17).map { Self.covered[$0] } + ["\r", "\n", "\u{AD}"]
        for a in Self.covered {
            for b in partners where !(a == "\r" && b == "\n") {
                var pair = String.UnicodeScalarView()
                pair.append(a)
                pair.append(b)
                #expect(String(pair).count == 2, "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
            }
        }
    }

    @Test func widthsOfCoveredScalarsFollowTheGeneralRule() {
        for s in Self.covered where s.value >= 0x300 {
            let byCategory: Int =
                switch s.properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .format: 0
                default: DisplayWidth.isWide(s.value) ? 2 : 1
                }
            #expect(DisplayWidth.of(s) == byCategory, "U+\(String(s.value, radix: 16))")
            #expect(DisplayWidth.of(Character(s)) == byCategory)
        }
    }

    @Test func textWidthIsTheSumOverCharacters() {
        let texts = [
            "", "Côte d'Ivoire", "a\r\nb", "\u{1B}[2J", "█████  ████", "→ Belgium — Ambassador…",
            "e\u{301}", "國際", "👍🏽", "🇫🇷", "a\u{200D}b", "\u{0D4E}…", "x\u{FE0F}", "☺\u{FE0F}",
        ]
        for t in texts {
            #expect(DisplayWidth.of(t) == t.reduce(0) { $0 + DisplayWidth.of($1) }, "\(t.debugDescription)")
            for cells in [0, 1, 3, 8, 40] {
                let t2 = DisplayWidth.pad(t, toCells: cells)
                #expect(DisplayWidth.of(t2) == cells || (cells == 0 && t2.isEmpty), "\(t.debugDescription) \(cells)")
            }
        }
    }

    /// Cutting by scalar where scalars stand alone gives what cutting by character gives.
    @Test func truncationIsTheCharacterRule() {
        func byCharacter(_ text: String, _ cells: Int) -> String {
            guard cells > 0 else { return "" }
            if DisplayWidth.of(text) <= cells { return text }
            let budget = cells - 1
            var out = ""
            var used = 0
            for c in text {
                let w = DisplayWidth.of(c)
                if used + w > budget { break }
                out.append(c)
                used += w
            }
            return out + "…"
        }
        let texts = [
            "Plenary session on cooperation — 22nd session of the Assembly", "Ange\u{301}le Côte",
            "ab\r\ncd\r\nef", "abc\u{301}\u{302}def", "國際刑事裁判所", "Belgique 🇧🇪 België",
            "x\u{FE0F}yz", "👍🏽👍🏽 ok", "a\u{200D}b\u{200D}c", "\r\n\r\n", "Ελλάδα — Πρέσβης",
        ]
        for t in texts {
            for cells in 0...DisplayWidth.of(t) + 1 {
                #expect(
                    DisplayWidth.truncate(t, toCells: cells) == byCharacter(t, cells),
                    "\(t.debugDescription) \(cells)")
            }
        }
    }

    @Test func cleaningPlainTextReturnsItAndCapsLongText() {
        #expect(TerminalSafe.clean("Côte d'Ivoire") == "Côte d'Ivoire")
        #expect(TerminalSafe.clean(" two  spaces ") == "two spaces")
        #expect(TerminalSafe.clean("tab\there") == "tab here")
        #expect(
            TerminalSafe.clean(String(repeating: "é", count: 150), limit: 100)
                == String(repeating: "é", count: 99) + "…")
        #expect(
            TerminalSafe.clean(String(repeating: "e", count: 100), limit: 100)
                == String(repeating: "e", count: 100))
        for t in ["", " ", "a", "a ", " a", "a  b", "a\u{A0}b", "a\u{AD}b", "ok"] {
            #expect(
                TerminalSafe.isClean(t)
                    == (TerminalSafe.clean(t, limit: .max) == t && !t.unicodeScalars.contains("\u{A0}")),
                "\(t.debugDescription)")
        }
    }

    @Test func combiningMarksAreCappedAndNeedACharacter() {
        let marks = String(repeating: "\u{301}", count: 120)
        let four = String(repeating: "\u{301}", count: TerminalSafe.marksPerCharacter)
        #expect(TerminalSafe.clean("e" + marks + "x") == "e" + four + "x")
        #expect(TerminalSafe.clean(marks) == "")
        #expect(TerminalSafe.clean(marks + "Mali " + marks + "x") == "Mali x")
        // Text as people write it keeps every mark: Vietnamese, Devanagari with a virama.
        for t in ["Vie\u{323}\u{302}t Nam", "Tiê\u{301}ng Viê\u{323}t", "\u{915}\u{94D}\u{937}\u{93F}"] {
            #expect(TerminalSafe.clean(t) == t)
            #expect(TerminalSafe.isClean(t))
        }
        for t in ["e" + marks, marks, " \u{301}a", "a \u{301}", "e\u{301}\u{302}\u{303}\u{304}"] {
            #expect(
                TerminalSafe.isClean(t) == (TerminalSafe.clean(t, limit: .max) == t), "\(t.unicodeScalars.count)")
        }
        #expect(TerminalSafe.acceptsMark(after: "e" + String(repeating: "\u{301}", count: 3)))
        #expect(!TerminalSafe.acceptsMark(after: "e" + four))
        #expect(!TerminalSafe.acceptsMark(after: ""))
        #expect(!TerminalSafe.acceptsMark(after: "a "))
    }

    @Test func latinFoldingIsFoundationFolding() {
        // Each Latin scalar on its own, and pairs and runs of them (folding is scalar by scalar there).
        let latin = (UInt32(0x20)..<0x300).compactMap(Unicode.Scalar.init).filter { TerminalSafe.isSafe($0) }
        var texts = latin.map { String($0) }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var t = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &rng) { t.append(latin.randomElement(using: &rng)!) }
            texts.append(String(t))
        }
        texts += ["Côte d'Ivoire", "COTE D'IVOIRE", "Straße", "ŉ", "Ǆ", "Délégation n° 12"]
        for t in texts {
            let cleaned = SafeText.field(t, limit: .max)
            #expect(SafeText.foldedKey(t) == SafeText.foldedByFoundation(cleaned), "\(t.debugDescription)")
        }
        // Beyond Latin, Foundation decides.
        #expect(SafeText.foldedKey("ＡＢＣ Ελλάδα") == SafeText.foldedByFoundation("ＡＢＣ Ελλάδα"))
    }

    @Test func datesAreTrimmedAsFoundationTrimsWhitespace() {
        let spaces: [Unicode.Scalar] = [
            "\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{202F}",
            "\u{205F}", "\u{3000}", "\n", "\u{85}", "\u{2028}", "\u{FEFF}", "x",
        ]
        for a in spaces {
            for b in spaces {
                var raw = String.UnicodeScalarView()
                raw.append(a)
                raw.append(contentsOf: "2023-12-05 14:32".unicodeScalars)
                raw.append(b)
                let text = String(raw)
                let expected = text.trimmingCharacters(in: .whitespaces) == "2023-12-05 14:32"
                let local = LocalDateTime(year: 2023, month: 12, day: 5, hour: 14, minute: 32, second: 0)
                let parsed = WrittenTime.dateTime(text) == .success(.local(local))
                #expect(parsed == expected, "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
            }
        }
    }

    @Test func rowCellsKeepOneCellPerColumn() {
        #expect(Column.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        var cells = RowCells()
        let field = CSVField(text: "Belgium", position: SourcePosition(line: 2, column: 3), quoted: false)
        cells[.delegation] = field
        #expect(cells[.delegation] == field)
        #expect(Column.allCases.filter { cells[$0] != nil } == [.delegation])
        cells[.delegation] = nil
        #expect(cells[.delegation] == nil)
    }

    @Test func trimmingSpacesMatchesTheCharacterRule() {
        for t in ["", " ", "a", " a ", "a\n", "\u{3000}a", "a\u{3000}", "\u{0D4E}a", "a\u{301}", "é ", "\r\n"] {
            var expected = Substring(t)
            while let f = expected.first, f.isWhitespace { expected.removeFirst() }
            while let l = expected.last, l.isWhitespace { expected.removeLast() }
            #expect(t.trimming() == String(expected), "\(t.debugDescription)")
        }
    }
}
