// The timeline chart of the HTML report: one line per speaker, the planned turn as a
// pale bar above the actual floor time, overruns in red, the planned segment
// boundaries as dashed lines. Plain SVG, no script, so it prints as it shows.
import PlenaryCore

enum TimelineSVG {
    static let labelWidth = 230.0, chartWidth = 650.0, rowHeight = 16.0, top = 28.0

    static func render(_ log: ActualTimesLog) -> String {
        let rows = log.rows.filter { $0.plannedStart != nil || $0.floorGivenAt != nil }
        let starts = [log.plan.start] + [log.session.actualStart].compactMap { $0 }
        let ends = [log.plan.end, log.asOf] + [log.session.actualEnd].compactMap { $0 }
        let t0 = floorToMinutes(starts.min()!, 10)
        let t1 = ceilToMinutes(ends.max()!, 10)
        let span = Double(max(1, (t1 - t0).wholeMilliseconds))
        func x(_ t: Instant) -> Double { labelWidth + chartWidth * Double((t - t0).wholeMilliseconds) / span }
        let height = top + rowHeight * Double(rows.count) + 30
        let width = labelWidth + chartWidth + 10
        var s =
            ##"<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 "##
            + ##"0 \##(n(width)) \##(n(height))" font-family="sans-serif" font-size="10">"##
        s += "\n<title>Planned and actual floor time per intervention</title>\n"

        // Time axis: a tick every ten minutes.
        var tick = t0
        while tick <= t1 {
            let tx = x(tick)
            s +=
                ##"<line x1="\##(n(tx))" y1="\##(n(top - 6))" x2="\##(n(tx))" y2="\##(n(height - 24))" "##
                + ##"stroke="#ddd"/>"##
            s +=
                ##"<text x="\##(n(tx))" y="\##(n(top - 10))" text-anchor="middle" "##
                + ##"fill="#555">\##(TimeText.clock(tick, utcOffset: log.utcOffset))</text>"##
            s += "\n"
            tick = tick + .minutes(10)
        }
        // Planned segment boundaries.
        for i in log.plan.segments.indices {
            for t in [log.plan.plannedStart(ofSegment: i), log.plan.plannedEnd(ofSegment: i)] {
                s +=
                    ##"<line x1="\##(n(x(t)))" y1="\##(n(top - 4))" x2="\##(n(x(t)))" y2="\##(n(height - 24))" "##
                    + ##"stroke="#888" stroke-dasharray="3,3"/>"##
                s += "\n"
            }
        }
        for (k, r) in rows.enumerated() {
            let y = top + rowHeight * Double(k)
            let label = "\(log.plan.segments[r.segment].id).\(r.order) \(r.delegation)"
            s += ##"<g><title>\##(HTMLExport.escape(tooltip(r, log)))</title>"##
            s +=
                ##"<text x="\##(n(labelWidth - 6))" y="\##(n(y + 11))" text-anchor="end" "##
                + ##"fill="#222">\##(HTMLExport.escape(clip(label)))</text>"##
            if let ps = r.plannedStart, let pe = r.plannedEnd {
                s +=
                    ##"<rect class="planned" x="\##(n(x(ps)))" y="\##(n(y + 2))" "##
                    + ##"width="\##(n(max(1, x(pe) - x(ps))))" height="5" fill="#b9c7d8"/>"##
            }
            if let f = r.floorGivenAt {
                let end = r.endedAt ?? log.asOf
                s +=
                    ##"<rect class="actual" x="\##(n(x(f)))" y="\##(n(y + 7))" "##
                    + ##"width="\##(n(max(1, x(end) - x(f))))" height="6" fill="#2b5d9b"/>"##
                if let o = r.overrun, r.isOverTime {
                    s +=
                        ##"<rect class="overrun" x="\##(n(x(end - o)))" y="\##(n(y + 7))" "##
                        + ##"width="\##(n(max(1.5, x(end) - x(end - o))))" height="6" fill="#c62828"/>"##
                }
            }
            s += "</g>\n"
        }
        let ly = height - 10
        s +=
            ##"<rect x="\##(n(labelWidth))" y="\##(n(ly - 7))" width="14" height="5" fill="#b9c7d8"/><text "##
            + ##"x="\##(n(labelWidth + 18))" y="\##(n(ly))">planned at the opening</text>"##
        s +=
            ##"<rect x="\##(n(labelWidth + 150))" y="\##(n(ly - 7))" width="14" height="6" fill="#2b5d9b"/><text "##
            + ##"x="\##(n(labelWidth + 168))" y="\##(n(ly))">floor given to end</text>"##
        s +=
            ##"<rect x="\##(n(labelWidth + 280))" y="\##(n(ly - 7))" width="14" height="6" fill="#c62828"/><text "##
            + ##"x="\##(n(labelWidth + 298))" y="\##(n(ly))">overrun</text>"##
        s +=
            ##"<line x1="\##(n(labelWidth + 370))" y1="\##(n(ly - 8))" x2="\##(n(labelWidth + 370))" "##
            + ##"y2="\##(n(ly + 1))" stroke="#888" stroke-dasharray="3,3"/><text x="\##(n(labelWidth + 376))" "##
            + ##"y="\##(n(ly))">planned segment start and end</text>"##
        return s + "\n</svg>"
    }

    static func tooltip(_ r: InterventionRow, _ log: ActualTimesLog) -> String {
        var parts = ["\(r.delegation): \(r.status.rawValue)"]
        if let t = r.speakingTime {
            parts.append("spoke \(TimeText.minutesSeconds(t)) of \(TimeText.minutesSeconds(r.limit))")
        }
        if let o = r.overrun, r.isOverTime { parts.append("overrun +\(TimeText.minutesSeconds(o))") }
        return parts.joined(separator: ", ")
    }

    static func clip(_ s: String) -> String { s.count > 38 ? String(s.prefix(37)) + "…" : s }

    /// A coordinate with at most one decimal, so the bytes are stable.
    static func n(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        let i = Int(tenths)
        return i % 10 == 0 ? "\(i / 10)" : "\(i / 10).\(abs(i % 10))"
    }

    static func floorToMinutes(_ t: Instant, _ m: Int64) -> Instant {
        let step = m * 60_000
        let ms = t.milliseconds
        return Instant(milliseconds: ms >= 0 ? ms / step * step : -((-ms + step - 1) / step) * step)
    }

    static func ceilToMinutes(_ t: Instant, _ m: Int64) -> Instant {
        let f = floorToMinutes(t, m)
        return f == t ? f : f + .minutes(Int(m))
    }
}
