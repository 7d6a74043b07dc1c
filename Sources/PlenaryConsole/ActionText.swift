// Names a recorded operator action from its own events, so that undo and redo say
// what they take back or put back ("floor given to Belgium at 11:42:10"), and the
// message after an action names the speaker and the number the list shows.
import PlenaryCore
import PlenaryText
import PlenaryView

enum ActionText {
    /// Action `action` of `events` as a phrase with the instant it was done. `state` is
    /// one in which the action is in effect: it gives the names and the list numbers.
    static func deed(_ action: ActionID, in events: [Event], state: SessionState, strings s: Strings) -> String? {
        let own = events.filter { $0.origin.action == action }
        guard let first = own.first, let deed = deed(own, state: state, strings: s) else { return nil }
        return s.deed(deed, at: TimeText.clockSeconds(first.at, utcOffset: state.plan.utcOffset))
    }

    /// What an action's events did, named; nil for the events that are not an
    /// operator's deed (an undo, a suspend).
    static func deed(_ own: [Event], state st: SessionState, strings s: Strings) -> Deed? {
        guard let fact = own.last?.fact else { return nil }
        let onFloor = st.floor.intervention.map { name($0.speaker, st) } ?? ""
        switch fact {
        case .sessionOpened: return .opened
        case .segmentStarted(let i): return .segmentStarted(segmentName(i, st, s))
        case .closingStarted: return .closingStarted
        case .sessionClosed: return .closed
        case .speakerCalled(let id): return .called(name(id, st))
        case .floorGiven(let id): return .floorGiven(name(id, st))
        case .interventionPaused: return .paused(onFloor)
        case .interventionResumed: return .resumed(onFloor)
        case .interventionEnded(let id): return .ended(name(id, st))
        case .speakerSkipped(let id): return .skipped(name(id, st))
        case .speakerAbsent(let id): return .absent(name(id, st))
        case .speakerWithdrawn(let id): return .withdrawn(name(id, st))
        case .speakerRestored(let id): return .restored(name(id, st))
        case .walkInAdded(let sp, _): return .added(TerminalSafe.clean(sp.delegation), number: number(sp.id, st))
        case .speakerMoved(let id, _): return .moved(name(id, st), number: number(id, st))
        case .registrationsAdded(let list): return .registrationsAdded(list.count)
        case .timeExtended(let ms, _): return .extended(onFloor, amount: amount(.milliseconds(ms)))
        case .startCorrected(let t):
            return .startCorrected(onFloor, to: TimeText.clockSeconds(t, utcOffset: st.plan.utcOffset))
        case .actionUndone, .actionRedone, .suspendDetected: return nil
        case .pointOfOrderRaised(let by): return .pointOfOrderRaised(TerminalSafe.clean(by))
        case .pointOfOrderEnded: return .pointOfOrderEnded
        case .replyRequested(let sp):
            return .replyRequested(TerminalSafe.clean(sp.delegation), ordinal: st.replyNumber(of: sp.id) ?? 1)
        case .limitChanged(let id, let ms, _): return .limitChanged(name(id, st), to: amount(.milliseconds(ms)))
        case .statementSubmittedInWriting(let id): return .inWriting(name(id, st))
        case .messageShown(let m): return .messageShown(shown(m, s))
        case .messageCleared: return .messageCleared
        case .meetingSuspended(let ms, _): return .meetingSuspended(TimeText.minutesSeconds(.milliseconds(ms)))
        case .meetingResumed: return .meetingResumed
        case .noteAdded(let id, _): return .noteAdded(name(id, st))
        }
    }

    /// The message as the room reads it, safe for the terminal.
    static func shown(_ m: SpeakerMessage, _ s: Strings) -> String {
        TerminalSafe.clean(ProcedureStrings.of(s.language).text(m))
    }

    /// A delegation's name, safe for the terminal; a speaker the list lacks by number.
    static func name(_ id: SpeakerID, _ st: SessionState) -> String {
        st.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"
    }

    /// "Segment II".
    static func segmentName(_ i: Int, _ st: SessionState, _ s: Strings) -> String {
        guard st.plan.segments.indices.contains(i) else { return "\(s.segment) \(i + 1)" }
        return "\(s.segment) \(TerminalSafe.clean(st.plan.segments[i].id))"
    }

    /// The number the list on screen shows for `id`: its place in its segment's list.
    static func number(_ id: SpeakerID, _ st: SessionState) -> Int {
        guard let seg = st.speakers[id]?.segment, st.order.indices.contains(seg) else { return 0 }
        return (st.order[seg].firstIndex(of: id) ?? -1) + 1
    }

    /// "30 s" under a minute, "1:30" from one.
    static func amount(_ d: Duration) -> String {
        let seconds = d.wholeMilliseconds / 1000
        return seconds < 60 ? "\(seconds) s" : TimeText.minutesSeconds(d)
    }
}
