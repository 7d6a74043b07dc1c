// The keys and signals a real podium terminal produces beyond the console's own keys:
// Ctrl-\ and Ctrl-S, pastes, a crash signal, escape sequences typed into a form, a
// terminal that cannot address the cursor. Each is checked on the screen the operator
// reads, and in the journal where it matters.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct TerminalFaultEndToEndTests {
    /// The facts the console's journal holds, in order ("sessionOpened", "walkInAdded", …).
    func facts(_ t: Tmux) -> [String] {
        let text = t.file("console.journal")
        let pattern = try! NSRegularExpression(pattern: #""fact":\{"(\w+)""#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// Pastes `text` as a terminal does when the program asked for bracketed paste.
    func paste(_ t: Tmux, _ text: String) throws {
        let file = t.dir.appendingPathComponent("paste")
        try Data(text.utf8).write(to: file)
        try t.server.run(["load-buffer", file.path])
        try t.server.run(["paste-buffer", "-p", "-t", t.server.target])
    }

    @Test func ctrlBackslashIsIgnoredAndPaintsNothing() throws {
        let t = try Tmux()
        t.expectText("SESSION NOT OPENED")
        try t.keys("C-\\")
        try t.keys("g")
        let s = try #require(t.expectText("Move on to opening by the chair?"))
        #expect(!s.contains("crashed") && !s.contains("Press space"), "\(s)")
        try t.keys("n")
        try t.quit()
    }

    @Test func ctrlSDoesNotFreezeTheScreenAndTheModesComeBack() throws {
        let t = try Tmux()
        t.expectText("SESSION NOT OPENED")
        try t.keys("C-s")
        try t.keys("g")
        t.expectText("Move on to opening by the chair?", timeout: 5)
        try t.keys("y")
        t.expectText("OPENING BY THE CHAIR")
        try t.keys("C-q")
        try t.quit()
        // The shell saves the modes just after it prints the status.
        let deadline = Date().addingTimeInterval(5)
        while t.file("after").isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(t.file("after").contains(":"))
        #expect(t.file("before") == t.file("after"), "the terminal modes were not restored")
    }

    @Test func aCrashSignalGivesTheTerminalBackAndNamesTheReport() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-crash-\(getpid())")
        defer { try? FileManager.default.removeItem(at: state) }
        let u = try Tmux(env: ["XDG_STATE_HOME": state.path])
        try u.openFirstSegment()
        let pid = try #require(u.programPID)
        #expect(kill(pid, SIGQUIT) == 0)
        u.expectText("EXIT:131", timeout: 20)
        // The line is on standard error, which the shell prints after the status.
        let s = try #require(u.expectText("the crash report is in"))
        #expect(s.contains("plenary stopped on an internal error; the crash report is in"), "\(s)")
        #expect(u.format("#{alternate_on}") == "0")
        #expect(u.format("#{cursor_flag}") == "1")
        #expect(u.format("#{keypad_flag}") == "0")
        let reports = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("plenary").path)
        let name = try #require(reports.first { $0.hasPrefix("crash-") })
        #expect(s.replacingOccurrences(of: "\n", with: "").contains(name), "\(s)")
        let report = try String(
            contentsOf: state.appendingPathComponent("plenary").appendingPathComponent(name), encoding: .utf8)
        #expect(report.contains("crashed"), "\(report)")
        #expect(!s.contains("Thread 0"), "the backtrace reached the screen:\n\(s)")
    }

    @Test func aPastedLinkInTheWalkInFormIsTextAndRunsNothing() throws {
        let t = try Tmux()
        try t.openFirstSegment()
        try t.keys("w")
        t.expectText("Add a walk-in")
        // An OSC 8 link whose text, read as keys, would call, give the floor, extend, skip.
        try paste(t, "Evil\u{1B}]8;;http://x.example/\u{1B}\\ link\u{1B}]8;;\u{1B}\\\r n \u{1B}[31m e s")
        let s = try #require(t.expectText("Delegation: Evil link n e s▏"))
        #expect(s.contains("Add a walk-in"))
        try t.keys("Enter", "Enter", "Enter", "Enter")
        t.expectText("Evil link n e s added as No. 15")
        #expect(facts(t) == ["sessionOpened", "segmentStarted", "walkInAdded"], "\(facts(t))")
        #expect(t.screen().contains("FLOOR FREE"))
    }

    @Test func aPasteOutsideAFormRunsNothing() throws {
        let t = try Tmux()
        t.expectText("SESSION NOT OPENED")
        try paste(t, "gy  ")
        try t.keys("g")
        // Had the paste run, the session would be open and this would offer Segment I.
        let s = try #require(t.expectText("Move on to opening by the chair?"))
        #expect(s.contains("SESSION NOT OPENED"))
        try t.keys("n")
        #expect(facts(t).isEmpty, "\(facts(t))")
    }

    @Test func aControlSequenceTypedInAFormGoesWholeAndALoneEscapeCancels() throws {
        let t = try Tmux()
        try t.openFirstSegment()
        try t.keys("w")
        t.expectText("Add a walk-in")
        try t.type("Evil\u{9B}2J\u{9B}31m \u{1B}[1mState")
        t.expectText("Delegation: Evil State▏")
        try t.keys("Escape")
        t.expectText("Cancelled")
        #expect(!t.screen().contains("Add a walk-in"))
    }

    @Test func aNameOfStackedAccentsKeepsItsCharacters() throws {
        let t = try Tmux()
        try t.openFirstSegment()
        try t.keys("w")
        t.expectText("Add a walk-in")
        let marks = String(repeating: "\u{301}", count: 120)
        try t.type(marks + "e" + marks + "x")
        t.expectText("Delegation: e\u{301}\u{301}\u{301}\u{301}x▏")
    }

    @Test func aTerminalThatCannotMoveTheCursorIsRefusedBeforeCursesStarts() throws {
        // A terminal that cannot be taken exits 2, as the exit-status table says.
        for command in ["run", "display"] {
            let t = try Tmux(env: ["TERM": "dumb"], args: command == "display" ? ["x.journal"] : [], command: command)
            // Standard error, where the refusal goes, is printed after the status.
            let s = try #require(t.waitFor { $0.contains("EXIT:2") && $0.contains("the cursor") }, "\(t.screen())")
            #expect(
                s.replacingOccurrences(of: "\n", with: "").contains("TERM=dumb cannot move the cursor"),
                "\(command): \(s)")
            #expect(t.format("#{alternate_on}") == "0")
        }
    }
}
