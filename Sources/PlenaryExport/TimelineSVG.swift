// The timeline chart of the HTML report: one line per speaker, the planned turn as a
// pale bar above the actual floor time, overruns in red, the planned segment
// boundaries as dashed lines; points of order in orange (on the row of the speaker they
// stopped, or across the chart with the floor free), suspensions of the meeting as grey
// bands across every row. Plain SVG, no script, so it prints as it shows.
//
// The chart spans what happened (the opening to the close, every planned turn and
// every floor), widened to the plan's own start and end when that leaves what happened
// at least a third of the chart: a session opened nine hours late is drawn as held, not
// crushed against the right edge. Its axis labels are thinned to at most
// `TimelineWindow.mostLabels`, and it never spans more than `TimelineWindow.longestSpan`:
// a journal whose clock jumped years is clipped to the day that holds most of its times,
// and the chart says so. Its size depends on the number of rows, never on the times.
import PlenaryCore

enum TimelineSVG {
    static let labelWidth = 230.0, chartWidth = 650.0, rowHeight = 16.0, top = 28.0

    static func render(_ log: ActualTimesLog, _ words: ExportWords) -> String {
        let rows = log.rows.filter { $0.plannedStart != nil || $0.floorGivenAt != nil }
        let window = TimelineWindow(log)
        let (t0, t1) = (window.start, window.end)
        let span = Double(max(1, (t1 - t0).wholeMilliseconds))
        /// Inside the chart, whatever the time: a bar beyond the window ends at its edge.
        func x(_ t: Instant) -> Double {
            let ms = min(max(t, t0), t1) - t0
            return labelWidth + chartWidth * Double(ms.wholeMilliseconds) / span
        }
        func inside(_ from: Instant, _ to: Instant) -> Bool { to >= t0 && from <= t1 }
        // A second legend line for the rules of procedure, only when there was one of them.
        let procedure = !log.pointsOfOrder.isEmpty || !log.suspensions.isEmpty
        let height = top + rowHeight * Double(rows.count) + 30 + (procedure ? 14 : 0)
        let bottom = top + rowHeight * Double(rows.count)
        // Room on the right for half the last axis label.
        let width = labelWidth + chartWidth + 20
        var s = ""
        for note in notes(window, log, rows, words) { s += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        s +=
            ##"<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 "##
            + ##"0 \##(n(width)) \##(n(height))" font-family="sans-serif" font-size="10">"##
        s += "\n<title>\(HTMLText.escape(words.timelineTitle))</title>\n"

        // Time axis: one labelled tick per step.
        for tick in window.ticks {
            let tx = x(tick)
            s +=
                ##"<line x1="\##(n(tx))" y1="\##(n(top - 6))" x2="\##(n(tx))" y2="\##(n(bottom + 6))" "##
                + ##"stroke="#ddd"/>"##
            s +=
                ##"<text x="\##(n(tx))" y="\##(n(top - 10))" text-anchor="middle" "##
                + ##"fill="#555">\##(TimeText.clock(tick, utcOffset: log.utcOffset))</text>"##
            s += "\n"
        }
        // Planned segment boundaries, where they fall on the chart.
        for i in log.plan.segments.indices {
            for t in [log.plan.plannedStart(ofSegment: i), log.plan.plannedEnd(ofSegment: i)] where inside(t, t) {
                s +=
                    ##"<line x1="\##(n(x(t)))" y1="\##(n(top - 4))" x2="\##(n(x(t)))" y2="\##(n(bottom + 6))" "##
                    + ##"stroke="#888" stroke-dasharray="3,3"/>"##
                s += "\n"
            }
        }
        // Suspensions behind the rows: time that was no speaker's.
        for sp in log.suspensions where inside(sp.suspension.start, sp.resumedAt) {
            let (a, b) = (x(sp.suspension.start), x(sp.resumedAt))
            let tip = words.suspensionTip(
                TimeText.minutesSeconds(sp.length), TimeText.minutesSeconds(sp.suspension.planned),
                sp.suspension.reason.isEmpty ? words.noReasonGiven : sp.suspension.reason)
            s +=
                ##"<rect class="suspension" x="\##(n(a))" y="\##(n(top - 4))" width="\##(n(max(1.5, b - a)))" "##
                + ##"height="\##(n(bottom - top + 4))" fill="#9e9e9e" fill-opacity="0.3">"##
                + ##"<title>\##(HTMLText.escape(tip))</title></rect>"##
            s += "\n"
        }
        for (k, r) in rows.enumerated() {
            let y = top + rowHeight * Double(k)
            let label = "\(log.plan.segments[r.segment].id).\(r.order) \(r.delegation)"
            let shown = window.shows(r, asOf: log.asOf)
            s += ##"<g><title>\##(HTMLText.escape(tooltip(r, words, shown: shown)))</title>"##
            s +=
                ##"<text x="\##(n(labelWidth - 6))" y="\##(n(y + 11))" text-anchor="end" "##
                + ##"fill="#222">\##(HTMLText.escape(clip(label)))</text>"##
            if let ps = r.plannedStart, let pe = r.plannedEnd, inside(ps, pe) {
                s +=
                    ##"<rect class="planned" x="\##(n(x(ps)))" y="\##(n(y + 2))" "##
                    + ##"width="\##(n(max(1, x(pe) - x(ps))))" height="5" fill="#b9c7d8"/>"##
            }
            if let f = r.floorGivenAt, inside(f, r.endedAt ?? log.asOf) {
                let end = r.endedAt ?? log.asOf
                s +=
                    ##"<rect class="actual" x="\##(n(x(f)))" y="\##(n(y + 7))" "##
                    + ##"width="\##(n(max(1, x(end) - x(f))))" height="6" fill="#2b5d9b"/>"##
                if let o = r.overrun, r.isOverTime, inside(end - o, end) {
                    s +=
                        ##"<rect class="overrun" x="\##(n(x(end - o)))" y="\##(n(y + 7))" "##
                        + ##"width="\##(n(max(1.5, x(end) - x(end - o))))" height="6" fill="#c62828"/>"##
                }
            }
            s += "</g>\n"
        }
        // Points of order over the bars: on the row whose clock they stopped, or across
        // the chart when the floor was free.
        for p in log.pointsOfOrder where inside(p.raisedAt, p.endedAt) {
            let (a, b) = (x(p.raisedAt), x(p.endedAt))
            let tip = words.pointOfOrderTip(
                p.raisedBy.isEmpty ? words.notNamed : p.raisedBy, TimeText.minutesSeconds(p.length))
            let (y, h): (Double, Double) =
                if let k = rows.firstIndex(where: { $0.speaker == p.interruptedSpeaker }) {
                    (top + rowHeight * Double(k) + 7, 6)
                } else {
                    (top - 4, bottom - top + 4)
                }
            s +=
                ##"<rect class="point-of-order" x="\##(n(a))" y="\##(n(y))" width="\##(n(max(1.5, b - a)))" "##
                + ##"height="\##(n(h))" fill="#ef8a17"><title>\##(HTMLText.escape(tip))</title></rect>"##
            s += "\n"
        }
        var out = s + legend(height - 10 - (procedure ? 14 : 0), words)
        if procedure { out += "\n" + procedureLegend(height - 10, words) }
        return out + "\n</svg>"
    }

    static func procedureLegend(_ ly: Double, _ words: ExportWords) -> String {
        ##"<rect x="\##(n(labelWidth))" y="\##(n(ly - 7))" width="14" height="6" fill="#ef8a17"/><text "##
            + ##"x="\##(n(labelWidth + 18))" y="\##(n(ly))">\##(HTMLText.escape(words.legendPointOfOrder))</text>"##
            + ##"<rect x="\##(n(labelWidth + 150))" y="\##(n(ly - 8))" width="14" height="9" fill="#9e9e9e" "##
            + ##"fill-opacity="0.3"/><text x="\##(n(labelWidth + 168))" y="\##(n(ly))">"##
            + ##"\##(HTMLText.escape(words.legendSuspension))</text>"##
    }

    /// What the reader must know to read the chart: a late opening, a clipped span.
    static func notes(_ w: TimelineWindow, _ log: ActualTimesLog, _ rows: [InterventionRow], _ words: ExportWords)
        -> [String]
    {
        let off = log.utcOffset
        var out: [String] = []
        if !w.includesPlan, let opened = log.session.actualStart, opened > log.plan.start {
            out.append(
                words.openedLate(
                    TimeText.clock(log.plan.start, utcOffset: off), TimeText.clock(opened, utcOffset: off),
                    TimelineWindow.hoursMinutes(opened - log.plan.start)))
        }
        if let c = w.clipped {
            func at(_ t: Instant) -> String {
                TimeText.date(t, utcOffset: off) + " " + TimeText.clock(t, utcOffset: off)
            }
            let outside = rows.filter { !w.showsWhole($0, asOf: log.asOf) }.count
            out.append(words.clipped(at(c.first), at(c.last), at(w.start), at(w.end), outside))
        }
        return out
    }

    static func legend(_ ly: Double, _ words: ExportWords) -> String {
        var s =
            ##"<rect x="\##(n(labelWidth))" y="\##(n(ly - 7))" width="14" height="5" fill="#b9c7d8"/><text "##
            + ##"x="\##(n(labelWidth + 18))" y="\##(n(ly))">\##(HTMLText.escape(words.legendPlanned))</text>"##
        s +=
            ##"<rect x="\##(n(labelWidth + 150))" y="\##(n(ly - 7))" width="14" height="6" fill="#2b5d9b"/><text "##
            + ##"x="\##(n(labelWidth + 168))" y="\##(n(ly))">\##(HTMLText.escape(words.legendActual))</text>"##
        s +=
            ##"<rect x="\##(n(labelWidth + 280))" y="\##(n(ly - 7))" width="14" height="6" fill="#c62828"/><text "##
            + ##"x="\##(n(labelWidth + 298))" y="\##(n(ly))">\##(HTMLText.escape(words.legendOverrun))</text>"##
        s +=
            ##"<line x1="\##(n(labelWidth + 370))" y1="\##(n(ly - 8))" x2="\##(n(labelWidth + 370))" "##
            + ##"y2="\##(n(ly + 1))" stroke="#888" stroke-dasharray="3,3"/><text x="\##(n(labelWidth + 376))" "##
            + ##"y="\##(n(ly))">\##(HTMLText.escape(words.legendSegments))</text>"##
        return s
    }

    static func tooltip(_ r: InterventionRow, _ words: ExportWords, shown: Bool) -> String {
        var parts = ["\(r.delegation): \(words.status(r.status))"]
        if let t = r.speakingTime {
            parts.append(words.spoke(TimeText.minutesSeconds(t), TimeText.minutesSeconds(r.limit)))
        }
        if let o = r.overrun, r.isOverTime { parts.append(words.overrunBy(TimeText.minutesSeconds(o))) }
        if !shown { parts.append(words.outsideChart) }
        return parts.joined(separator: ", ")
    }

    static func clip(_ s: String) -> String { s.count > 38 ? String(s.prefix(37)) + "…" : s }

    /// A coordinate with at most one decimal, so the bytes are stable.
    static func n(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        let i = Int(tenths)
        return i % 10 == 0 ? "\(i / 10)" : "\(i / 10).\(abs(i % 10))"
    }
}
