// The forms of the rules of procedure: a point of order named, a right of reply, a
// waiting speaker's limit, a message to the speaker, a suspension and a note, and what
// each says under its fields as the core would decide it now.
import PlenaryCore
import PlenaryText
import PlenaryView

extension Form {
    /// A point of order naming the delegation that raises it: one field, which may
    /// stay empty.
    static func pointOfOrder(state: SessionState) -> Form {
        Form(kind: .pointOfOrder, fields: [.delegation], values: [""], known: delegations(state))
    }

    static func reply(state: SessionState) -> Form {
        Form(kind: .reply, fields: [.delegation], values: [""], known: delegations(state))
    }

    /// A waiting speaker's limit: the list number of `speaker` (the called or next
    /// one) filled in, ready to change.
    static func limit(state: SessionState, speaker: SpeakerID?) -> Form {
        Form(kind: .limit, fields: [.listNumber, .limit, .reason], values: [listNumber(speaker, state), "", ""])
    }

    static let message = Form(kind: .message, fields: [.message], values: [""], notes: [.cannedMessages])

    /// "The meeting is suspended for ten minutes": the usual length filled in.
    static let suspension = Form(kind: .suspension, fields: [.length, .reason], values: ["10", ""])

    static func note(state: SessionState, speaker: SpeakerID?) -> Form {
        Form(kind: .note, fields: [.listNumber, .note], values: [listNumber(speaker, state), ""])
    }

    /// The number the list shows for `id`, as a field's text; empty for nobody.
    private static func listNumber(_ id: SpeakerID?, _ state: SessionState) -> String {
        guard let id else { return "" }
        let n = ActionText.number(id, state)
        return n > 0 ? String(n) : ""
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

    /// The notes under the fields, as the core would decide the form's command at
    /// `now`: which right of reply this is (or why there is none), whose limit or note
    /// the list number names, when a suspension would end.
    mutating func refreshNotes(session: Session, now: Instant) {
        let state = session.state
        switch kind {
        case .reply:
            notes = []
            guard !value(.delegation).isEmpty, case .success(let command) = command(state: state, now: now) else {
                return
            }
            switch session.decide(command, at: now) {
            case .success(let events):
                guard case .replyRequested(let sp) = events.last?.fact else { return }
                notes = [
                    .reply(
                        delegation: TerminalSafe.clean(sp.delegation), ordinal: state.replies(of: sp.delegation) + 1,
                        limit: sp.limit ?? state.plan.limit(for: sp))
                ]
            case .failure(let r): notes = [.refused(r)]
            }
        case .limit, .note:
            notes =
                speaker(state).map {
                    [.speaker(ActionText.name($0, state), limit: kind == .limit ? state.limit(of: $0) : nil)]
                } ?? []
        case .suspension:
            notes = SuspensionText.parse(value(.length)).map { [.resumesAt(now + $0)] } ?? []
        case .walkIn, .move, .correctStart, .extend, .pointOfOrder, .message:
            break
        }
    }

    /// The speaker the list number field names in the list in view, if any.
    func speaker(_ state: SessionState) -> SpeakerID? {
        guard let seg = state.focusSegment, let n = Int(value(.listNumber)), state.order[seg].indices.contains(n - 1)
        else { return nil }
        return state.order[seg][n - 1]
    }

    /// A delegation typed in other letters or the other language ("belgium", "Belgique"),
    /// spelled as the list spells it, else as the known table does, so that its rights
    /// of reply count together.
    static func spelling(of typed: String, _ state: SessionState) -> String {
        let known = KnownDelegations.named(typed)
        let listed = state.speakers.values.first {
            $0.delegation.lowercased() == typed.lowercased()
                || (known != nil && KnownDelegations.named($0.delegation)?.code == known?.code)
        }
        return listed?.delegation ?? known?.name ?? typed
    }
}

/// Reads a suspension's length as the chair announces it: minutes ("10", "10 min")
/// or m:ss ("1:30").
enum SuspensionText {
    static func parse(_ text: String) -> Duration? {
        var t = text.trimming()
        if t.hasSuffix("min") { t = String(t.dropLast(3)).trimming() }
        if let m = Int(t) { return m > 0 && m <= 24 * 60 ? .minutes(m) : nil }
        return t.contains(":") ? ExtensionText.parse(t) : nil
    }
}
