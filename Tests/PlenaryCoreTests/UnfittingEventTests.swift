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

/// Times that run backwards (FuzzJournal: a segment's start edited to days later) apply
/// at the latest instant so far, so every phase ends after it starts.
@Suite struct BackwardTimes {
    @Test func aPhaseNeverEndsBeforeItStartsAndTurnsAddUp() throws {
        let seg2 = try #require(DefaultSession.speakers.first { $0.segment == 1 })
        let a = { (n: Int) in Origin.operator(ActionID(number: n)) }
        let events = [
            Event(origin: a(1), at: at(11, 30), fact: .sessionOpened),
            Event(origin: a(2), at: at(11, 35), fact: .segmentStarted(segment: 0)),
            Event(origin: a(3), at: at(12, 40), fact: .segmentStarted(segment: 1)),
            Event(origin: a(4), at: at(11, 50), fact: .floorGiven(speaker: seg2.id)),
            Event(origin: a(5), at: at(11, 51), fact: .interventionPaused),
            Event(origin: a(6), at: at(11, 52), fact: .interventionResumed),
        ]
        let session = Session(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
        #expect(session.state.invariantViolations() == [])
        let iv = try #require(session.state.floor.intervention)
        #expect(iv.floorGivenAt == at(12, 40))
        #expect(iv.pausedTotal == .zero)
    }
}
