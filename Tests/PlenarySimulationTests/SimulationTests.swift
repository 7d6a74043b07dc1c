import PlenaryCore
import PlenarySimulation
import Testing

let plenaryStart = DefaultSession.plan.start

@Suite struct TheSpeakerModel {
    @Test func drawsMatchTheParameters() {
        let model = SpeakerModel()
        var rng = SeededRandom(seed: 42)
        let n = 20_000
        var absent = 0
        var early = 0
        var over30 = 0
        var interrupted = 0
        var changeovers: [Int64] = []
        for _ in 0..<n {
            let s = model.draw(allowance: .minutes(2), using: &rng)
            if s.absent { absent += 1 }
            if s.speaking < .seconds(108) { early += 1 }  // 0.9 × 120 s
            if s.speaking >= .seconds(150) { over30 += 1 }
            if s.interruption != nil { interrupted += 1 }
            changeovers.append(s.changeover.wholeMilliseconds)
        }
        func share(_ k: Int) -> Double { Double(k) / Double(n) }
        #expect(abs(share(absent) - 0.05) < 0.01)
        #expect(abs(share(interrupted) - 0.03) < 0.008)
        // Early stops are 15 %; a few near-limit draws also land below 108 s (2 sd).
        #expect(share(early) > 0.14 && share(early) < 0.19)
        // 30 s or more over: 25 % × e^(-30/25) ≈ 7.5 %.
        #expect(abs(share(over30) - 0.0753) < 0.01)
        changeovers.sort()
        let median = Double(changeovers[n / 2]) / 1000
        #expect(abs(median - 20) < 0.7)
    }

    @Test func aKnownStatementLengthSetsTheSpeakingTime() {
        var rng = SeededRandom(seed: 1)
        let s = SpeakerModel().draw(allowance: .minutes(2), words: 330, using: &rng)
        // 330 words at 110 a minute is three minutes, give or take 5 %.
        #expect(s.speaking >= .seconds(171) && s.speaking <= .seconds(189))
    }

    @Test func modelFilesSayWhereTheyAreWrong() {
        let (model, problems) = SpeakerModel.parse(
            """
            # a calmer room
            absent_probability = 0.1
            overrun_mean = lots
            no equals sign
            chance_of_rain = 0.5
            """, file: "calm.model")
        #expect(model.absentProbability == 0.1)
        #expect(
            problems == [
                "calm.model:3:16: 'lots' is not a non-negative number for overrun_mean",
                "calm.model:4:1: expected 'name = number', found 'no equals sign'",
                "calm.model:5:1: unknown parameter 'chance_of_rain'; "
                    + "known: \(SpeakerModel.parameters.map(\.name).joined(separator: ", "))",
            ])
        let (roundTrip, none) = SpeakerModel.parse(SpeakerModel().text, file: "defaults")
        #expect(none.isEmpty)
        #expect(roundTrip == SpeakerModel())
    }
}

@Suite struct Autopiloting {
    func rehearse(seed: UInt64, policy: OfficerPolicy = OfficerPolicy()) -> Session {
        var session = DefaultSession.session()
        var pilot = Autopilot(policy: policy, seed: seed)
        Rehearsal.run(&session, from: plenaryStart - .minutes(1), autopilot: &pilot)
        return session
    }

    @Test func aWholeSessionRunsToTheClose() {
        let session = rehearse(seed: 7)
        let s = session.state
        #expect(s.isClosed)
        #expect(s.invariantViolations() == [])
        #expect(Session(plan: session.plan, speakers: DefaultSession.speakers, events: session.events).state == s)
        // Every registered speaker was heard or found absent twice.
        for sp in DefaultSession.speakers {
            let status = s.status(of: sp.id)
            #expect(status == .spoke || status == .absent, "\(sp.delegation): \(String(describing: status))")
        }
        #expect(s.openedAt == plenaryStart)
    }

    @Test func theSameSeedGivesTheSameSession() {
        #expect(rehearse(seed: 99).events == rehearse(seed: 99).events)
        #expect(rehearse(seed: 99).events != rehearse(seed: 100).events)
    }

    @Test func aStrictCutOffKeepsEveryoneWithinTheAllowance() {
        let s = rehearse(seed: 5, policy: OfficerPolicy(strictCutoff: true)).state
        #expect(s.records.allSatisfy { $0.speakingTime <= $0.intervention.allowance })
    }

