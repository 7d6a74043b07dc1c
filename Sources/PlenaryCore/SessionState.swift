// The session as the events have made it. Every field is derived from the plan, the
// registered list and the events; nothing here reads a clock.

public enum Phase: Sendable, Hashable {
    case notStarted
    case opening(since: Instant)
    case segment(Int, since: Instant)
    case closing(since: Instant)
    case closed(at: Instant)
}

extension Phase {
    /// The instant the phase was entered; nil for `notStarted`.
    var since: Instant? {
        switch self {
        case .notStarted: nil
        case .opening(let t), .segment(_, let t), .closing(let t), .closed(let t): t
        }
    }
}

/// A closed pause in an intervention.
public struct Pause: Sendable, Hashable {
    public var start: Instant
    public var end: Instant
    /// Why the speaker's clock stopped: the chair paused it, or a point of order.
    public var cause: PauseCause = .chair
    public var length: Duration { end - start }

    public init(start: Instant, end: Instant, cause: PauseCause = .chair) {
        self.start = start
        self.end = end
        self.cause = cause
    }
}

public enum PauseCause: String, Sendable, Hashable {
    case chair
    case pointOfOrder = "point of order"
}

/// Extra time granted to the speaker on the floor, with the reason on the record.
public struct Extension: Sendable, Hashable {
    public var amount: Duration
    public var reason: String
    public var at: Instant
}

/// A speaker who has the floor (or had it, once ended).
public struct Intervention: Sendable, Hashable {
    public var speaker: SpeakerID
    public var segment: Int
    public var calledAt: Instant?
    public var floorGivenAt: Instant
    /// When the operator corrected the start, what the timer had first recorded.
    public var recordedStart: Instant?
    public var pauses: [Pause] = []
    public var extensions: [Extension] = []
    public var limit: Duration

    /// The limit plus every extension granted.
    public var allowance: Duration { extensions.reduce(limit) { $0 + $1.amount } }

    public var pausedTotal: Duration { pauses.reduce(.zero) { $0 + $1.length } }

    /// Time at the microphone until `t`, pauses excluded; an open pause since
    /// `pausedSince` is excluded too. Never negative, whatever the instants.
    public func speakingTime(at t: Instant, pausedSince: Instant? = nil) -> Duration {
        var d = (t - floorGivenAt) - pausedTotal
        if let p = pausedSince, t > p { d -= t - p }
        return max(.zero, d)
    }
}

/// What the floor is doing now.
public enum Floor: Sendable, Hashable {
    case idle(since: Instant?)
    case called(SpeakerID, at: Instant)
    case speaking(Intervention)
    case paused(Intervention, since: Instant)
    /// A point of order: the President rules, and whoever stood at the floor waits.
    case pointOfOrder(PointOfOrder)
    /// The meeting is suspended; nobody has the floor.
    case suspended(MeetingSuspension)

    /// The intervention under way: speaking, paused, or interrupted by a point of order.
    public var intervention: Intervention? {
        switch self {
        case .speaking(let i), .paused(let i, _): i
        case .pointOfOrder(let p):
            if case .intervention(let i, _) = p.interrupted { i } else { nil }
        case .idle, .called, .suspended: nil
        }
    }

    /// Since when the intervention's clock has been stopped: the chair's pause, or the
    /// point of order that interrupted it (whichever came first).
    public var pausedSince: Instant? {
        switch self {
        case .paused(_, let since): return since
        case .pointOfOrder(let p):
            guard case .intervention(_, let paused) = p.interrupted else { return nil }
            return paused ?? p.raisedAt
        case .idle, .called, .speaking, .suspended: return nil
        }
    }

    /// The point of order under way, if any.
    public var pointOfOrder: PointOfOrder? {
        if case .pointOfOrder(let p) = self { return p }
        return nil
    }

    /// The suspension under way, if any.
    public var suspension: MeetingSuspension? {
        if case .suspended(let s) = self { return s }
        return nil
    }
}

/// Where a speaker stands. Each speaker has exactly one status and one place in
/// exactly one segment's list. `called` and `speaking` are what the floor says; the
/// others are kept per speaker (`SessionState.status(of:)` puts the two together).
public enum SpeakerStatus: String, Sendable, Hashable {
    case waiting
    case called
    case speaking
    case spoke
    case absent
    case withdrawn
    /// Not heard; the statement was handed in to be circulated in writing.
    case inWriting = "in writing"
}

/// What is kept per speaker: only what the floor does not say. A called or speaking
/// speaker is still `waiting` here until the intervention ends.
enum Standing: Sendable, Hashable {
    case waiting, spoke, absent, withdrawn, inWriting

    var status: SpeakerStatus {
        switch self {
        case .waiting: .waiting
        case .spoke: .spoke
        case .absent: .absent
        case .withdrawn: .withdrawn
        case .inWriting: .inWriting
        }
    }
}

