// The secretariat's rules for the speakers list, applied to registrations already
// read and checked: late ones are set aside (never dropped), pinned positions go
// first, then first come, first served by the instant received (ties keep the order
// given), and a second registration of a delegation for the same segment is set
// aside naming the one that was kept. Reading files is PlenaryFormats' job; deciding
// is this one's.

/// One registration as the rules see it.
public struct RegistrationClaim: Sendable, Hashable {
    /// Who registered, as compared for duplicates. The caller folds the delegation's
    /// name (case, accents, spacing) so "Belgique" and "belgique " are one delegation:
    /// folding needs Unicode tables the core does not carry.
    public var delegation: String
    /// Index into the plan's segments.
    public var segment: Int
    public var received: Instant
    /// A fixed position before first come, first served (the Court's organs); nil if none.
    public var pin: Int?

    public init(delegation: String, segment: Int, received: Instant, pin: Int?) {
        self.delegation = delegation
        self.segment = segment
        self.received = received
        self.pin = pin
    }
}

/// What the rules decided for one claim.
public enum RegistrationDecision: Sendable, Hashable {
    /// On its segment's list, at `place` (from 0) in running order.
    case accepted(place: Int)
    /// Received at or after the registration deadline: shown, not on the list.
    case late
    /// A second registration of a delegation for one segment; `kept` is the index of
    /// the claim that stays on the list.
    case duplicate(kept: Int)
}

/// The lists and what was set aside, as indices into the claims given.
public struct RegistrationOutcome: Sendable, Hashable {
    /// One decision per claim, in the order the claims were given.
    public var decisions: [RegistrationDecision]
    /// Per segment, in running order.
    public var lists: [[Int]]
    /// Late claims, in the order given.
    public var late: [Int] = []
    /// Duplicates in the order the rules met them (running order).
    public var duplicates: [Duplicate] = []

    /// A claim set aside as a second registration, and the claim that was kept.
    public struct Duplicate: Sendable, Hashable {
        public var claim: Int
        public var kept: Int

        public init(claim: Int, kept: Int) {
            self.claim = claim
            self.kept = kept
        }
    }

    /// Every accepted claim, segment after segment: speakers are numbered from 1 in
    /// this order.
    public var runningOrder: [Int] { Array(lists.joined()) }
}

public enum RegistrationPolicy {
    /// The running order of `claims` (given in file order) for a plan with
    /// `segments` segments and the registration `deadline`. Every claim's segment is
    /// one of the plan's (the reader refuses a row naming another).
    public static func decide(_ claims: [RegistrationClaim], deadline: Instant, segments: Int) -> RegistrationOutcome {
        var out = RegistrationOutcome(
            decisions: Array(repeating: .late, count: claims.count),
            lists: Array(repeating: [], count: segments))
        var timely: [Int] = []
        for (i, c) in claims.enumerated() {
            if c.received >= deadline { out.late.append(i) } else { timely.append(i) }
        }
        // Swift's sort is not guaranteed stable, so the position given breaks ties.
        let ordered = timely.sorted { i, j in
            let (a, b) = (claims[i], claims[j])
            switch (a.pin, b.pin) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil) where a.received != b.received: return a.received < b.received
            default: return i < j
            }
        }
        var kept: [Key: Int] = [:]
        kept.reserveCapacity(timely.count)
        for i in ordered {
            let key = Key(segment: claims[i].segment, delegation: claims[i].delegation)
            if let first = kept[key] {
                out.duplicates.append(RegistrationOutcome.Duplicate(claim: i, kept: first))
                out.decisions[i] = .duplicate(kept: first)
            } else {
                kept[key] = i
                out.decisions[i] = .accepted(place: out.lists[claims[i].segment].count)
                out.lists[claims[i].segment].append(i)
            }
        }
        return out
    }

    private struct Key: Hashable {
        var segment: Int
        var delegation: String
    }
}

/// Whether a segment's list fits its budget, if every speaker takes the limit the plan
/// gives them (`SessionPlan.limit(for:)`: their own, their category's, the segment's)
/// plus the plan's expected walk to the microphone. `plenary plan` and `plenary check`
/// both say this, from this one definition.
public struct SegmentCapacity: Sendable, Hashable {
    public var segment: Int
    /// Each speaker's limit, in running order.
    public var limits: [Duration]
    /// The expected walk to the microphone, once per speaker.
    public var changeover: Duration
    public var budget: Duration
    /// The segment's own limit, which speakers added to the list would take.
    public var segmentLimit: Duration

    public var speakers: Int { limits.count }
    /// The sum over the list of each limit plus the walk.
    public var needed: Duration { limits.reduce(changeover * limits.count, +) }
    public var fits: Bool { needed <= budget }
    /// How many speakers the budget holds: the first of the list in running order, and
    /// when all of them fit, as many more at the segment's limit as the time left holds.
    public var mostThatFit: Int {
        var used = Duration.zero
        for (n, limit) in limits.enumerated() {
            used += limit + changeover
            if used > budget { return n }
        }
        let each = segmentLimit + changeover
        guard each > .zero else { return limits.count }
        return limits.count + Int((budget - used).wholeMilliseconds / each.wholeMilliseconds)
    }
}

extension SessionPlan {
    /// Whether `speakers`, segment `i`'s list in running order, fit (see `SegmentCapacity`).
    public func capacity(ofSegment i: Int, speakers: [Speaker]) -> SegmentCapacity {
        SegmentCapacity(
            segment: i, limits: speakers.map(limit(for:)), changeover: expectedChangeover,
            budget: segments[i].budget, segmentLimit: segments[i].interventionLimit)
    }
}
