// Which recorded events are in effect. Undo never deletes: it records `actionUndone`,
// and every fold of the history leaves the undone action's events out; a redo records
// `actionRedone`, and the action is in effect again. This is the one place that says
// so; replay and the actual-times log both use it.

extension Event {
    /// The operator actions taken back by an `actionUndone` and not put back by a later
    /// `actionRedone`. A journal without redo reads as it always did.
    static func undoneActions(_ events: [Event]) -> Set<ActionID> {
        var undone = Set<ActionID>()
        for e in events {
            switch e.fact {
            case .actionUndone(let a): undone.insert(a)
            case .actionRedone(let a): undone.remove(a)
            default: continue
            }
        }
        return undone
    }

    /// Whether this event belongs to one of `undone` (the system's events never do).
    func isUndone(by undone: Set<ActionID>) -> Bool {
        guard let a = origin.action else { return false }
        return undone.contains(a)
    }

    /// Whether this event is an undo or a redo, which take back or put back other
    /// actions and are never themselves in the list of actions to take back.
    var isUndoOrRedo: Bool {
        switch fact {
        case .actionUndone, .actionRedone: true
        default: false
        }
    }

    /// `events` without those of undone actions, in recorded order; the
    /// `actionUndone` and `actionRedone` records themselves stay (they advance the
    /// action counter).
    static func inEffect(_ events: [Event]) -> [Event] {
        let undone = undoneActions(events)
        if undone.isEmpty { return events }
        return events.filter { !$0.isUndone(by: undone) }
    }
}
