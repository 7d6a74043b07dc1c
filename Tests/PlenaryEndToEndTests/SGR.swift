// Reads `tmux capture-pane -e` output: tmux only writes attribute changes, so the
// look of a cell is the sum of every SGR code before it on the screen.

/// The look in effect where `marker` first appears: "fg=… bg=… attrs=…".
func effectiveStyle(_ screen: String, at marker: String) -> String? {
    guard let end = screen.range(of: marker)?.lowerBound else { return nil }
    var fg = "default"
    var bg = "default"
    var attrs = Set<Int>()
    for chunk in screen[..<end].components(separatedBy: "\u{1b}[").dropFirst() {
        guard let m = chunk.firstIndex(of: "m") else { continue }
        var codes = chunk[..<m].split(separator: ";").compactMap { Int($0) }[...]
        if codes.isEmpty { codes = [0] }
        while let c = codes.popFirst() {
            switch c {
            case 0:
                fg = "default"
                bg = "default"
                attrs = []
            case 1, 2, 4, 5, 7: attrs.insert(c)
            case 22:
                attrs.remove(1)
                attrs.remove(2)
            case 24, 25, 27: attrs.remove(c - 20)
            case 30...37, 90...97: fg = "\(c)"
            case 39: fg = "default"
            case 40...47, 100...107: bg = "\(c)"
            case 49: bg = "default"
            case 38, 48:
                // 38;5;n or 38;2;r;g;b
                let kind = codes.popFirst()
                let value =
                    kind == 5
                    ? "\(codes.popFirst() ?? 0)"
                    : (0..<3).map { _ in "\(codes.popFirst() ?? 0)" }.joined(separator: ",")
                if c == 38 { fg = "x" + value } else { bg = "x" + value }
            default: break
            }
        }
    }
    return "fg=\(fg) bg=\(bg) attrs=\(attrs.sorted())"
}
