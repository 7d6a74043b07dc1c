// The key table: every key the console answers to, in one place. The help overlay
// and the legend are generated from it (`guide`), so they cannot disagree with the keys.
import PlenaryView

/// A key as the console sees it, independent of curses key codes.
public enum Key: Sendable, Hashable {
    case char(Character)
    case enter, escape, backspace, tab, up, down, pageUp, pageDown, home
    /// Text the terminal pasted (bracketed paste): a form takes it as text; no mode
    /// reads it as keys, so a paste never runs commands.
    case paste(String)
}

/// Key → action, and the keys' names for the legend and the help.
public enum Keymap {
    /// The bindings in the order the help lists them. The first key of an action is
    /// the one the legend shows.
    public static let bindings: [(key: Key, action: Action)] = [
        (.char(" "), .floor),
        (.char("p"), .pause),
        (.char("n"), .callNext),
        (.char("s"), .skip),
        (.char("e"), .extend),
        (.char("u"), .undo),
        (.char("w"), .walkIn),
        (.char("m"), .move),
        (.char("c"), .correctStart),
        (.char("g"), .nextSegment),
        (.char("x"), .withdraw),
        (.char("a"), .absent),
        (.char("r"), .restore),
        (.char("Z"), .closeSession),
        (.char("q"), .quit),
        (.char("K"), .acknowledgeClock),
        (.char("?"), .help),
        (.up, .scrollUp),
        (.char("k"), .scrollUp),
        (.down, .scrollDown),
        (.char("j"), .scrollDown),
    ]

    /// The action bound to `key` in normal mode.
    public static func action(for key: Key) -> Action? {
        bindings.first { $0.key == key }?.action
    }

    /// The first key bound to `action`.
    public static func key(for action: Action) -> Key? {
        bindings.first { $0.action == action }?.key
    }

    /// The actions the one-line legend shows, most frequent first.
    public static let legend: [Action] = [.floor, .pause, .callNext, .skip, .extend, .undo, .walkIn, .help, .quit]

    /// How a key is written on screen: `Space`, `p`, `↑`.
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "⌫"
        case .tab: "Tab"
        case .up: "↑"
        case .down: "↓"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .paste: "Paste"
        }
    }

    /// The table written out for the screen: the help's lines and the legend's keys.
    public static let guide: KeyGuide = {
        var help: [KeyGuide.Entry] = []
        for (key, action) in bindings {
            if let i = help.firstIndex(where: { $0.action == action }) {
                help[i].keys.append(name(key))
            } else {
                help.append(KeyGuide.Entry(keys: [name(key)], action: action))
            }
        }
        let shown = legend.compactMap { action in
            key(for: action).map { KeyGuide.Entry(keys: [name($0)], action: action) }
        }
        return KeyGuide(help: help, legend: shown)
    }()
}
