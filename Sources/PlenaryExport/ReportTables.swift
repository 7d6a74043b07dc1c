// The tables of the human-readable report, as plain text cells. Markdown and HTML
// render the same tables, so the two formats never disagree about what they say.
import PlenaryCore

struct ReportTable {
    var title: String
    var note: String?
    var header: [String]
    var rows: [[String]]
    /// Rows to emphasise (an overrun, a speaker not reached), by index.
    var marked: Set<Int> = []
}

enum ReportTables {
    static func all(_ log: ActualTimesLog) -> [ReportTable] {
        [periods(log)] + log.plan.segments.indices.map { interventions(log, segment: $0) } + [delegations(log)]
    }

    static func periods(_ log: ActualTimesLog) -> ReportTable {
        let off = log.utcOffset
        var rows = (log.segments + [log.session]).map { p in
            [
                p.name,
                "\(ExportText.clock(p.plannedStart, off))–\(ExportText.clock(p.plannedEnd, off))",
                "\(ExportText.clock(p.actualStart, off))–\(ExportText.clock(p.actualEnd, off))",
                ExportText.drift(planned: p.plannedEnd, actual: p.actualEnd),
                "\(p.interventions)", ExportText.duration(p.speakingTotal),
                ExportText.duration(p.gapBetweenSpeakersTotal),
                ExportText.duration(p.walkToMicrophoneTotal),
                p.overrunCount == 0
                    ? "none"
                    : "\(p.overrunCount), total \(ExportText.duration(p.overrunTotal)), "
                        + "largest \(ExportText.duration(p.overrunLargest))",
                p.notReached.isEmpty ? "none" : ExportText.names(p.notReached, log),
            ]
        }
        // The chair's opening and closing, when they were timed: no interventions, the
        // time taken as "Speaking", an overrun as a speaker's would count.
        func chair(_ c: ChairPeriod) -> [String] {
            [
                c.part == .opening ? "Opening by the chair" : "Closing by the chair",
                "\(ExportText.clock(c.plannedStart, off))–\(ExportText.clock(c.plannedEnd, off))",
                "\(ExportText.clock(c.actualStart, off))–\(ExportText.clock(c.actualEnd, off))",
                ExportText.drift(planned: c.plannedEnd, actual: c.actualEnd), "—", ExportText.duration(c.duration),
                "—", "—", c.isOverTime ? "+\(ExportText.duration(c.overrun))" : "none", "—",
            ]
        }
        if let c = log.closing { rows.insert(chair(c), at: log.segments.count) }
        if let o = log.opening { rows.insert(chair(o), at: 0) }
        return ReportTable(
            title: "Planned and actual",
            note: "Gaps: from one intervention's end (or the segment's start) to the next floor. "
                + "Walks: from calling a speaker to giving the floor.",
            header: [
                "", "Planned", "Actual", "End vs plan", "Interventions", "Speaking", "Gaps between speakers",
                "Walks to the microphone", "Overruns", "Not reached",
            ],
            rows: rows)
    }

    static func interventions(_ log: ActualTimesLog, segment i: Int) -> ReportTable {
        let off = log.utcOffset
        let seg = log.plan.segments[i]
        var marked = Set<Int>()
        let rows = log.rows(inSegment: i).enumerated().map { n, r in
            if r.isOverTime || r.status == .notReached { marked.insert(n) }
            let who = r.function.isEmpty ? r.delegation : "\(r.delegation) — \(r.function)"
            return [
                "\(r.order)", who + (r.kind == .walkIn ? " (walk-in)" : ""), r.status.rawValue,
                r.plannedStart.map { ExportText.clock($0, off) } ?? "—",
                ExportText.clock(r.calledAt, off), ExportText.clock(r.floorGivenAt, off),
                ExportText.clock(r.endedAt, off), ExportText.duration(r.speakingTime), ExportText.pauses(r),
                ExportText.duration(r.limit), ExportText.extensions(r), ExportText.overrun(r),
            ]
        }
        return ReportTable(
            title: "Segment \(seg.id): \(seg.title)",
            note: "Limit \(TimeText.minutesSeconds(seg.interventionLimit)) per intervention; speaking time excludes "
                + "pauses.",
            header: [
                "#", "Speaker", "Status", "Planned", "Called", "Floor", "Ended", "Spoke", "Pauses", "Limit",
                "Extensions", "Overrun",
            ],
            rows: rows, marked: marked)
    }

    static func delegations(_ log: ActualTimesLog) -> ReportTable {
        ReportTable(
            title: "Equal treatment",
            note: "Per delegation: the time allotted under the rule, the time used, extensions granted and overruns.",
            header: ["Delegation", "Interventions", "Allotted", "Used", "Extensions", "Overruns"],
            rows: log.delegations.map { d in
                [
                    d.delegation, "\(d.interventions)", ExportText.duration(d.allotted), ExportText.duration(d.used),
                    d.extensionCount == 0 ? "none" : "\(d.extensionCount) (\(ExportText.duration(d.extensionTotal)))",
                    d.overrunCount == 0 ? "none" : "\(d.overrunCount) (\(ExportText.duration(d.overrunTotal)))",
                ]
            })
    }
}

enum MarkdownExport {
    static func render(_ log: ActualTimesLog) -> String {
        var out = "# \(escape(ExportText.heading(log)))\n\n"
        out += "\(ExportText.date(log))\n\n\(ExportText.status(log))\n"
        for r in log.remarks { out += "\n> \(escape(r))\n" }
        for t in ReportTables.all(log) {
            out += "\n## \(escape(t.title))\n\n"
            if let note = t.note { out += "\(escape(note))\n\n" }
            out += "| " + t.header.map(escape).joined(separator: " | ") + " |\n"
            out += "|" + t.header.map { _ in "---|" }.joined() + "\n"
            for (n, row) in t.rows.enumerated() {
                let cells = row.map { escape($0) }
                out +=
                    "| "
                    + (t.marked.contains(n) ? cells.map { $0.isEmpty ? $0 : "**\($0)**" } : cells)
                    .joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// Text that cannot break a table or turn into markup.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "#": out += "\\\(c)"
            case "\n", "\r", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
