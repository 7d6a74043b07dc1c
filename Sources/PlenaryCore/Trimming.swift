// The one way text is trimmed, everywhere: a spreadsheet cell, a typed form value,
// a plan's duration, a report's last line. What counts as blank is a parameter,
// because some callers must keep line ends (a header cell, a line of a report).

/// What `trimming` removes from the ends of a text.
public enum Blanks: Sendable, Hashable {
    /// Every `Character.isWhitespace`: spaces of every width, tabs and line ends. What
    /// a person cannot see at the ends of a cell or a typed value.
    case whitespace
    /// Spaces on a line, line ends kept: tab, the space separators (Zs) and U+200B,
    /// which is exactly Foundation's `CharacterSet.whitespaces` on Linux.
    case spaces
    /// Line ends only (`\n`, `\r\n`, and the other line and paragraph separators).
    case lineEnds
}

/// Which ends of a text `trimming` takes blanks from.
public enum TrimmedEnds: Sendable, Hashable {
    case both
    /// The end only, so indentation stays (lines of a report).
    case trailing
}

extension StringProtocol {
    /// The text without `blanks` at its `ends`.
    public func trimming(_ blanks: Blanks = .whitespace, from ends: TrimmedEnds = .both) -> String {
        // Text that starts and ends with a visible ASCII character has nothing to trim:
        // most cells of a long list, without walking their characters.
        var s = Substring(self)
        if let f = s.utf8.first, let l = s.utf8.last, isVisibleASCII(f) || ends == .trailing, isVisibleASCII(l) {
            return String(s)
        }
        let isBlank: (Character) -> Bool
        switch blanks {
        case .whitespace: isBlank = { $0.isWhitespace }
        case .spaces: isBlank = { $0.unicodeScalars.allSatisfy(isHorizontalSpace) }
        case .lineEnds: isBlank = { $0.isNewline }
        }
        if ends == .both { while let f = s.first, isBlank(f) { s.removeFirst() } }
        while let l = s.last, isBlank(l) { s.removeLast() }
        return String(s)
    }

}

private func isVisibleASCII(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }

private func isHorizontalSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c.value == 0x200B || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
}
