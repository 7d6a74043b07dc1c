// The rules of procedure beyond a list of equal turns: points of order, rights of
// reply, limits that differ, statements made on behalf of others or submitted in
// writing, messages to the speaker, suspensions of the meeting and notes. Each is a
// fact of its own in the record, never a pause or a walk-in standing in for it.

/// A point of order under way: raised while `interrupted` stood at the floor. The
/// interrupted speaker's clock is stopped until the President has ruled.
public struct PointOfOrder: Sendable, Hashable {
    public var raisedAt: Instant
    /// The delegation that raised it; empty when the officer did not name one.
    public var raisedBy: String
    /// The plan's limit for a point of order, nil when it has none.
    public var limit: Duration?
    public var interrupted: Interrupted

    /// Time since it was raised, never negative.
    public func elapsed(at t: Instant) -> Duration { max(.zero, t - raisedAt) }
}

/// What a point of order interrupted, so that ending it gives the floor back exactly
/// as it was. A point of order cannot interrupt another one or a suspension: the
/// type has no case for it.
public enum Interrupted: Sendable, Hashable {
    case free(since: Instant?)
    case called(SpeakerID, at: Instant)
    /// A speaker's intervention; `pausedSince` when the chair had paused it already.
    case intervention(Intervention, pausedSince: Instant?)

    /// The floor as it was when the point of order was raised.
    var floor: Floor {
        switch self {
        case .free(let since): .idle(since: since)
        case .called(let id, let at): .called(id, at: at)
        case .intervention(let iv, nil): .speaking(iv)
        case .intervention(let iv, let since?): .paused(iv, since: since)
        }
    }
}

/// A point of order as the log keeps it: its own row, and an interruption inside the
/// intervention it stopped (a `Pause` whose cause is `.pointOfOrder`).
public struct PointOfOrderRecord: Sendable, Hashable {
    public var raisedAt: Instant
    public var endedAt: Instant
    public var raisedBy: String
    public var limit: Duration?
    /// The speaker whose intervention it interrupted, nil when the floor was free.
    public var interruptedSpeaker: SpeakerID?
    /// The segment under way, nil during the chair's opening or closing.
    public var segment: Int?
    public var length: Duration { max(.zero, endedAt - raisedAt) }
    /// Past the limit, zero when there is none.
    public var overrun: Duration { limit.map { max(.zero, length - $0) } ?? .zero }
}

/// "The meeting is suspended for ten minutes": a countdown that belongs to no speaker.
public struct MeetingSuspension: Sendable, Hashable {
    public var start: Instant
    /// The length the chair announced.
    public var planned: Duration
    public var reason: String

    /// The announced length left at `t`; negative once it runs longer.
    public func remaining(at t: Instant) -> Duration { planned - max(.zero, t - start) }
}

/// A suspension as the log keeps it.
public struct SuspensionRecord: Sendable, Hashable {
    public var suspension: MeetingSuspension
    public var resumedAt: Instant
    public var segment: Int?
    public var length: Duration { max(.zero, resumedAt - suspension.start) }
}

/// A few words the officer shows the speaker on the room display. Canned ones are
/// recorded by name, so every display says them in its own language.
public enum SpeakerMessage: Sendable, Hashable {
    case canned(CannedMessage)
    case text(String)
}

public enum CannedMessage: String, Sendable, Hashable, CaseIterable {
    case pleaseConclude = "please-conclude"
    case timeIsUp = "time-is-up"
    case slowDown = "slow-down"
    case microphone = "microphone"
}

/// A message as shown: since when, and to whom (the speaker on the floor, if any).
public struct ShownMessage: Sendable, Hashable {
    public var message: SpeakerMessage
    public var shownAt: Instant
    public var speaker: SpeakerID?
    /// Nil while it is still shown.
    public var clearedAt: Instant?
}

/// A waiting speaker's limit changed by the officer, with the reason on the record.
public struct LimitChange: Sendable, Hashable {
    public var limit: Duration
    public var reason: String
    public var at: Instant
}

/// A free note on a speaker's turn ("cut off by the chair", "spoke in Spanish").
public struct TurnNote: Sendable, Hashable {
    public var text: String
    public var at: Instant
}

/// Where rights of reply are heard, how many each delegation has, and how long each.
/// The defaults are the General Assembly's (decision 34/401, paragraphs 8–10): at
/// the end of the day, two per delegation, the first ten minutes, the second five.
public struct ReplyRules: Sendable, Hashable {
    public enum Placement: String, Sendable, Hashable, CaseIterable {
        /// At the end of each segment's list.
        case eachSegment = "segment"
        /// At the end of the last segment's list.
        case endOfSession = "session"
    }

    public var placement: Placement
    public var perDelegation: Int
    /// The first reply's limit, the second's, …; replies past the list take the last.
    public var limits: [Duration]

    public init(
        placement: Placement = .endOfSession, perDelegation: Int = 2,
        limits: [Duration] = [.minutes(10), .minutes(5)]
    ) {
        self.placement = placement
        self.perDelegation = perDelegation
        self.limits = limits
    }

    public static let generalAssembly = ReplyRules()

    /// The limit of a delegation's `ordinal`-th reply (1 is the first).
    public func limit(ofReply ordinal: Int) -> Duration {
        guard let last = limits.last else { return .minutes(5) }
        return ordinal >= 1 && ordinal <= limits.count ? limits[ordinal - 1] : last
    }
}

extension SessionPlan {
    /// A speaker's limit before the officer changes it: the speaker's own (from the
    /// registration file, or a reply's), else the plan's for the speaker's category,
    /// else the segment's. Checks, projections, forecasts and the floor all ask this.
    public func limit(for speaker: Speaker) -> Duration {
        if let own = speaker.limit { return own }
        if let byCategory = categoryLimits[speaker.category] { return byCategory }
        return segments.indices.contains(speaker.segment) ? segments[speaker.segment].interventionLimit : .zero
    }
}

extension Speaker {
    /// Every delegation the statement counts for: the speaker's own, then each one it
    /// was made on behalf of, once each.
    public var creditedDelegations: [String] {
        var out = [delegation]
        for d in onBehalfOf where !out.contains(d) { out.append(d) }
        return out
    }
}

/// Delegation names compared as the officer means them: case, surrounding spaces and
/// the table's other spellings do not make two delegations ("belgium " and "Belgique"
/// ask for Belgium's second reply).
func sameDelegation(_ a: String, _ b: String) -> Bool {
    let (x, y) = (a.trimming().lowercased(), b.trimming().lowercased())
    if x == y { return true }
    guard let code = KnownDelegations.named(x)?.code else { return false }
    return KnownDelegations.named(y)?.code == code
}

extension SessionState {
    /// Which of its delegation's rights of reply `id` is (1 for the first): one more than
    /// the replies the delegation asked for before it and did not withdraw, as its limit
    /// was chosen (`ReplyRules.limit(ofReply:)`). Nil for a speaker who is not a reply.
    /// Lists, the room display, the console's messages and the log all say "reply 1" by
    /// this. A withdrawn reply has no number (it does not count).
    public func replyNumber(of id: SpeakerID) -> Int? {
        guard let reply = speakers[id], reply.kind == .reply, standing[id] != .withdrawn else { return nil }
        let earlier = speakers.values.filter {
            $0.kind == .reply && $0.id < id && sameDelegation($0.delegation, reply.delegation)
                && standing[$0.id] != .withdrawn
        }
        return earlier.count + 1
    }
}
