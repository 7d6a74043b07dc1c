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

    /// Who is not reached, found by bisection over evenly spaced turns, is who walking the
    /// turns one by one finds: before the session, on time, and far over time, with a
    /// list too long for its segment.
    @Test func unreachedIsWhatWalkingTheTurnsFinds() {
        var session = DefaultSession.session()
        _ = session.handle(.openSession, at: Self.local(11, 30))
        _ = session.handle(.startNextSegment, at: Self.local(11, 30))
        for n in 0..<120 {
            _ = session.handle(
                .addWalkIn(
                    delegation: "Delegation \(n)", function: "", category: .other, segment: n % 2,
                    position: nil), at: Self.local(11, 30, 1))
        }
        _ = session.handle(.giveFloor, at: Self.local(11, 31))
        var t = Self.local(11, 31)
        var counts: Set<Int> = []
        while t < Self.local(16, 0) {
            let p = session.state.projection(at: t)
            let changeover = session.state.observedChangeover
            for seg in p.segments {
                let slots = seg.slots
                // Turn by turn: each begins a changeover after the one before ends.
                for (a, b) in zip(slots, slots.dropFirst()) { #expect(b.start == a.end + changeover) }
                if let last = slots.last { #expect(seg.projectedEnd == last.end) }
                let walked = slots.filter { $0.start >= seg.plannedEnd }.map(\.speaker)
                #expect(seg.unreached == walked, "segment \(seg.segment) at \(t)")
                counts.insert(seg.unreached.count)
            }
            t = t + .seconds(397)
        }
        #expect(counts.count > 5, "unreached counts seen: \(counts.sorted())")
    }
}
