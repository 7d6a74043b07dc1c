// The HTML report's timeline whatever the times: a session opened nine hours late is
// drawn as held with labels that do not run into each other, and a journal whose clock
// jumped years gives a report of the usual size, clipped and saying so.
import PlenaryCore
import Testing

@testable import PlenaryExport
@testable import PlenaryFormats

@Suite struct ExportTimelineTests {
    /// The scripted session with every recorded time moved by `shift` from the `from`th event on.
    static func log(shifting shift: Duration, from: Int = 0) -> ActualTimesLog {
        let events = ScriptedSession.events().enumerated().map { k, e in
            guard k >= from else { return e }
            var moved = e
            moved.at = e.at + shift
            if case .startCorrected(let to) = e.fact { moved.fact = .startCorrected(to: to + shift) }
            return moved
        }
        return ActualTimesLog.build(plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: events)
    }

    /// The scripted session with a clock that jumped `years` before Segment II: its nine
    /// interventions and the close lie years later.
    static func jumped(years: Int) -> ActualTimesLog {
        let events = ScriptedSession.events()
        let segmentII = events.lastIndex { if case .segmentStarted(1) = $0.fact { true } else { false } } ?? 0
        return log(shifting: .minutes(years * 365 * 24 * 60), from: segmentII)
    }

    /// The axis labels' x positions and texts, left to right.
    static func ticks(_ html: String) -> [(x: Double, label: String)] {
        html.matches(of: /<text x="([0-9.]+)" y="18" text-anchor="middle" fill="#555">([^<]*)<\/text>/).map {
            (Double($0.1)!, String($0.2))
        }
    }

    static func bars(_ html: String, _ kind: String) -> [(x: Double, width: Double)] {
        html.matches(of: /<rect class="(\w+)" x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"/).filter { $0.1 == kind }
            .map { (Double($0.2)!, Double($0.3)!) }
    }

    /// "HH:MM" at font-size 10 is under 32 px wide.
    static let labelWidth = 32.0

    @Test func aSessionOpenedNineHoursLateIsDrawnAsHeldWithReadableLabels() throws {
        let html = Self.log(shifting: .minutes(9 * 60 + 5)).render(.html)
        let ticks = Self.ticks(html)
        #expect(ticks.count >= 3 && ticks.count <= TimelineWindow.mostLabels + 1, "\(ticks.count) labels")
        for (a, b) in zip(ticks, ticks.dropFirst()) {
            #expect(b.x - a.x >= Self.labelWidth + 8, "\(a.label) and \(b.label) overlap")
        }
        #expect(Set(ticks.map(\.label)).count == ticks.count)
        // What happened fills the chart instead of a sliver at its right edge.
        let actual = Self.bars(html, "actual")
        let left = try #require(actual.map(\.x).min())
        let right = try #require(actual.map { $0.x + $0.width }.max())
        #expect(right - left > 0.6 * TimelineSVG.chartWidth, "the bars span \(right - left) px")
        #expect(actual.map(\.width).max()! > 10)
        #expect(html.contains("The session opened at 20:35, 9 h 05 after its planned start (11:30)"))
    }

    @Test func aSessionOnTimeKeepsThePlanOnTheChart() {
        let html = ExportGoldenTests.log.render(.html)
        #expect(Self.ticks(html).map(\.label).first == "11:30" && Self.ticks(html).map(\.label).last == "13:00")
        #expect(!html.contains("planned start ("))
        #expect(!html.contains("too far apart"))
    }

    @Test(arguments: [10, 500])
    func aClockThatJumpedYearsGivesABoundedReportThatSaysSo(years: Int) {
        let usual = ExportGoldenTests.log.render(.html)
        let html = Self.jumped(years: years).render(.html)
        #expect(html.utf8.count < usual.utf8.count + 4_000, "\(html.utf8.count) bytes against \(usual.utf8.count)")
        let ticks = Self.ticks(html)
        #expect(ticks.count <= TimelineWindow.mostLabels + 1)
        #expect(html.contains("too far apart to draw"))
        #expect(html.contains("lie partly or wholly outside it"))
        let x = TimelineSVG.labelWidth
        let edge = TimelineSVG.labelWidth + TimelineSVG.chartWidth
        for bar in Self.bars(html, "actual") + Self.bars(html, "planned") {
            #expect(bar.x >= x && bar.x + bar.width <= edge + 1.5)
        }
    }

    @Test func theChartGoesToTheDayWithMostTimes() {
        let t = { (h: Int) in Instant(year: 2023, month: 12, day: 8, hour: h, minute: 0, utcOffset: .zero) }
        let times = [t(1), t(9), t(10), t(11), t(12)] + [t(12) + .minutes(20 * 365 * 24 * 60)]
        #expect(TimelineWindow.busiestStart(times) == t(1))
        let later = [t(1)] + (0..<5).map { t(12) + .minutes(3 * 365 * 24 * 60 + $0) }
        #expect(TimelineWindow.busiestStart(later) == t(12) + .minutes(3 * 365 * 24 * 60))
    }
}
