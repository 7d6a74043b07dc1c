// The console's input state machine: which mode the operator is in (normal, help,
// a confirmation, a form) and what each key does there. `handle` is pure: it
// returns what the shell must do (run a command, quit) and never touches a
// terminal, a clock or a file, so every key path is tested without curses.
import PlenaryCore
import PlenaryText
import PlenaryView

/// What the shell must do after a key.
public enum Effect: Sendable, Hashable {
    /// Decide, persist and record this command; `action` says what to report.
    case command(Command, Action)
    case quit
    /// The operator has checked the times rebuilt after a restart.
    case acknowledgeClock
}

public enum Mode: Sendable, Hashable {
    case normal
    case help
    case confirm(Confirmation, onYes: [Effect])
    case form(Form)
}

/// Everything the console remembers that is not in the session record.
public struct UIState: Sendable, Hashable {
    public var mode: Mode = .normal
    public var message: Message?
    /// Set while the journal refuses writes; cleared by the next successful write.
    public var notSaved: String?
    /// Where the record continues after a failed write: shown until the console quits.
    public var continuedIn: String?
    /// Times were rebuilt from the wall clock after a restart and the operator has
    /// not yet confirmed them (key K).
    public var clockUnconfirmed = false
    /// Lines scrolled away from the list's automatic position (the floor in view).
    public var scroll: Int = 0
    public var strings: Strings.Key

    public init(language: Language = .english) { strings = Strings.Key(language) }

    /// What the screen shows of this state.
    public var view: OperatorView {
        let overlay: OperatorView.Overlay
        switch mode {
        case .normal: overlay = .none
        case .help: overlay = .help
        case .confirm(let c, _): overlay = .confirm(c)
        case .form(let f): overlay = .form(f.view)
        }
        return OperatorView(
            overlay: overlay, message: message, notSaved: notSaved, continuedIn: continuedIn,
            clockUnconfirmed: clockUnconfirmed, scroll: scroll, keys: Keymap.guide)
    }

    /// Handles one key against the session as it is at `now`.
    public mutating func handle(_ key: Key, state: SessionState, now: Instant) -> [Effect] {
        switch mode {
        case .normal:
            message = nil
            guard let action = Keymap.action(for: key) else { return [] }
            return perform(action, state: state, now: now)
        case .help:
            // Any key closes the help, so a panicked operator cannot get stuck in it.
            mode = .normal
            return []
        case .confirm(_, let onYes):
            mode = .normal
            if case .char(let c) = key, c == "y" || c == "Y" || String(c).lowercased() == strings.value.confirmYes {
                return onYes
            }
            message = Message(strings.value.cancelled)
            return []
        case .form(var form):
            switch form.handle(key, state: state) {
            case .editing:
                mode = .form(form)
                return []
            case .cancelled:
                mode = .normal
                message = Message(strings.value.cancelled)
                return []
            case .submitted:
                switch form.command(state: state, now: now) {
                case .success(let command):
                    mode = .normal
                    return [.command(command, form.kind.action)]
                case .failure(let problem):
                    form.problem = problem
                    mode = .form(form)
                    return []
                }
            }
        }
    }

    private mutating func perform(_ action: Action, state: SessionState, now: Instant) -> [Effect] {
        let target = state.speakerAtFloor.flatMap { state.status(of: $0) == .called ? $0 : nil } ?? state.upcoming.first
        switch action {
        case .floor:
            // One key for the whole turn: it gives the floor, and ends the intervention.
            return [.command(state.floor.intervention == nil ? .giveFloor : .endIntervention, action)]
        case .pause:
            if case .paused = state.floor { return [.command(.resume, action)] }
            return [.command(.pause, action)]
        case .callNext: return [.command(.callNext, action)]
        case .skip: return [.command(.skip(target), action)]
        case .extend: return [.command(.extend(by: .seconds(30), reason: "extended by 30 s at the podium"), action)]
        case .undo: return [.command(.undo, action)]
        case .walkIn: mode = .form(Form.walkIn(state: state))
        case .move: mode = .form(Form.move)
        case .correctStart: mode = .form(Form.correctStart(state: state, now: now))
        case .nextSegment:
            mode = .confirm(.nextSegment(nextPhaseName(state)), onYes: [.command(.startNextSegment, action)])
        case .withdraw:
            guard let id = target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            mode = .confirm(
                .withdraw(state.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"),
                onYes: [.command(.withdraw(id), action)])
        case .absent:
            guard let id = target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            mode = .confirm(
                .absent(state.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"),
                onYes: [.command(.markAbsent(id), action)])
        case .restore:
            // The most recently withdrawn or absent speaker comes back: the usual
            // case is a delegation that turns up after all.
            guard let id = Self.lastRemoved(state) else {
                message = Message(strings.value.noneToRestore, isError: true)
                return []
            }
            mode = .confirm(
                .restore(state.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"),
                onYes: [.command(.restore(id), action)])
        case .acknowledgeClock:
            guard clockUnconfirmed else {
                message = Message(strings.value.clockNothingToConfirm)
                return []
            }
            return [.acknowledgeClock]
        case .closeSession: mode = .confirm(.closeSession, onYes: [.command(.closeSession, action)])
        case .quit: mode = .confirm(.quit, onYes: [.quit])
        case .help: mode = .help
        case .scrollUp: scroll -= 1
        case .scrollDown: scroll += 1
        }
        return []
    }

    /// The speaker to restore: the last one withdrawn or absent in the current
    /// segment's list (or the first segment's before the session opens).
    static func lastRemoved(_ state: SessionState) -> SpeakerID? {
        let segment = state.currentSegment ?? 0
        guard state.order.indices.contains(segment) else { return nil }
        return state.order[segment].last { state.status(of: $0) == .withdrawn || state.status(of: $0) == .absent }
    }

    private func nextPhaseName(_ state: SessionState) -> String {
        let segments = state.plan.segments
        let next: Int
        switch state.phase {
        case .notStarted: return strings.value.opening.lowercased()
        case .opening: next = 0
        case .segment(let i, _): next = i + 1
        case .closing, .closed: next = segments.count
        }
        guard next < segments.count else { return strings.value.closing.lowercased() }
        return "\(strings.value.segment) \(TerminalSafe.clean(segments[next].id))"
    }
}

extension Strings {
    /// A language tag that keeps `UIState` hashable while naming its string table.
    public struct Key: Sendable, Hashable {
        public var language: Language
        public init(_ language: Language) { self.language = language }
        public var value: Strings { Strings.of(language) }
    }
}