    @Test func closingTheListWithdrawsTheRest() {
        let s = rehearse(seed: 5, policy: OfficerPolicy(listCap: 5, admitWalkIns: false)).state
        #expect(s.records.filter { $0.intervention.segment == 0 }.count <= 5)
        #expect(s.speakers.keys.contains { s.status(of: $0) == .withdrawn })
    }
}

@Suite struct Forecasting {
    func state(speakersPerSegment n: Int) -> SessionState {
        var list: [Speaker] = []
        for seg in 0..<2 {
            for k in 0..<n {
                list.append(Speaker(id: SpeakerID(list.count + 1), delegation: "State \(seg)-\(k)", segment: seg))
            }
        }
        return SessionState(plan: DefaultSession.plan, speakers: list)
    }

    @Test func moreSpeakersMeanLowerOdds() {
        let odds = [12, 15, 17, 19].map {
            Forecaster.forecast(state(speakersPerSegment: $0), at: plenaryStart, runs: 300, seed: 3).onTime
        }
        #expect(odds == odds.sorted(by: >), "\(odds)")
        #expect(odds.first! > 0.95)
        #expect(odds.last! < 0.5)
    }

    @Test func aStrictCutOffNeverLowersTheOdds() {
        let s = state(speakersPerSegment: 16)
        let loose = Forecaster.forecast(s, at: plenaryStart, runs: 300, seed: 11)
        let strict = Forecaster.forecast(
            s, at: plenaryStart, runs: 300, seed: 11,
            policy: OfficerPolicy(strictCutoff: true))
        #expect(strict.onTime >= loose.onTime)
        #expect(strict.medianEnd <= loose.medianEnd)
        #expect(loose.p90End >= loose.medianEnd)
    }

    @Test func aForecastFromTheLiveStateKnowsWhatHappened() {
        // The first speaker held the floor for twenty minutes: the odds collapse.
        var session = DefaultSession.session()
        session.handle(.openSession, at: plenaryStart)
        session.handle(.startNextSegment, at: plenaryStart + .minutes(5))
        session.handle(.giveFloor, at: plenaryStart + .minutes(5))
        session.handle(.endIntervention, at: plenaryStart + .minutes(25))
        let late = Forecaster.forecast(session.state, at: plenaryStart + .minutes(25), runs: 200, seed: 1)
        let onTime = Forecaster.forecast(DefaultSession.session().state, at: plenaryStart, runs: 200, seed: 1)
        #expect(late.onTime < onTime.onTime)
        #expect(late.expectedUnreached > onTime.expectedUnreached)
    }

    /// Opened nine hours late with the list as planned: on time against the schedule,
    /// as the status line says, not 0% against a plan the day has left behind.
    @Test func aLateOpeningIsOnTimeAgainstTheShiftedPlan() {
        var session = DefaultSession.session()
        let opened = plenaryStart + .minutes(9 * 60 + 5)
        session.handle(.openSession, at: opened)
        session.handle(.startNextSegment, at: opened + .minutes(5))
        let chance = Forecaster.chanceOnTime(session.state, at: opened + .minutes(5), runs: 100, seed: 1)
        let punctual = Forecaster.chanceOnTime(DefaultSession.session().state, at: plenaryStart, runs: 100, seed: 1)
        #expect(chance > 0.5)
        #expect(abs(chance - punctual) < 0.2)
    }
}

@Suite struct StatementLengths {
    @Test func englishIsCountedInWords() {
        let text = String(repeating: "The Court's effectiveness depends on cooperation. ", count: 40)  // 240 words
        let e = StatementLength.estimate(text, limit: .minutes(2))
        #expect(e.words == 240)
        #expect(e.duration == .milliseconds(130_909))  // 240 / 110 min
        #expect(!e.fits)
        #expect(e.wordsThatFit == 220)
    }

    @Test func chineseAndJapaneseAreCountedInCharacters() {
        let zh = StatementLength.estimate(String(repeating: "国际刑事法院", count: 30), limit: .minutes(2))
        #expect(zh.cjkCharacters == 180 && zh.words == 0)
        #expect(zh.duration == .minutes(1))
        let ja = StatementLength.estimate(String(repeating: "ありがとう", count: 48), limit: .minutes(2))
        #expect(ja.duration == .minutes(1))  // 240 kana at 240 a minute
    }
}

