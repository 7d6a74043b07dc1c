// The rules of procedure in rehearsals and forecasts: simulated points of order and
// rights of reply at the model's rates, each speaker's own limit, suspensions only when
// asked for. Seeded, so a failure can be run again.
import PlenaryCore
import PlenarySimulation
import Testing

/// A room whose speakers all speak exactly their limit, are always there and are never
/// interrupted: what is left to see is what the test turns on.
func exactModel(_ change: (inout SpeakerModel) -> Void = { _ in }) -> SpeakerModel {
    var model = SpeakerModel()
    model.absentProbability = 0
    model.earlyProbability = 0
    model.overrunProbability = 0
    model.nearLimitSpread = 0
    model.interruptionProbability = 0
    model.walkInsPerSegment = 0
    model.pointOfOrderProbability = 0
    model.pointOfOrderBetweenProbability = 0
    model.repliesPerSession = 0
    change(&model)
    return model
}

func rehearse(_ state: SessionState, model: SpeakerModel, seed: UInt64) -> Session {
    var session = Session(continuing: state)
    var pilot = Autopilot(model: model, seed: seed)
    Rehearsal.run(&session, from: state.plan.start - .minutes(1), autopilot: &pilot)
    return session
}

func rehearse(model: SpeakerModel, seed: UInt64) -> Session {
    rehearse(DefaultSession.session().state, model: model, seed: seed)
}

@Suite struct SimulatedPointsOfOrder {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func areInTheRecordAndNotInTheSpeakingTime(seed: UInt64) {
        let session = rehearse(model: exactModel { $0.pointOfOrderProbability = 1 }, seed: seed)
        let s = session.state
        #expect(s.isClosed)
        #expect(s.invariantViolations() == [])
        #expect(Session(plan: session.plan, speakers: DefaultSession.speakers, events: session.events).state == s)
        // One point of order in every intervention, each its own row.
        #expect(s.records.count == DefaultSession.speakers.count)
        #expect(s.pointsOfOrder.count == s.records.count)
        for (r, po) in zip(s.records, s.pointsOfOrder) {
            #expect(po.interruptedSpeaker == r.speaker)
            #expect(!po.raisedBy.isEmpty && po.raisedBy != s.speakers[r.speaker]?.delegation)
            #expect(po.length >= .seconds(10))
            // The speaker's clock stopped for exactly the point of order ...
            #expect(r.intervention.pauses == [Pause(start: po.raisedAt, end: po.endedAt, cause: .pointOfOrder)])
            // ... so the speaking time is the limit and the officer's one second, not a moment more,
            // while the speaker held the floor for the point of order besides.
            #expect(r.speakingTime == s.limit(of: r.speaker)! + .seconds(1))
            #expect(r.endedAt - r.intervention.floorGivenAt == r.speakingTime + po.length)
        }
    }

    /// The console wakes the simulated officer at its frames, a little after each
    /// instant asked for: what fell due meanwhile is still done (it was dropped as
    /// "before the forecast's start", and an interactive autopilot never paused).
    @Test func areRaisedWhenTheOfficerWakesLate() {
        let model = exactModel {
            $0.pointOfOrderProbability = 1
            $0.interruptionProbability = 1
        }
        var session = DefaultSession.session()
        var pilot = Autopilot(model: model, seed: 3)
        var now = plenaryStart - .minutes(1)
        // As `RehearsalConsole` does: asleep until the instant asked for, woken a little
        // after it, the officer asks again what to do.
        for _ in 0..<5000 {
            guard let (at, command) = pilot.next(in: session.state, now: now) else { break }
            if at > now {
                now = at + .milliseconds(200)
                continue
            }
            session.handle(command, at: now)
        }
        let s = session.state
        #expect(s.isClosed)
        #expect(s.records.count == DefaultSession.speakers.count)
        for r in s.records {
            #expect(r.intervention.pauses.map(\.cause).sorted { $0.rawValue < $1.rawValue } == [.chair, .pointOfOrder])
        }
    }

