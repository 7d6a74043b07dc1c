// The key table: every key the console answers to, in one place. The help overlay
// and the legend are generated from it, so they cannot disagree with the keys.

/// A key as the console sees it, independent of curses key codes.
public enum Key: Sendable, Hashable {
    case char(Character)
    case enter, escape, backspace, tab, up, down, pageUp, pageDown, home
}

/// What an operator can ask for with one key.
public enum Action: Sendable, Hashable, CaseIterable {
    case floor, pause, callNext, skip, extend, undo
    case walkIn, move, correctStart
    case nextSegment, withdraw, absent, restore, closeSession, quit
    case acknowledgeClock
    case help, scrollUp, scrollDown
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
        }
    }
}
