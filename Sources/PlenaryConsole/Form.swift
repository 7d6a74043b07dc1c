// The short forms for rare actions: a walk-in, moving a speaker, correcting a
// start. Typing is free; the form turns its text into a command only on submit,
// and a value that cannot be used keeps the form open with the reason shown.
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
    /// Candidates for the delegation field, each with its English and French spellings.
    var known: [Fuzzy.Candidate] = []

    enum Outcome { case editing, cancelled, submitted }

    /// The most characters one field takes.
    static let fieldLimit = 120

    /// The form as the screen draws it.
    var view: FormView {
        FormView(
            kind: kind, fields: fields, values: values, focus: focus, suggestions: suggestions,
            suggestion: suggestion, problem: problem)
    }

    static func walkIn(state: SessionState) -> Form {
        let seg = state.focusSegment.map { state.plan.segments[$0].id } ?? ""
        var names = state.speakers.values.map { TerminalSafe.clean($0.delegation) }
        names += KnownDelegations.names
        // One offer per delegation: the list's own spelling ("Netherlands (Kingdom of the)")
        // hides the table's ("Netherlands").
        var seen = Set<String>()
        let known = names.filter { seen.insert(KnownDelegations.named($0)?.code ?? $0.lowercased()).inserted }.map {
            Fuzzy.Candidate($0, spellings: KnownDelegations.spellings(of: $0))
        }
        return Form(
            kind: .walkIn, fields: [.delegation, .function, .segment, .position],
            values: ["", "", seg, ""], known: known)
    }

    static let move = Form(kind: .move, fields: [.listNumber, .toPosition], values: ["", "1"])

    static func correctStart(state: SessionState, now: Instant) -> Form {
        let start = state.floor.intervention.map {
            TimeText.clockSeconds($0.floorGivenAt, utcOffset: state.plan.utcOffset)
        }
        return Form(kind: .correctStart, fields: [.startTime], values: [start ?? ""])
    }

    /// An extension: the plan's amount and the usual reason, ready to change.
    static func extend(plan: SessionPlan, strings: Strings) -> Form {
        let amount = ActionText.amount(plan.extensionStep)
        return Form(kind: .extend, fields: [.amount, .reason], values: [amount, strings.extensionReason(amount)])
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
            let known = state.speakers.values.first { $0.delegation.lowercased() == delegation.lowercased() }
            let category =
                known?.category
                ?? (KnownDelegations.isStateParty(delegation) ? .stateParty : .other)
            return .success(
                .addWalkIn(
                    delegation: delegation, function: TerminalSafe.clean(value(.function)),
                    category: category, segment: seg, position: position))
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
