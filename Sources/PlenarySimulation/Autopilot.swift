// The simulated room and the simulated officer. Given a state and the present
// instant, the autopilot says what the officer does next and when: call, give the
// floor when the speaker reaches the microphone, skip the absent, pause for an
// interruption, end when the speaker stops, add walk-ins, move on. Pure: virtual
// time, seeded draws.
import PlenaryCore

/// How the simulated officer runs the floor.
public struct OfficerPolicy: Sendable, Hashable {
    /// End every intervention at the allowance, however far the speaker has got.
    public var strictCutoff = false
    /// Close each segment's list after this many speakers (the rest withdraw).
    public var listCap: Int?
    /// Add the walk-ins the model draws.
    public var admitWalkIns = true

    public init(strictCutoff: Bool = false, listCap: Int? = nil, admitWalkIns: Bool = true) {
        self.strictCutoff = strictCutoff
        self.listCap = listCap
        self.admitWalkIns = admitWalkIns
    }
}

public struct Autopilot: Sendable {
    public var model: SpeakerModel
    public var policy: OfficerPolicy
    /// Statement lengths in words, where the registration file gives them.
    public var words: [SpeakerID: Int]
    public private(set) var rng: SeededRandom
    private var behaviours: [SpeakerID: SimulatedSpeaker] = [:]
    /// The behaviour asked for last, kept beside the table.
    private var recent: (id: SpeakerID, behaviour: SimulatedSpeaker)?
    /// Walk-ins drawn per segment: after how many interventions each asks for the floor.
    private var walkIns: [Int: [Int]] = [:]
    private var walkInsAdded = 0

    static let walkInDelegations = [
        "Malta", "Liechtenstein", "Ireland", "Mexico", "Ghana", "New Zealand",
        "Portugal", "Slovenia", "Chile", "Estonia", "Tunisia", "Georgia",
    ]

    public init(
        model: SpeakerModel = SpeakerModel(), policy: OfficerPolicy = OfficerPolicy(),
        words: [SpeakerID: Int] = [:], seed: UInt64
    ) {
        self.model = model
        self.policy = policy
        self.words = words
        self.rng = SeededRandom(seed: seed)
    }

    /// What the speaker at the floor will do (drawn once, when first needed).
    public mutating func behaviour(of id: SpeakerID, in state: SessionState) -> SimulatedSpeaker {
        // The speaker at the floor is asked for at every step of their turn.
        if let recent, recent.id == id { return recent.behaviour }
        if let b = behaviours[id] {
            recent = (id, b)
            return b
        }
        // Room for everyone on the list at once: growing the table run after run costs.
        if behaviours.isEmpty { behaviours.reserveCapacity(state.speakers.count + 16) }
        let seg = state.speakers[id]?.segment ?? 0
        let allowance =
            state.floor.intervention?.allowance ?? state.limit(of: id) ?? state.plan.segments[seg].interventionLimit
        let b = model.draw(allowance: allowance, words: words[id], using: &rng)
        behaviours[id] = b
        recent = (id, b)
        return b
    }

    /// The officer's next command and the instant it is given, or nil once closed.
    public mutating func next(in state: SessionState, now: Instant) -> (Instant, Command)? {
        let plan = state.plan
        switch state.phase {
        case .closed:
            return nil
        case .notStarted:
            return (max(now, plan.start), .openSession)
        case .opening(let since):
            return (max(now, since + plan.openingAllowance), .startNextSegment)
        case .closing(let since):
            return (max(now, since + plan.closingAllowance), .closeSession)
        case .segment(let seg, _):
            return nextInSegment(seg, state, now)
        }
    }

