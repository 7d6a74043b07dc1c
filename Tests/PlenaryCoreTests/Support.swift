import Testing

// Helpers shared by the core tests: a clock you move by hand and a session driver
// that checks the invariants after every recorded event.
@testable import PlenaryCore

/// The default plan's local time on 8 December 2023 (UTC+1).
func at(_ hour: Int, _ minute: Int, _ second: Int = 0, ms: Int64 = 0) -> Instant {
    Instant(year: 2023, month: 12, day: 8, hour: hour, minute: minute, second: second, utcOffset: .minutes(60))
        + .milliseconds(ms)
}

/// Drives a session with explicit instants, checking invariants and replay after each step.
struct Driver {
    var session = DefaultSession.session()
    var now: Instant = at(11, 29)

    var state: SessionState { session.state }

    mutating func advance(_ d: Duration) { now = now + d }

    @discardableResult
    mutating func run(_ c: Command, sourceLocation: SourceLocation = #_sourceLocation) -> [Event] {
        switch session.handle(c, at: now) {
        case .success(let events):
            checkInvariants(sourceLocation: sourceLocation)
            return events
        case .failure(let r):
            Issue.record("\(c) was rejected: \(String(describing: r))", sourceLocation: sourceLocation)
            return []
        }
    }

    @discardableResult
    mutating func reject(_ c: Command, sourceLocation: SourceLocation = #_sourceLocation) -> Rejection? {
        let before = session.state
        switch session.handle(c, at: now) {
        case .success(let events):
            Issue.record("\(c) was accepted: \(events)", sourceLocation: sourceLocation)
            return nil
        case .failure(let r):
            #expect(session.state == before, sourceLocation: sourceLocation)
            return r
        }
    }

    func checkInvariants(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.invariantViolations() == [], sourceLocation: sourceLocation)
        #expect(SessionState.replay(session.initial, session.events) == state, sourceLocation: sourceLocation)
    }

    func id(_ delegation: String, segment: Int = 0) -> SpeakerID {
        state.speakers.values.first { $0.delegation == delegation && $0.segment == segment }!.id
    }

    func name(_ id: SpeakerID?) -> String? { id.flatMap { state.speakers[$0]?.delegation } }
}
