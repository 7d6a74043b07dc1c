// Picture tests: whole screens at the sizes a podium terminal may have, for every
// warning stage, and with names that try to break the layout.
import PlenaryConsole
import PlenaryCore
import PlenaryText
import PlenaryView
import Testing

@Suite struct PictureTests {
    /// Floor given at 11:30:05; the instants where each stage is on screen.
    static let stages: [(String, Instant)] = [
        ("onTime", at(11, 30, 15)),  // 1:50 left
        ("wrapUp", at(11, 31, 40)),  // 0:25 left
        ("final", at(11, 31, 57)),  // 0:08 left
        ("time", at(11, 32, 6)),  // +0:01
        ("overrun1", at(11, 32, 22)),  // +0:17
        ("overrun2", at(11, 32, 40)),  // +0:35
    ]

    @Test(arguments: stages)
    func everyStageAt80x24(name: String, now: Instant) {
        assertSnapshot(picture(session(), now), "stage-\(name)-80x24")
    }

    @Test(arguments: stages)
    func everyStageAtTheMinimumSize(name: String, now: Instant) {
        assertSnapshot(
            picture(session(), now, width: ConsoleScreen.minimumWidth, height: ConsoleScreen.minimumHeight),
            "stage-\(name)-min")
    }

    @Test func paused() {
        let s = session(extra: [(.pause, at(11, 31, 0))])
        assertSnapshot(picture(s, at(11, 35, 0)), "paused-80x24")
    }

    @Test func midSessionAt120x40() {
        let s = session(extra: [
            (.endIntervention, at(11, 32, 0)), (.giveFloor, at(11, 32, 20)), (.endIntervention, at(11, 34, 40)),
            (.callNext, at(11, 34, 45)), (.skip(nil), at(11, 35, 5)), (.giveFloor, at(11, 35, 10)),
        ])
        assertSnapshot(picture(s, at(11, 36, 42), width: 120, height: 40), "mid-session-120x40")
    }

    @Test func notOpenedWithTheMovedDateNotice() {
        var s = DefaultSession.session()
        _ = s.handle(.openSession, at: at(11, 29))
        assertSnapshot(
            picture(DefaultSession.session(), at(11, 29, 50), notice: "plan moved to 2023-12-08"),
            "not-opened-80x24")
    }

    @Test func called() {
        let s = session(floorAt: nil, extra: [(.callNext, at(11, 30, 2))])
        assertSnapshot(picture(s, at(11, 30, 14)), "called-80x24")
    }

    @Test func french() {
        assertSnapshot(picture(session(), at(11, 31, 40), language: .french), "french-wrapUp-80x24")
    }

    @Test func tooSmallKeepsTheCountdown() {
        assertSnapshot(picture(session(), at(11, 31, 40), width: 39, height: 11), "too-small-39x11")
    }

    @Test(arguments: [(1, 1), (0, 0), (1, 0), (0, 5), (2, 1)])
    func tinySizesDoNotTrap(width: Int, height: Int) {
        let g = picture(session(), at(11, 31, 40), width: width, height: height)
        #expect(g.width == width && g.height == height)
        #expect(g.cells.count == width * height)
    }

    @Test func oneByOne() { assertSnapshot(picture(session(), at(11, 31, 40), width: 1, height: 1), "1x1") }
    @Test func zeroByZero() { assertSnapshot(picture(session(), at(11, 31, 40), width: 0, height: 0), "0x0") }

    /// Accented, CJK and hostile names (escape sequences, bidi override).
    static func unusualNames() -> Session {
        session(
            floorAt: nil,
            extra: [
                (
                    .addWalkIn(
                        delegation: "日本国政府代表団", function: "大使 常駐代表", category: .stateParty, segment: 0, position: 1),
                    at(11, 30, 1)
                ),
                (
                    .addWalkIn(
                        delegation: "\u{1b}[2J\u{1b}]0;pwned\u{07}Evil\u{202E}gnirts", function: "\u{9b}31mRed",
                        category: .other, segment: 0, position: 2), at(11, 30, 2)
                ),
                (
                    .addWalkIn(
                        delegation: "Côte d'Ivoire", function: "Ministre de la Justice, Garde des Sceaux",
                        category: .stateParty, segment: 0, position: 3), at(11, 30, 3)
                ),
                (.giveFloor, at(11, 30, 5)),
            ])
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func unusualNamesStayInTheirCells(width: Int, height: Int) {
        let g = picture(Self.unusualNames(), at(11, 31, 0), width: width, height: height)
        assertSnapshot(g, "names-\(width)x\(height)")
        for c in g.cells {
            #expect(
                c.character.unicodeScalars.allSatisfy(TerminalSafe.isSafe),
                "unsafe \(c.character.unicodeScalars.map(\.value))")
        }
        // Every row is exactly the grid's width in display cells.
        for y in 0..<g.height {
            let w = (0..<g.width).filter { !g[$0, y].isContinuation }
                .map { DisplayWidth.of(g[$0, y].character) }
                .reduce(0, +)
            #expect(w == g.width)
        }
    }

    @Test func notSavedBannerIsOnTop() {
        var ui = UIState()
        ui.notSaved = "disk full"
        let g = picture(session(), at(11, 30, 30), ui: ui)
        #expect(g.lines()[2].contains("NOT SAVED: disk full"))
        #expect(g[3, 2].role == .banner)
    }
}
