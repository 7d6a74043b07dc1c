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
    static func all(_ log: ActualTimesLog, _ words: ExportWords) -> [ReportTable] {
        [periods(log, words)] + log.plan.segments.indices.map { interventions(log, segment: $0, words) }
            + [delegations(log, words)]
    }

    static func periods(_ log: ActualTimesLog, _ words: ExportWords) -> ReportTable {
        let off = log.utcOffset
        var rows = (log.segments + [log.session]).enumerated().map { k, p in
            [
                ExportText.periodName(k, log, words),
                "\(ExportText.clock(p.plannedStart, off))–\(ExportText.clock(p.plannedEnd, off))",
                "\(ExportText.clock(p.actualStart, off))–\(ExportText.clock(p.actualEnd, off))",
                ExportText.drift(planned: p.plannedEnd, actual: p.actualEnd),
                "\(p.interventions)", ExportText.duration(p.speakingTotal),
                ExportText.duration(p.gapBetweenSpeakersTotal),
                ExportText.duration(p.walkToMicrophoneTotal),
                p.overrunCount == 0
                    ? words.none
                    : words.overruns(
                        p.overrunCount, ExportText.duration(p.overrunTotal), ExportText.duration(p.overrunLargest)),
                p.notReached.isEmpty ? words.none : ExportText.names(p.notReached, log),
            ]
        }
        // The chair's opening and closing, when they were timed: no interventions, the
        // time taken as "Speaking", an overrun as a speaker's would count.
        func chair(_ c: ChairPeriod) -> [String] {
            [
                words.chairPeriodName(c.part),
                "\(ExportText.clock(c.plannedStart, off))–\(ExportText.clock(c.plannedEnd, off))",
                "\(ExportText.clock(c.actualStart, off))–\(ExportText.clock(c.actualEnd, off))",
                ExportText.drift(planned: c.plannedEnd, actual: c.actualEnd), "—", ExportText.duration(c.duration),
                "—", "—", c.isOverTime ? "+\(ExportText.duration(c.overrun))" : words.none, "—",
            ]
        }
        if let c = log.closing { rows.insert(chair(c), at: log.segments.count) }
        if let o = log.opening { rows.insert(chair(o), at: 0) }
        return ReportTable(title: words.periodsTitle, note: words.periodsNote, header: words.periodsHeader, rows: rows)
    }

    static func interventions(_ log: ActualTimesLog, segment i: Int, _ words: ExportWords) -> ReportTable {
        let off = log.utcOffset
        let seg = log.plan.segments[i]
        var marked = Set<Int>()
        let rows = log.rows(inSegment: i).enumerated().map { n, r in
            if r.isOverTime || r.status == .notReached { marked.insert(n) }
            let who = r.function.isEmpty ? r.delegation : "\(r.delegation) — \(r.function)"
            return [
                "\(r.order)", who + (r.kind == .walkIn ? words.walkInMark : ""), words.status(r.status),
                r.plannedStart.map { ExportText.clock($0, off) } ?? "—",
                ExportText.clock(r.calledAt, off), ExportText.clock(r.floorGivenAt, off),
                ExportText.clock(r.endedAt, off), ExportText.duration(r.speakingTime), ExportText.pauses(r),
                ExportText.duration(r.limit), ExportText.extensions(r, words), ExportText.overrun(r),
            ]
        }
        return ReportTable(
            title: words.segmentTitle(seg.id, seg.title),
            note: words.segmentNote(TimeText.minutesSeconds(seg.interventionLimit)),
            header: words.interventionsHeader, rows: rows, marked: marked)
    }

    static func delegations(_ log: ActualTimesLog, _ words: ExportWords) -> ReportTable {
        ReportTable(
            title: words.delegationsTitle, note: words.delegationsNote, header: words.delegationsHeader,
            rows: log.delegations.map { d in
                [
                    d.delegation, "\(d.interventions)", ExportText.duration(d.allotted), ExportText.duration(d.used),
                    d.extensionCount == 0
                        ? words.none : "\(d.extensionCount) (\(ExportText.duration(d.extensionTotal)))",
                    d.overrunCount == 0 ? words.none : "\(d.overrunCount) (\(ExportText.duration(d.overrunTotal)))",
                ]
            })
    }
}

enum MarkdownExport {
    static func render(_ log: ActualTimesLog, _ words: ExportWords) -> String {
        var out = "# \(escape(ExportText.heading(log, words)))\n\n"
        out += "\(ExportText.date(log, words))\n\n\(ExportText.status(log, words))\n"
        for r in log.remarks { out += "\n> \(escape(r))\n" }
        for t in ReportTables.all(log, words) {
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
