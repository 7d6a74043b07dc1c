import Testing

// The rules of procedure scripted with explicit instants (issue 16's "done when"): a
// point of order inside an intervention, two replies by one delegation and a refused
// third, a joint statement, a 3:00 limit from the file, a suspension and a message.
// Every figure is worked out by hand from the script.
@testable import PlenaryCore

@Suite struct ProcedureScenario {
    /// The default session with Belgium's own 3:00 limit (a `limit` column) and the
    /// European Union speaking on behalf of two candidate countries.
    static func driver() -> Driver {
        var speakers = DefaultSession.speakers
        for i in speakers.indices {
            if speakers[i].delegation == "Belgium" { speakers[i].limit = .minutes(3) }
            if speakers[i].delegation == "European Union" { speakers[i].onBehalfOf = ["Albania", "North Macedonia"] }
        }
        var d = Driver()
        d.session = Session(plan: DefaultSession.plan, speakers: speakers)
        return d
    }

    /// Runs the whole script, checking each step, and returns the driver at the end.
    static func script() -> Driver {
        var d = driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.now = at(11, 35)
        d.run(.startNextSegment)

        // The President of the Court: 2:00 exactly.
        d.run(.giveFloor)
        d.now = at(11, 37)
        d.run(.endIntervention)

        // The Prosecutor: 1:00, a point of order by Kenya for 0:40, then 1:00 more.
        d.now = at(11, 37, 10)
        d.run(.giveFloor)
        let otp = d.id("Office of the Prosecutor")
        d.now = at(11, 38, 10)
        d.run(.raisePointOfOrder(by: "Kenya"))
        #expect(d.state.speakerAtFloor == otp)
        #expect(d.state.status(of: otp) == .speaking)
        d.now = at(11, 38, 50)
        #expect(d.state.speakingTime(at: d.now) == .minutes(1), "the speaker's clock stands still")
        #expect(d.state.remaining(at: d.now) == .minutes(1))
        #expect(d.reject(.endIntervention) == .pointOfOrderUnderway(.endIntervention))
        #expect(d.reject(.raisePointOfOrder(by: "")) == .pointOfOrderUnderway(.raisePointOfOrder(by: "")))
        d.run(.endPointOfOrder)
        #expect(d.state.speakingTime(at: d.now) == .minutes(1), "given back exactly where it was")
        d.now = at(11, 39, 50)
        d.run(.endIntervention)
        #expect(d.state.records.last?.speakingTime == .minutes(2))
        #expect(d.state.records.last?.overrun == .zero)
        #expect(d.state.pointsOfOrder.count == 1)
        #expect(d.state.pointsOfOrder.first?.length == .seconds(40))
        #expect(d.state.pointsOfOrder.first?.interruptedSpeaker == otp)

        // The Registry: 2:00.
        d.now = at(11, 40)
        d.run(.giveFloor)
        d.now = at(11, 42)
        d.run(.endIntervention)

        // Belgium, with its own 3:00: wrap-up at 2:30, on time at 3:00.
        d.run(.giveFloor)
        #expect(d.state.floor.intervention?.limit == .minutes(3))
        #expect(d.state.stage(at: at(11, 44, 29)) == .onTime)
        #expect(d.state.stage(at: at(11, 44, 30)) == .wrapUp)
        d.now = at(11, 45)
        d.run(.endIntervention)
        #expect(d.state.records.last?.speakingTime == .minutes(3))
        #expect(d.state.records.last?.overrun == .zero)

        // France asks for two replies (10:00, then 5:00); a third is refused.
        d.run(.requestReply(delegation: "France", function: "", category: .stateParty))
        d.run(.requestReply(delegation: "france ", function: "", category: .stateParty))
        #expect(
            d.reject(.requestReply(delegation: "France", function: "", category: .stateParty))
                == .replyLimitReached(delegation: "France", allowed: 2))
        let replies = d.state.order[1].compactMap { d.state.speakers[$0] }.filter { $0.kind == .reply }
        #expect(replies.map(\.limit) == [.minutes(10), .minutes(5)], "heard at the end of the session")
        #expect(d.state.order[1].suffix(2).map { d.state.speakers[$0]?.kind } == [.reply, .reply])

        // A suspension of 10:00 for consultations: the projection waits for it, and
        // the drift grows by exactly its length, not by the next speaker's.
        let before = d.state.projection(at: d.now)
        d.run(.suspendMeeting(for: .minutes(10), reason: "consultations"))
        #expect(d.reject(.giveFloor) == .meetingSuspended(.giveFloor))
        d.now = at(11, 50)
        let during = d.state.projection(at: d.now)
        #expect(during.drift - before.drift == .minutes(10))
        #expect(d.state.suspendedTotal(at: d.now) == .minutes(5))
        d.now = at(11, 55)
        d.run(.resumeMeeting)
        #expect(d.state.suspensions.first?.length == .minutes(10))
        #expect(d.state.projection(at: d.now).drift == during.drift)

