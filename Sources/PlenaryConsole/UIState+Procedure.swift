// The keys of the rules of procedure: a point of order in one key, the forms for a
// named point of order, a reply, a limit, a message, a suspension and a note, and the
// question before a statement in writing. Each asks `decide` first, so a key that
// cannot work is refused at once with the core's reason.
import PlenaryCore
import PlenaryView

extension UIState {
    /// The keys of the rules of procedure. A key that opens a form or asks first is
    /// refused at once when the core would refuse what it leads to (asked of `decide`).
    mutating func performProcedure(
        _ action: Action, target: SpeakerID?, session: Session, now: Instant
    ) -> [Effect] {
        let state = session.state
        let underway = state.floor.pointOfOrder != nil
        switch action {
        case .pointOfOrder:
            // One key, no typing: raised at once, and the same key ends it.
            return [.command(underway ? .endPointOfOrder : .raisePointOfOrder(by: ""), action)]
        case .pointOfOrderNamed:
            if underway { return [.command(.endPointOfOrder, .pointOfOrder)] }
            var form = Form.pointOfOrder(state: state)
            form.raised = Form.Raised(at: now, events: session.events.count)
            open(form, ifCore: .raisePointOfOrder(by: ""), session, now)
        case .endPointOfOrder:
            // Enter has no other meaning outside a form: outside a point of order it does nothing.
            return underway ? [.command(.endPointOfOrder, .pointOfOrder)] : []
        case .reply:
            // The delegation is not known yet: only refusals that hold for any delegation count.
            let probe = Command.requestReply(delegation: "?", function: "", category: .other)
            if case .failure(let r) = session.decide(probe, at: now), !Self.concernsOneDelegation(r) {
                message = Message(strings.value.refusal(r), isError: true)
                return []
            }
            mode = .form(Form.reply(state: state))
        case .changeLimit:
            guard let id = target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            var form = Form.limit(state: state, speaker: id)
            form.refreshNotes(session: session, now: now)
            open(form, ifCore: .changeLimit(id, to: .seconds(1), reason: ""), session, now)
        case .inWriting:
            guard let id = target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            switch session.decide(.submitInWriting(id), at: now) {
            case .failure(let r): message = Message(strings.value.refusal(r), isError: true)
            case .success:
                let called = state.status(of: id) == .called
                mode = .confirm(
                    .inWriting(ActionText.name(id, state), called: called),
                    onYes: [.command(.submitInWriting(id), action)])
            }
        case .message:
            // The same key clears the message on the room display.
            if state.shownMessage != nil { return [.command(.clearMessage, action)] }
            open(Form.message, ifCore: .showMessage(.canned(.pleaseConclude)), session, now)
        case .suspend:
            if state.floor.suspension != nil { return [.command(.resumeMeeting, action)] }
            var form = Form.suspension
            form.refreshNotes(session: session, now: now)
            open(form, ifCore: .suspendMeeting(for: .minutes(10), reason: ""), session, now)
        case .note:
            // The turn under way or just ended is the one a note is usually about.
            let ended = state.records.last.flatMap {
                state.speakers[$0.speaker]?.segment == state.focusSegment ? $0.speaker : nil
            }
            guard let id = state.speakerAtFloor ?? ended ?? target else {
                message = Message(strings.value.noneWaiting, isError: true)
                return []
            }
            var form = Form.note(state: state, speaker: id)
            form.refreshNotes(session: session, now: now)
            open(form, ifCore: .addNote(id, text: "note"), session, now)
        default: break
        }
        return []
    }

    /// A refusal of a right of reply that another delegation would not get: the
    /// reply form opens all the same, and says it once the delegation is typed.
    static func concernsOneDelegation(_ r: Rejection) -> Bool {
        if case .replyLimitReached(_, let allowed) = r { return allowed > 0 }
        return false
    }

    /// Opens `form`, or says why not when the core refuses `probe`, the command the
    /// form leads to with any usable value.
    private mutating func open(_ form: Form, ifCore probe: Command, _ session: Session, _ now: Instant) {
        if case .failure(let r) = session.decide(probe, at: now) {
            message = Message(strings.value.refusal(r), isError: true)
        } else {
            mode = .form(form)
        }
    }
}
