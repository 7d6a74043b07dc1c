// How many terminal cells text takes. One width function for the whole program, so
// the screen model, the curses backend and the loader's reports agree on columns.
// Pure Swift, so it can be used where no C library is linked; it follows glibc's
// wcwidth closely (wide East Asian ranges, zero-width combining and format marks).

public enum DisplayWidth {
    /// Cells taken by one scalar: 0 (combining, format), 1, or 2 (wide).
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        // Punctuation, arrows, box drawing and blocks: no marks or format characters here.
        if standsAlone(s) { return isWide(v) ? 2 : 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Cells taken by a grapheme cluster: its base's width (combining marks add none).
    public static func of(_ c: Character) -> Int {
        // One scalar (most characters): its width; no emoji selector can follow it.
        if let a = c.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : 0 }  // "\r\n" is 0 too
        let scalars = c.unicodeScalars
        if scalars.index(after: scalars.startIndex) == scalars.endIndex { return of(scalars[scalars.startIndex]) }
        var width = 0
        for (i, s) in c.unicodeScalars.enumerated() {
            let w = of(s)
            if i == 0 { width = w } else if w == 2 { width = 2 }
            // An emoji presentation selector widens a narrow symbol, as terminals do.
            if s.value == 0xFE0F, width == 1, c.unicodeScalars.first!.properties.isEmoji { width = 2 }
        }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // When every scalar stands alone, each is a character (CR LF aside, 0 cells either
        // way), so the width is the sum over scalars, without grapheme breaking.
        var width = 0
        for s in text.unicodeScalars {
            guard standsAlone(s) else { return text.reduce(0) { $0 + of($1) } }
            width += of(s)
        }
        return width
    }

    /// Whether `s` is a character by itself next to any other scalar that stands alone:
    /// Latin, punctuation, arrows, box drawing and blocks (what names and the console's
    /// own text are made of). No combining mark, joiner, jamo or regional indicator is
    /// among them, so no grapheme rule joins two of them but CR LF. Checked for every
    /// pair in `TextFastPathTests`.
    public static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return true }
        return (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x2190...0x21FF).contains(v)
            || (0x2500...0x25FF).contains(v)
    }

    /// The longest prefix of `text` that fits in `cells`, ending with `ellipsis`
    /// when something was cut.
    public static func truncate(_ text: String, toCells cells: Int, ellipsis: String = "…") -> String {
        guard cells > 0 else { return "" }
        if of(text) <= cells { return text }
        let budget = cells - of(ellipsis)
        guard budget >= 0 else { return "" }
        var used = 0
        // Scalars that stand alone are characters: cut by scalar, without grapheme
        // breaking, up to the first one that does not (the title bar cuts every frame).
        let scalars = text.unicodeScalars
        var cut = scalars.startIndex
        while cut < scalars.endIndex, standsAlone(scalars[cut]) {
            let w = of(scalars[cut])
            if used + w > budget { return String(scalars[..<cut]) + ellipsis }
            used += w
            scalars.formIndex(after: &cut)
        }
        // Back up one scalar: the scalar that does not stand alone (a combining mark, a
        // joiner) may belong to the character the last one begins.
        if cut > scalars.startIndex {
            scalars.formIndex(before: &cut)
            used -= of(scalars[cut])
            // CR LF is one character: start the slow part at the CR.
            if scalars[cut].value == 0x0A, cut > scalars.startIndex, scalars[scalars.index(before: cut)].value == 0x0D {
                scalars.formIndex(before: &cut)
            }
        }
        var out = String(scalars[..<cut])
        for c in text[cut...] {
            let w = of(c)
            if used + w > budget { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded with spaces (or truncated) to exactly `cells` cells.
    public static func pad(_ text: String, toCells cells: Int) -> String {
        guard cells > 0 else { return "" }
        let width = of(text)
        if width <= cells { return text + spaces(cells - width) }
        let t = truncate(text, toCells: cells)
        return t + spaces(cells - of(t))
    }

    /// `count` spaces in one allocation (`String(repeating:count:)` appends one at a time).
    public static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: " "))
            return count
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        // Binary search: the ranges are sorted and disjoint, and this runs for every
        // cell of the big digits.
        var low = 0, high = wideRanges.count
        while low < high {
            let mid = (low + high) / 2
            if wideRanges[mid].upperBound < v { low = mid + 1 } else { high = mid }
        }
        return low < wideRanges.count && wideRanges[low].contains(v)
    }

    // East Asian Wide and Fullwidth ranges, and emoji that terminals draw two cells wide.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
