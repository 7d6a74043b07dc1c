// The small parts: grid placement, big digits, redraw timing, themes.
import Foundation
import PlenaryCore
import PlenaryText
import PlenaryView
import Testing

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var g = Grid(width: 5, height: 1)
        #expect(g.put("日本語", x: 0, y: 0, role: .normal) == 5)
        #expect(g.lines() == ["日本"])
        #expect(g[1, 0].isContinuation && g[3, 0].isContinuation)
        #expect(g[4, 0].character == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = Grid(width: 4, height: 1)
        g.put("日本", x: 0, y: 0, role: .normal)
        g.put("x", x: 1, y: 0, role: .normal)
        #expect(g.lines() == [" x本"])
        #expect(!g[0, 0].isContinuation && g[0, 0].character == " ")
    }

    @Test func writesOutsideAreClipped() {
        var g = Grid(width: 3, height: 2)
        g.put("abcdef", x: -2, y: 1, role: .normal)
        g.put("zz", x: 0, y: 5, role: .normal)
        #expect(g.lines() == ["", "cde"])
        var empty = Grid(width: 0, height: 0)
        #expect(empty.put("abc", x: 0, y: 0, role: .normal) == 0)
    }

    @Test func changesAreTheDifference() {
        var a = Grid(width: 4, height: 3)
        a.put("ab", x: 0, y: 1, role: .normal)
        var b = a
        b.put("X", x: 3, y: 2, role: .normal)
        #expect(b.changes(since: a) == [Grid.Run(x: 3, y: 2, role: .normal, text: "X")])
        // Without a previous frame of this size, every row is sent whole.
        for previous in [nil, Grid(width: 5, height: 3)] {
            #expect(b.changes(since: previous).map(\.y) == [0, 1, 2])
            #expect(b.changes(since: previous).map(\.text) == ["    ", "ab  ", "   X"])
        }
    }

    @Test func graphemesOfSeveralScalarsAreKeptWhole() {
        var g = Grid(width: 12, height: 2)
        g.put("Ange\u{301}le 🇧🇪", x: 0, y: 0, role: .speaker)
        g.put("🇧🇪 e\u{301}", x: 0, y: 1, role: .normal)
        #expect(g.lines() == ["Ange\u{301}le 🇧🇪", "🇧🇪 e\u{301}"])
        #expect(g[3, 0].character == "e\u{301}" && g[3, 0].role == .speaker)
        #expect(g[7, 0].character == "🇧🇪")
        // The same picture written in another order is the same grid.
        var h = Grid(width: 12, height: 2)
        h.put("🇧🇪 e\u{301}", x: 0, y: 1, role: .normal)
        h.put("Ange\u{301}le 🇧🇪", x: 0, y: 0, role: .speaker)
        #expect(g == h && g.hashValue == h.hashValue)
        #expect(g.changes(since: h).isEmpty)
        h.put("e", x: 3, y: 0, role: .speaker)
        #expect(g != h)
        #expect(g.changes(since: h) == [Grid.Run(x: 3, y: 0, role: .speaker, text: "e\u{301}")])
    }

    /// What the terminal is sent: the changed runs, written over the last frame,
    /// give the new frame, whatever was drawn where, and nothing is sent twice.
    @Test func changedRunsRebuildTheNextFrame() {
        var random = SplitMix(seed: 7)
        let pieces = ["Belgique", "Côte d'Ivoire", "日本", "🇧🇪", "e\u{301}", "·", "1:59", " ", "▶", "Ελλάδα"]
        let roles: [StyleRole] = [.normal, .speaker, .dim, .overrun]
        func scribble(_ g: inout Grid, _ n: Int) {
            for _ in 0..<n {
                let text = (0..<random.below(4) + 1).map { _ in pieces[random.below(pieces.count)] }.joined()
                g.put(
                    text, x: random.below(g.width + 4) - 2, y: random.below(g.height),
                    role: roles[random.below(roles.count)])
            }
        }
        for _ in 0..<300 {
            var before = Grid(width: 20, height: 4)
            scribble(&before, 6)
            var after = before
            scribble(&after, random.below(4))
            var screen = before
            let runs = after.changes(since: before)
            for run in runs { screen.put(run.text, x: run.x, y: run.y, role: run.role) }
            #expect(screen == after, "\(before.lines()) → \(after.lines()) by \(runs)")
            #expect(after.changes(since: after).isEmpty)
            var blank = Grid(width: 20, height: 4)
            for run in after.changes(since: nil) { blank.put(run.text, x: run.x, y: run.y, role: run.role) }
            #expect(blank == after)
        }
    }
}

@Suite struct BigDigitsTests {
    @Test func fiveRowsAndEqualWidths() {
        let rows = BigDigits.rows("1:59")
        #expect(rows.count == BigDigits.height)
        #expect(Set(rows.map(\.count)).count == 1)
        #expect(BigDigits.rows("+0:12", scale: 2).count == 2 * BigDigits.height)
        #expect(BigDigits.width("0:00") == 5 + 1 + 1 + 1 + 5 + 1 + 5)
    }
}

