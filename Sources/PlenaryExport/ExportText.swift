// How times and durations are written in exports: the plan's local wall clock for
// people, ISO 8601 with the offset for machines, m:ss for durations as the podium
// shows them.
import PlenaryCore

/// The export formats.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json, md, html
}

enum ExportText {
    static func clock(_ t: Instant?, _ off: Duration) -> String {
        t.map { TimeText.clockSeconds($0, utcOffset: off) } ?? ""
    }

    static func iso(_ t: Instant?, _ off: Duration) -> String {
        t.map { TimeText.iso($0, utcOffset: off) } ?? ""
    }

    static func duration(_ d: Duration?) -> String {
        d.map { TimeText.minutesSeconds($0) } ?? ""
    }

    /// `+0:12` when the row is over time (`InterventionRow.isOverTime`), else empty.
    static func overrun(_ row: InterventionRow) -> String {
        guard row.isOverTime, let d = row.overrun else { return "" }
        return "+" + TimeText.minutesSeconds(d)
    }

    /// Planned against actual: `+1:05` late, `-0:30` early.
    static func drift(planned: Instant, actual: Instant?) -> String {
        actual.map { TimeText.signed($0 - planned) } ?? ""
    }

    static func extensions(_ row: InterventionRow) -> String {
        row.extensions
            .map { "\(TimeText.minutesSeconds($0.amount)) (\($0.reason.isEmpty ? "no reason given" : $0.reason))" }
            .joined(separator: "; ")
    }

    static func pauses(_ row: InterventionRow) -> String {
        row.pauses.isEmpty ? "" : "\(row.pauses.count) (\(TimeText.minutesSeconds(row.pausedTotal)))"
    }

    static func names(_ ids: [SpeakerID], _ log: ActualTimesLog) -> String {
        ids.compactMap { id in log.rows.first { $0.speaker == id }?.delegation }.joined(separator: ", ")
    }

    /// The line every format opens with: final, or how far the record goes.
    static func status(_ log: ActualTimesLog) -> String {
        (log.rehearsal ? rehearsalNote + " " : "")
            + (log.isFinal
                ? "Final record: the session was closed at \(clock(log.session.actualEnd, log.utcOffset))."
                : "Provisional record: the session was not closed; times run to \(clock(log.asOf, log.utcOffset)).")
    }

    static let rehearsalNote = "REHEARSAL with simulated speakers: not the record of a real session."

    /// "Actual times: <title>", marked when the log is a rehearsal's.
    static func heading(_ log: ActualTimesLog) -> String {
        (log.rehearsal ? "REHEARSAL — " : "") + "Actual times: " + log.plan.title
    }

    static func date(_ log: ActualTimesLog) -> String {
        "\(TimeText.date(log.plan.start, utcOffset: log.utcOffset)) (\(log.plan.timeZone), times are local)"
    }
}

extension ActualTimesLog {
    /// The log in `format`, as the bytes of a file.
    public func render(_ format: ExportFormat, table: ExportTable = .interventions) -> String {
        switch format {
        case .csv: CSVExport.render(self, table: table)
        case .json: JSONExport.render(self)
        case .md: MarkdownExport.render(self)
        case .html: HTMLExport.render(self)
        }
    }
}
