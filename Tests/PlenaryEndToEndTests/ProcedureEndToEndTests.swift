// The rules of procedure at the real console in tmux, 80×24, with the keys a tired
// officer presses: a point of order inside an intervention, rights of reply and a
// refused third, a suspension and its countdown, a message to the speaker, a statement
// in writing, a note, a limit; each undone by name.
import Foundation
import Testing

/// The interrupted speaker's time in the point of order's band ("… stopped at 1:56 left").
func stoppedAt(_ screen: String) -> String? {
    guard let r = screen.range(of: #"stopped at \d+:\d\d left"#, options: .regularExpression) else { return nil }
    return String(screen[r].split(separator: " ")[2])
}

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct ProcedureEndToEndTests {
    @Test func aPointOfOrderStopsTheSpeakersClockAndGivesItBackExactly() throws {
        let t = try Tmux()
        try t.startSpeaking()
        try t.keys("o")
        let raised = try #require(t.expectText("POINT OF ORDER"))
        #expect(raised.contains("o end point of order"), "the legend does not say how to end it:\n\(raised)")
        let stopped = try #require(stoppedAt(raised))
        // The point of order's own clock runs; the speaker's stands still.
        let later = try #require(t.waitFor(timeout: 5) { $0.contains("POINT OF ORDER · 0:02") })
        #expect(stoppedAt(later) == stopped, "the speaker's clock moved during the point of order")
        try t.keys("o")
        let back = try #require(t.expectText("Point of order ended after"))
        let resumed = try #require(countdown(back))
        // Given back where it stopped (one second may have turned over since).
        #expect(resumed == stopped || seconds(resumed) == seconds(stopped) - 1, "\(stopped) → \(resumed)")
        try t.keys("u")
        t.expectText("Undo end of the point of order")
        try t.keys("y")
        t.expectText("Undone: end of the point of order")
        t.expectText("POINT OF ORDER")
    }

    @Test func twoRepliesForOneDelegationAndARefusedThird() throws {
        let t = try Tmux()
        try t.openFirstSegment()
        for reply in ["right of reply 1 (10:00)", "right of reply 2 (5:00)"] {
            try t.keys("R")
            t.expectText("Right of reply")
            try t.type("Belgium")
            t.expectText("Belgium: right of reply")
            try t.keys("Enter")
            t.expectText("Belgium: \(reply) added as No.")
        }
        try t.keys("R")
        try t.type("Belgium")
        try t.keys("Enter")
        t.expectText("Belgium has already had its 2 rights of reply on this item.")
        try t.keys("Escape")
        t.expectText("Cancelled")
        try t.keys("u")
        t.expectText("Undone: right of reply 2 for Belgium")
    }

    @Test func aSuspensionCountsDownAndSpaceResumesEvenUnderLCAllC() throws {
        let t = try Tmux(env: ["LC_ALL": "C"])
        try t.openFirstSegment()
        try t.keys("b")
        t.expectText("Suspend the meeting")
        try t.keys("Enter")
        try t.type("consultations")
        try t.keys("Enter")
        let suspended = try #require(t.expectText("MEETING SUSPENDED · "))
        #expect(suspended.contains("consultations") && suspended.contains("Space resume meeting"), "\(suspended)")
        let first = try #require(countdown(suspended))
        #expect(t.waitFor(timeout: 5) { countdown($0).map { $0 != first } ?? false } != nil, "no countdown")
        try t.keys("Space")
        let resumed = try #require(t.expectText("Meeting resumed after"))
        #expect(resumed.contains("FLOOR FREE"))
        try t.keys("u")
        t.expectText("Undone: resumption of the meeting")
        t.expectText("MEETING SUSPENDED")
    }

    @Test func aMessageIsShownOnTheConsoleUntilMClearsIt() throws {
        let t = try Tmux()
        try t.startSpeaking()
        try t.keys("M")
        t.expectText("Please switch on your microphone")
        try t.keys("1", "Enter")
        t.expectText("MESSAGE on the room display: Please conclude")
        try t.keys("M")
        let cleared = try #require(t.expectText("Message to the speaker cleared"))
        #expect(!cleared.contains("MESSAGE on the room display"))
        try t.keys("u")
        t.expectText("Undo message cleared")
        try t.keys("y")
        t.expectText("MESSAGE on the room display: Please conclude")
    }

    @Test func aLimitInWritingAndANoteAreMarkedInTheListAndUndoneByName() throws {
        let t = try Tmux()
        try t.openFirstSegment()
        try t.keys("L")
        t.expectText("Presidency of the Court: limit now 2:00")
        try t.keys("Enter")
        try t.type("3:00")
        try t.keys("Enter")
        try t.type("group statement")
        try t.keys("Enter")
        t.expectText("Presidency of the Court (limit 3:00)")
        try t.keys("t")
        t.expectText("Note on a speaker's turn")
        try t.keys("Enter")
        try t.type("spoke in Spanish")
        try t.keys("Enter")
        t.expectText("Note added for Presidency of the Court")
        t.expectText("(limit 3:00, note)")
        try t.keys("W")
        t.expectText("Mark the statement of")
        try t.keys("y")
        t.expectText("✎ in writing")
        try t.keys("u")
        t.expectText("Undone: statement of Presidency of the Court submitted in writing")
        try t.keys("u")
        t.expectText("Undone: note on Presidency of the Court")
        try t.keys("u")
        t.expectText("Undone: limit of Presidency of the Court changed to 3:00")
    }
}

/// "1:56" as seconds.
private func seconds(_ text: String) -> Int {
    let parts = text.split(separator: ":").compactMap { Int($0) }
    return parts.count == 2 ? parts[0] * 60 + parts[1] : -1
}