    @Test func withTheFloorFreeBelongToNoSpeaker() {
        let s = rehearse(model: exactModel { $0.pointOfOrderBetweenProbability = 1 }, seed: 4).state
        #expect(s.isClosed)
        // One after every intervention, before the next call (or the next segment).
        #expect(s.pointsOfOrder.count == s.records.count)
        #expect(s.pointsOfOrder.allSatisfy { $0.interruptedSpeaker == nil })
        #expect(s.records.allSatisfy { $0.intervention.pauses.isEmpty && $0.speakingTime == .seconds(121) })
        for (r, po) in zip(s.records, s.pointsOfOrder) { #expect(po.raisedAt == r.endedAt) }
    }

    @Test func theDefaultsRaiseThemRarely() {
        var raised = 0
        var interventions = 0
        for seed: UInt64 in 1...40 {
            let s = rehearse(model: SpeakerModel(), seed: seed).state
            raised += s.pointsOfOrder.count
            interventions += s.records.count
            #expect(s.suspensions.isEmpty, "the simulated officer never suspends on its own")
        }
        // 1 % during, 0.3 % after each intervention: a handful in forty sessions.
        #expect(raised > 0 && Double(raised) / Double(interventions) < 0.04, "\(raised) in \(interventions)")
    }

    @Test func drawsMatchTheParameters() {
        let model = SpeakerModel()
        var rng = SeededRandom(seed: 8)
        let n = 20_000
        var during = 0
        var between = 0
        var lengths: [Int64] = []
        for _ in 0..<n {
            let s = model.draw(allowance: .minutes(2), using: &rng)
            if let po = s.pointOfOrder {
                during += 1
                lengths.append(po.length.wholeMilliseconds)
                #expect(po.after >= s.speaking / 10 - .milliseconds(1) && po.after <= s.speaking)
            }
            if let po = s.pointOfOrderAfter {
                between += 1
                lengths.append(po.length.wholeMilliseconds)
            }
        }
        #expect(abs(Double(during) / Double(n) - 0.01) < 0.003)
        #expect(abs(Double(between) / Double(n) - 0.003) < 0.0015)
        lengths.sort()
        #expect(abs(Double(lengths[lengths.count / 2]) / 1000 - 60) < 8)
        #expect(lengths.first! >= 10_000)
    }
}

@Suite struct SimulatedRightsOfReply {
    /// Delegations asking often, and asking again whenever they can.
    let eager = exactModel {
        $0.repliesPerSession = 12
        $0.replyAgainProbability = 1
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func neverExceedThePlansCount(seed: UInt64) {
        let session = rehearse(model: eager, seed: seed)
        let s = session.state
        // A request the core refused would have stopped the run before the close.
        #expect(s.isClosed)
        #expect(s.invariantViolations() == [])
        let replies = s.speakers.values.filter { $0.kind == .reply }
        #expect(!replies.isEmpty)
        var perDelegation: [String: Int] = [:]
        for r in replies { perDelegation[r.delegation, default: 0] += 1 }
        #expect(perDelegation.values.allSatisfy { $0 <= s.plan.replies.perDelegation }, "\(perDelegation)")
        #expect(perDelegation.values.contains(2), "asking again, someone reaches the plan's count: \(perDelegation)")
        let spoken = Set(s.records.compactMap { s.speakers[$0.speaker] }.filter { $0.kind != .reply }.map(\.delegation))
        for r in replies {
            // Asked for by a delegation that had spoken, heard at the end of the last list.
            #expect(spoken.contains(r.delegation))
            #expect(r.segment == s.plan.segments.count - 1)
            #expect(s.status(of: r.id) == .spoke)
            let record = s.records.first { $0.speaker == r.id }!
            // The first reply is limited to ten minutes, the second to five; a reply
            // runs 30-90 % of its limit, plus the officer's second.
            let limit = s.limit(of: r.id)!
            #expect(limit == .minutes(10) || limit == .minutes(5))
            #expect(record.speakingTime <= limit * 9 / 10 + .seconds(1))
            #expect(record.speakingTime >= limit * 3 / 10)
        }
        // Replies come after every other statement of the last segment.
        let last = s.records.filter { $0.intervention.segment == s.plan.segments.count - 1 }
        let firstReply = last.firstIndex { s.speakers[$0.speaker]?.kind == .reply }!
        #expect(last[firstReply...].allSatisfy { s.speakers[$0.speaker]?.kind == .reply })
    }

    @Test func aPlanWithOneReplyEachGetsOneEach() {
        var plan = DefaultSession.plan
        plan.replies = ReplyRules(placement: .eachSegment, perDelegation: 1, limits: [.minutes(3)])
        let s = rehearse(SessionState(plan: plan, speakers: DefaultSession.speakers), model: eager, seed: 6).state
        #expect(s.isClosed)
        let replies = s.speakers.values.filter { $0.kind == .reply }
        #expect(!replies.isEmpty)
        #expect(Set(replies.map(\.delegation)).count == replies.count)
        #expect(replies.allSatisfy { s.limit(of: $0.id) == .minutes(3) })
        // Heard at the end of the segment they were asked in.
        #expect(replies.contains { $0.segment == 0 })
    }
}

@Suite struct ForecastsAndTheRulesOfProcedure {
    let state = DefaultSession.session().state

