// Where the session is heading at this pace: projected ends, drift against the plan
// and the speakers who will not be reached before their segment's end.

public struct SegmentProjection: Sendable, Hashable {
    public var segment: Int
    public var plannedStart: Instant
    public var plannedEnd: Instant
    /// Actual start if the segment has started, else when it would start at this pace.
    public var start: Instant
    public var projectedEnd: Instant
    /// Speakers still to be heard (waiting, or called and not yet speaking).
    public var remainingSpeakers: Int
    /// Waiting speakers whose turn would come at or after the segment's planned end.
    public var unreached: [SpeakerID]
    /// The waiting speakers, in running order, and where their turns begin: each turn is
    /// a changeover and the limit after the one before, from `cursor`.
    var waiting: [SpeakerID] = []
    var cursor = Instant(milliseconds: 0)
    var changeover: Duration = .zero, limit: Duration = .zero

    /// When each waiting speaker would have the floor, in running order (worked out
    /// when asked, so a projection does not build one slot per speaker of a long list).
    public var slots: [ProjectedSlot] {
        waiting.indices.map { k in
            let start = Self.turnStart(k, after: cursor, changeover: changeover, limit: limit)
            return ProjectedSlot(speaker: waiting[k], start: start, end: start + limit)
        }
    }

    /// Projected end minus planned end: positive is behind schedule.
    public var drift: Duration { projectedEnd - plannedEnd }

    /// The floor is given to the `k`th waiting speaker (from 0) after `k + 1` changeovers
    /// and `k` limits: the same millisecond sums as adding them turn by turn.
    static func turnStart(_ k: Int, after cursor: Instant, changeover: Duration, limit: Duration) -> Instant {
        let turns = Int64(k)
        let ms = (turns + 1) * changeover.wholeMilliseconds + turns * limit.wholeMilliseconds
        return Instant(milliseconds: cursor.milliseconds + ms)
    }
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
    /// Projected end minus planned end of the session: positive is behind schedule.
    public var drift: Duration
    public var unreached: [SpeakerID] { segments.flatMap(\.unreached) }
}

extension SessionState {
    /// The projection at instant `t`: remaining speakers × their limit plus the
    /// observed changeover between speakers, from the current position on.
    public func projection(at t: Instant) -> Projection {
        projection(at: t, waiting: waitingBySegment)
    }

    /// Each segment's waiting speakers, in running order: the one pass over the lists a
    /// projection needs. A screen that draws many frames of one state finds it once.
    public var waitingBySegment: [[SpeakerID]] {
        plan.segments.indices.map { waiting(inSegment: $0) }
    }

    /// The projection at `t`, given `waitingBySegment` of this state. Its cost does not
    /// grow with the lists: turns are evenly spaced, so who is not reached is a suffix
    /// found by bisection.
    public func projection(at t: Instant, waiting lists: [[SpeakerID]]) -> Projection {
        let changeover = observedChangeover
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
            let limit = plan.segments[i].interventionLimit
            var remainingCount = 0
            if i == currentSegment {
                switch floor {
                case .speaking, .paused:
                    cursor = cursor + max(.zero, remaining(at: t) ?? .zero)
                case .called(_, let at):
                    cursor = max(cursor, at + changeover) + limit
                    remainingCount += 1
                case .idle:
                    break
                }
            }
            let waiting = lists.indices.contains(i) ? lists[i] : []
            let before = cursor
            // Turns start later and later: the first one at or after the planned end
            // begins the speakers not reached.
            var low = 0
            var high = waiting.count
            while low < high {
                let mid = (low + high) / 2
                if SegmentProjection.turnStart(mid, after: before, changeover: changeover, limit: limit) >= plannedEnd {
                    high = mid
                } else {
                    low = mid + 1
                }
            }
            let n = Int64(waiting.count)
            cursor = Instant(
                milliseconds: before.milliseconds
                    + n * (changeover.wholeMilliseconds + limit.wholeMilliseconds))
            remainingCount += waiting.count
            out.append(
                SegmentProjection(
                    segment: i, plannedStart: plannedStart, plannedEnd: plannedEnd,
                    start: start, projectedEnd: cursor,
                    remainingSpeakers: remainingCount, unreached: Array(waiting[low...]),
                    waiting: waiting, cursor: before, changeover: changeover, limit: limit))
        }

        let sessionEnd: Instant
        switch phase {
        case .closing(let since): sessionEnd = max(t, since + plan.closingAllowance)
        case .closed(let at): sessionEnd = at
        default: sessionEnd = cursor + plan.closingAllowance
        }
        return Projection(segments: out, sessionEnd: sessionEnd, drift: sessionEnd - plan.end)
    }
}