    private mutating func nextInSegment(_ seg: Int, _ state: SessionState, _ now: Instant) -> (Instant, Command) {
        switch state.floor {
        case .idle:
            if let cap = policy.listCap {
                let heard = state.order[seg].filter { state.status(of: $0) == .spoke }.count
                let waiting = state.waiting(inSegment: seg)
                if let extra = waiting.dropFirst(max(0, cap - heard)).last { return (now, .withdraw(extra)) }
            }
            if policy.admitWalkIns, let walkIn = dueWalkIn(seg, state) { return (now, walkIn) }
            return (now, state.firstWaiting(inSegment: seg) == nil ? .startNextSegment : .callNext)

        case .called(let id, let at):
            let b = behaviour(of: id, in: state)
            if b.absent {
                let wait = at + seconds(model.absentWait)
                return (max(now, wait), (state.skips[id] ?? 0) == 0 ? .skip(nil) : .markAbsent(nil))
            }
            return (max(now, at + b.changeover), .giveFloor)

        case .speaking(let iv):
            let b = behaviour(of: iv.speaker, in: state)
            // An interruption still ahead (a forecast may start after it was due).
            if let cut = b.interruption, iv.pauses.isEmpty, iv.floorGivenAt + cut.after >= now {
                return (iv.floorGivenAt + cut.after, .pause)
            }
            let stop = iv.floorGivenAt + iv.pausedTotal + b.speaking + seconds(model.officerReaction)
            // A strict officer cuts the microphone at the allowance, not a second later.
            let cut = iv.floorGivenAt + iv.pausedTotal + iv.allowance
            return (max(now, policy.strictCutoff ? min(stop, cut) : stop), .endIntervention)

        case .paused(let iv, let since):
            let b = behaviour(of: iv.speaker, in: state)
            let length = b.interruption?.length ?? .seconds(10)
            return (max(now, since + length), .resume)

        case .pointOfOrder(let p):
            return (max(now, p.raisedAt + (p.limit ?? .seconds(60))), .endPointOfOrder)

        case .suspended(let s):
            return (max(now, s.start + s.planned), .resumeMeeting)
        }
    }

    /// A walk-in whose moment has come in this segment, as an add command.
    private mutating func dueWalkIn(_ seg: Int, _ state: SessionState) -> Command? {
        guard let name = walkInAsking(inSegment: seg, state: state) else { return nil }
        walkInHeard(inSegment: seg)
        return .addWalkIn(delegation: name, function: "", category: .stateParty, segment: seg, position: nil)
    }

    /// The delegation asking for the floor from the room in segment `seg` now, if
    /// one is: the walk-ins are drawn once per segment, each asking after a drawn
    /// number of interventions. It keeps asking until `walkInHeard`.
    public mutating func walkInAsking(inSegment seg: Int, state: SessionState) -> String? {
        if walkIns[seg] == nil {
            let registered = state.order[seg].count
            let count = rng.poisson(mean: model.walkInsPerSegment)
            walkIns[seg] = (0..<count).map { _ in Int(rng.unit() * Double(max(1, registered))) }.sorted()
        }
        guard let first = walkIns[seg]?.first,
            first <= state.records.lazy.filter({ $0.intervention.segment == seg }).count
        else { return nil }
        return Self.walkInDelegations[walkInsAdded % Self.walkInDelegations.count]
    }

    /// The walk-in asking in segment `seg` has been added to the list (or turned away).
    public mutating func walkInHeard(inSegment seg: Int) {
        guard walkIns[seg]?.isEmpty == false else { return }
        walkIns[seg]?.removeFirst()
        walkInsAdded += 1
    }
}

/// Runs the autopilot on a session until it closes (or `limit` commands, a guard
/// against a policy that never ends).
public enum Rehearsal {
    /// With `until`, the run stops before its first step after that instant (the session
    /// can then no longer close by it), so a forecast run costs what the time up to
    /// `until` holds, however long the list. Returns the last instant and whether the run
    /// stopped at `until`.
    @discardableResult
    public static func run(
        _ session: inout Session, from now: Instant, autopilot: inout Autopilot,
        until deadline: Instant? = nil, limit: Int = 100_000
    ) -> (at: Instant, stopped: Bool) {
        var t = now
        for _ in 0..<limit {
            guard let (at, command) = autopilot.next(in: session.state, now: t) else { break }
            if let deadline, at > deadline { return (t, true) }
            t = at
            if case .failure = session.handle(command, at: t) { break }
        }
        return (t, false)
    }
}