        // Sierra Leone hands its statement in writing; the Netherlands' limit is cut.
        d.run(.submitInWriting(d.id("Sierra Leone")))
        d.run(.changeLimit(d.id("Netherlands"), to: .minutes(1), reason: "time is short"))
        #expect(d.state.limit(of: d.id("Netherlands")) == .minutes(1))

        // France, after a 0:20 walk: the changeover counts 0:20, not the suspension.
        d.now = at(11, 55, 20)
        d.run(.giveFloor)
        #expect(d.state.floor.intervention?.speaker == d.id("France"))
        d.now = at(11, 57)
        d.run(.showMessage(.canned(.pleaseConclude)))
        #expect(d.state.shownMessage?.message == .canned(.pleaseConclude))
        #expect(d.state.shownMessage?.speaker == d.id("France"))
        d.now = at(11, 57, 20)
        d.run(.endIntervention)
        #expect(d.state.shownMessage == nil, "a message ends with the intervention it was for")
        d.run(.addNote(d.id("France"), text: "spoke in Spanish"))

        // The European Union, on behalf of two candidate countries, called out of turn.
        d.run(.call(d.id("European Union")))
        #expect(
            d.state.callLine(.english)
                == "I now give the floor to the representative of the European Union, on behalf of Albania and "
                + "North Macedonia, to be followed by the Netherlands.")
        d.now = at(11, 57, 40)
        d.run(.giveFloor)
        d.now = at(11, 59, 40)
        d.run(.endIntervention)
        return d
    }

    @Test func speakingTimesAndDriftFollowTheRules() {
        let d = Self.script()
        #expect(d.state.status(of: d.id("Sierra Leone")) == .inWriting)
        #expect(!d.state.wasNotReached(d.id("Sierra Leone")))
        // Walks to the microphone: Space called and gave the floor at once for the first
        // five (0:00 each); the European Union was called and walked 0:20.
        let observed: [Int64] = [0, 0, 0, 0, 0, 20_000]
        #expect(d.state.observedChangeover == .milliseconds(observed.reduce(0, +) / Int64(observed.count)))
    }

    @Test func theLogHasARowForEachFact() {
        let d = Self.script()
        let log = ActualTimesLog.build(
            plan: d.session.plan,
            speakers: Array(d.session.initial.speakers.values)
                .sorted { $0.id < $1.id }, events: d.session.events)
        func row(_ name: String) -> InterventionRow? { log.rows.first { $0.delegation == name && $0.segment == 0 } }
        #expect(row("Office of the Prosecutor")?.speakingTime == .minutes(2))
        #expect(row("Office of the Prosecutor")?.pointOfOrderTotal == .seconds(40))
        #expect(row("Belgium")?.limit == .minutes(3))
        #expect(row("Sierra Leone")?.status == .inWriting)
        #expect(row("Netherlands")?.limit == .minutes(1))
        #expect(row("Netherlands")?.limitChange?.reason == "time is short")
        #expect(row("France")?.notes.map(\.text) == ["spoke in Spanish"])
        #expect(row("France")?.gapBetweenSpeakers == .seconds(20))
        #expect(log.rows.filter { $0.kind == .reply }.map(\.limit) == [.minutes(10), .minutes(5)])
        #expect(log.pointsOfOrder.map(\.raisedBy) == ["Kenya"])
        #expect(log.suspensions.map(\.length) == [.minutes(10)])
        #expect(log.messages.map(\.message) == [.canned(.pleaseConclude)])
        let albania = log.delegations.first { $0.delegation == "Albania" }
        #expect(albania?.statementsOnItsBehalf == 1)
        #expect(log.delegations.first { $0.delegation == "European Union" }?.interventions == 1)
    }

    @Test func undoTakesBackEachNewFact() {
        var d = Self.driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.now = at(11, 31)
        d.run(.raisePointOfOrder(by: ""))
        d.run(.undo)
        #expect(d.state.floor.pointOfOrder == nil)
        #expect(d.state.speakingTime(at: at(11, 31, 30)) == .seconds(90))
        d.run(.endIntervention)
        d.run(.suspendMeeting(for: .minutes(5), reason: ""))
        d.run(.undo)
        #expect(d.state.floor.suspension == nil)
        d.run(.requestReply(delegation: "Japan", function: "", category: .stateParty))
        let reply = d.state.order[1].last
        d.run(.undo)
        #expect(d.state.speakers[reply!] == nil)
        d.run(.requestReply(delegation: "Japan", function: "", category: .stateParty))
        #expect(d.state.order[1].last != reply, "a reply's number is never handed out twice")
    }

    @Test func aPointOfOrderDuringAPauseKeepsThePause() {
        var d = Self.driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.now = at(11, 31)
        d.run(.pause)
        d.now = at(11, 31, 10)
        d.run(.raisePointOfOrder(by: "Chile"))
        d.now = at(11, 31, 40)
        d.run(.endPointOfOrder)
        #expect(d.state.floor.pausedSince == at(11, 31, 40), "still paused after the ruling")
        #expect(d.state.floor.intervention?.pauses.map(\.cause) == [.chair, .pointOfOrder])
        d.now = at(11, 32)
        d.run(.resume)
        #expect(d.state.speakingTime(at: at(11, 32, 30)) == .seconds(90))
    }

    @Test func aPointOfOrderWithTheFloorFreeIsTheMeetingsTime() {
        var d = Self.driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.callNext)
        d.run(.raisePointOfOrder(by: ""))
        #expect(d.state.status(of: d.id("Presidency of the Court")) == .called)
        #expect(d.reject(.skip(nil)) == .pointOfOrderUnderway(.skip(nil)))
        d.now = at(11, 32)
        d.run(.endPointOfOrder)
        #expect(d.state.floor == .called(d.id("Presidency of the Court"), at: at(11, 30)))
        #expect(d.state.meetingTime(from: at(11, 30), to: at(11, 32)) == .minutes(2))
    }

    @Test func anotherSpellingOfADelegationCountsItsReplies() {
        var d = Self.driver()
        d.now = at(11, 30)
        d.run(.openSession)
        let ask = { (who: String) -> Command in .requestReply(delegation: who, function: "", category: .stateParty) }
        d.run(ask("Netherlands"))
        d.run(ask("Pays-Bas (Royaume des)"))
        #expect(d.reject(ask("netherlands")) == .replyLimitReached(delegation: "netherlands", allowed: 2))
        #expect(
            d.state.speakers.values.filter { $0.kind == .reply }.map(\.limit).sorted { $0! > $1! } == [
                .minutes(10), .minutes(5),
            ])
    }

    @Test func repliesPerSegmentGoOnTheSegmentUnderWayAfterLaterWalkIns() {
        var d = Self.driver()
        var plan = DefaultSession.plan
        plan.replies = ReplyRules(placement: .eachSegment, perDelegation: 1, limits: [.minutes(3)])
        d.session = Session(plan: plan, speakers: DefaultSession.speakers)
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.requestReply(delegation: "Japan", function: "", category: .stateParty))
        #expect(
            d.reject(.requestReply(delegation: "Japan", function: "", category: .stateParty))
                == .replyLimitReached(delegation: "Japan", allowed: 1))
        d.run(.addWalkIn(delegation: "Chile", function: "", category: .stateParty, segment: 0, position: nil))
        let last2 = d.state.order[0].suffix(2).compactMap { d.state.speakers[$0] }
        #expect(last2.map(\.delegation) == ["Chile", "Japan"], "a reply stays after every statement")
        #expect(last2.last?.limit == .minutes(3))
    }
}

@Suite struct JointStatementCallLine {
    static let eu = Speaker(
        id: SpeakerID(1), delegation: "European Union", category: .internationalOrganization, segment: 0,
        onBehalfOf: ["European Union and its member States"])
    static let senegal = Speaker(id: SpeakerID(2), delegation: "Sénégal", category: .stateParty, segment: 0)

    @Test func aGroupIsCalledWithItsArticleInBothLanguages() {
        #expect(
            CallLine.text(.english, Self.eu, nil)
                == "I now give the floor to the representative of the European Union, "
                + "on behalf of the European Union and its member States.")
        #expect(
            CallLine.text(.french, Self.eu, Self.senegal)
                == "Je donne maintenant la parole à l'Union européenne, au nom de l'Union européenne et ses "
                + "États membres, suivie du Sénégal.")
    }

    @Test func aReplyIsAnnouncedAsOne() {
        var reply = Self.senegal
        reply.kind = .reply
        #expect(
            CallLine.text(.english, reply, nil)
                == "I now give the floor to the representative of Sénégal, in exercise of the right of reply.")
        #expect(
            CallLine.text(.french, reply, nil)
                == "Je donne maintenant la parole au Sénégal, dans l'exercice du droit de réponse.")
    }
}
