import Testing

// Numbers name one thing for the whole record: an undone walk-in's speaker number and
// an undone action's number are never handed out again, live or after a replay. And
// who is at the floor is read from the floor alone.
@testable import PlenaryCore

@Suite struct Identity {
    func walkIn(_ name: String) -> Command {
        .addWalkIn(delegation: name, function: "", category: .stateParty, segment: 0, position: nil)
    }

    func addedID(_ events: [Event]) -> SpeakerID? {
        for e in events { if case .walkInAdded(let sp, _) = e.fact { return sp.id } }
        return nil
    }

    @Test func anUndoneWalkInsNumberIsNeverHandedOutAgain() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        let highest = d.state.speakers.keys.max()!
        let malta = addedID(d.run(walkIn("Malta")))
        #expect(malta == SpeakerID(highest.rawValue + 1))
        d.run(.undo)
        #expect(d.state.speakers[malta!] == nil)
        let ghana = addedID(d.run(walkIn("Ghana")))
        #expect(ghana != nil && ghana != malta)
        #expect(ghana!.rawValue > malta!.rawValue)

        // Rebuilt from the record, the next number is still a fresh one.
        var rebuilt = Session(plan: d.session.plan, speakers: DefaultSession.speakers, events: d.session.events)
        #expect(rebuilt.state == d.state)
        guard case .success(let events) = rebuilt.handle(walkIn("Chile"), at: d.now) else {
            Issue.record("walk-in refused")
            return
        }
        #expect(![malta, ghana].contains(addedID(events)))
    }

    @Test func anUndoneActionsNumberIsNeverUsedAgain() {
        var d = Driver()
        d.now = at(11, 30)
        let opened = d.run(.startNextSegment)
        d.run(.undo)
        let again = d.run(.startNextSegment)
        #expect(opened.first?.origin == .operator(ActionID(number: 1)))
        #expect(again.first?.origin == .operator(ActionID(number: 3)), "1 was undone by 2")
    }

    @Test func theFloorSaysWhoIsCalledAndWhoSpeaks() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        let first = d.state.upcoming[0]
        d.run(.callNext)
        #expect(d.state.status(of: first) == .called)
        #expect(d.state.standing[first] == .waiting, "only the floor says called")
        d.run(.giveFloor)
        #expect(d.state.status(of: first) == .speaking)
        d.run(.pause)
        #expect(d.state.status(of: first) == .speaking)
        d.run(.resume)
        d.run(.endIntervention)
        #expect(d.state.status(of: first) == .spoke)
        #expect(d.state.status(of: SpeakerID(10_000)) == nil)
    }

    @Test func thePhaseAndTheSegmentTimesAreOneRecord() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        #expect(d.state.phase == .segment(0, since: at(11, 30)))
        #expect(d.state.openedAt == at(11, 30))
        d.advance(.minutes(5))
        d.run(.startNextSegment)
        #expect(d.state.segmentTimes(0).start == at(11, 30) && d.state.segmentTimes(0).end == at(11, 35))
        #expect(d.state.segmentStarts[1] == at(11, 35) && d.state.segmentEnds[1] == nil)
        #expect(d.state.phase == .segment(1, since: at(11, 35)))
    }

    @Test func aSessionContinuingAStateCannotUndoWhatCameBefore() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        var forecast = Session(continuing: d.state)
        #expect(forecast.state.phase == d.state.phase)
        guard case .failure(let r) = forecast.handle(.undo, at: d.now) else {
            Issue.record("undo of an action this session never recorded")
            return
        }
        #expect(r == .nothingToUndo)
    }

    @Test func anInvariantViolationIsReported() {
        var s = DefaultSession.session().state
        s.standing[SpeakerID(1)] = nil
        #expect(s.invariantViolations().contains { $0.contains("no status") })
        var t = DefaultSession.session().state
        t.floor = .called(SpeakerID(2), at: at(11, 30))
        t.standing[SpeakerID(2)] = .spoke
        #expect(!t.invariantViolations().isEmpty)
    }
}
