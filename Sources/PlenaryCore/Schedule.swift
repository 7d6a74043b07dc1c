// The plan as the day runs it: the one place that says which figures are measured
// against the plan as filed and which against the plan shifted to the actual opening.
//
// A session that opens late keeps the plan's durations (the opening, each segment's
// budget, the closing) but not its clock times: the remaining plan starts from the
// actual opening. Against the *original* plan: the lateness itself ("started 9 h 05
// late"), said once, and the log's planned times of the segments and the session (what
// was filed). Against the *shifted* plan: the session's time left or over, the drift
// (behind or ahead), the segments' planned ends in the projection, and so who will not
// be reached, every planned turn, and the forecast's P(on time) (by the shifted end).
// A session nine hours late is then on schedule if it keeps its pace, instead of nine
// hours behind and over on every figure.

/// How late the session opened, and the plan shifted by that much.
public struct Schedule: Sendable, Hashable {
    /// From the planned start to the actual opening (before the opening: to now, as if
    /// the chair opened this instant); zero for a session opened on time or early.
    public var lateness: Duration
    /// The plan with every instant of the day moved by `lateness`; the registration
    /// deadline stays where it was (it was for registrations, not for the day).
    public var plan: SessionPlan

    /// Lateness worth saying: under a minute it is the drift's to show, in seconds.
    public static let sayLateFrom: Duration = .minutes(1)

    /// Whether the status says "started … late" (or, before opening, "… late").
    public var isLate: Bool { lateness >= Self.sayLateFrom }
}

extension SessionPlan {
    /// The same plan started `delay` later: start and end move, durations stay.
    public func shifted(by delay: Duration) -> SessionPlan {
        var p = self
        p.start = start + delay
        p.end = end + delay
        return p
    }
}

extension SessionState {
    /// The schedule at `t`: fixed once the session is open (the opening's instant), and
    /// moving with `t` while the session waits to be opened past its planned start.
    public func schedule(at t: Instant) -> Schedule {
        let opened = openedAt ?? t
        let lateness = max(.zero, opened - plan.start)
        return Schedule(lateness: lateness, plan: lateness > .zero ? plan.shifted(by: lateness) : plan)
    }
}
