// The chair's opening and a late start at the console, as an officer meets them: the
// real `plenary run` in tmux at 80×24, on a test clock.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct PhaseEndToEndTests {
    @Test func theChairsOpeningIsTimedThenSegmentIStarts() throws {
        let t = try Tmux()
        t.expectText("g opens the session: the chair's opening")
        try t.keys("g")
        t.expectText("Move on to opening by the chair?")
        try t.keys("y")
        let opening = try #require(t.expectText("OPENING BY THE CHAIR ·"))
        #expect(opening.contains("allowance 5:00"))
        #expect(opening.contains(" opening 4:") || opening.contains(" opening 5:00 left"))
        try t.keys("g")
        t.expectText("Move on to Segment I?")
        try t.keys("y")
        let segment = try #require(t.expectText("FLOOR FREE"))
        #expect(segment.contains("Segment I 40:00 left") || segment.contains("Segment I 39:5"))
        try t.quit()
    }

    @Test func aSessionNineHoursLateSaysSoOnce() throws {
        let t = try Tmux(env: ["PLENARY_CLOCK_START": "2023-12-08T20:35:00+01:00"], args: ["--at", "11:30"])
        let before = try #require(t.expectText("due 11:30, 9 h 05 late"))
        #expect(!statusLine(before).contains("over") && !statusLine(before).contains("behind"))
        for _ in 0..<2 { try t.keys("g", "y") }  // the opening, then Segment I
        let open = try #require(t.expectText("FLOOR FREE"))
        #expect(open.contains("started 9 h 05 late"))
        let status = statusLine(open)
        #expect(!status.contains("behind") && !status.contains("over"), "nothing piles up the lateness: \(status)")
        #expect(!open.contains("will not be reached"))
        try t.quit()
    }

    func statusLine(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? String(lines[1]) : ""
    }

    @Test func theEmbeddedSessionStartsAtTheNextQuarterHour() throws {
        let t = try Tmux(env: ["PLENARY_CLOCK_START": "2023-12-08T20:28:00+01:00"])
        let s = try #require(t.expectText("planned start 20:30"))
        #expect(!s.contains("late"))
        try t.quit()
    }
}
