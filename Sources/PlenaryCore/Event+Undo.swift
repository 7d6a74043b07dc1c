// Which recorded events are in effect. Undo never deletes: it records `actionUndone`,
// and every fold of the history leaves the undone action's events out. This is the
// one place that says so; replay and the actual-times log both use it.

extension Event {
    /// `events` without those of undone actions, in recorded order; the
    /// `actionUndone` records themselves stay (they advance the action counter).
    static func inEffect(_ events: [Event]) -> [Event] {
        var undone = Set<ActionID>()
        for e in events { if case .actionUndone(let a) = e.fact { undone.insert(a) } }
        if undone.isEmpty { return events }
        return events.filter { !undone.contains($0.action) }
    }
}
