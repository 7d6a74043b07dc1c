// The rules of procedure as the simulated room and officer meet them: points of order
// raised during a statement or with the floor free, ended at the President's ruling;
// rights of reply asked for by delegations that have spoken, within the plan's count;
// suspensions, only when the model asks for them. Every rule about what is allowed
// stays in the core: the officer only asks what the core would accept.
import PlenaryCore

/// A delegation asking for a right of reply from the room.
public struct ReplyAsker: Sendable, Hashable {
    public var delegation: String
    public var category: Category
    /// Its rights of reply on the list when it asked: one more means the officer took it.
    public var repliesBefore: Int
}

extension Autopilot {
    /// The point of order the speaker's behaviour holds for this intervention, until one
    /// has interrupted it (the drawn one, or one the officer raised).
    func pointOfOrder(during iv: Intervention, _ b: SimulatedSpeaker) -> SimulatedPointOfOrder? {
        iv.pauses.contains { $0.cause == .pointOfOrder } ? nil : b.pointOfOrder
    }

    /// The delegation that rises to a point of order with the floor free, now, in
    /// segment `seg`: after an intervention whose speaker's draw holds one, until a
    /// point of order has been raised since that intervention ended.
    mutating func pointOfOrderBetween(_ seg: Int, _ state: SessionState) -> String? {
        guard case .idle = state.floor, let last = state.records.last, last.intervention.segment == seg,
            let po = drawn(last.speaker)?.pointOfOrderAfter
        else { return nil }
        if let raised = state.pointsOfOrder.last, raised.interruptedSpeaker == nil, raised.raisedAt >= last.endedAt {
            return nil
        }
        return raiser(po, in: state, besides: last.speaker)
    }

    /// How long the point of order under way lasts until the ruling: the drawn length
    /// when the room raised it, else the model's median (one the officer raised).
    mutating func pointOfOrderLength(_ p: PointOfOrder, _ state: SessionState) -> Duration {
        switch p.interrupted {
        case .intervention(let iv, _):
            if let po = behaviour(of: iv.speaker, in: state).pointOfOrder { return po.length }
        case .free:
            if let last = state.records.last, let po = drawn(last.speaker)?.pointOfOrderAfter { return po.length }
        case .called:
            break
        }
        return seconds(model.pointOfOrderMedian)
    }

    /// Who rises: the delegation at the drawn share of the lists (in running order),
    /// present in the room and not the one speaking.
    func raiser(_ po: SimulatedPointOfOrder, in state: SessionState, besides speaker: SpeakerID?) -> String {
        let total = state.order.reduce(0) { $0 + $1.count }
        guard total > 0 else { return "" }
        let own = speaker.flatMap { state.speakers[$0]?.delegation }
        var k = min(total - 1, Int(po.raisedBy * Double(total)))
        for _ in 0..<total {
            var rest = k
            for list in state.order {
                if rest < list.count {
                    let id = list[rest]
                    if let d = state.speakers[id]?.delegation, d != own, !d.isEmpty, state.status(of: id) != .absent {
                        return d
                    }
                    break
                }
                rest -= list.count
            }
            k = (k + 1) % total
        }
        return ""
    }

    /// A suspension whose moment has come, as the chair's announcement. The reason is
    /// left empty: it is the officer's own text, and the simulated officer types none.
    mutating func dueSuspension(_ state: SessionState) -> Command? {
        if suspensionMoments == nil { suspensionMoments = moments(mean: model.suspensionsPerSession, state) }
        guard let first = suspensionMoments?.first, first <= state.records.count else { return nil }
        suspensionMoments?.removeFirst()
        let length = seconds(model.suspensionLength)
        return length > .zero ? .suspendMeeting(for: length, reason: "") : nil
    }

    /// A right of reply whose moment has come, as the request the officer takes.
    mutating func dueReply(_ state: SessionState) -> Command? {
        guard let asker = replyAsking(state: state) else { return nil }
        replyHeard()
        return .requestReply(delegation: asker.delegation, function: "", category: asker.category)
    }

    /// The delegation asking for a right of reply now, if one is: the requests are
    /// drawn once per session, each after a drawn number of interventions, and the
    /// asker is drawn when its moment comes among the delegations that have spoken and
    /// still have a reply under the plan (`SessionPlan.replies`), so a request the core
    /// would refuse is never made. It keeps asking until `replyHeard`.
    public mutating func replyAsking(state: SessionState) -> ReplyAsker? {
        if let replyAsker { return replyAsker }
        if replyMoments == nil { replyMoments = moments(mean: model.repliesPerSession, state) }
        guard let first = replyMoments?.first, first <= state.records.count else { return nil }
        replyMoments?.removeFirst()
        replyAsker = drawAsker(state)
        return replyAsker
    }

    /// The delegation asking for a right of reply has been put on the list (or turned away).
    public mutating func replyHeard() { replyAsker = nil }

    /// Among the delegations heard so far (in the order they spoke), one with a reply
    /// left: one that has replied already with `replyAgainProbability`, else one that has
    /// not. The core counts the replies (`SessionState.replies(of:)`), asked only for the
    /// few delegations with one on the list.
    private mutating func drawAsker(_ state: SessionState) -> ReplyAsker? {
        let allowed = state.plan.replies.perDelegation
        guard allowed > 0 else { return nil }
        var replied: [(key: String, count: Int)] = []
        for sp in state.speakers.values where sp.kind == .reply {
            let key = sp.delegation.lowercased()
            if !replied.contains(where: { $0.key == key }) { replied.append((key, state.replies(of: sp.delegation))) }
        }
        var seen: [String] = []
        var fresh: [ReplyAsker] = []
        var again: [ReplyAsker] = []
        for r in state.records {
            guard let sp = state.speakers[r.speaker], sp.kind != .reply else { continue }
            let key = sp.delegation.lowercased()
            if seen.contains(key) { continue }
            seen.append(key)
            let before = replied.first { $0.key == key }?.count ?? 0
            let asker = ReplyAsker(delegation: sp.delegation, category: sp.category, repliesBefore: before)
            if before == 0 { fresh.append(asker) } else if before < allowed { again.append(asker) }
        }
        let wantsAgain = procedure.chance(model.replyAgainProbability)
        let pool = (wantsAgain && !again.isEmpty) || fresh.isEmpty ? again : fresh
        guard !pool.isEmpty else { return nil }
        return pool[min(pool.count - 1, Int(procedure.unit() * Double(pool.count)))]
    }

    /// A Poisson number of moments, each a count of interventions heard (in all
    /// segments) between one and the length of the lists, in order; those already past
    /// (a forecast from a live state) are left out, as the record says what happened then.
    private mutating func moments(mean: Double, _ state: SessionState) -> [Int] {
        let total = max(1, state.order.reduce(0) { $0 + $1.count })
        let heard = state.records.count
        let count = procedure.poisson(mean: mean)
        return (0..<count).map { _ in 1 + Int(procedure.unit() * Double(total)) }.filter { $0 > heard }.sorted()
    }
}
