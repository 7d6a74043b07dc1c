// Issue 16's session once at the real console, with the room display following it: the
// French Excel list whose own limits and joint statements are in its columns, a point
// of order inside an intervention, a message to the speaker, two replies by one
// delegation and a refused third, a suspension; then the export of what happened.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct ProcedureSessionEndToEndTests {
    @Test func theConsoleRunsTheRulesOfProcedureAndTheDisplayFollows() throws {
        let journal = try SharedJournal()
        let plan = root.appendingPathComponent("Examples/asp-2023-procedure.toml").path
        // Both on the machine's clock, so the display reads the console's anchor.
        let t = try Tmux(
            width: 100, height: 30, env: ["PLENARY_CLOCK_START": ""],
            args: [plan, "--journal", journal.path, "--at", "11:30"])
        let d = try Tmux(
            width: 80, height: 24, env: ["PLENARY_CLOCK_START": ""], args: [journal.path], command: "display")
        try t.openFirstSegment()

        // The President of the Court, whose own limit in the file is 3:00.
        try t.keys("Space")
        let floor = try #require(t.expectText("SPEAKING"))
        #expect(floor.contains("limit 3:00"), "the file's limit is not the floor's:\n\(floor)")
        // The room's countdown starts from 3:00 too: over 2:00 left while the name is up.
        let shown = d.waitFor { $0.contains("Presidency of the Court") && (bigDigits($0).map { $0 > "2:00" } ?? false) }
        #expect(shown != nil, "the display never showed the 3:00 countdown:\n\(d.screen())")

        // A point of order: the display says so, then the speaker has the floor again.
        try t.keys("o")
        t.expectText("POINT OF ORDER")
        d.expectText("POINT OF ORDER")
        try t.keys("o")
        t.expectText("Point of order ended after")
        d.expectText("SPEAKING")

        // "Please conclude" reaches the room, and ends with the intervention.
        try t.keys("M")
        try t.keys("1", "Enter")
        t.expectText("MESSAGE on the room display: Please conclude")
        d.expectText("Please conclude")
        // Past the two seconds within which Space asks before ending (3:00 − 0:03).
        #expect(t.waitFor { (consoleTime($0) ?? 180) <= 177 } != nil)
        try t.keys("Space")
        t.expectText("finished after")
        #expect(d.waitFor { !$0.contains("Please conclude") } != nil, "the message outlived the intervention")

        // Two replies for Senegal (10:00, then 5:00), and a third refused.
        for reply in ["right of reply 1 (10:00)", "right of reply 2 (5:00)"] {
            try t.keys("R")
            try t.type("Senegal")
            try t.keys("Enter")
            t.expectText("Senegal: \(reply) added as No.")
        }
        try t.keys("R")
        try t.type("Senegal")
        try t.keys("Enter")
        t.expectText("Senegal has already had its 2 rights of reply on this item.")
        try t.keys("Escape")
        t.expectText("Cancelled")

        // The Prosecutor, then the European Union's joint statement is called.
        try t.keys("Space")
        t.expectText("SPEAKING")
        // Within two seconds of the floor Space asks before ending (a slow machine may
        // take longer than that to get here, and then it does not).
        try t.keys("Space")
        let asked = try #require(t.waitFor { $0.contains("end the intervention?") || $0.contains("finished after") })
        if asked.contains("end the intervention?") { try t.keys("y") }
        let called = try #require(t.expectText("on behalf of"))
        #expect(called.contains("European Union"))

        // The meeting suspended: the room sees the countdown; Space resumes it.
        try t.keys("b")
        t.expectText("Suspend the meeting")
        try t.keys("Enter")
        try t.type("consultations")
        try t.keys("Enter")
        t.expectText("MEETING SUSPENDED · ")
        d.expectText("MEETING SUSPENDED")
        d.expectText("consultations")
        try t.keys("Space")
        t.expectText("Meeting resumed after")
        #expect(d.waitFor { !$0.contains("MEETING SUSPENDED") } != nil)
        try t.quit()

        // What the secretariat files: every fact in its place.
        let points = try plenary(["export", journal.path, "--format", "csv", "--table", "points-of-order", "-o", "-"])
        #expect(points.status == 0 && points.out.contains("Presidency of the Court"), "\(points.out)\(points.err)")
        let suspensions = try plenary(["export", journal.path, "--format", "csv", "--table", "suspensions", "-o", "-"])
        #expect(suspensions.out.contains("consultations"))
        let rows = try plenary(["export", journal.path, "--format", "csv", "-o", "-"])
        let lines = rows.out.split(whereSeparator: \.isNewline)
        #expect(lines.filter { $0.contains("Senegal") && $0.contains("reply") }.count == 2, "\(rows.out)")
        let president = try #require(lines.first { $0.contains("Presidency of the Court") })
        #expect(president.contains("3:00"), "\(president)")
        let messages = try plenary(["export", journal.path, "--format", "csv", "--table", "messages", "-o", "-"])
        #expect(messages.out.contains("Please conclude"))
    }
}