    @Test func replyRequestsEndTheSessionLaterWithTheSameSeed() {
        let without = Forecaster.forecast(state, at: plenaryStart, runs: 300, seed: 12, model: exactModel())
        let with = Forecaster.forecast(
            state, at: plenaryStart, runs: 300, seed: 12, model: exactModel { $0.repliesPerSession = 2 })
        #expect(with.medianEnd > without.medianEnd)
        #expect(with.p90End > without.p90End)
        #expect(with.onTime <= without.onTime)
        // The replies are heard in the last segment, whose end moves; the first's does not.
        #expect(with.segments[0] == without.segments[0])
        #expect(with.segments[1].medianEnd > without.segments[1].medianEnd)
    }

    @Test func pointsOfOrderEndTheSessionLater() {
        let without = Forecaster.forecast(state, at: plenaryStart, runs: 300, seed: 13, model: exactModel())
        let with = Forecaster.forecast(
            state, at: plenaryStart, runs: 300, seed: 13, model: exactModel { $0.pointOfOrderProbability = 0.5 })
        #expect(with.medianEnd > without.medianEnd)
        #expect(with.onTime <= without.onTime)
    }

    /// Twelve speakers a segment fit at two minutes; at the European Union's three they do not.
    @Test func eachSpeakersOwnLimitChangesTheForecast() {
        func state(limit: Duration?) -> SessionState {
            var list: [Speaker] = []
            for seg in 0..<2 {
                for k in 0..<12 {
                    list.append(
                        Speaker(
                            id: SpeakerID(list.count + 1), delegation: "State \(seg)-\(k)", segment: seg,
                            limit: k % 2 == 0 ? limit : nil))
                }
            }
            return SessionState(plan: DefaultSession.plan, speakers: list)
        }
        let national = Forecaster.forecast(state(limit: nil), at: plenaryStart, runs: 300, seed: 3)
        let longer = Forecaster.forecast(state(limit: .minutes(3)), at: plenaryStart, runs: 300, seed: 3)
        #expect(longer.medianEnd > national.medianEnd + .minutes(8))
        #expect(longer.onTime < national.onTime)
        // So does the capacity the closed-list option is built on.
        #expect(Forecaster.capacity(ofSegment: 0, in: state(limit: nil)) == 17)
        // Six 3:00 and six 2:00 turns with their walks take 34 minutes; two more fit the 40.
        #expect(Forecaster.capacity(ofSegment: 0, in: state(limit: .minutes(3))) == 14)
    }

    @Test func aCategoryLimitChangesTheForecast() {
        var plan = DefaultSession.plan
        plan.categoryLimits = [.stateParty: .seconds(90)]
        let shorter = SessionState(plan: plan, speakers: DefaultSession.speakers)
        let f = Forecaster.forecast(shorter, at: plenaryStart, runs: 200, seed: 5)
        let usual = Forecaster.forecast(state, at: plenaryStart, runs: 200, seed: 5)
        #expect(f.medianEnd < usual.medianEnd)
        #expect(Forecaster.capacity(ofSegment: 0, in: shorter) > Forecaster.capacity(ofSegment: 0, in: state))
    }

    @Test func anOfficersLimitChangeIsWhatTheSpeakerUses() {
        var session = DefaultSession.session()
        let belgium = DefaultSession.speakers.first { $0.delegation == "Belgium" }!.id
        session.handle(.changeLimit(belgium, to: .minutes(4), reason: "group statement"), at: plenaryStart)
        let s = rehearse(session.state, model: exactModel(), seed: 1).state
        #expect(s.records.first { $0.speaker == belgium }?.speakingTime == .seconds(241))
        #expect(s.records.filter { $0.speaker != belgium }.allSatisfy { $0.speakingTime == .seconds(121) })
    }

