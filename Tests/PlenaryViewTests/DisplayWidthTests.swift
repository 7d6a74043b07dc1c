// The width function's binary search over its wide ranges (the hot path of the big
// digits) answers exactly as a scan of the ranges would, and every scalar's width is
// what glibc's wcwidth says: the function curses and tmux measure columns with.
import Glibc
import PlenaryView
import Testing

@testable import PlenaryText

@Suite struct DisplayWidthTests {
    @Test func theWideRangesAreSortedAndDisjoint() {
        for r in [DisplayWidth.wideRanges, DisplayWidth.zeroRanges] {
            #expect(zip(r, r.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
        }
    }

    @Test func theSearchAgreesWithAScanForEveryScalar() {
        var disagreements: [UInt32] = []
        for v in UInt32(0)...0x3FFFF
        where DisplayWidth.isWide(v) != DisplayWidth.wideRanges.contains(where: { $0.contains(v) }) {
            disagreements.append(v)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(DisplayWidth.of("█" as Character) == 1 && DisplayWidth.of("中" as Character) == 2)
    }

    /// glibc's `wcwidth`, which the Glibc module hides (it needs `_XOPEN_SOURCE`).
    static let wcwidth: @convention(c) (wchar_t) -> Int32 = {
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")  // RTLD_DEFAULT
        return unsafeBitCast(symbol!, to: (@convention(c) (wchar_t) -> Int32).self)
    }()

    /// Every assigned scalar takes the cells curses gives it: wcwidth under C.UTF-8, where
    /// -1 (a control, or a scalar glibc cannot print) is DisplayWidth's 0 for controls.
    @Test func everyAssignedScalarHasGlibcsWidth() throws {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        defer { _ = setlocale(LC_CTYPE, saved ?? "C") }
        var compared = 0
        var printable = 0
        var disagreements: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v), s.properties.generalCategory != .unassigned else { continue }
            let glibc = Int(Self.wcwidth(wchar_t(v)))
            compared += 1
            if glibc >= 0 { printable += 1 }
            let expected = max(0, glibc)
            if DisplayWidth.of(s) != expected || DisplayWidth.of(Character(s)) != expected {
                let code = String(v, radix: 16, uppercase: true)
                disagreements.append("U+\(code) ours \(DisplayWidth.of(s)) glibc \(glibc)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(compared): \(disagreements.prefix(20))")
        // Every assigned scalar of Unicode 15 or later, and none is printable that glibc
        // does not know: the comparison covered the whole repertoire.
        #expect(compared >= 149_000 && printable >= 140_000, "compared \(compared), printable \(printable)")
        print("DisplayWidth: \(compared) assigned scalars compared with wcwidth (\(printable) printable)")
    }

    /// glibc's `wcswidth`: the columns curses advances by when it draws a string.
    static let wcswidth: @convention(c) (UnsafePointer<wchar_t>?, Int) -> Int32 = {
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcswidth")  // RTLD_DEFAULT
        return unsafeBitCast(symbol!, to: (@convention(c) (UnsafePointer<wchar_t>?, Int) -> Int32).self)
    }()

    /// Characters of several scalars (marks, jamo, flags, skin tones, joiners, selectors)
    /// take the cells curses gives them, so the grid and curses place what follows alike.
    @Test func textTakesTheColumnsCursesGivesIt() throws {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        defer { _ = setlocale(LC_CTYPE, saved ?? "C") }
        let texts = [
            "Côte d'Ivoire", "e\u{301}", "國際刑事裁判所", "👍🏽", "🇫🇷", "Belgique 🇧🇪 België", "a\u{200D}b", "☺\u{FE0F}",
            "1\u{FE0F}\u{20E3}", "👨\u{200D}👩\u{200D}👧", "\u{1100}\u{1161}\u{11A8}", "Ελλάδα — Πρέσβης",
        ]
        for text in texts {
            let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            #expect(DisplayWidth.of(text) == Int(Self.wcswidth(wide, wide.count)), "\(text.debugDescription)")
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.debugDescription)")
        }
    }

    /// A character wider than two cells (an emoji sequence) is placed whole, and writing
    /// over any part of it blanks the rest.
    @Test func aSequenceWiderThanTwoCellsIsOneCharacterInTheGrid() {
        var g = Grid(width: 8, height: 1)
        #expect(g.put("a👍🏽b", x: 0, y: 0, role: .normal) == 6)
        #expect(g.lines() == ["a👍🏽b"])
        #expect((2...4).allSatisfy { g[$0, 0].isContinuation } && !g[5, 0].isContinuation)
        g.put("x", x: 3, y: 0, role: .normal)
        #expect(g.lines() == ["a  x b"])
        #expect((0..<8).allSatisfy { !g[$0, 0].isContinuation })
    }
}
