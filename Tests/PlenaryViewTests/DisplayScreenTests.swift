// The room display as pictures: every stage, frozen at zero, the states before and
// after the session, and sizes from a phone to a projector (and 0×0).
import PlenaryCore
import PlenaryText
import Testing

@testable import PlenaryView

func display(
    _ source: DisplaySource, _ now: Instant, width: Int = 80, height: Int = 24,
    next: Bool = false, freeze: Bool = false, language: Language = .english
) -> Grid {
    DisplayScreen.render(
        source, now: now,
        config: DisplayConfig(language: language, showNext: next, freezeAtZero: freeze),
        width: width, height: height)
}

func live(_ s: Session) -> DisplaySource { .live(s.state, rehearsal: false) }

@Suite struct DisplayScreenTests {
    @Test(arguments: PictureTests.stages)
    func everyStageAt80x24(name: String, now: Instant) {
        assertSnapshot(display(live(session()), now, next: true), "display-\(name)-80x24")
    }

    @Test func frozenAtZeroShowsTimeAndNeverCountsUp() {
        let s = session()
        for (_, now) in PictureTests.stages.dropFirst(3) {
            let g = display(live(s), now, width: 60, height: 20, freeze: true)
            let text = g.lines().joined(separator: "\n")
            #expect(text.contains("TIME") && !text.contains("OVERRUN"), "\(text)")
            // Only the wall clock in the title moves.
            #expect(
                g.lines()[1...]
                    == display(live(s), at(11, 32, 6), width: 60, height: 20, freeze: true).lines()[1...])
            #expect(g[30, 10].role == .time)
        }
        assertSnapshot(display(live(s), at(11, 32, 40), width: 60, height: 20, freeze: true), "display-frozen-60x20")
        // Not frozen, the same instant counts up and escalates.
        let free = display(live(s), at(11, 32, 40), width: 60, height: 20).lines().joined(separator: "\n")
        #expect(free.contains("OVERRUN 2"))
    }

    @Test func theDigitsGrowWithTheTerminal() {
        let s = session()
        var heights: [Int] = []
        for (w, h) in [(30, 12), (60, 20), (100, 36), (200, 60)] {
            let g = display(live(s), at(11, 31, 40), width: w, height: h)
            let blockRows = g.lines().filter { $0.contains("█") }.count
            heights.append(blockRows)
        }
        #expect(heights == heights.sorted() && heights.first! >= 5 && heights.last! >= 40, "\(heights)")
        assertSnapshot(
            display(live(s), at(11, 31, 40), width: 40, height: 15, next: true),
            "display-wrapUp-phone-40x15")
        assertSnapshot(display(live(s), at(11, 31, 40), width: 120, height: 40, next: true), "display-wrapUp-120x40")
    }

    @Test func theScaleDoesNotJumpWhenTheTimeRunsOver() {
        let s = session()
        let before = display(live(s), at(11, 32, 4), width: 100, height: 30)
        let after = display(live(s), at(11, 32, 6), width: 100, height: 30)
        #expect(before.lines().filter { $0.contains("█") }.count == after.lines().filter { $0.contains("█") }.count)
    }

    @Test(arguments: [(0, 0), (1, 1), (5, 1), (12, 3), (20, 4), (20, 12), (39, 11)])
    func tinyTerminalsKeepTheTimeInPlainText(width: Int, height: Int) {
        let g = display(live(session()), at(11, 31, 40), width: width, height: height, next: true)
        #expect(g.width == width && g.height == height)
        // Too small for the smallest digits (5 rows, 19 columns): the time in plain text.
        if width >= 4, height >= 1, height < 6 || width < 21 {
            #expect(g.lines().joined().contains("0:25"), "\(g.lines())")
        } else if width >= 21 {
            #expect(g.lines().joined().contains("█"), "\(g.lines())")
        }
        if width >= 20, height >= 2 { #expect(g.lines().joined().contains("WRAP UP")) }
    }

    @Test func everySizeKeepsTheTimeAndStaysInItsCells() {
        let s = session()
        for w in stride(from: 0, through: 200, by: 9) {
            for h in stride(from: 0, through: 60, by: 4) {
                let g = display(live(s), at(11, 31, 40), width: w, height: h, next: true)
                #expect(g.width == w && g.height == h && g.cells.count == w * h)
                #expect(g.lines().allSatisfy { DisplayWidth.of($0) <= w })
                let text = g.lines().joined()
                if w >= 4, h >= 1 { #expect(text.contains("█") || text.contains("0:25"), "\(w)x\(h): \(g.lines())") }
            }
        }
    }

    @Test func waitingForTheJournal() {
        assertSnapshot(
            display(.waiting(journal: "/srv/asp22/cooperation.journal"), at(11, 29), width: 60, height: 12),
            "display-waiting-journal-60x12")
    }

    @Test func waitingForTheSessionToOpen() {
        assertSnapshot(
            display(live(DefaultSession.session()), at(11, 29, 50), width: 60, height: 12),
            "display-not-opened-60x12")
    }

    @Test func calledShowsTheLimitAndTheNext() {
        let s = session(floorAt: nil, extra: [(.callNext, at(11, 30, 2))])
        assertSnapshot(display(live(s), at(11, 30, 14), width: 60, height: 20, next: true), "display-called-60x20")
    }

    @Test func pausedFreezesTheDigits() {
        let s = session(extra: [(.pause, at(11, 31, 0))])
        let a = display(live(s), at(11, 31, 30), width: 60, height: 20)
        let b = display(live(s), at(11, 35, 0), width: 60, height: 20)
        #expect(a.lines()[1...] == b.lines()[1...])
        #expect(b.lines().joined().contains("PAUSED"))
        #expect(b[30, 10].role == .paused)
    }

    @Test func theClosingSummary() {
        let s = session(extra: [
            (.endIntervention, at(11, 32, 30)), (.giveFloor, at(11, 32, 50)), (.endIntervention, at(11, 34, 30)),
            (.startNextSegment, at(11, 35)), (.startNextSegment, at(11, 35, 10)), (.closeSession, at(11, 37, 12)),
        ])
        let g = display(live(s), at(11, 40), width: 60, height: 16)
        let text = g.lines().joined(separator: "\n")
        #expect(text.contains("SESSION CLOSED"))
        #expect(text.contains("ended 11:37:12 (planned 13:00)"))
        #expect(text.contains("2 interventions · 1 over time"))
        assertSnapshot(g, "display-closed-60x16")
    }

    @Test func aDamagedJournalSaysWhere() {
        let g = display(
            .unreadable(journal: "s.journal", reason: "s.journal:3: checksum mismatch"), at(11, 29),
            width: 60, height: 12)
        #expect(g.lines().joined(separator: "\n").contains("s.journal:3: checksum mismatch"))
        #expect(g.lines().joined().contains("JOURNAL UNREADABLE"))
    }

    @Test func unusualNamesStayInTheirCells() {
        for (w, h) in [(24, 10), (60, 20)] {
            let g = display(live(PictureTests.unusualNames()), at(11, 30, 20), width: w, height: h)
            for c in g.cells {
                #expect(
                    c.character.unicodeScalars.allSatisfy(TerminalSafe.isSafe),
                    "unsafe \(c.character.unicodeScalars.map(\.value))")
            }
            #expect(g.lines().allSatisfy { DisplayWidth.of($0) <= w })
        }
        assertSnapshot(
            display(live(PictureTests.unusualNames()), at(11, 30, 20), width: 60, height: 20),
            "display-names-60x20")
    }

    @Test func frenchWords() {
        let g = display(live(session()), at(11, 31, 40), width: 60, height: 20, language: .french)
        #expect(g.lines().joined().contains("CONCLURE"))
    }

    @Test func theNextWakeUpIsTheNextTurnOfTheCountdown() {
        let s = session()
        #expect(
            DisplayScreen.nextChange(live(s), after: at(11, 30, 15, ms: 200))
                == at(11, 30, 16, ms: 0) + .milliseconds(1)
                || DisplayScreen.nextChange(live(s), after: at(11, 30, 15, ms: 200)) <= at(11, 30, 16, ms: 1))
        #expect(DisplayScreen.nextChange(.waiting(journal: "j"), after: at(11, 30, 15, ms: 200)) == at(11, 30, 16))
    }
}
