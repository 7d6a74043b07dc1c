// The engine the shells drive: the initial state, the events so far and the state
// they add up to. The shell decides, makes the events durable, then records them:
// nothing is shown as done before it is written.

public struct Session: Sendable {
    public let initial: SessionState
    public private(set) var events: [Event] = []
    public private(set) var state: SessionState

    public init(plan: SessionPlan, speakers: [Speaker]) {
        initial = SessionState(plan: plan, speakers: speakers)
        state = initial
    }

    /// A session rebuilt from recorded events (a journal, a rehearsal).
    public init(plan: SessionPlan, speakers: [Speaker], events: [Event]) {
        self.init(plan: plan, speakers: speakers)
        self.events = events
        state = SessionState.replay(initial, events)
    }

    /// A session that carries on from `state` with no history of its own: a forecast
    /// or a simulation run from the live state. Undo reaches back only to actions
    /// recorded here, since the events before are not in this session's hands.
    public init(continuing state: SessionState) {
        var start = state
        start.appliedActions = []
        start.redoable = []
        initial = start
        self.state = start
    }

    public var plan: SessionPlan { initial.plan }

    /// What `command` would record at `t`. Changes nothing.
    public func decide(_ command: Command, at t: Instant) -> Result<[Event], Rejection> {
        state.decide(command, at: t)
    }

    /// Takes events that have been made durable into the state.
    public mutating func record(_ new: [Event]) {
        events.append(contentsOf: new)
        if new.contains(where: \.isUndoOrRedo) {
            state = SessionState.replay(initial, events)
        } else {
            for e in new { state.apply(e) }
        }
    }

    /// Decide and record in one step, for callers with nothing to persist (tests,
    /// simulations). Returns the events recorded.
    @discardableResult
    public mutating func handle(_ command: Command, at t: Instant) -> Result<[Event], Rejection> {
        let decision = decide(command, at: t)
        if case .success(let events) = decision { record(events) }
        return decision
    }
}
