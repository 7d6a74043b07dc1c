// Which recorded events are in effect. Undo never deletes: it records `actionUndone`,
// and every fold of the history leaves the undone action's events out. This is the
// one place that says so; replay and the actual-times log both use it.

extension Event {
    /// The operator actions that a later `actionUndone` took back.
    static func undoneActions(_ events: [Event]) -> Set<ActionID> {
        var undone = Set<ActionID>()
        for e in events { if case .actionUndone(let a) = e.fact { undone.insert(a) } }
        return undone
    }

    /// Whether this event belongs to one of `undone` (the system's events never do).
    func isUndone(by undone: Set<ActionID>) -> Bool {
        guard let a = origin.action else { return false }
        return undone.contains(a)
    }

    /// `events` without those of undone actions, in recorded order; the
    /// `actionUndone` records themselves stay (they advance the action counter).
    static func inEffect(_ events: [Event]) -> [Event] {
        let undone = undoneActions(events)
        if undone.isEmpty { return events }
        return events.filter { !$0.isUndone(by: undone) }
    }
}
