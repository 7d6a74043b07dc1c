// The room display following the rules of procedure in a real terminal: a journal
// written as the console writes it (decide, persist, record, on this machine's clock),
// with a message to the speaker, a point of order and a suspension, followed by the
// real `plenary display` in tmux. The big digits are read back from the screen.
import Foundation
import PlenaryCore
import PlenarySystem
import PlenaryTestSupport
import PlenaryView
import Testing

/// The time in the room display's big digits on `screen`, or nil when there are none:
/// the block rows are sampled back to the five-row font and matched glyph by glyph.
func bigDigits(_ screen: String) -> String? {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
    let rows = lines.indices.filter { lines[$0].contains("█") }
    guard let first = rows.first, let last = rows.last, (last - first + 1) % BigDigits.height == 0 else { return nil }
    let vertical = (last - first + 1) / BigDigits.height
    let width = lines[first...last].map(\.count).max() ?? 0
    let sampled = (0..<BigDigits.height).map { r in
        lines[first + r * vertical].map { $0 == "█" } + Array(repeating: false, count: width)
    }
    // The horizontal scale divides every run of blocks or of spaces inside the digits.
    let left = sampled.compactMap { $0.firstIndex(of: true) }.min() ?? 0
    let right = sampled.compactMap { $0.lastIndex(of: true) }.max() ?? 0
    var scale = 0
    for row in sampled {
        var run = 1
        for x in (left + 1)...(right + 1) {
            if x <= right, row[x] == row[x - 1] {
                run += 1
            } else {
                scale = gcd(scale, run)
                run = 1
            }
        }
    }
    guard scale > 0 else { return nil }
    let base = sampled.map { row in stride(from: left, through: right, by: scale).map { row[$0] } }
    let glyphs: [(Character, [[Bool]])] = Array("0123456789:+").map { c in
        (c, BigDigits.rows(String(c)).map { $0.map { $0 == "█" } })
    }
    // A glyph may begin with an empty column ("1", "+"): try starting a little earlier.
    for lead in 0...2 {
        let padded = base.map { Array(repeating: false, count: lead) + $0 + Array(repeating: false, count: 5) }
        var x = 0
        var text = ""
        while x < padded[0].count - 5 {
            guard
                let (c, glyph) = glyphs.first(where: { _, g in
                    (0..<BigDigits.height).allSatisfy { r in Array(padded[r][x..<x + g[r].count]) == g[r] }
                })
            else { break }
            text.append(c)
            x += glyph[0].count + 1
        }
        if x >= padded[0].count - 5, !text.isEmpty { return text }
    }
    return nil
}

