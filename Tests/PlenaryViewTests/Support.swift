// Shared helpers: a session driven to a chosen moment, and snapshot files.
import Foundation
import PlenaryConsole
import PlenaryCore
import PlenaryText
import PlenaryView
import Testing

let cet = Duration.minutes(60)

/// 8 December 2023 at hh:mm:ss in The Hague.
func at(_ h: Int, _ m: Int, _ s: Int = 0, ms: Int64 = 0) -> Instant {
    Instant(year: 2023, month: 12, day: 8, hour: h, minute: m, second: s, utcOffset: cet) + .milliseconds(ms)
}

/// The default session with Segment I started at 11:30 and, if `floorAt` is given,
/// the first speaker (Presidency) on the floor from then.
func session(floorAt: Instant? = at(11, 30, 5), extra: [(Command, Instant)] = []) -> Session {
    var s = DefaultSession.session()
    _ = s.handle(.openSession, at: at(11, 30))
    _ = s.handle(.startNextSegment, at: at(11, 30))
    if let f = floorAt { _ = s.handle(.giveFloor, at: f) }
    for (c, t) in extra {
        if case .failure(let r) = s.handle(c, at: t) { Issue.record("setup command \(c) refused: \(r)") }
    }
    return s
}

/// Renders a controller-free picture (the operator's side as the console's UI state shows it).
func picture(
    _ s: Session, _ now: Instant, width: Int = 80, height: Int = 24, ui: UIState = UIState(),
    language: Language = .english, notice: String? = nil
) -> Grid {
    var ui = ui
    ui.strings = Strings.Key(language)
    return ConsoleScreen.render(
        state: s.state, now: now, view: ui.view(of: s.state),
        config: ConsoleConfig(language: language, notice: notice),
        width: width, height: height)
}

/// One letter per style role, for the role map under each snapshot.
func roleCode(_ r: StyleRole) -> Character {
    if r == .normal { return "." }
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
    return letters[StyleRole.allCases.firstIndex(of: r)!]
}

/// The picture as text (rows framed by `|` to show width) and its role map.
func snapshotText(_ g: Grid) -> String {
    var out = "\(g.width)x\(g.height)\n"
    for y in 0..<g.height {
        var row = ""
        var cells = 0
        for x in 0..<g.width where !g[x, y].isContinuation {
            row.append(g[x, y].character)
            cells += DisplayWidth.of(g[x, y].character)
        }
        out += "|" + row + String(repeating: " ", count: max(0, g.width - cells)) + "|\n"
    }
    out += "roles\n"
    for y in 0..<g.height {
        out += String((0..<g.width).map { roleCode(g[$0, y].role) }) + "\n"
    }
    return out
}

/// Compares with `Snapshots/<name>.txt`. `RECORD_SNAPSHOTS=1` re-records, and a
/// fresh recording fails the test so nobody accepts new output by accident.
func assertSnapshot(_ g: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = dir.appendingPathComponent(name + ".txt")
    let actual = snapshotText(g)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record(
            "recorded snapshot \(name); check it and run again without RECORD_SNAPSHOTS",
            sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "no snapshot \(name).txt; run with RECORD_SNAPSHOTS=1 to record it",
            sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
}