/// A finished intervention, as the log will show it.
public struct InterventionRecord: Sendable, Hashable {
    public var intervention: Intervention
    public var endedAt: Instant
    public var speaker: SpeakerID { intervention.speaker }
    public var speakingTime: Duration { intervention.speakingTime(at: endedAt) }
    /// Positive when the speaker went past the allowance.
    public var overrun: Duration { max(.zero, speakingTime - intervention.allowance) }
}

public struct SessionState: Sendable, Hashable {
    public let plan: SessionPlan
    /// Every speaker ever on the list, registered or walk-in.
    public internal(set) var speakers: [SpeakerID: Speaker]
    /// The running order of each segment: spoken, waiting, skipped (at the end), absent
    /// and withdrawn speakers all keep a place, so the list reads as the day went.
    public internal(set) var order: [[SpeakerID]]
    /// Each speaker's standing away from the floor; read through `status(of:)`.
    var standing: [SpeakerID: Standing]
    /// How often each speaker was skipped (absent when called, moved to the end).
    public internal(set) var skips: [SpeakerID: Int] = [:]
    /// Every phase entered, oldest first, each with its instant: the current phase and
    /// every segment's start and end are read from here, so they cannot disagree.
    var phases: [Phase] = []
    public internal(set) var floor: Floor = .idle(since: nil)
    public internal(set) var records: [InterventionRecord] = []
    /// Clock jumps the shell detected (laptop suspend), as (from, to).
    public internal(set) var suspends: [Pause] = []
    /// Points of order ruled on, oldest first.
    public internal(set) var pointsOfOrder: [PointOfOrderRecord] = []
    /// Suspensions of the meeting that have ended, oldest first.
    public internal(set) var suspensions: [SuspensionRecord] = []
    /// Every message shown to the speaker, oldest first; the last may still be shown.
    public internal(set) var messages: [ShownMessage] = []
    /// Limits the officer changed, per speaker (the latest change counts).
    public internal(set) var limitChanges: [SpeakerID: LimitChange] = [:]
    /// Notes on speakers' turns, oldest first.
    public internal(set) var notes: [SpeakerID: [TurnNote]] = [:]
    /// Operator actions in effect, oldest first: what undo can take back.
    var appliedActions: [ActionID] = []
    /// Actions taken back by undo since the last action done, the latest last: what
    /// redo can put back. Anything else the operator does empties it, so a redo never
    /// replays an action into a state it was not decided in.
    var redoable: [ActionID] = []
    /// The highest action number used so far, undone or not.
    var lastAction = ActionID(number: 0)
    /// The highest speaker number handed out so far, an undone walk-in's included, so
    /// that no number ever names two speakers in one record.
    var lastSpeakerNumber: Int
    /// The latest instant an event was applied at. Events apply no earlier than it, so a
    /// journal whose times run backwards (edited by hand, or a wall clock set back across
    /// a reboot) still gives phases and turns whose times add up.
    var latest: Instant?

    /// A session before anything has happened. Speakers are placed in each segment's
    /// list in the order given (the loader has already ordered them).
    public init(plan: SessionPlan, speakers list: [Speaker]) {
        self.plan = plan
        var speakers: [SpeakerID: Speaker] = [:]
        var order = Array(repeating: [SpeakerID](), count: plan.segments.count)
        var standing: [SpeakerID: Standing] = [:]
        // Sized once: a registration list may hold thousands of speakers.
        speakers.reserveCapacity(list.count)
        standing.reserveCapacity(list.count)
        for s in list where order.indices.contains(s.segment) && speakers[s.id] == nil {
            speakers[s.id] = s
            order[s.segment].append(s.id)
            standing[s.id] = .waiting
        }
        self.speakers = speakers
        self.order = order
        self.standing = standing
        self.lastSpeakerNumber = list.map(\.id.rawValue).max() ?? 0
    }

    /// Where the session stands: the last phase entered.
    public var phase: Phase { phases.last ?? .notStarted }

    /// When the session was opened (or its first segment started without an opening).
    public var openedAt: Instant? {
        for p in phases {
            switch p {
            case .opening(let t), .segment(_, let t): return t
            case .notStarted, .closing, .closed: continue
            }
        }
        return nil
    }

    /// When each segment started, nil for those not reached.
    public var segmentStarts: [Instant?] { plan.segments.indices.map { segmentTimes($0).start } }

    /// When each segment ended (the next phase began), nil for those not finished.
    public var segmentEnds: [Instant?] { plan.segments.indices.map { segmentTimes($0).end } }

    /// Segment `i`'s start and end: its last entry, and the entry of the phase after it.
    public func segmentTimes(_ i: Int) -> (start: Instant?, end: Instant?) {
        guard let k = phases.lastIndex(where: { if case .segment(i, _) = $0 { true } else { false } }),
            case .segment(_, let start) = phases[k]
        else { return (nil, nil) }
        return (start, k + 1 < phases.count ? phases[k + 1].since : nil)
    }