@Suite struct TheSimulatedRoom {
    /// A room whose speakers are all present, never interrupted, and speak 100 s.
    func room(absent: Double = 0, interruption: Double = 0, walkIns: Double = 0) -> SimulatedRoom {
        var model = SpeakerModel()
        model.absentProbability = absent
        model.interruptionProbability = interruption
        model.walkInsPerSegment = walkIns
        model.earlyProbability = 0
        model.overrunProbability = 0
        model.nearLimitSpread = 0
        return SimulatedRoom(pilot: Autopilot(model: model, seed: 4))
    }

    @Test func theCalledSpeakerWalksUpThenTheSpeakerStopsOnTheirOwn() {
        var r = room()
        var s = DefaultSession.session()
        s.handle(.openSession, at: plenaryStart)
        s.handle(.startNextSegment, at: plenaryStart)
        s.handle(.callNext, at: plenaryStart)
        let first = s.state.speakerAtFloor!
        let (walking, arrival) = r.look(at: s.state, now: plenaryStart + .seconds(1))
        #expect(walking == [.walking(first)])
        let arrived = arrival!
        #expect(r.look(at: s.state, now: arrived).sightings == [.atMicrophone(first)])
        s.handle(.giveFloor, at: arrived)
        let (speaking, stop) = r.look(at: s.state, now: arrived + .seconds(30))
        #expect(speaking.isEmpty)
        // Near the limit with no spread: exactly the two-minute allowance.
        #expect(stop == arrived + .minutes(2))
        #expect(r.look(at: s.state, now: stop!).sightings == [.finished(first)])
        // The speaker has stopped, but only the officer ends the intervention.
        #expect(s.state.speakerAtFloor == first)
    }

    @Test func anAbsentSpeakerNeverReachesTheMicrophone() {
        var r = room(absent: 1)
        var s = DefaultSession.session()
        s.handle(.openSession, at: plenaryStart)
        s.handle(.startNextSegment, at: plenaryStart)
        s.handle(.callNext, at: plenaryStart)
        let id = s.state.speakerAtFloor!
        let (before, seen) = r.look(at: s.state, now: plenaryStart + .seconds(1))
        #expect(before.isEmpty)
        #expect(r.look(at: s.state, now: seen!).sightings == [.notInRoom(id)])
    }

    @Test func anInterruptionAsksForAPauseThenForTheResume() {
        var r = room(interruption: 1)
        var s = DefaultSession.session()
        s.handle(.openSession, at: plenaryStart)
        s.handle(.startNextSegment, at: plenaryStart)
        s.handle(.callNext, at: plenaryStart)
        s.handle(.giveFloor, at: plenaryStart + .seconds(20))
        let id = s.state.speakerAtFloor!
        let (_, from) = r.look(at: s.state, now: plenaryStart + .seconds(20))
        #expect(r.look(at: s.state, now: from!).sightings == [.interruption(id)])
        s.handle(.pause, at: from!)
        let (paused, over) = r.look(at: s.state, now: from!)
        #expect(paused.isEmpty)
        #expect(r.look(at: s.state, now: over!).sightings == [.interruptionOver(id)])
    }

    @Test func aWalkInAsksUntilAdded() {
        var r = room(walkIns: 30)
        var s = DefaultSession.session()
        s.handle(.openSession, at: plenaryStart)
        s.handle(.startNextSegment, at: plenaryStart)
        let asking = r.look(at: s.state, now: plenaryStart).sightings
        guard case .asksForFloor(let name)? = asking.first else {
            Issue.record("no walk-in asked: \(asking)")
            return
        }
        #expect(r.look(at: s.state, now: plenaryStart + .seconds(5)).sightings == [.asksForFloor(name)])
        s.handle(
            .addWalkIn(delegation: name, function: "", category: .stateParty, segment: 0, position: nil),
            at: plenaryStart + .seconds(6))
        #expect(!r.look(at: s.state, now: plenaryStart + .seconds(7)).sightings.contains(.asksForFloor(name)))
    }
}
