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

    /// Time left until the planned end of the session; negative once past it.
    public func sessionRemaining(at t: Instant) -> Duration { plan.end - t }

    /// The average changeover observed so far, or the plan's assumption before any:
    /// each intervention's walk to the microphone (`Measure.walkToMicrophone`) or, when
    /// the floor was given without a call, the gap after the previous speaker of its
    /// segment (`Measure.gapBetweenSpeakers`). The projection plans each turn with it.
    public var observedChangeover: Duration {
        var total = Duration.zero
        var count = 0
        for (i, r) in records.enumerated() {
            let iv = r.intervention
            let previous = i > 0 && records[i - 1].intervention.segment == iv.segment ? records[i - 1] : nil
            if let walk = iv.walkToMicrophone {
                total += walk
                count += 1
            } else if let previous, iv.floorGivenAt >= previous.endedAt,
                let gap = Measure.gapBetweenSpeakers(previousEnd: previous.endedAt, floorGivenAt: iv.floorGivenAt)
            {
                total += gap
                count += 1
            }
        }
        guard count > 0 else { return plan.expectedChangeover }
        return .milliseconds(total.wholeMilliseconds / Int64(count))
    }
}

extension SessionPlan {
    /// The most severe stage reached with `left` time remaining.
    public func stage(forRemaining left: Duration) -> Stage {
        warnings.filter { left <= $0.remaining }.map(\.stage).max() ?? .onTime
    }

    /// Whether reaching `stage` rings the bell.
    public func rings(at stage: Stage) -> Bool {
        warnings.first { $0.stage == stage }?.bell ?? false
    }
}
