// CSV (RFC 4180, CRLF line ends) for spreadsheets. One table per file: the
// interventions by default, or the segment and delegation summaries. Times are ISO
// 8601 with the plan's offset; durations m:ss.
import PlenaryCore

/// Which table a CSV export holds.
public enum ExportTable: String, Sendable, CaseIterable {
    case interventions, segments, delegations
}

enum CSVExport {
    static func render(_ log: ActualTimesLog, table: ExportTable) -> String {
        let rows: [[String]]
        switch table {
        case .interventions: rows = interventions(log)
        case .segments: rows = periods(log)
        case .delegations: rows = delegations(log)
        }
        // A rehearsal's tables open with a column that says so on every row, so no
        // spreadsheet of a practice run passes for a session's record.
        let marked =
            log.rehearsal
            ? rows.enumerated().map { [$0.offset == 0 ? "rehearsal" : "REHEARSAL"] + $0.element } : rows
        return marked.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func interventions(_ log: ActualTimesLog) -> [[String]] {
        let off = log.utcOffset
        var out = [
            [
                "segment", "order", "speaker_id", "delegation", "speaker", "kind", "status",
                "planned_start", "planned_end", "called_at", "floor_given_at", "ended_at",
                "speaking_time", "pauses", "paused_total", "limit", "extensions", "extension_total",
                "overrun", "start_corrected_from", "walk_to_microphone", "gap_between_speakers",
            ]
        ]
        for r in log.rows {
            out.append([
                log.plan.segments[r.segment].id, "\(r.order)", "\(r.speaker.rawValue)", r.delegation,
                r.function, r.kind.rawValue, r.status.rawValue,
                ExportText.iso(r.plannedStart, off), ExportText.iso(r.plannedEnd, off),
                ExportText.iso(r.calledAt, off), ExportText.iso(r.floorGivenAt, off),
                ExportText.iso(r.endedAt, off), ExportText.duration(r.speakingTime),
                "\(r.pauses.count)", r.pauses.isEmpty ? "" : ExportText.duration(r.pausedTotal),
                ExportText.duration(r.limit), ExportText.extensions(r),
                r.extensions.isEmpty ? "" : ExportText.duration(r.extensionTotal),
                ExportText.overrun(r), ExportText.iso(r.recordedStart, off),
                ExportText.duration(r.walkToMicrophone), ExportText.duration(r.gapBetweenSpeakers),
            ])
        }
        return out
    }

    static func periods(_ log: ActualTimesLog) -> [[String]] {
        let off = log.utcOffset
        var out = [
            [
                "period", "planned_start", "actual_start", "planned_end", "actual_end", "interventions",
                "speaking_total", "paused_total", "gap_between_speakers_total", "overrun_count", "overrun_total",
                "overrun_largest", "not_reached", "walk_to_microphone_total",
            ]
        ]
        // The chair's opening and closing, when they were timed: the time taken, and its
        // overrun as a speaker's would count.
        func chair(_ c: ChairPeriod) -> [String] {
            [
                c.name, ExportText.iso(c.plannedStart, off), ExportText.iso(c.actualStart, off),
                ExportText.iso(c.plannedEnd, off), ExportText.iso(c.actualEnd, off), "",
                ExportText.duration(c.duration), "", "", c.isOverTime ? "1" : "0",
                ExportText.duration(c.isOverTime ? c.overrun : .zero),
                ExportText.duration(c.isOverTime ? c.overrun : .zero), "", "",
            ]
        }
        if let o = log.opening { out.append(chair(o)) }
        for (i, p) in (log.segments + [log.session]).enumerated() {
            if i == log.segments.count, let c = log.closing { out.append(chair(c)) }
            out.append([
                p.name, ExportText.iso(p.plannedStart, off), ExportText.iso(p.actualStart, off),
                ExportText.iso(p.plannedEnd, off), ExportText.iso(p.actualEnd, off), "\(p.interventions)",
                ExportText.duration(p.speakingTotal), ExportText.duration(p.pausedTotal),
                ExportText.duration(p.gapBetweenSpeakersTotal), "\(p.overrunCount)",
                ExportText.duration(p.overrunTotal), ExportText.duration(p.overrunLargest),
                ExportText.names(p.notReached, log), ExportText.duration(p.walkToMicrophoneTotal),
            ])
        }
        return out
    }

    static func delegations(_ log: ActualTimesLog) -> [[String]] {
        var out = [
            [
                "delegation", "interventions", "allotted", "used", "extensions", "extension_total",
                "overruns", "overrun_total",
            ]
        ]
        for d in log.delegations {
            out.append([
                d.delegation, "\(d.interventions)", ExportText.duration(d.allotted),
                ExportText.duration(d.used), "\(d.extensionCount)", ExportText.duration(d.extensionTotal),
                "\(d.overrunCount)", ExportText.duration(d.overrunTotal),
            ])
        }
        return out
    }

    /// Quoted when needed; a leading `=`, `+`, `-` or `@` in text is defused with an
    /// apostrophe so a spreadsheet never runs a delegation name as a formula.
    static func field(_ s: String) -> String {
        var v = s
        if let f = v.first, "=+-@".contains(f), !looksNumeric(v) { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `+0:12` and `-1:05` are durations, not formulas.
    private static func looksNumeric(_ s: String) -> Bool {
        s.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && s.count > 1
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
