// `plenary rehearse` in a real terminal: the REHEARSAL mark, the simulated room the
// officer reacts to, the simulated officer, and the live P(on time) — also on the
// live console, where it must appear without the operator doing anything.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct RehearseEndToEndTests {
    /// A journal path in a fresh directory (the pane's working directory is the repository).
    func journal() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-rehearse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("practice.rehearsal.journal").path
    }

    @Test func theOfficerPractisesWithSimulatedSpeakers() throws {
        let path = try journal()
        let t = try Tmux(width: 100, height: 30, args: ["--speed", "60", "--journal", path], command: "rehearse")
        t.expectText("REHEARSAL ×60")
        try t.startSpeaking()
        // About two simulated minutes later (two seconds at ×60) the speaker stops on
        // their own; the intervention goes on until the officer ends it.
        let stopped = try #require(t.expectText("has finished speaking: end the intervention", timeout: 15))
        #expect(stopped.contains("REHEARSAL ×60"))
        #expect(stopped.contains("P(on time) "))
        try t.keys("Space")
        t.expectText("finished after")
        // The help overlay keeps the mark.
        try t.keys("?")
        let help = try #require(t.expectText("any key closes this help"))
        #expect(help.split(separator: "\n").first?.contains("REHEARSAL ×60") == true)
        try t.keys("Escape")
        try t.quit()
        let head = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first ?? ""
        #expect(head.contains(#""rehearsal":true"#))
        #expect(head.contains(#""boot":"rehearsal""#))
    }

    @Test func theAutopilotRunsTheSessionOnItsOwn() throws {
        let path = try journal()
        let t = try Tmux(
            width: 100, height: 30, args: ["--speed", "60", "--autopilot", "--journal", path],
            command: "rehearse")
        t.expectText("REHEARSAL ×60")
        // Nobody presses a key: the simulated officer opens, calls and gives the floor.
        t.expectText("SPEAKING", timeout: 20)
        // ... and ends it when the speaker stops.
        t.expectText("✓ done", timeout: 20)
        t.expectText("P(on time) ")
        try t.quit()
    }

    @Test func theLiveConsoleShowsTheOddsOfFinishingOnTime() throws {
        let t = try Tmux(width: 100, height: 30)
        let screen = try #require(t.expectText("P(on time) "))
        #expect(screen.range(of: #"P\(on time\) \d{1,3}%"#, options: .regularExpression) != nil)
        #expect(!screen.contains("REHEARSAL"))
    }

    @Test func aLiveJournalIsNeverUsedForARehearsal() throws {
        let live = try Tmux()
        live.expectText("SESSION NOT OPENED")
        let path = live.dir.appendingPathComponent("console.journal").path
        let t = try Tmux(args: ["--journal", path], command: "rehearse")
        // The shell prints EXIT: before the program's standard error: wait for the reason.
        let end = try #require(t.expectText("is a live session journal", timeout: 10))
        #expect(end.contains("EXIT:") && !end.contains("EXIT:0"))
    }
}
