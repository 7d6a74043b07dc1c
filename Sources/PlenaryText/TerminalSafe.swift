// Untrusted text (names from a spreadsheet, a walk-in typed at the podium) must not
// drive the terminal. This removes what could: C0 and C1 controls (ESC starts
// escape sequences; 0x9B is CSI on its own), DEL, bidirectional overrides and
// isolates (they reorder what the chair reads), zero-width and other format
// characters, and unassigned or private-use code points. It also bounds combining
// marks: a run of them is cut to `marksPerCharacter`, and a mark with nothing to
// combine with (at the start, after a space) goes, so a name of 120 stacked accents
// cannot overflow a terminal cell (tmux keeps 21 bytes per cell and drops the rest,
// leaving the field blank). Canonical (NFC) normalisation needs Foundation and
// happens in PlenaryFormats.

public enum TerminalSafe {
    /// The default cap on one field, in characters.
    public static let defaultLimit = 200
    /// The most combining marks kept in a row on one character. Written languages need
    /// two or three (Vietnamese, Indic vowel signs with a virama); xterm shows two.
    public static let marksPerCharacter = 4

    /// `text` with every unsafe scalar removed, tabs and line breaks turned into
    /// single spaces, runs of spaces folded, ends trimmed and length capped (an
    /// ellipsis marks a cut).
    public static func clean(_ text: String, limit: Int = defaultLimit) -> String {
        var out = isClean(text) ? text : cleaned(text)
        // A string's characters never outnumber its UTF-8 bytes: counting graphemes is
        // costly, and most fields are far below the limit.
        if out.utf8.count > limit, out.count > limit { out = String(out.prefix(max(0, limit - 1))) + "…" }
        return out
    }

    /// Whether `clean` would keep every scalar as it is (no unsafe scalar, no spacing to
    /// fold or trim): then it returns the text itself, if within the cap. Most names are.
    public static func isClean(_ text: String) -> Bool {
        var lastWasSpace = true
        var marks = 0
        for s in text.unicodeScalars {
            if s == " " {
                if lastWasSpace { return false }
                lastWasSpace = true
                marks = 0
                continue
            }
            if isLineOrTab(s) || s.value == 0xA0 || !isSafe(s) { return false }
            if isMark(s) {
                marks += 1
                if lastWasSpace || marks > marksPerCharacter { return false }
                continue
            }
            marks = 0
            lastWasSpace = false
        }
        return text.isEmpty || !lastWasSpace
    }

    /// `text` without unsafe scalars and with spacing folded and trimmed; not capped.
    /// A whole escape sequence goes, not only its ESC: "\u{1B}[31mFrance" is "France",
    /// where removing the ESC alone would leave "[31mFrance" on the podium screen.
    private static func cleaned(_ text: String) -> String {
        let input = Array(text.unicodeScalars)
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        var marks = 0
        var i = 0
        while i < input.count {
            if let end = EscapeSequence.end(in: input, at: i) {
                i = end
                continue
            }
            let s = input[i]
            i += 1
            if isLineOrTab(s) || s == " " || s.value == 0xA0 {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
                marks = 0
                continue
            }
            guard isSafe(s) else { continue }
            if isMark(s) {
                marks += 1
                if !lastWasSpace, marks <= marksPerCharacter { scalars.append(s) }
                continue
            }
            marks = 0
            scalars.append(s)
            lastWasSpace = false
        }
        var out = String(scalars)
        while out.last == " " { out.removeLast() }
        return out
    }

    /// `text` shown as it is, but with every scalar that may not reach a terminal written
    /// as `\u{1B}`: for file names and paths, which must be printed whole and exactly (the
    /// user has to find the file) yet must never drive the terminal. Every path printed
    /// anywhere, and every excerpt in a diagnostic, goes through here. Not capped, not
    /// normalised: a path is the bytes the system gave.
    public static func visible(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ isSafe($0) }) { return text }
        var out = ""
        for s in text.unicodeScalars { appendVisible(s, to: &out) }
        return out
    }

    /// Appends `s` to `out` as `visible` shows it, and says how many scalars that took;
    /// for callers that stop early on long text.
    @discardableResult
    public static func appendVisible(_ s: Unicode.Scalar, to out: inout String) -> Int {
        if isSafe(s) {
            out.unicodeScalars.append(s)
            return 1
        }
        let escaped = "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
        out += escaped
        return escaped.unicodeScalars.count
    }

    /// `visible`, line by line: a message of several lines keeps its line breaks, and
    /// nothing else in it can drive the terminal. For what a command writes to stderr.
    public static func visibleLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }
            .joined(separator: "\n")
    }

    /// Whether a scalar may reach the terminal as it is.
    public static func isSafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Fast path for the Latin blocks, where most names live: printable ASCII, then
        // U+00A0–U+02FF, all assigned and none a control or format character but the
        // soft hyphen (checked against the general category by `TerminalSafeTests`).
        if v < 0x7F { return v >= 0x20 }
        if v < 0xA0 { return false }
        if v < 0x300 { return v != 0xAD }
        return isSafeByCategory(s)
    }

    /// The rule itself, by general category, for every scalar.
    static func isSafeByCategory(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        // Bidi embeddings, overrides, isolates and marks.
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C {
            return false
        }
        switch s.properties.generalCategory {
        case .format, .control, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    /// Whether any scalar would be removed by `clean` (other than plain spacing).
    public static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { !isSafe($0) && !isLineOrTab($0) && $0 != " " }
    }

    /// Whether a combining mark typed after `text` is kept: it needs a character to
    /// combine with, and that character may carry only `marksPerCharacter` (the rule
    /// `clean` applies to whole names, for text that arrives a scalar at a time).
    public static func acceptsMark(after text: String) -> Bool {
        var marks = 0
        for s in text.unicodeScalars.reversed() {
            guard isMark(s) else { return s != " " && marks < marksPerCharacter }
            marks += 1
        }
        return false
    }

    /// A combining mark: it draws on the character before it instead of a cell of its own.
    /// None lies below U+0300, where most names live.
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isLineOrTab(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s == "\n" || s == "\r" || s.value == 0x0B || s.value == 0x0C
    }
}