private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct DisplayProcedureEndToEndTests {
    /// A live journal on this machine's clock, driven as the console drives one.
    final class ScriptedConsole {
        var opened: OpenedSession
        let clock: SessionClock

        init(_ path: String) throws {
            opened = try SessionStore.open(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers, path: path, rehearsal: false)
            clock = SessionClock(anchor: opened.anchor)
        }

        var now: Instant { clock.now() }

        /// Decides `c` at `t` (now unless given), makes its events durable, records them.
        func perform(_ c: Command, at t: Instant? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
            switch opened.session.decide(c, at: t ?? now) {
            case .failure(let r): Issue.record("\(c) rejected: \(r)", sourceLocation: sourceLocation)
            case .success(let events):
                try opened.journal.persist(events)
                opened.session.record(events)
            }
        }

        deinit { opened.journal.close() }
    }

    func display(_ journal: SharedJournal, width: Int, height: Int, env: [String: String] = [:], _ flags: String...)
        throws -> Tmux
    {
        try Tmux(
            width: width, height: height, env: ["PLENARY_CLOCK_START": ""].merging(env) { $1 },
            args: [journal.path] + flags, command: "display")
    }

    /// Polls until the big digits read one of `values`; records the screen otherwise.
    @discardableResult
    func expectDigits(
        _ d: Tmux, _ values: Set<String>, also text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> String? {
        let seen = d.waitFor(timeout: 10) { s in s.contains(text) && bigDigits(s).map(values.contains) == true }
        if seen == nil {
            let screen = d.screen()
            Issue.record(
                "never showed \(values.sorted()) with \"\(text)\"; read \(bigDigits(screen) ?? "-"):\n\(screen)",
                sourceLocation: sourceLocation)
        }
        return seen
    }

    @Test func theDisplayShowsTheMessageThePointOfOrderAndTheSuspensionWithTheirTimes() throws {
        let journal = try SharedJournal()
        let console = try ScriptedConsole(journal.path)
        let d = try display(journal, width: 80, height: 24, "--next")
        // A French one under the C locale, on a projector-sized terminal.
        let fr = try display(journal, width: 200, height: 50, env: ["LANG": "", "LC_ALL": "C"], "--lang", "fr")

        // The Presidency has spoken 0:30 when the officer asks it to conclude.
        let start = console.now - .seconds(40)
        try console.perform(.openSession, at: start)
        try console.perform(.startNextSegment, at: start)
        try console.perform(.giveFloor, at: start + .seconds(10))
        try console.perform(.showMessage(.canned(.pleaseConclude)))
        // 1:30 left, counting down: within a second or two of it on screen.
        expectDigits(d, ["1:30", "1:29", "1:28"], also: "Please conclude")
        let s = d.screen()
        #expect(s.contains("SPEAKING") && s.contains("Presidency of the Court"), "\(s)")
        fr.expectText("Veuillez conclure")

        // Kenya rises to a point of order: its own clock counts up, the speaker's stands still.
        try console.perform(.raisePointOfOrder(by: "Kenya"))
        let left = try #require(console.opened.session.state.remaining(at: console.now))
        let stopped = "Presidency of the Court's clock stopped at \(TimeText.minutesSeconds(left)) left"
        expectDigits(d, ["0:02"], also: stopped)
        let poo = d.screen()
        #expect(poo.contains("POINT OF ORDER") && poo.contains("raised by Kenya"), "\(poo)")
        if console.opened.session.state.shownMessage != nil { #expect(poo.contains("Please conclude")) }
        expectDigits(fr, ["0:03", "0:04"], also: "MOTION D'ORDRE")
        #expect(fr.screen().contains("soulevée par Kenya"))

        // The ruling, the end of the turn, then ten minutes' suspension for consultations.
        try console.perform(.endPointOfOrder)
        try console.perform(.endIntervention)
        let suspended = console.now
        try console.perform(.suspendMeeting(for: .minutes(10), reason: "consultations"))
        let resumes = TimeText.clock(suspended + .minutes(10), utcOffset: DefaultSession.plan.utcOffset)
        expectDigits(d, ["10:00", "9:59", "9:58"], also: "resumes at \(resumes)")
        let susp = d.screen()
        #expect(susp.contains("MEETING SUSPENDED") && susp.contains("consultations"), "\(susp)")
        #expect(!susp.contains("Please conclude"), "the message ended with the turn it was for")
        // Polled until the whole panel is drawn, as the English one is above.
        let frSusp = fr.waitFor { $0.contains("SÉANCE SUSPENDUE") && $0.contains("reprise à \(resumes)") }
        #expect(frSusp.map { bigDigits($0) != nil } == true, "\(fr.screen())")
        // The countdown moves on its own: a later second, never an earlier one.
        expectDigits(d, ["9:57", "9:56"], also: "MEETING SUSPENDED")

        try d.keys("q")
        d.expectText("EXIT:0")
    }
}

@Suite struct BigDigitsReaderTests {
    @Test(arguments: ["0:12", "10:00", "+1:05", "1:11", "9:59", "+0:00"])
    func readsBackWhatTheDisplayDraws(text: String) {
        for (h, v) in [(1, 1), (2, 1), (2, 2), (3, 2), (4, 3), (8, 8)] {
            let glyphs = BigDigits.rows(text, horizontal: h, vertical: v)
            let screen = (["  title 11:30:00", ""] + glyphs.map { "       " + $0 } + ["", "   WRAP UP"])
                .joined(separator: "\n")
            #expect(bigDigits(screen) == text, "\(h)x\(v):\n\(screen)")
        }
        #expect(bigDigits("no digits here") == nil)
    }
}
