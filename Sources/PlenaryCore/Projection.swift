// Where the session is heading at this pace: projected ends, drift against the plan
// and the speakers who will not be reached before their segment's end.

public struct SegmentProjection: Sendable, Hashable {
    public var segment: Int
    /// As scheduled (`Schedule`): the plan shifted to a late opening.
    public var plannedStart: Instant
    public var plannedEnd: Instant
    /// Actual start if the segment has started, else when it would start at this pace.
    public var start: Instant
    public var projectedEnd: Instant
    /// Speakers still to be heard (waiting, or called and not yet speaking).
    public var remainingSpeakers: Int
    /// Waiting speakers whose turn would come at or after the segment's planned end.
    public var unreached: [SpeakerID]
    /// When each waiting speaker would have the floor, in running order.
    public var slots: [ProjectedSlot] = []

    /// Projected end minus planned end: positive is behind schedule.
    public var drift: Duration { projectedEnd - plannedEnd }
}

/// A waiting speaker's turn at this pace: floor given at `start`, limit used by `end`.
public struct ProjectedSlot: Sendable, Hashable {
    public var speaker: SpeakerID
    public var start: Instant
    public var end: Instant
}

public struct Projection: Sendable, Hashable {
    public var segments: [SegmentProjection]
    public var sessionEnd: Instant
    /// Projected end minus the scheduled end of the session (`Schedule`: a late
    /// opening is not counted again here): positive is behind schedule.
    public var drift: Duration
    /// How late the session opened, and the plan the figures above are against.
    public var schedule: Schedule
    public var unreached: [SpeakerID] { segments.flatMap(\.unreached) }
}

extension SessionState {
    /// The projection at instant `t`: remaining speakers × their limit plus the
    /// observed changeover between speakers, from the current position on, against the
    /// schedule at `t` (`Schedule`).
    public func projection(at t: Instant) -> Projection {
        projection(at: t, waiting: waitingBySegment)
    }

    /// Each segment's waiting speakers, in running order: the one pass over the lists a
    /// projection needs. A screen that draws many frames of one state finds it once.
    public var waitingBySegment: [[SpeakerID]] {
        plan.segments.indices.map { waiting(inSegment: $0) }
    }

    /// The projection at `t`, given `waitingBySegment` of this state.
    public func projection(at t: Instant, waiting lists: [[SpeakerID]]) -> Projection {
        let changeover = observedChangeover
        let schedule = schedule(at: t)
        let plan = schedule.plan
        var out: [SegmentProjection] = []
        var cursor: Instant
        let firstOpen: Int
        switch phase {
        case .notStarted:
            cursor = max(t, plan.start) + plan.openingAllowance
            firstOpen = 0
        case .opening(let since):
            cursor = max(t, since + plan.openingAllowance)
            firstOpen = 0
        case .segment(let i, _):
            cursor = t
            firstOpen = i
        case .closing, .closed:
            cursor = t
            firstOpen = plan.segments.count
        }
        // A suspension holds everything until its announced end; a point of order until
        // its limit, if the plan gives one (else it is taken to end now).
        if let s = floor.suspension { cursor = max(cursor, s.start + s.planned) }
        if let p = floor.pointOfOrder { cursor = max(cursor, p.raisedAt + (p.limit ?? .zero)) }

        for i in plan.segments.indices {
            let plannedStart = plan.plannedStart(ofSegment: i)
            let plannedEnd = plan.plannedEnd(ofSegment: i)
            if i < firstOpen {
                // Finished: the record speaks.
                let times = segmentTimes(i)
                let start = times.start ?? plannedStart
                let end = times.end ?? start
                out.append(
                    SegmentProjection(
                        segment: i, plannedStart: plannedStart, plannedEnd: plannedEnd,
                        start: start, projectedEnd: end, remainingSpeakers: 0, unreached: []))
                continue
            }
            let start = segmentTimes(i).start ?? cursor
            let segmentLimit = plan.segments[i].interventionLimit
            var remainingCount = 0
            if i == currentSegment {
                switch floor.pointOfOrder?.interrupted.floor ?? floor {
                case .speaking, .paused:
                    cursor = cursor + max(.zero, remaining(at: t) ?? .zero)
                case .called(let id, let at):
                    cursor = max(cursor, at + changeover) + (limit(of: id) ?? segmentLimit)
                    remainingCount += 1
                case .idle, .pointOfOrder, .suspended:
                    break
                }
            }
            var unreached: [SpeakerID] = []
            var slots: [ProjectedSlot] = []
            for id in lists.indices.contains(i) ? lists[i] : [] {
                cursor = cursor + changeover
                if cursor >= plannedEnd { unreached.append(id) }
                let limit = limit(of: id) ?? segmentLimit
                slots.append(ProjectedSlot(speaker: id, start: cursor, end: cursor + limit))
                cursor = cursor + limit
                remainingCount += 1
            }
            out.append(
                SegmentProjection(
                    segment: i, plannedStart: plannedStart, plannedEnd: plannedEnd,
                    start: start, projectedEnd: cursor,
                    remainingSpeakers: remainingCount, unreached: unreached, slots: slots))
        }

        let sessionEnd: Instant
        switch phase {
        case .closing(let since): sessionEnd = max(t, since + plan.closingAllowance)
        case .closed(let at): sessionEnd = at
        default: sessionEnd = cursor + plan.closingAllowance
        }
        return Projection(segments: out, sessionEnd: sessionEnd, drift: sessionEnd - plan.end, schedule: schedule)
    }
}
