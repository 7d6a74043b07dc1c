// Projected turns per speaker (used by the actual-times log for the planned slot).
import PlenaryCore
import Testing

@Suite struct ProjectionSlotsTests {
    private static func local(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant {
        Instant(year: 2023, month: 12, day: 8, hour: h, minute: m, second: s, utcOffset: .minutes(60))
    }

    @Test func slotsFollowTheRunningOrderWithChangeoverAndLimit() throws {
        var session = DefaultSession.session()
        _ = session.handle(.openSession, at: Self.local(11, 31))
        let p = session.state.projection(at: Self.local(11, 31))
        let first = p.segments[0].slots
        #expect(first.map(\.speaker) == session.state.waiting(inSegment: 0))
        // Opening allowance, then changeover before each turn and the limit for it.
        #expect(first[0].start == Self.local(11, 36, 20) && first[0].end == Self.local(11, 38, 20))
        #expect(first[1].start == Self.local(11, 38, 40))
        // Segment II carries on from where Segment I is projected to end.
        let second = try #require(p.segments[1].slots.first)
        #expect(second.start == p.segments[0].projectedEnd + DefaultSession.plan.expectedChangeover)
        // The slots agree with the projection's count of speakers not reached.
        let late = p.segments[1].slots.filter { $0.start >= p.segments[1].plannedEnd }.map(\.speaker)
        #expect(late == p.segments[1].unreached)
    }
}
