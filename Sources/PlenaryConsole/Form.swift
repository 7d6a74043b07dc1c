// The short forms for rare actions: a walk-in, moving a speaker, correcting a
// start, and the rules of procedure (a named point of order, a right of reply, a
// limit, a message, a suspension, a note). Typing is free; the form turns its text
// into a command only on submit, and a value that cannot be used keeps the form open
// with the reason shown (the procedure's forms are in Form+Procedure.swift).
import PlenaryCore
import PlenaryText
import PlenaryView

extension FormKind {
    var action: Action {
        switch self {
        case .walkIn: .walkIn
        case .move: .move
        case .correctStart: .correctStart
        case .extend: .extendWithReason
        case .pointOfOrder: .pointOfOrderNamed
        case .reply: .reply
        case .limit: .changeLimit
        case .message: .message
        case .suspension: .suspend
        case .note: .note
        }
    }
}

/// A form being filled in: its fields, what was typed, and the field with focus.
public struct Form: Sendable, Hashable {
    public var kind: FormKind
    public var fields: [FormField]
    public var values: [String]
    public var focus = 0
    /// Known delegations matching what is typed in the delegation field, best first.
    public var suggestions: [String] = []
    public var suggestion = 0
    /// Why the last submit was refused.
    public var problem: FormProblem?
    /// What submitting would do now, or why it cannot (`refreshNotes`).
    public var notes: [FormNote] = []
    /// For a point of order: when its key was pressed, and how many events the session
    /// had then. Submitted with none recorded since, it counts from that instant.
    var raised: Raised?

    struct Raised: Sendable, Hashable {
        var at: Instant
        var events: Int
    }
    /// Candidates for the delegation field, each with its English and French spellings.
    var known: [Fuzzy.Candidate] = []

    enum Outcome { case editing, cancelled, submitted }

    /// The most characters one field takes.
    static let fieldLimit = 120

    /// The form as the screen draws it.
    var view: FormView {
        FormView(
            kind: kind, fields: fields, values: values, focus: focus, suggestions: suggestions,
            suggestion: suggestion, problem: problem, notes: notes)
    }

    static func walkIn(state: SessionState) -> Form {
        let seg = state.focusSegment.map { state.plan.segments[$0].id } ?? ""
        return Form(
            kind: .walkIn, fields: [.delegation, .function, .segment, .position],
            values: ["", "", seg, ""], known: delegations(state))
    }

    /// The delegations a delegation field completes: those on the lists, then the known
    /// table's. One offer per delegation: the list's own spelling ("Netherlands (Kingdom
    /// of the)") hides the table's ("Netherlands").
    static func delegations(_ state: SessionState) -> [Fuzzy.Candidate] {
        var names = state.speakers.values.map { TerminalSafe.clean($0.delegation) }
        names += KnownDelegations.names
        var seen = Set<String>()
        return names.filter { seen.insert(KnownDelegations.named($0)?.code ?? $0.lowercased()).inserted }.map {
            Fuzzy.Candidate($0, spellings: KnownDelegations.spellings(of: $0))
        }
    }

    mutating func handle(_ key: Key, state: SessionState) -> Outcome {
        problem = nil
        switch key {
        case .escape: return .cancelled
        case .enter:
            if fields[focus] == .delegation, values[focus].isEmpty, let s = suggestions.first { values[focus] = s }
            if focus + 1 < fields.count {
                focus += 1
                return .editing
            }
            return .submitted
        case .tab:
            if fields[focus] == .delegation, suggestions.indices.contains(suggestion) {
                values[focus] = suggestions[suggestion]
                refreshSuggestions()
            } else {
                focus = (focus + 1) % fields.count
            }
        case .up, .down:
            guard fields[focus] == .delegation, !suggestions.isEmpty else {
                focus = (focus + (key == .up ? fields.count - 1 : 1)) % fields.count
                return .editing
            }
            suggestion = (suggestion + (key == .up ? suggestions.count - 1 : 1)) % suggestions.count
        case .backspace:
            if !values[focus].isEmpty { values[focus].removeLast() }
            refreshSuggestions()
        case .char(let c):
            // Only printable text enters a field; the key decoder has already dropped
            // any escape sequence typed here.
            guard c.unicodeScalars.allSatisfy(TerminalSafe.isSafe) else { return .editing }
            type(c.unicodeScalars)
        case .paste(let text):
            // A paste is text: whole escape sequences and controls removed, lines joined.
            type(TerminalSafe.clean(text, limit: .max).unicodeScalars)
        case .pageUp, .pageDown, .home:
            break
        }
        return .editing
    }

    /// Adds typed or pasted scalars to the field with focus, up to `fieldLimit`
    /// characters, each carrying no more combining marks than TerminalSafe keeps.
    private mutating func type(_ scalars: some Sequence<Unicode.Scalar>) {
        for s in scalars {
            if TerminalSafe.isMark(s) {
                guard TerminalSafe.acceptsMark(after: values[focus]) else { continue }
            } else if values[focus].count >= Self.fieldLimit {
                break
            }
            values[focus].unicodeScalars.append(s)
        }
        refreshSuggestions()
    }

