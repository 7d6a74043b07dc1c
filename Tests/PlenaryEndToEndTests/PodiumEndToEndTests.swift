// The keys a tired officer presses twice, in the real binary in tmux: undo names what
// it takes back and asks while someone has the floor, a double Space keeps the
// speaker on the floor, `g` with people waiting says who will not be reached, and a
// registration file edited since the journal began is offered, never merged silently.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct PodiumEndToEndTests {
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
        try t.openFirstSegment()
        try t.keys("Space", "Space")
        let asked = try #require(t.expectText("has had the floor for only"))
        #expect(!asked.contains("finished after"), "the double Space ended the intervention")
        try t.keys("Space")
        let kept = try #require(t.waitFor { $0.contains("keeps the floor") && $0.contains("SPEAKING") })
        #expect(!kept.contains("finished after"))
    }

    @Test func gWithSpeakersWaitingSaysWhoWillNotBeReached() throws {
        let t = try Tmux()
        try t.openFirstSegment()
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

    @Test func anEditedRegistrationFileIsOfferedAsOneRecordedAddition() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-edited-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("list.csv")
        let original = FileManager.default.currentDirectoryPath + "/Examples/asp-2023-cooperation.csv"
        try FileManager.default.copyItem(atPath: original, toPath: csv.path)
        let args = ["--journal", dir.appendingPathComponent("list.journal").path, csv.path]

        let first = try Tmux(args: args)
        try first.openFirstSegment()
        try first.quit()

        // The secretariat adds a registration received before the deadline.
        let h = try FileHandle(forWritingTo: csv)
        try h.seekToEnd()
        try h.write(contentsOf: Data("05/12/2023 10:00,II,Peru,Ambassador,state,,,\n".utf8))
        try h.close()

        let t = try Tmux(args: args)
        let asked = try #require(t.expectText("registration as one action?"))
        #expect(asked.contains("has changed since the journal began: add 1 new"), "\(asked)")
        #expect(!asked.contains("Peru —"), "offered, not merged: \(asked)")
        try t.keys("y")
        t.expectText("1 registration added")
        let journal = try String(contentsOf: dir.appendingPathComponent("list.journal"), encoding: .utf8)
        #expect(journal.contains("registrationsAdded") && journal.contains("Peru"))
        try t.quit()
    }
}
