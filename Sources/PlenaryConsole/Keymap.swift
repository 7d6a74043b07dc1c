// The key table: every key the console answers to, in one place. The help overlay
// and the legend are generated from it (`guide`), so they cannot disagree with the keys.
import PlenaryCore
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
        (.char("E"), .extendWithReason),
        (.char("u"), .undo),
        (.char("U"), .redo),
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
        (.char("l"), .registrationWarnings),
        (.char("?"), .help),
        (.up, .scrollUp),
        (.char("k"), .scrollUp),
        (.down, .scrollDown),
        (.char("j"), .scrollDown),
    ]

    /// The action bound to `key` in normal mode. An upper-case letter without a
    /// binding of its own does what its lower-case letter does, so Caps Lock left on
    /// does not silence the keyboard (`E`, `U`, `Z`, `K` keep their own meaning).
    public static func action(for key: Key) -> Action? {
        if let bound = bindings.first(where: { $0.key == key })?.action { return bound }
        guard case .char(let c) = key, c.isUppercase, let lower = c.lowercased().first, lower != c else { return nil }
        return bindings.first { $0.key == .char(lower) }?.action
    }

    /// The first key bound to `action`.
    public static func key(for action: Action) -> Key? {
        bindings.first { $0.action == action }?.key
    }

    /// The actions the one-line legend shows at an ordinary moment, most frequent first.
    public static let legend: [Action] = [.floor, .pause, .callNext, .skip, .extend, .undo, .walkIn, .help, .quit]

    /// The actions worth a place in the legend at the moment `state` is in, most
    /// useful first; `?` and `q` end every legend, and the screen keeps room for them.
    public static func legend(for state: SessionState) -> [Action] {
        let moment: [Action]
        switch (state.phase, state.floor) {
        case (.notStarted, _): moment = [.nextSegment, .walkIn, .move]
        case (.opening, _): moment = [.nextSegment, .walkIn, .move, .undo]
        case (.closing, _): moment = [.closeSession, .undo]
        case (.closed, _): moment = [.undo]
        case (.segment, .speaking), (.segment, .paused): moment = [.floor, .pause, .extend, .extendWithReason, .undo]
        case (.segment, .called): moment = [.floor, .skip, .absent, .undo]
        case (.segment, .pointOfOrder), (.segment, .suspended): moment = [.undo]
        case (.segment, .idle):
            moment =
                state.upcoming.isEmpty
                ? [.nextSegment, .walkIn, .undo, .closeSession] : [.floor, .callNext, .walkIn, .undo, .nextSegment]
        }
        return moment + [.help, .quit]
    }

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

    /// The table written out for the screen: the help's lines and the usual legend.
    public static let guide: KeyGuide = KeyGuide(help: help, legend: entries(legend))

    /// The table with the legend of the moment `state` is in: `g` says "open" before
    /// the session opens, Space "end" while someone has the floor, `p` "resume" in a pause.
    public static func guide(for state: SessionState, strings: Strings) -> KeyGuide {
        var shown = entries(legend(for: state))
        func relabel(_ action: Action, _ label: String) {
            if let i = shown.firstIndex(where: { $0.action == action }) { shown[i].label = label }
        }
        if case .notStarted = state.phase { relabel(.nextSegment, strings.legendOpen) }
        if state.floor.intervention != nil { relabel(.floor, strings.legendEnd) }
        if case .paused = state.floor { relabel(.pause, strings.legendResume) }
        return KeyGuide(help: help, legend: shown)
    }

    /// Each action with the names of all its keys, in the bindings' order.
    static let help: [KeyGuide.Entry] = {
        var help: [KeyGuide.Entry] = []
        for (key, action) in bindings {
            if let i = help.firstIndex(where: { $0.action == action }) {
                help[i].keys.append(name(key))
            } else {
                help.append(KeyGuide.Entry(keys: [name(key)], action: action))
            }
        }
        return help
    }()

    private static func entries(_ actions: [Action]) -> [KeyGuide.Entry] {
        actions.compactMap { action in key(for: action).map { KeyGuide.Entry(keys: [name($0)], action: action) } }
    }
}
