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
    /// The same, decided at the instant the officer pressed the key that opened the
    /// form, nothing having been recorded since: a point of order named in its form
    /// stops the speaker's clock when it was raised, not when the typing ended.
    case commandRaised(Command, Action, at: Instant)
    case quit
    /// The operator has checked the times rebuilt after a restart.
    case acknowledgeClock
}

public enum Mode: Sendable, Hashable {
    case normal
    case help
    /// The registration file's warnings, listed; any key closes them.
    case registrationWarnings
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
    /// Notices for the main screen after the start, until the first key.
    public var announcements: [String] = []
    public var strings: Strings.Key

    /// Space again this soon after giving the floor asks before it ends the
    /// intervention: a double press is a slip, not a two-second speech.
    public static let endGuard = Duration.seconds(2)

    /// The yes that answered the last question, and when: the same key again this soon
    /// is the same press twice, not a command. French answers with `o`, which is also
    /// the point of order's key.
    public var answeredYes: AnsweredYes?
    public static let doublePress = Duration.milliseconds(700)

    public struct AnsweredYes: Sendable, Hashable {
        public var key: Key
        public var at: Instant
    }

    public init(language: Language = .english) { strings = Strings.Key(language) }

    /// What the screen shows of this state, with the legend of the usual moment.
    public var view: OperatorView { view(of: nil) }

    /// What the screen shows, the legend chosen for the moment `state` is in.
    public func view(of state: SessionState?) -> OperatorView {
        let overlay: OperatorView.Overlay
        switch mode {
        case .normal: overlay = .none
        case .help: overlay = .help
        case .registrationWarnings: overlay = .registrationWarnings
        case .confirm(let c, _): overlay = .confirm(c)
        case .form(let f): overlay = .form(f.view)
        }
        return OperatorView(
            overlay: overlay, message: message, notSaved: notSaved, continuedIn: continuedIn,
            clockUnconfirmed: clockUnconfirmed, scroll: scroll,
            keys: state.map { Keymap.guide(for: $0, strings: strings.value) } ?? Keymap.guide,
            announcements: announcements)
    }

    /// Handles one key against the session as it is at `now`.
    public mutating func handle(_ key: Key, session: Session, now: Instant) -> [Effect] {
        let state = session.state
        switch mode {
        case .normal:
            defer { answeredYes = nil }
            if let yes = answeredYes, yes.key == key, now >= yes.at, now - yes.at < Self.doublePress { return [] }
            message = nil
            announcements = []
            guard let action = Keymap.action(for: key) else { return [] }
            return perform(action, session: session, now: now)
        case .help, .registrationWarnings:
            // Any key closes the help, so a panicked operator cannot get stuck in it.
            mode = .normal
            return []
        case .confirm(let question, let onYes):
            mode = .normal
            if case .char(let c) = key, c == "y" || c == "Y" || String(c).lowercased() == strings.value.confirmYes {
                answeredYes = AnsweredYes(key: key, at: now)
                return onYes
            }
            message = Message(cancelled(question))
            return []
        case .form(var form):
            switch form.handle(key, state: state) {
            case .editing:
                form.refreshNotes(session: session, now: now)
                mode = .form(form)
                return []
            case .cancelled:
                mode = .normal
                message = Message(strings.value.cancelled)
                return []
            case .submitted:
                switch form.command(state: state, now: now) {
                case .success(let command):
                    // What the core would refuse keeps the form open with its reason, so
                    // the officer can correct the value instead of typing it all again.
                    if case .failure(let rejection) = session.decide(command, at: now) {
                        form.problem = .refused(rejection)
                        form.notes.removeAll { $0 == .refused(rejection) }
                        mode = .form(form)
                        return []
                    }
                    mode = .normal
                    if let raised = form.raised, raised.events == session.events.count, raised.at <= now {
                        return [.commandRaised(command, form.kind.action, at: raised.at)]
                    }
                    if let again = Self.alreadyListed(command, state) {
                        mode = .confirm(again, onYes: [.command(command, form.kind.action)])
                        return []
                    }
                    return [.command(command, form.kind.action)]
                case .failure(let problem):
                    form.problem = problem
                    mode = .form(form)
                    return []
                }
            }
        }
    }

