// Themes are data: each style role maps to a foreground, a background and
// attributes, written in a small text file (`Themes/*.theme`):
//
//     # comment
//     role = foreground background [attribute ...]
//
// Colours: default, black, red, green, yellow, blue, magenta, cyan, white, their
// bright- forms (bright-red), or a number 0–255. Attributes: bold, dim, reverse,
// underline, blink, standout. Roles not listed look like `normal`. A broken file is
// refused with the line and what is wrong, never half applied.

/// A terminal colour as a theme names it.
public enum ThemeColor: Sendable, Hashable {
    case terminalDefault
    /// 0–7 the basic colours, 8–15 the bright ones, up to 255 on capable terminals.
    case index(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    init?(_ word: String) {
        if word == "default" {
            self = .terminalDefault
            return
        }
        if let i = ThemeColor.names.firstIndex(of: word) {
            self = .index(i)
            return
        }
        if word.hasPrefix("bright-"), let i = ThemeColor.names.firstIndex(of: String(word.dropFirst(7))) {
            self = .index(i + 8)
            return
        }
        if let n = Int(word), (0...255).contains(n) {
            self = .index(n)
            return
        }
        return nil
    }
}

public enum ThemeAttribute: String, Sendable, Hashable, CaseIterable {
    case bold, dim, reverse, underline, blink, standout
}

/// How one role looks.
public struct Style: Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Set<ThemeAttribute>

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: Set<ThemeAttribute> = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A refused theme file: where, and what is wrong.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String
    public var description: String { "\(source):\(line): \(message)" }
}

public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [StyleRole: Style]
    /// True when the theme uses no colour at all (the monochrome theme).
    public var isMonochrome: Bool {
        styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
    }

    /// How `role` looks: its own style, or `normal`'s.
    public func style(_ role: StyleRole) -> Style { styles[role] ?? styles[.normal] ?? Style() }

    /// Parses a theme file's text; `source` names it in errors.
    public static func parse(_ text: String, name: String, source: String) throws(ThemeError) -> Theme {
        var styles: [StyleRole: Style] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if words.isEmpty { continue }
            func fail(_ m: String) -> ThemeError { ThemeError(source: source, line: n + 1, message: m) }
            guard words.count >= 2, words[1] == "=" else {
                throw fail("expected `role = foreground background [attributes]`")
            }
            guard let role = StyleRole(rawValue: words[0]) else {
                throw fail(
                    "unknown role '\(words[0])' "
                        + "(roles: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard styles[role] == nil else { throw fail("role '\(words[0])' is set twice") }
            guard words.count >= 4 else { throw fail("'\(words[0])' needs a foreground and a background colour") }
            guard let fg = ThemeColor(words[2]) else { throw fail("unknown colour '\(words[2])'") }
            guard let bg = ThemeColor(words[3]) else { throw fail("unknown colour '\(words[3])'") }
            var attributes = Set<ThemeAttribute>()
            for w in words.dropFirst(4) {
                guard let a = ThemeAttribute(rawValue: w) else {
                    throw fail(
                        "unknown attribute '\(w)' "
                            + "(attributes: \(ThemeAttribute.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                attributes.insert(a)
            }
            styles[role] = Style(foreground: fg, background: bg, attributes: attributes)
        }
        guard styles[.normal] != nil else {
            throw ThemeError(source: source, line: 1, message: "the theme does not set 'normal'")
        }
        return Theme(name: name, styles: styles)
    }

    /// A built-in theme by name: dark, light, high-contrast, monochrome.
    public static func builtIn(_ name: String) -> Theme? {
        guard let text = BuiltInThemes.files[name] else { return nil }
        return try? parse(text, name: name, source: "\(name).theme")
    }

    public static var builtInNames: [String] { BuiltInThemes.files.keys.sorted() }
}
