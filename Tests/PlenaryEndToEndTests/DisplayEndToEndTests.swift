// The room display in real terminals: `plenary display` in one tmux, the console in
// another, both on one journal. The display is driven only by what the console
// writes; every check polls with a timeout, never an exact sleep.
import Foundation
import PlenaryTestSupport
import Testing

/// A journal path both programs share, in a directory removed at the end.
final class SharedJournal {
    private static let counter = Counter()
    let dir: URL
    var path: String { dir.appendingPathComponent("s.journal").path }

    init() throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("plenary-display-\(getpid())-\(SharedJournal.counter.next())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }
}

/// The time a display too small for big digits shows in plain text ("WRAP UP · 0:25" → 25 s),
/// not the wall clock of its title line.
func plainDisplayTime(_ screen: String) -> Int? {
    for line in screen.split(separator: "\n")
    where line.range(of: #"\d\d:\d\d:\d\d"#, options: .regularExpression) == nil {
        guard let r = line.range(of: #"\+?\d+:\d\d\s*$"#, options: .regularExpression) else { continue }
        let text = line[r].trimmingCharacters(in: .whitespaces)
        let parts = text.filter { $0 != "+" }.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { continue }
        return (parts[0] * 60 + parts[1]) * (text.hasPrefix("+") ? -1 : 1)
    }
    return nil
}

/// The console's countdown in seconds (negative once over).
func consoleTime(_ screen: String) -> Int? {
    guard let c = countdown(screen) else { return nil }
    let parts = c.filter { $0 != "+" }.split(separator: ":").compactMap { Int($0) }
    guard parts.count == 2 else { return nil }
    return (parts[0] * 60 + parts[1]) * (c.hasPrefix("+") ? -1 : 1)
}

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct DisplayEndToEndTests {
    /// The console on `journal`, on the real clock (optionally faster): the display
    /// reads the same anchor, which PLENARY_CLOCK_START would bypass.
    func console(_ journal: SharedJournal, rate: String? = nil) throws -> Tmux {
        var env = ["PLENARY_CLOCK_START": ""]
        if let rate { env["PLENARY_CLOCK_RATE"] = rate }
        // On the real clock the embedded session would start at the next quarter hour.
        return try Tmux(width: 100, height: 30, env: env, args: ["--journal", journal.path, "--at", "11:30"])
    }

    func display(
        _ journal: SharedJournal, width: Int = 80, height: Int = 24, rate: String? = nil,
        env extra: [String: String] = [:], _ flags: String...
    ) throws -> Tmux {
        var env = ["PLENARY_CLOCK_START": ""]
        if let rate { env["PLENARY_CLOCK_RATE"] = rate }
        env.merge(extra) { $1 }
        return try Tmux(width: width, height: height, env: env, args: [journal.path] + flags, command: "display")
    }

    @Test func waitsThenFollowsTheConsoleToTheClosingSummary() throws {
        let journal = try SharedJournal()
        let d = try display(journal, "--next")
        d.expectText("WAITING FOR THE SESSION")
        // Not created yet: the display says it waits for that file (a mistyped path shows).
        #expect(d.screen().contains("waiting for \(journal.path) to be created"))

        let c = try console(journal)
        c.expectText("SESSION NOT OPENED")
        d.expectText("planned start 11:30")
        for _ in 0..<2 { try c.keys("g", "y") }  // the opening, then Segment I
        c.expectText("FLOOR FREE")
        d.expectText("FLOOR FREE")

        // Give the floor and time how long the display takes to show it.
        try c.keys("Space")
        let sent = Date()
        var consoleAt: Date?
        var displayAt: Date?
        while Date().timeIntervalSince(sent) < 10, consoleAt == nil || displayAt == nil {
            if consoleAt == nil, c.screen().contains("SPEAKING") { consoleAt = Date() }
            if displayAt == nil, d.screen().contains("SPEAKING") { displayAt = Date() }
        }
        let shown = try #require(displayAt, "the display never showed the speaker:\n\(d.screen())")
        let consoleShown = try #require(consoleAt)
        print(
            "display follow delay: \(Int(shown.timeIntervalSince(sent) * 1000)) ms after the key, "
                + "console \(Int(consoleShown.timeIntervalSince(sent) * 1000)) ms")
        let s = d.screen()
        #expect(
            s.contains("Presidency of the Court") && s.contains("█")
                && s.contains("NEXT  Office of the Prosecutor"))

        // End it and close the session: the display shows the summary.
        try c.keys("Space")
        // Within 2 s of giving the floor, Space asks before it ends the intervention.
        if c.waitFor(timeout: 2, { $0.contains("has had the floor for only") }) != nil { try c.keys("y") }
        c.expectText("finished after")
        try c.keys("Z")
        // The question names the speakers who will not be reached.
        c.expectText("have not spoken")
        try c.keys("y")
        c.expectText("SESSION CLOSED")
        let closed = try #require(d.expectText("SESSION CLOSED"))
        #expect(closed.contains("1 intervention · 0 over time"), "\(closed)")
        #expect(closed.contains("ended "))
    }

    @Test func everyStageAndFrozenAtZero() throws {
        let journal = try SharedJournal()
        let c = try console(journal, rate: "30")
        let d = try display(journal, width: 60, height: 20, rate: "30")
        let frozen = try display(journal, width: 60, height: 20, rate: "30", "--freeze-at-zero")
        try c.startSpeaking()
        var colours: [String: String] = [:]
        for label in ["WRAP UP", "FINAL SECONDS", "TIME", "OVERRUN 1"] {
            guard let s = d.waitFor(timeout: 20, colour: true, { $0.contains(label) }) else {
                Issue.record("stage \(label) never shown; display:\n\(d.screen())")
                return
            }
            colours[label] = effectiveStyle(s, at: label)
        }
        #expect(Set(colours.values).count == 4, "stages share a look: \(colours)")
        // The console counts the overrun; the frozen display stays at 0:00 and TIME.
        c.expectText("OVERRUN 1")
        let f = frozen.screen()
        #expect(f.contains("TIME") && !f.contains("OVERRUN"), "\(f)")
        #expect(frozen.waitFor(timeout: 2) { $0.contains("OVERRUN") || $0.contains("+") } == nil)
    }

    @Test func keepsTheRightTimeWhileTheConsoleIsKilledAndResumed() throws {
        let journal = try SharedJournal()
        // Too small for big digits: the time is plain text, to compare with the console.
        let d = try display(journal, width: 24, height: 6)
        var c = try console(journal)
        try c.startSpeaking()
        #expect(d.waitFor { plainDisplayTime($0) != nil && $0.contains("SPEAKING") } != nil, "\(d.screen())")
        try agree(c, d)

        let pid = try #require(c.programPID)
        #expect(kill(pid, SIGKILL) == 0)
        c.expectText("EXIT:137")
        // The console is gone; the display keeps counting from the recorded instants.
        // Long enough that a console restarting the speaker's clock could not agree by chance.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        let before = try #require(plainDisplayTime(d.screen()))
        #expect(
            d.waitFor(timeout: 5) { plainDisplayTime($0).map { $0 <= before - 2 } ?? false } != nil,
            "the display stopped counting")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == bytes, "the display wrote to the journal")