@Suite struct RedrawTests {
    @Test func wakesWhenTheCountdownTurnsOver() {
        // Floor given at 11:30:05.250: the countdown turns over at .250 + 1 ms.
        let s = session(floorAt: at(11, 30, 5, ms: 250))
        let next = ConsoleScreen.nextChange(state: s.state, after: at(11, 30, 10, ms: 100))
        // The time spoken (in the list) turns at .250, the time left a millisecond
        // later: one frame shows both.
        #expect(next == at(11, 30, 10, ms: 251))
        #expect(picture(s, next - .milliseconds(2)) != picture(s, next))
        // Then the wall clock at the second and the segment's time a millisecond later.
        #expect(ConsoleScreen.nextChange(state: s.state, after: next) == at(11, 30, 11, ms: 1))
    }

    @Test func wakesAtTheWallClockSecondWhenIdle() {
        let s = DefaultSession.session()
        // The wall clock turns at the second, the time left until the end a millisecond
        // later: one wake-up for both.
        #expect(ConsoleScreen.nextChange(state: s.state, after: at(11, 0, 0, ms: 999)) == at(11, 0, 1, ms: 1))
        #expect(ConsoleScreen.nextChange(state: s.state, after: at(11, 0, 1)) == at(11, 0, 1, ms: 1))
        #expect(ConsoleScreen.nextChange(state: s.state, after: at(11, 0, 1, ms: 1)) == at(11, 0, 2, ms: 1))
    }

    /// Never a wrong second: at irregular moments through every stage change, the next wake-up is
    /// in the future, at most a second away, and the picture is unchanged until then.
    @Test func noChangeIsMissedBetweenWakeUps() {
        let s = session(
            floorAt: at(11, 30, 5, ms: 377),
            extra: [(.pause, at(11, 30, 40, ms: 913)), (.resume, at(11, 30, 52, ms: 41))])
        var t = at(11, 31, 50)
        while t < at(11, 33, 10) {
            let next = ConsoleScreen.nextChange(state: s.state, after: t)
            #expect(next > t && next - t <= .milliseconds(1000))
            let pictureNow = picture(s, t, width: 80, height: 24)
            // Turn-overs within the coalescing window share the frame at `next`.
            let justBefore = picture(
                s, max(t, next - ConsoleScreen.coalescing - .milliseconds(1)),
                width: 80, height: 24)
            let changed = pictureNow.lines().enumerated()
                .filter { justBefore.lines()[$0.offset] != $0.element }
                .map(\.element)
            #expect(changed.isEmpty, "the screen changed before the wake-up at \(t) (next \(next)): \(changed)")
            t = t + .milliseconds(Int64(97 + (t.milliseconds % 89)))
        }
    }
}

@Suite struct ThemeTests {
    static let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    @Test(arguments: ["dark", "light", "high-contrast", "monochrome"])
    func embeddedCopyEqualsTheFileAndParses(name: String) throws {
        let file = try String(contentsOf: Self.themesDir.appendingPathComponent("\(name).theme"), encoding: .utf8)
        let theme = try #require(Theme.builtIn(name))
        #expect(
            try Theme.parse(file, name: name, source: name) == theme,
            "Themes/\(name).theme changed: run scripts/embed-themes")
        // Every role is set explicitly in the built-in themes.
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test func monochromeUsesNoColourAndSeparatesStages() throws {
        let mono = try #require(Theme.builtIn("monochrome"))
        #expect(mono.isMonochrome)
        let stages: [StyleRole] = [.onTime, .wrapUp, .final, .time, .overrun]
        #expect(Set(stages.map { mono.style($0) }).count == stages.count)
    }

    @Test(arguments: [
        ("normal = white\n", 1, "needs a foreground and a background"),
        ("normal = default default\n# ok\nwrapup = black yellow\n", 3, "unknown role 'wrapup'"),
        ("normal = default default\ntitle = black cyna bold\n", 2, "unknown colour 'cyna'"),
        ("normal = default default\ntitle = black cyan blod\n", 2, "unknown attribute 'blod'"),
        ("normal = default default\nnormal = red default\n", 2, "set twice"),
        ("title black cyan\n", 1, "expected `role = foreground"),
        ("title = black cyan\n", 1, "does not set 'normal'"),
    ])
    func brokenThemesNameTheLine(text: String, line: Int, message: String) {
        #expect {
            try Theme.parse(text, name: "t", source: "my.theme")
        } throws: { error in
            guard let e = error as? ThemeError else { return false }
            return e.line == line && e.message.contains(message) && e.description.hasPrefix("my.theme:\(line): ")
        }
    }

    @Test func coloursByNameAndNumber() throws {
        let t = try Theme.parse("normal = bright-red 208 bold underline\n", name: "t", source: "t")
        #expect(
            t.style(.title)
                == Style(
                    foreground: .index(9), background: .index(208),
                    attributes: [.bold, .underline]))
    }
}

/// A small seeded generator, so a failing case can be run again.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
