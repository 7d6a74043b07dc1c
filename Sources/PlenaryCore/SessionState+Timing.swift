// Questions asked at an instant. Every answer is computed from recorded instants and
// the instant given, so asking every second, every 7 s or at random moments gives
// the same answer for the same instant.

extension SessionState {
    /// Time at the microphone of the speaker on the floor, pauses excluded.
    public func speakingTime(at t: Instant) -> Duration? {
        floor.intervention?.speakingTime(at: t, pausedSince: floor.pausedSince)
    }

    /// Allowance left for the speaker on the floor; negative is overrun.
    public func remaining(at t: Instant) -> Duration? {
        guard let iv = floor.intervention, let spoken = speakingTime(at: t) else { return nil }
        return iv.allowance - spoken
    }

    /// The warning stage of the speaker on the floor, nil when nobody speaks.
    public func stage(at t: Instant) -> Stage? {
        guard let left = remaining(at: t) else { return nil }
        return plan.stage(forRemaining: left)
    }

    /// When the current segment started, and how long it has run.
    public func segmentElapsed(at t: Instant) -> Duration? {
        guard case .segment(_, let since) = phase else { return nil }
        return max(.zero, t - since)
    }

    /// The current segment's budget minus its elapsed time; negative when over.
    public func segmentRemaining(at t: Instant) -> Duration? {
        guard let i = currentSegment, let elapsed = segmentElapsed(at: t) else { return nil }
        return plan.segments[i].budget - elapsed
    }

    /// Time left until the end of the session as scheduled (`Schedule`: the plan
    /// shifted to a late opening); negative once past it. Fixed at the close: a closed
    /// session's figures are final and do not count on.
    public func sessionRemaining(at t: Instant) -> Duration {
        schedule(at: t).plan.end - (closedAt ?? t)
    }

    /// When the session was closed, nil while it runs.
    public var closedAt: Instant? {
        if case .closed(let at) = phase { return at }
        return nil
    }

    /// The chair's turn under way, timed like a speaker's: the opening against the
    /// plan's `openingAllowance`, the closing against its `closingAllowance`.
    public var chairTurn: ChairTurn? {
        switch phase {
        case .opening(let since): ChairTurn(part: .opening, since: since, allowance: plan.openingAllowance)
        case .closing(let since): ChairTurn(part: .closing, since: since, allowance: plan.closingAllowance)
        case .notStarted, .segment, .closed: nil
        }
    }

    /// The chair's allowance left at `t`; negative is overrun. Nil outside the opening
    /// and the closing.
    public func chairRemaining(at t: Instant) -> Duration? {
        chairTurn.map { $0.allowance - max(.zero, t - $0.since) }
    }

    /// The chair's warning stage at `t`, by the same thresholds as a speaker's.
    public func chairStage(at t: Instant) -> Stage? {
        chairRemaining(at: t).map { plan.stage(forRemaining: $0) }
    }

    /// The average changeover observed so far, or the plan's assumption before any:
    /// each intervention's walk to the microphone (`Measure.walkToMicrophone`) or, when
    /// the floor was given without a call, the gap after the previous speaker of its
    /// segment (`Measure.gapBetweenSpeakers`). Each observation counts at most
    /// `plan.changeoverBound`, so one speaker called and left waiting for twelve minutes
    /// cannot stretch every turn still to come. The projection plans each turn with it.
    public var observedChangeover: Duration {
        var total = Duration.zero
        var count = 0
        for (i, r) in records.enumerated() {
            let iv = r.intervention
            let previous = i > 0 && records[i - 1].intervention.segment == iv.segment ? records[i - 1] : nil
            if let walk = iv.walkToMicrophone, let called = iv.calledAt {
                total += min(walk - meetingTime(from: called, to: iv.floorGivenAt), plan.changeoverBound)
                count += 1
            } else if let previous, iv.floorGivenAt >= previous.endedAt,
                let gap = Measure.gapBetweenSpeakers(previousEnd: previous.endedAt, floorGivenAt: iv.floorGivenAt)
            {
                total += min(gap - meetingTime(from: previous.endedAt, to: iv.floorGivenAt), plan.changeoverBound)
                count += 1
            }
        }
        guard count > 0 else { return plan.expectedChangeover }
        return .milliseconds(total.wholeMilliseconds / Int64(count))
    }
}

extension SessionState {
    /// Time between `a` and `b` that belonged to the meeting rather than to a speaker:
    /// suspensions, and points of order raised while no intervention was under way. A
    /// changeover measured across one is not the next speaker's pace.
    public func meetingTime(from a: Instant, to b: Instant) -> Duration {
        guard b > a else { return .zero }
        func overlap(_ s: Instant, _ e: Instant) -> Duration { max(.zero, min(b, e) - max(a, s)) }
        var total = Duration.zero
        for s in suspensions { total += overlap(s.suspension.start, s.resumedAt) }
        for p in pointsOfOrder where p.interruptedSpeaker == nil { total += overlap(p.raisedAt, p.endedAt) }
        return min(total, b - a)
    }

    /// How long the meeting has been suspended so far, the suspension under way
    /// included up to `t`: the part of the drift the speakers are not answerable for.
    public func suspendedTotal(at t: Instant) -> Duration {
        let ended = suspensions.reduce(Duration.zero) { $0 + $1.length }
        guard let s = floor.suspension else { return ended }
        return ended + max(.zero, t - s.start)
    }

    /// The point of order's time left against the plan's limit, nil when there is no
    /// point of order or no limit; negative is overrun.
    public func pointOfOrderRemaining(at t: Instant) -> Duration? {
        guard let p = floor.pointOfOrder, let limit = p.limit else { return nil }
        return limit - p.elapsed(at: t)
    }
}

/// The chair's part of the session that is timed on its own.
public enum ChairPart: Sendable, Hashable {
    case opening, closing
}

/// The chair's opening or closing under way: since when, and against which allowance.
public struct ChairTurn: Sendable, Hashable {
    public var part: ChairPart
    public var since: Instant
    public var allowance: Duration
}

extension SessionPlan {
    /// The most an observed changeover counts for in the projection: three times the
    /// plan's assumption, and never under a minute (a slow walk from the back of the
    /// room is real; a call left standing while the chair consults is not a pace).
    public var changeoverBound: Duration { max(.minutes(1), expectedChangeover * 3) }

    /// The most severe stage reached with `left` time remaining.
    public func stage(forRemaining left: Duration) -> Stage {
        warnings.filter { left <= $0.remaining }.map(\.stage).max() ?? .onTime
    }

    /// Whether reaching `stage` rings the bell.
    public func rings(at stage: Stage) -> Bool {
        warnings.first { $0.stage == stage }?.bell ?? false
    }
}