    private mutating func refreshSuggestions() {
        suggestion = 0
        guard fields[focus] == .delegation else { return }
        suggestions = Fuzzy.matches(values[focus], in: known, limit: 4)
    }

    func value(_ field: FormField) -> String {
        fields.firstIndex(of: field).map { values[$0].trimming() } ?? ""
    }

    /// The category a delegation typed in a form speaks in: its own on the list, else a
    /// State party's when the known table says it is one.
    static func category(of delegation: String, in state: SessionState) -> Category {
        let listed = state.speakers.values.first { $0.delegation.lowercased() == delegation.lowercased() }
        return listed?.category ?? (KnownDelegations.isStateParty(delegation) ? .stateParty : .other)
    }

    /// The command the form asks for, or why it cannot be run.
    func command(state: SessionState, now: Instant) -> Result<Command, FormProblem> {
        switch kind {
        case .walkIn:
            let delegation = TerminalSafe.clean(value(.delegation))
            guard !delegation.isEmpty else { return .failure(.delegationMissing) }
            guard let seg = state.plan.segmentIndex(named: value(.segment)) else {
                return .failure(.noSuchSegment(value(.segment)))
            }
            var position: Int?
            if !value(.position).isEmpty {
                guard let p = Int(value(.position)), p >= 1 else { return .failure(.positionNotANumber) }
                position = p
            }
            return .success(
                .addWalkIn(
                    delegation: delegation, function: TerminalSafe.clean(value(.function)),
                    category: Self.category(of: delegation, in: state), segment: seg, position: position))
        case .move:
            guard let seg = state.focusSegment else { return .failure(.noListToMoveIn) }
            guard let n = Int(value(.listNumber)), state.order[seg].indices.contains(n - 1) else {
                return .failure(.listNumberOutOfRange(count: state.order[seg].count))
            }
            guard let to = Int(value(.toPosition)), to >= 1 else { return .failure(.positionNotANumber) }
            return .success(.move(state.order[seg][n - 1], toPosition: to))
        case .correctStart:
            guard let t = StartTimeText.parse(value(.startTime), now: now, utcOffset: state.plan.utcOffset) else {
                return .failure(.startTimeUnreadable)
            }
            return .success(.correctStart(to: t))
        case .extend:
            guard let amount = ExtensionText.parse(value(.amount)) else { return .failure(.amountUnreadable) }
            return .success(.extend(by: amount, reason: TerminalSafe.clean(value(.reason))))
        case .pointOfOrder:
            return .success(.raisePointOfOrder(by: Self.spelling(of: TerminalSafe.clean(value(.delegation)), state)))
        case .reply:
            let delegation = Self.spelling(of: TerminalSafe.clean(value(.delegation)), state)
            guard !delegation.isEmpty else { return .failure(.delegationMissing) }
            return .success(
                .requestReply(delegation: delegation, function: "", category: Self.category(of: delegation, in: state)))
        case .limit:
            guard let seg = state.focusSegment else { return .failure(.noListToMoveIn) }
            guard let id = speaker(state) else { return .failure(.listNumberOutOfRange(count: state.order[seg].count)) }
            guard let limit = ExtensionText.parse(value(.limit)) else { return .failure(.limitUnreadable) }
            return .success(.changeLimit(id, to: limit, reason: TerminalSafe.clean(value(.reason))))
        case .message:
            let typed = value(.message)
            if let n = Int(typed), CannedMessage.allCases.indices.contains(n - 1) {
                return .success(.showMessage(.canned(CannedMessage.allCases[n - 1])))
            }
            return .success(.showMessage(.text(TerminalSafe.clean(typed))))
        case .suspension:
            guard let length = SuspensionText.parse(value(.length)) else { return .failure(.lengthUnreadable) }
            return .success(.suspendMeeting(for: length, reason: TerminalSafe.clean(value(.reason))))
        case .note:
            guard let seg = state.focusSegment else { return .failure(.noListToMoveIn) }
            guard let id = speaker(state) else { return .failure(.listNumberOutOfRange(count: state.order[seg].count)) }
            return .success(.addNote(id, text: TerminalSafe.clean(value(.note))))
        }
    }
}

/// Reads a corrected start as the operator types it: a clock time today, or
/// seconds before now.
enum StartTimeText {
    static func parse(_ text: String, now: Instant, utcOffset: Duration) -> Instant? {
        if text.hasPrefix("-"), let s = Int(text.dropFirst()), s >= 0 { return now - .seconds(s) }
        guard let t = WrittenTime.timeOfDay(text) else { return nil }
        let day = CivilDate.local(now, utcOffset: utcOffset)
        return Instant(
            year: day.year, month: day.month, day: day.day, hour: t.hour, minute: t.minute, second: t.second,
            utcOffset: utcOffset)
    }
}

/// Reads an extension as the operator types it: seconds ("45", "45 s") or m:ss.
enum ExtensionText {
    static func parse(_ text: String) -> Duration? {
        var t = text.trimming()
        if t.hasSuffix("s") { t = String(t.dropLast()).trimming() }
        if let s = Int(t), s > 0 { return .seconds(s) }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let m = Int(parts[0]), let s = Int(parts[1]), m >= 0, (0..<60).contains(s),
            m * 60 + s > 0
        else { return nil }
        return .seconds(m * 60 + s)
    }
}
