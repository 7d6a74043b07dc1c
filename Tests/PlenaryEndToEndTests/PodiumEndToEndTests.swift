// The keys a tired officer presses twice, in the real binary in tmux: undo names what
// it takes back and asks while someone has the floor, a double Space keeps the
// speaker on the floor, and `g` with people waiting says who will not be reached.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct PodiumEndToEndTests {
    /// The first g opens the session into the chair's opening, the second starts Segment I.
    func openSegmentI(_ t: Tmux) throws {
        t.expectText("SESSION NOT OPENED")
        for _ in 0..<2 {
            try t.keys("g")
            t.expectText("Move on to")
            try t.keys("y")
        }
        t.expectText("FLOOR FREE")
    }

    @Test func uuuWithASpeakerOnTheFloorTakesNothingBackWithoutAYes() throws {
        let t = try Tmux()
        try t.startSpeaking()
        try t.keys("u")
        let asked = try #require(t.expectText("Undo floor given to Presidency of the Court"))
        #expect(asked.contains("spoken will not count"), "the consequence is not on screen:\n\(asked)")
        // The second u is a no, the third asks again: nothing is taken back.
        try t.keys("u")
        t.expectText("Cancelled")
        try t.keys("u")
        let again = try #require(t.waitFor { $0.contains("Undo floor given to") && $0.contains("SPEAKING") })
        #expect(!again.contains("Undone"))
        try t.keys("y")
        t.expectText("Undone: floor given to Presidency of the Court")
        try t.keys("U")
        let redone = try #require(t.waitFor { $0.contains("Redone: floor given to") && $0.contains("SPEAKING") })
        #expect(redone.contains("Presidency of the Court"))
    }

    @Test func doubleSpaceKeepsTheSpeakerOnTheFloor() throws {
        let t = try Tmux()
        try openSegmentI(t)
        try t.keys("Space", "Space")
        let asked = try #require(t.expectText("has had the floor for only"))
        #expect(!asked.contains("finished after"), "the double Space ended the intervention")
        try t.keys("Space")
        let kept = try #require(t.waitFor { $0.contains("keeps the floor") && $0.contains("SPEAKING") })
        #expect(!kept.contains("finished after"))
    }

    @Test func gWithSpeakersWaitingSaysWhoWillNotBeReached() throws {
        let t = try Tmux()
        try openSegmentI(t)
        try t.keys("g")
        let asked = try #require(t.expectText("14 speakers in Segment I have not spoken"))
        #expect(asked.contains("not reached"))
        try t.keys("n")
        t.expectText("Cancelled")
        // With someone on the floor, g refuses at once instead of asking.
        try t.keys("Space")
        t.expectText("SPEAKING")
        try t.keys("g")
        let refused = try #require(t.expectText("end the intervention before moving on"))
        #expect(!refused.contains("y = yes"))
    }

    @Test func capsLockKeysStillWork() throws {
        let t = try Tmux()
        try t.openFirstSegment(capsLock: true)
        try t.keys("N")
        t.expectText("Presidency of the Court called")
        try t.keys("Q")
        t.expectText("Quit the console?")
    }
}