    /// The chair's opening as recorded: from the opening to the phase after it (nil
    /// while it runs). Nil before the session opens, and nil when it took no time:
    /// journals written before the opening was timed recorded the opening and Segment
    /// I's start as one action at one instant, and that opening was never timed.
    public var openingTimes: (start: Instant, end: Instant?)? {
        guard let k = phases.firstIndex(where: { if case .opening = $0 { true } else { false } }),
            case .opening(let start) = phases[k]
        else { return nil }
        let end = k + 1 < phases.count ? phases[k + 1].since : nil
        return end == start ? nil : (start, end)
    }

    /// The chair's closing as recorded: from its start to the close (nil while it runs).
    public var closingTimes: (start: Instant, end: Instant?)? {
        guard let k = phases.lastIndex(where: { if case .closing = $0 { true } else { false } }),
            case .closing(let start) = phases[k]
        else { return nil }
        return (start, k + 1 < phases.count ? phases[k + 1].since : nil)
    }

    /// Whether segment `i`'s turns are over: it has ended, or the session was closed.
    public func isOver(segment i: Int) -> Bool { segmentTimes(i).end != nil || isClosed }

    /// Still waiting when the speaker's segment or the session ended: not reached. The
    /// console's list, the room display and the log all ask this.
    public func wasNotReached(_ id: SpeakerID) -> Bool {
        guard let sp = speakers[id], status(of: id) == .waiting else { return false }
        return isOver(segment: sp.segment)
    }

    /// Where `id` stands: at the floor (called or speaking) as the floor says,
    /// otherwise as recorded. Nil for a speaker not on the list.
    public func status(of id: SpeakerID) -> SpeakerStatus? {
        guard let standing = standing[id] else { return nil }
        guard standing == .waiting, id == speakerAtFloor else { return standing.status }
        switch floor {
        case .called: return .called
        case .pointOfOrder(let p): if case .called = p.interrupted { return .called } else { return .speaking }
        case .idle, .speaking, .paused, .suspended: return .speaking
        }
    }

    /// Whether `id` waits for a turn: on the list, not yet heard, and not at the floor.
    /// `atFloor` is `speakerAtFloor`, asked once by loops over a whole list.
    func isWaiting(_ id: SpeakerID, atFloor: SpeakerID?) -> Bool {
        standing[id] == .waiting && id != atFloor
    }

    /// The segment under way, if any.
    public var currentSegment: Int? {
        if case .segment(let i, _) = phase { return i }
        return nil
    }

    /// The segment whose list matters now: the current one, or the first before the
    /// session starts.
    public var focusSegment: Int? {
        switch phase {
        case .notStarted, .opening: plan.segments.isEmpty ? nil : 0
        case .segment(let i, _): i
        case .closing, .closed: nil
        }
    }

    public var isClosed: Bool {
        if case .closed = phase { return true }
        return false
    }

    /// The waiting speakers of a segment, in running order.
    public func waiting(inSegment index: Int) -> [SpeakerID] {
        guard order.indices.contains(index) else { return [] }
        let atFloor = speakerAtFloor
        return order[index].filter { isWaiting($0, atFloor: atFloor) }
    }

    /// The first waiting speaker of a segment, without building the whole list.
    public func firstWaiting(inSegment index: Int) -> SpeakerID? {
        guard order.indices.contains(index) else { return nil }
        let atFloor = speakerAtFloor
        return order[index].first { isWaiting($0, atFloor: atFloor) }
    }

    /// Who is called next and after next in the segment that matters now.
    public var upcoming: [SpeakerID] {
        guard let i = focusSegment else { return [] }
        return waiting(inSegment: i)
    }

    /// The speaker who has been called or has the floor (or had it when a point of
    /// order interrupted).
    public var speakerAtFloor: SpeakerID? {
        switch floor {
        case .idle, .suspended: nil
        case .called(let id, _): id
        case .speaking(let i), .paused(let i, _): i.speaker
        case .pointOfOrder(let p):
            switch p.interrupted {
            case .free: nil
            case .called(let id, _): id
            case .intervention(let i, _): i.speaker
            }
        }
    }

    /// The speaker's limit now: the officer's change if any, else the plan's
    /// (`SessionPlan.limit(for:)`). Nil for a speaker not on the list.
    public func limit(of id: SpeakerID) -> Duration? {
        if let changed = limitChanges[id] { return changed.limit }
        return speakers[id].map(plan.limit(for:))
    }

    /// The message on the room display now, nil when none is shown.
    public var shownMessage: ShownMessage? {
        guard let last = messages.last, last.clearedAt == nil else { return nil }
        return last
    }

    /// How many rights of reply `delegation` has on the list (withdrawn ones not
    /// counted): the next one's number is this plus one.
    public func replies(of delegation: String) -> Int {
        speakers.values.filter {
            $0.kind == .reply && sameDelegation($0.delegation, delegation) && standing[$0.id] != .withdrawn
        }.count
    }
}
