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
    /// The HTML table's id, for the tables of the rules of procedure.
    var id: String?
}

enum ReportTables {
    static func all(_ log: ActualTimesLog, _ words: ExportWords) -> [ReportTable] {
        [periods(log, words)] + log.plan.segments.indices.map { interventions(log, segment: $0, words) }
            + [delegations(log, words)] + procedure(log, words)
    }

    /// The points of order, suspensions and messages, each table only when there was one.
    static func procedure(_ log: ActualTimesLog, _ words: ExportWords) -> [ReportTable] {
        let off = log.utcOffset
        func segment(_ i: Int?) -> String { i == nil ? "—" : ExportText.segmentID(i, log) }
        var out: [ReportTable] = []
        if !log.pointsOfOrder.isEmpty {
            var marked = Set<Int>()
            let rows = log.pointsOfOrder.enumerated().map { n, p in
                let over = Measure.isOverTime(p.overrun)
                if over { marked.insert(n) }
                return [
                    segment(p.segment), ExportText.clock(p.raisedAt, off),
                    p.raisedBy.isEmpty ? words.notNamed : p.raisedBy,
                    p.interruptedSpeaker == nil ? words.noSpeaker : ExportText.delegation(p.interruptedSpeaker, log),
                    ExportText.clock(p.endedAt, off), ExportText.duration(p.length),
                    p.limit.map(ExportText.duration) ?? "—", over ? "+" + ExportText.duration(p.overrun) : "",
                ]
            }
            out.append(
                ReportTable(
                    title: words.pointsOfOrderTitle, note: words.pointsOfOrderNote, header: words.pointsOfOrderHeader,
                    rows: rows, marked: marked, id: "points-of-order"))
        }
        if !log.suspensions.isEmpty {
            out.append(
                ReportTable(
                    title: words.suspensionsTitle, note: words.suspensionsNote, header: words.suspensionsHeader,
                    rows: log.suspensions.map { s in
                        [
                            segment(s.segment), ExportText.clock(s.suspension.start, off),
                            ExportText.duration(s.suspension.planned), ExportText.clock(s.resumedAt, off),
                            ExportText.duration(s.length),
                            s.suspension.reason.isEmpty ? words.noReasonGiven : s.suspension.reason,
                        ]
                    }, id: "suspensions"))
        }
        if !log.messages.isEmpty {
            out.append(
                ReportTable(
                    title: words.messagesTitle, note: nil, header: words.messagesHeader,
                    rows: log.messages.map { m in
                        [
                            ExportText.clock(m.shownAt, off),
                            m.clearedAt.map { ExportText.clock($0, off) } ?? words.stillShown,
                            m.speaker == nil ? words.noSpeaker : ExportText.delegation(m.speaker, log),
                            words.procedure.text(m.message),
                        ]
                    }, id: "messages"))
        }
        return out
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
                p.inWriting.isEmpty ? words.none : ExportText.names(p.inWriting, log),
                p.suspendedTotal == .zero ? words.none : ExportText.duration(p.suspendedTotal),
                p.pointsOfOrder == 0 ? words.none : "\(p.pointsOfOrder) (\(ExportText.duration(p.pointOfOrderTotal)))",
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
                "—", "—", c.isOverTime ? "+\(ExportText.duration(c.overrun))" : words.none, "—", "—", "—", "—",
            ]
        }
        if let c = log.closing { rows.insert(chair(c), at: log.segments.count) }
        if let o = log.opening { rows.insert(chair(o), at: 0) }
        // The meeting's own time is explained only where there was some.
        let meeting = !log.suspensions.isEmpty || !log.pointsOfOrder.isEmpty
        return ReportTable(
            title: words.periodsTitle, note: words.periodsNote + (meeting ? " " + words.periodsMeetingNote : ""),
            header: words.periodsHeader, rows: rows)
    }

    static func interventions(_ log: ActualTimesLog, segment i: Int, _ words: ExportWords) -> ReportTable {
        let off = log.utcOffset
        let seg = log.plan.segments[i]
        var marked = Set<Int>()
        let rows = log.rows(inSegment: i).enumerated().map { n, r in
            if r.isOverTime || r.status == .notReached { marked.insert(n) }
            return [
                "\(r.order)", ExportText.speaker(r, words), words.status(r.status),
                r.plannedStart.map { ExportText.clock($0, off) } ?? "—",
                ExportText.clock(r.calledAt, off), ExportText.clock(r.floorGivenAt, off),
                ExportText.clock(r.endedAt, off), ExportText.duration(r.speakingTime), ExportText.pauses(r),
                ExportText.duration(r.limit), ExportText.extensions(r, words), ExportText.overrun(r),
                ExportText.remarks(r, words),
            ]
        }
        return ReportTable(
            title: words.segmentTitle(seg.id, seg.title),
            note: words.segmentNote(TimeText.minutesSeconds(seg.interventionLimit)),
            header: words.interventionsHeader, rows: rows, marked: marked)
    }

    static func delegations(_ log: ActualTimesLog, _ words: ExportWords) -> ReportTable {
        let joint = log.delegations.contains { $0.statementsOnItsBehalf > 0 }
        return ReportTable(
            title: words.delegationsTitle,
            note: words.delegationsNote + (joint ? " " + words.delegationsJointNote : ""),
            header: words.delegationsHeader,
            rows: log.delegations.map { d in
                [
                    d.delegation, "\(d.interventions)", ExportText.duration(d.allotted), ExportText.duration(d.used),
                    d.extensionCount == 0
                        ? words.none : "\(d.extensionCount) (\(ExportText.duration(d.extensionTotal)))",
                    d.overrunCount == 0 ? words.none : "\(d.overrunCount) (\(ExportText.duration(d.overrunTotal)))",
                    "\(d.statementsOnItsBehalf)",
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