        c = try console(journal)
        c.expectText("SPEAKING")
        try agree(c, d)
    }

    /// The console and the display show the same time (a second apart at most, as one
    /// screen may turn over between the two captures).
    func agree(_ c: Tmux, _ d: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var last = ""
        for _ in 0..<10 {
            let a = consoleTime(c.screen())
            let b = plainDisplayTime(d.screen())
            if let a, let b, abs(a - b) <= 1 { return }
            last = "console \(a.map(String.init) ?? "-"), display \(b.map(String.init) ?? "-")"
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the screens disagree: \(last)\n\(c.screen())\n\(d.screen())", sourceLocation: sourceLocation)
    }

    @Test func resizesWithoutColourAndQuitsCleanly() throws {
        let journal = try SharedJournal()
        let c = try console(journal)
        let d = try display(journal, width: 100, height: 30, env: ["NO_COLOR": "1"])
        try c.startSpeaking()
        let big = try #require(d.waitFor { $0.contains("█") && $0.contains("SPEAKING") })
        let rows = big.split(separator: "\n").filter { $0.contains("█") }.count
        let colourCodes = d.screen(colour: true).components(separatedBy: "\u{1b}[").dropFirst()
            .flatMap { $0.prefix { $0 != "m" }.split(separator: ";") }
            .filter {
                Int($0).map { (30...37).contains($0) || (40...47).contains($0) || (90...107).contains($0) } ?? false
            }
        #expect(colourCodes.isEmpty, "colour with NO_COLOR: \(colourCodes)")

        try d.resize(40, 12)
        let small = try #require(
            d.waitFor { s in
                s.contains("SPEAKING") && s.split(separator: "\n").filter { $0.contains("█") }.count < rows
            })
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try d.resize(16, 3)
        #expect(d.waitFor { plainDisplayTime($0) != nil && !$0.contains("█") } != nil, "\(d.screen())")
        try d.resize(100, 30)
        #expect(d.waitFor { $0.split(separator: "\n").filter { $0.contains("█") }.count == rows } != nil)

        try d.keys("q")
        d.expectText("EXIT:0")
        #expect(d.format("#{alternate_on}") == "0")
        #expect(d.format("#{cursor_flag}") == "1")
        #expect(!d.file("before").isEmpty && d.file("before") == d.file("after"))
        // The console is untouched by the display quitting.
        #expect(c.screen().contains("SPEAKING"))
    }
}
