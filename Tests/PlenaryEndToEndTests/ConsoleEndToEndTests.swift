// The real binary in a real terminal (tmux): the operator's paths from giving the
// floor to quitting, each checked on the screen the chair's officer would read.
import Foundation
import Testing

/// The countdown shown in the band ("SPEAKING · 1:57 left" → "1:57").
func countdown(_ screen: String) -> String? {
    for line in screen.split(separator: "\n") {
        if let r = line.range(of: #"· [+]?\d+:\d\d (left|over)"#, options: .regularExpression) {
            return String(line[r].split(separator: " ")[1])
        }
    }
    return nil
}

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct ConsoleEndToEndTests {
    @Test func givingTheFloorStartsACountdownThatMoves() throws {
        let t = try Tmux()
        try t.startSpeaking()
        let first = try #require(countdown(t.screen()))
        #expect(first.hasPrefix("2:00") || first.hasPrefix("1:5"))
        let moved = t.waitFor(timeout: 5) { countdown($0).map { $0 != first } ?? false }
        #expect(moved != nil, "the countdown stayed at \(first)")
        #expect(t.screen().contains("Presidency of the Court"))
    }

    @Test func everyWarningStageIsLabelledAndColoured() throws {
        // 30× faster: two minutes take four seconds.
        let t = try Tmux(env: ["PLENARY_CLOCK_RATE": "30"])
        try t.startSpeaking()
        var colours: [String: String] = [:]
        for label in ["WRAP UP", "FINAL SECONDS", "TIME ·", "OVERRUN 1", "OVERRUN 2"] {
            guard let screen = t.waitFor(timeout: 20, colour: true, { $0.contains(label) }) else {
                Issue.record("stage \(label) never shown; screen:\n\(t.screen())")
                return
            }
            colours[label] = effectiveStyle(screen, at: label)
        }
        // Each stage's band has a background colour, and neighbouring stages differ.
        #expect(colours.values.allSatisfy { $0.contains("bg=") && !$0.contains("bg=default") }, "\(colours)")
        #expect(colours["WRAP UP"] != colours["FINAL SECONDS"])
        #expect(colours["FINAL SECONDS"] != colours["TIME ·"])
        #expect(colours["TIME ·"] != colours["OVERRUN 1"])
        #expect(t.screen().contains("over"))
    }

    @Test func pauseFreezesTheTimeAndResumeContinues() throws {
        let t = try Tmux()
        try t.startSpeaking()
        try t.keys("p")
        let paused = try #require(t.expectText("PAUSED"))
        let frozen = countdown(paused)
        // Still the same after well over a second.
        let later = t.waitFor(timeout: 2.5) { countdown($0) != frozen }
        #expect(later == nil, "the countdown moved while paused")
        try t.keys("p")
        t.expectText("SPEAKING")
        #expect(t.waitFor(timeout: 5) { countdown($0) != frozen } != nil)
    }

    @Test func skipMovesTheNextSpeakerToTheEnd() throws {
        let t = try Tmux()
        t.expectText("SESSION NOT OPENED")
        for _ in 0..<2 { try t.keys("g", "y") }  // the opening, then Segment I
        t.expectText("FLOOR FREE")
        try t.keys("s")
        let s = try #require(t.expectText("Presidency of the Court skipped"))
        #expect(s.contains("NEXT  Office of the Prosecutor"))
        // Scrolled to the end of the list, the skipped speaker is there, marked.
        for _ in 0..<12 { try t.keys("j") }
        let end = try #require(t.expectText("↷ skipped"))
        #expect(end.contains("Presidency of the Court"))
    }

    @Test func walkInWithFuzzyCompletion() throws {
        let t = try Tmux()
        t.expectText("SESSION NOT OPENED")
        for _ in 0..<2 { try t.keys("g", "y") }  // the opening, then Segment I
        t.expectText("FLOOR FREE")
        try t.keys("w")
        t.expectText("Add a walk-in")
        try t.type("ital")
        t.expectText("[Italy]")
        try t.keys("Tab")
        try t.keys("Enter")
        try t.type("Ambassador")
        try t.keys("Enter")
        try t.keys("Enter")
        try t.type("1")
        try t.keys("Enter")
        let s = try #require(t.expectText("NEXT  Italy"))
        #expect(s.contains("walk-in"))
    }

    @Test func undoTakesBackTheFloor() throws {
        let t = try Tmux()
        try t.startSpeaking()
        try t.keys("u")
        // Someone has the floor: undo asks first, naming what it takes back.
        t.expectText("Undo floor given to Presidency of the Court")
        try t.keys("y")
        // Rows arrive one after another; wait for the whole frame.
        let s = try #require(t.waitFor { $0.contains("FLOOR FREE") && $0.contains("Undone: floor given to") })
        #expect(!s.contains("SPEAKING"))
    }

    @Test func resizeToFortyByTwelveAndBack() throws {
        let t = try Tmux()
        try t.startSpeaking()
        try t.resize(40, 12)
        let small = try #require(t.waitFor { $0.contains("SPEAKING") && !$0.contains("█") })
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try t.resize(30, 8)
        let tiny = try #require(t.waitFor { $0.contains("terminal too small") })
        #expect(tiny.contains("40×12"))
        #expect(tiny.contains("SPEAKING"), "the countdown is not kept visible when too small")
        try t.resize(80, 24)
        let big = t.waitFor { $0.contains("█") && $0.contains("SPEAKING") }
        #expect(big != nil, "big digits did not come back:\n\(t.screen())")
    }

    @Test func vt100IsReadableWithoutColour() throws {
        let t = try Tmux(env: ["TERM": "vt100", "PLENARY_CLOCK_RATE": "30"])
        try t.startSpeaking()
        let s = try #require(t.waitFor(timeout: 20, colour: true) { $0.contains("WRAP UP") })
        let style = effectiveStyle(s, at: "WRAP UP") ?? ""
        // vt100 has no colours: the stage is reverse video, and the label says it.
        #expect(style.contains("7"), "WRAP UP is not in reverse video: \(style)")
        #expect(style.contains("fg=default bg=default"), "colour on vt100: \(style)")
    }

    @Test func noColorUsesAttributesOnly() throws {
        let t = try Tmux(env: ["NO_COLOR": "1"])
        try t.startSpeaking()
        let s = t.screen(colour: true)
        let codes = s.components(separatedBy: "\u{1b}[").dropFirst().map { $0.prefix { $0 != "m" } }
        let colourCodes = codes.flatMap { $0.split(separator: ";") }.filter {
            guard let n = Int($0) else { return false }
            return (30...37).contains(n) || (40...47).contains(n) || (90...97).contains(n) || (100...107).contains(n)
        }
        #expect(colourCodes.isEmpty, "colour codes with NO_COLOR: \(colourCodes)")
        #expect(s.contains("SPEAKING"))
    }

    @Test func quitAsksThenRestoresTheTerminal() throws {
        let t = try Tmux()
        try t.startSpeaking()
        let end = try #require(try t.quit())
        #expect(end.contains("plenary: session in Segment I"))
        #expect(t.format("#{alternate_on}") == "0")
        #expect(t.format("#{cursor_flag}") == "1")
        #expect(t.format("#{keypad_flag}") == "0")
        #expect(!t.file("before").isEmpty && t.file("before") == t.file("after"))
    }

    @Test func sigtermEndsCleanly() throws {
        let t = try Tmux()
        try t.startSpeaking()
        let pid = try #require(t.programPID)
        #expect(kill(pid, SIGTERM) == 0)
        t.expectText("EXIT:0")
        #expect(t.format("#{alternate_on}") == "0")
        #expect(t.format("#{cursor_flag}") == "1")
        #expect(t.file("before") == t.file("after"))
    }

    @Test func stopAndContinueGiveTheTerminalBackAndRedraw() throws {
        let t = try Tmux()
        try t.startSpeaking()
        let pid = try #require(t.programPID)
        try t.keys("C-z")
        #expect(t.waitForFormat("#{alternate_on}", "0"), "the terminal was not given back on SIGTSTP")
        #expect(t.format("#{cursor_flag}") == "1")
        #expect(kill(pid, SIGCONT) == 0)
        #expect(t.waitForFormat("#{alternate_on}", "1"))
        t.expectText("SPEAKING")
    }

    @Test func unknownTermIsAClearError() throws {
        let t = try Tmux(env: ["TERM": "no-such-terminal-xyz"])
        // The shell prints EXIT: before the program's standard error: wait for the reason.
        let s = try #require(t.expectText("TERM=no-such-terminal-xyz is unknown"))
        #expect(s.contains("EXIT:") && !s.contains("EXIT:0"))
    }
}