    @Test func suspensionsOnlyWhenTheModelAsks() {
        let model = exactModel {
            $0.suspensionsPerSession = 6
            $0.suspensionLength = 300
        }
        let s = rehearse(model: model, seed: 9).state
        #expect(s.isClosed)
        #expect(!s.suspensions.isEmpty)
        #expect(s.suspensions.allSatisfy { $0.length == .minutes(5) && $0.suspension.reason.isEmpty })
        #expect(rehearse(model: exactModel(), seed: 9).state.suspensions.isEmpty)
    }
}

@Suite struct TheSimulatedRoomAndTheRulesOfProcedure {
    @Test func aDelegationRisesThenThePresidentRules() {
        var room = SimulatedRoom(pilot: Autopilot(model: exactModel { $0.pointOfOrderProbability = 1 }, seed: 4))
        var s = DefaultSession.session()
        s.handle(.openSession, at: plenaryStart)
        s.handle(.startNextSegment, at: plenaryStart)
        s.handle(.callNext, at: plenaryStart)
        s.handle(.giveFloor, at: plenaryStart + .seconds(20))
        let id = s.state.speakerAtFloor!
        let (before, rises) = room.look(at: s.state, now: plenaryStart + .seconds(21))
        #expect(before.isEmpty)
        let seen = room.look(at: s.state, now: rises!).sightings
        guard case .pointOfOrder(let by, id)? = seen.first, seen.count == 1 else {
            Issue.record("no point of order during \(id): \(seen)")
            return
        }
        #expect(!by.isEmpty)
        s.handle(.raisePointOfOrder(by: by), at: rises!)
        let (waiting, ruling) = room.look(at: s.state, now: rises!)
        #expect(waiting.isEmpty)
        #expect(room.look(at: s.state, now: ruling!).sightings == [.pointOfOrderRuled(id)])
        s.handle(.endPointOfOrder, at: ruling!)
        // The speaker goes on where they were: two minutes of speaking in all.
        let (going, stop) = room.look(at: s.state, now: ruling!)
        #expect(going.isEmpty)
        #expect(stop == plenaryStart + .seconds(20) + .minutes(2) + (ruling! - rises!))
        #expect(room.look(at: s.state, now: stop!).sightings == [.finished(id)])
    }

    @Test func aDelegationAsksForAReplyUntilItIsTaken() throws {
        var room = SimulatedRoom(pilot: Autopilot(model: exactModel { $0.repliesPerSession = 10 }, seed: 2))
        var s = DefaultSession.session()
        s.handle(.openSession, at: plenaryStart)
        s.handle(.startNextSegment, at: plenaryStart)
        #expect(room.look(at: s.state, now: plenaryStart).sightings.isEmpty, "nobody has spoken yet")
        var now = plenaryStart
        var asking: String?
        for _ in 0..<14 where asking == nil {
            s.handle(.giveFloor, at: now)
            now = now + .minutes(2)
            s.handle(.endIntervention, at: now)
            for case .asksForReply(let d) in room.look(at: s.state, now: now).sightings { asking = d }
        }
        let asker = try #require(asking, "no reply asked for in Segment I")
        let spoken = s.state.records.compactMap { s.state.speakers[$0.speaker]?.delegation }
        #expect(spoken.contains(asker))
        // It keeps asking until the officer takes the request.
        #expect(room.look(at: s.state, now: now + .seconds(9)).sightings == [.asksForReply(asker)])
        s.handle(.requestReply(delegation: asker, function: "", category: .court), at: now + .seconds(10))
        #expect(s.state.replies(of: asker) == 1)
        #expect(!room.look(at: s.state, now: now + .seconds(11)).sightings.contains(.asksForReply(asker)))
    }
}

@Suite struct TheRulesOfProcedureInTheModelFile {
    @Test func areReadLikeTheOtherParameters() {
        let (model, problems) = SpeakerModel.parse(
            """
            point_of_order_probability = 0.2
            replies_per_session = many
              reply_again_probability = 1.5
            suspensions_per_session = 1   # a tense day
            """, file: "tense.model")
        #expect(model.pointOfOrderProbability == 0.2)
        #expect(model.suspensionsPerSession == 1)
        #expect(model.repliesPerSession == SpeakerModel().repliesPerSession)
        #expect(
            problems == [
                "tense.model:2:23: 'many' is not a non-negative number for replies_per_session",
                "tense.model:3:29: reply_again_probability is a probability: 0 to 1, not 1.5",
            ])
        // The defaults: no suspension unless asked for.
        #expect(SpeakerModel().suspensionsPerSession == 0)
        #expect(SpeakerModel().text.contains("point_of_order_probability = 0.01  # "))
    }

    /// A low bound above its high one is read as the same range, not a trap; and a
    /// delegation that asked for a reply is in the room, whatever the absences.
    @Test func boundsInEitherOrderDrawTheSameRange() {
        var model = SpeakerModel()
        model.absentProbability = 1
        model.replyFractionLow = 0.8
        model.replyFractionHigh = 0.4
        var rng = SeededRandom(seed: 3)
        for _ in 0..<200 {
            let s = model.draw(allowance: .minutes(10), reply: true, using: &rng)
            #expect(s.speaking >= .minutes(4) && s.speaking <= .minutes(8))
            #expect(!s.absent)
        }
    }
}