    /// What "no" leaves as it was, said in the message line.
    private func cancelled(_ question: Confirmation) -> String {
        switch question {
        case .endEarly(let name, _): strings.value.keptFloor(name)
        case .addRegistrations: strings.value.registrationsNotAdded
        default: strings.value.cancelled
        }
    }

    private mutating func perform(_ action: Action, session: Session, now: Instant) -> [Effect] {
        let state = session.state
        let target = state.speakerAtFloor.flatMap { state.status(of: $0) == .called ? $0 : nil } ?? state.upcoming.first
        switch action {
        case .floor:
            // During a suspension the next thing is always to resume: Space, the key the
            // officer reaches for when the chair says "the meeting is resumed", does it.
            if state.floor.suspension != nil { return [.command(.resumeMeeting, .suspend)] }
            // One key for the whole turn: it gives the floor, and ends the intervention.
            guard let iv = state.floor.intervention else { return [.command(.giveFloor, action)] }
            let given = iv.recordedStart ?? iv.floorGivenAt
            if now >= given, now - given < Self.endGuard {
                let spoken = TimeText.minutesSeconds(iv.speakingTime(at: now, pausedSince: state.floor.pausedSince))
                mode = .confirm(
                    .endEarly(ActionText.name(iv.speaker, state), after: spoken),
                    onYes: [.command(.endIntervention, action)])
                return []
            }
            return [.command(.endIntervention, action)]
        case .pause:
            if case .paused = state.floor { return [.command(.resume, action)] }
            return [.command(.pause, action)]
        case .callNext: return [.command(.callNext, action)]
        case .skip: return [.command(.skip(target), action)]
        case .extend:
            let step = state.plan.extensionStep
            return [.command(.extend(by: step, reason: strings.value.extensionReason(ActionText.amount(step))), action)]
        case .extendWithReason:
            guard state.floor.intervention != nil else {
                message = Message(strings.value.refusal(.nobodyOnFloor(.extend(by: .zero, reason: ""))), isError: true)
                return []
            }
            mode = .form(Form.extend(plan: state.plan, strings: strings.value))
        case .undo: return undo(session, now: now)
        case .redo: return [.command(.redo, action)]
        case .walkIn: mode = .form(Form.walkIn(state: state))
        case .move: mode = .form(Form.move)
        case .correctStart: mode = .form(Form.correctStart(state: state, now: now))
        case .nextSegment: askBefore(.startNextSegment, action, session: session, now: now)
        case .withdraw:
            guard let id = target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            mode = .confirm(.withdraw(ActionText.name(id, state)), onYes: [.command(.withdraw(id), action)])
        case .absent:
            guard let id = target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            mode = .confirm(.absent(ActionText.name(id, state)), onYes: [.command(.markAbsent(id), action)])
        case .restore:
            // The most recently withdrawn or absent speaker comes back: the usual
            // case is a delegation that turns up after all.
            guard let id = Self.lastRemoved(state) else {
                message = Message(strings.value.noneToRestore, isError: true)
                return []
            }
            mode = .confirm(.restore(ActionText.name(id, state)), onYes: [.command(.restore(id), action)])
        case .acknowledgeClock:
            guard clockUnconfirmed else {
                message = Message(strings.value.clockNothingToConfirm)
                return []
            }
            return [.acknowledgeClock]
        case .registrationWarnings: mode = .registrationWarnings
        case .closeSession: askBefore(.closeSession, action, session: session, now: now)
        case .quit: mode = .confirm(.quit, onYes: [.quit])
        case .help: mode = .help
        case .scrollUp: scroll -= 1
        case .scrollDown: scroll += 1
        case .pointOfOrder, .pointOfOrderNamed, .endPointOfOrder, .reply, .changeLimit, .inWriting, .message,
            .suspend, .note:
            return performProcedure(action, target: target, session: session, now: now)
        }
        return []
    }

