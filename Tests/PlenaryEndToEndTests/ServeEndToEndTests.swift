// `plenary serve` as the room uses it: the console in one tmux server writing the
// journal, `plenary serve` in another following it, and headless Chromium opening each
// page (its DOM after the page's script ran). Keys pressed at the console must reach
// the pages. Skipped, saying why, where chromium or tmux is missing.
import Foundation
import PlenaryTestSupport
import Testing

@Suite(
    .serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"),
    .enabled(if: Chromium.path != nil, "chromium is not installed: apt-get install chromium"))
struct ServeEndToEndTests {
    @Test func thePagesFollowTheConsoleInChromium() throws {
        let journal = try SharedJournal()
        let c = try Tmux(
            width: 100, height: 30, env: ["PLENARY_CLOCK_START": ""],
            args: ["--journal", journal.path, "--at", "11:30"])
        c.expectText("SESSION NOT OPENED")
        let s = try Tmux(
            width: 100, height: 12, env: ["PLENARY_CLOCK_START": ""],
            args: [journal.path, "--bind", "127.0.0.1:0"], command: "serve")
        let screen = try #require(s.waitFor { $0.contains("/report") }, "serve printed no addresses")
        let base = try #require(
            screen.split(separator: "\n").lazy.compactMap { line -> String? in
                guard let r = line.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) else {
                    return nil
                }
                return String(line[r])
            }.first)

        // Before the opening: every waiting speaker has an estimated time.
        let list = try Chromium.dom(base + "/list") { $0.contains("Presidency of the Court") }
        #expect(list.contains("<caption>Segment I"))
        let estimates = list.components(separatedBy: "class=\"estimated num\">").dropFirst()
        #expect(estimates.filter { $0.range(of: #"^\d\d:\d\d<"#, options: .regularExpression) != nil }.count >= 20)

        for _ in 0..<2 { try c.keys("g", "y") }  // the opening, then Segment I
        c.expectText("FLOOR FREE")
        try c.keys("Space")
        c.expectText("SPEAKING")

        let speaker = try Chromium.dom(base + "/speaker") { $0.contains("SPEAKING") }
        #expect(speaker.contains("<h1 id=\"heading\">Presidency of the Court</h1>"))
        #expect(speaker.contains("class=\"role-onTime\""))
        #expect(speaker.range(of: #"id="digits"[^>]*>\d:\d\d<"#, options: .regularExpression) != nil)
        let chair = try Chromium.dom(base + "/chair") { $0.contains("Presidency of the Court") }
        #expect(chair.contains("id=\"nextSpeaker\">Office of the Prosecutor<"))
        #expect(chair.contains("I now give the floor to the representative of the Office of the Prosecutor"))
        let speaking = try Chromium.dom(base + "/list") { $0.contains("aria-current=\"true\"") }
        #expect(speaking.contains("▶ floor"))

        // The next speaker at the console: the pages show the new one, the first done.
        try c.keys("Space")
        if c.waitFor(timeout: 2, { $0.contains("has had the floor for only") }) != nil { try c.keys("y") }
        try c.keys("Space")
        c.expectText("Office of the Prosecutor — Deputy Prosecutor")
        let next = try Chromium.dom(base + "/speaker") { $0.contains("Office of the Prosecutor</h1>") }
        #expect(next.contains("<h1 id=\"heading\">Office of the Prosecutor</h1>"))
        let after = try Chromium.dom(base + "/list") { $0.contains("✓ done") }
        #expect(after.contains("✓ done"))
        let report = try Chromium.dom(base + "/report") { $0.contains("Presidency of the Court") }
        #expect(report.contains("<table>"))
        _ = try c.quit()
    }
}
