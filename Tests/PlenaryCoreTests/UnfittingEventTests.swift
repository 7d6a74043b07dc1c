import PlenaryCore
import Testing

/// A journal edited by hand (or damaged with its checksums recomputed) can hold events
/// that `decide` would never have produced. Replay ignores what does not fit, so the
/// state stays one the console could reach (FuzzJournal found the case below).
@Suite struct UnfittingEvents {
    @Test func aFloorOutsideAnyStartedSegmentIsIgnored() throws {
        let first = try #require(DefaultSession.speakers.first { $0.segment == 0 })
        let a = { (n: Int) in Origin.operator(ActionID(number: n)) }
        let events = [
            Event(origin: a(1), at: at(11, 30), fact: .sessionOpened),
            // "segment": 0 edited to 5: no such segment, so Segment I never started.
            Event(origin: a(2), at: at(11, 35), fact: .segmentStarted(segment: 5)),
            Event(origin: a(3), at: at(11, 35, 10), fact: .speakerCalled(speaker: first.id)),
            Event(origin: a(4), at: at(11, 35, 20), fact: .floorGiven(speaker: first.id)),
        ]
        let session = Session(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
        #expect(session.state.invariantViolations() == [])
        #expect(session.state.floor.intervention == nil)
        #expect(session.state.phase == .opening(since: at(11, 30)))
    }

    @Test func aSpeakerOfAnotherSegmentCannotTakeTheFloor() throws {
        let second = try #require(DefaultSession.speakers.first { $0.segment == 1 })
        let a = { (n: Int) in Origin.operator(ActionID(number: n)) }
        let events = [
            Event(origin: a(1), at: at(11, 30), fact: .sessionOpened),
            Event(origin: a(2), at: at(11, 35), fact: .segmentStarted(segment: 0)),
            Event(origin: a(3), at: at(11, 35, 20), fact: .floorGiven(speaker: second.id)),
        ]
        let session = Session(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
        #expect(session.state.invariantViolations() == [])
        #expect(session.state.floor.intervention == nil)
    }
}