    /// Moving on and closing: refused at once when the core would refuse them (asked
    /// of `decide`, the one home of the rule), otherwise asked with what they leave
    /// behind, the speakers who will not be reached.
    private mutating func askBefore(_ command: Command, _ action: Action, session: Session, now: Instant) {
        let state = session.state
        switch session.decide(command, at: now) {
        case .failure(let rejection):
            message = Message(strings.value.refusal(rejection), isError: true)
        case .success(let events):
            let waiting = state.waitingBySegment
            let question: Confirmation
            if command == .closeSession {
                let from = state.currentSegment ?? state.focusSegment ?? waiting.count
                question = .closeSession(notReached: waiting.dropFirst(from).reduce(0) { $0 + $1.count })
            } else {
                let current = state.currentSegment
                question = .nextSegment(
                    phaseName(events, state), notReached: current.map { waiting[$0].count } ?? 0,
                    current: current.map { ActionText.segmentName($0, state, strings.value) })
            }
            mode = .confirm(question, onYes: [.command(command, action)])
        }
    }

    /// Undo names what it takes back. While someone has the floor, or when the floor
    /// changes hands by it, it asks first and says what happens to the floor.
    private mutating func undo(_ session: Session, now: Instant) -> [Effect] {
        let s = strings.value
        switch session.decide(.undo, at: now) {
        case .failure(let rejection):
            message = Message(s.refusal(rejection), isError: true)
            return []
        case .success(let events):
            guard case .actionUndone(let undone) = events.last?.fact,
                let consequence = Self.consequence(of: events, in: session, now: now)
            else { return [.command(.undo, .undo)] }
            let deed = ActionText.deed(undone, in: session.events, state: session.state, strings: s) ?? s.actions(.undo)
            mode = .confirm(.undo(deed, consequence), onYes: [.command(.undo, .undo)])
            return []
        }
    }

    /// What recording `undo` does to the floor: nil when nobody has it before or after.
    static func consequence(of undo: [Event], in session: Session, now: Instant) -> UndoConsequence? {
        var after = session
        after.record(undo)
        let before = session.state
        let off = before.plan.utcOffset
        switch (before.floor.intervention, after.state.floor.intervention) {
        case (nil, nil):
            // The chair's timed opening or closing is a turn at the microphone too.
            guard let turn = before.chairTurn, after.state.chairTurn?.since != turn.since else { return nil }
            return .chairStops(turn.part, spoken: TimeText.minutesSeconds(max(.zero, now - turn.since)))
        case (let was?, let now2) where now2?.speaker != was.speaker:
            let spoken = was.speakingTime(at: now, pausedSince: before.floor.pausedSince)
            return .leavesFloor(ActionText.name(was.speaker, before), spoken: TimeText.minutesSeconds(spoken))
        case (let was?, _): return .keepsFloor(ActionText.name(was.speaker, before))
        case (nil, let back?):
            return .backOnFloor(
                ActionText.name(back.speaker, after.state),
                since: TimeText.clockSeconds(back.floorGivenAt, utcOffset: off))
        }
    }

    /// A walk-in whose delegation is already on its segment's list (by its name, or as
    /// the same known delegation in the other language): the question to ask first,
    /// with the number the list shows.
    static func alreadyListed(_ command: Command, _ state: SessionState) -> Confirmation? {
        guard case .addWalkIn(let delegation, _, _, let segment, _) = command,
            state.order.indices.contains(segment)
        else { return nil }
        // The same delegation in either language: "Belgique" is Belgium.
        func key(_ name: String) -> String {
            KnownDelegations.named(name).map { "code:\($0.code)" } ?? Fuzzy.fold(name.trimming())
        }
        let typed = key(delegation)
        guard
            let i = state.order[segment].firstIndex(where: { id in
                state.speakers[id].map { key($0.delegation) == typed } ?? false
            })
        else { return nil }
        return .walkInAgain(ActionText.name(state.order[segment][i], state), number: i + 1)
    }

    /// The speaker to restore: the last one withdrawn or absent in the current
    /// segment's list (or the first segment's before the session opens).
    static func lastRemoved(_ state: SessionState) -> SpeakerID? {
        let segment = state.currentSegment ?? 0
        guard state.order.indices.contains(segment) else { return nil }
        return state.order[segment].last { state.status(of: $0) == .withdrawn || state.status(of: $0) == .absent }
    }

    /// The phase that moving on enters, named from what `decide` would record.
    private func phaseName(_ events: [Event], _ state: SessionState) -> String {
        switch events.last?.fact {
        case .segmentStarted(let i): ActionText.segmentName(i, state, strings.value)
        case .sessionOpened: strings.value.opening.lowercased()
        default: strings.value.closing.lowercased()
        }
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
