// How times and durations are written in exports: the plan's local wall clock for
// people, ISO 8601 with the offset for machines, m:ss for durations as the podium
// shows them; for spreadsheets (`--excel`), local date-times and h:mm:ss that every
// spreadsheet reads as numbers. The words come from `ExportWords`.
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

    /// `2023-12-08 11:35:20`, local: the one date-time form Excel and LibreOffice read as a
    /// date in every locale (an offset after it would leave the cell as text).
    static func localDateTime(_ t: Instant?, _ off: Duration) -> String {
        t.map { TimeText.date($0, utcOffset: off) + " " + TimeText.clockSeconds($0, utcOffset: off) } ?? ""
    }

    static func duration(_ d: Duration?) -> String {
        d.map { TimeText.minutesSeconds($0) } ?? ""
    }

    /// `0:02:57`: hours always written, so no spreadsheet reads minutes:seconds as
    /// hours:minutes. Truncated to the second like `TimeText.minutesSeconds`.
    static func hoursMinutesSeconds(_ d: Duration?) -> String {
        guard let d else { return "" }
        let ms = d.wholeMilliseconds
        let total = abs(ms) / 1000
        let body = "\(total / 3600):\(twoDigits(total / 60 % 60)):\(twoDigits(total % 60))"
        return ms < 0 && total > 0 ? "-" + body : body
    }

    /// Whole seconds, truncated like the h:mm:ss beside it.
    static func seconds(_ d: Duration?) -> String {
        d.map { "\($0.wholeMilliseconds / 1000)" } ?? ""
    }

    private static func twoDigits(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `+0:12` when the row is over time (`InterventionRow.isOverTime`), else empty.
    static func overrun(_ row: InterventionRow) -> String {
        guard row.isOverTime, let d = row.overrun else { return "" }
        return "+" + TimeText.minutesSeconds(d)
    }

    /// Planned against actual: `+1:05` late, `-0:30` early.
    static func drift(planned: Instant, actual: Instant?) -> String {
        actual.map { TimeText.signed($0 - planned) } ?? ""
    }

    static func extensions(_ row: InterventionRow, _ words: ExportWords) -> String {
        row.extensions
            .map { "\(TimeText.minutesSeconds($0.amount)) (\($0.reason.isEmpty ? words.noReasonGiven : $0.reason))" }
            .joined(separator: "; ")
    }

    static func pauses(_ row: InterventionRow) -> String {
        row.pauses.isEmpty ? "" : "\(row.pauses.count) (\(TimeText.minutesSeconds(row.pausedTotal)))"
    }

    /// The speaker as the report names them: function after the delegation, and a
    /// walk-in's or a reply's mark (which reply it was).
    static func speaker(_ r: InterventionRow, _ words: ExportWords) -> String {
        let who = r.function.isEmpty ? r.delegation : "\(r.delegation) — \(r.function)"
        return switch r.kind {
        case .registered: who
        case .walkIn: who + words.walkInMark
        case .reply: who + (r.replyOrdinal.map(words.procedure.replyMark) ?? " (\(words.kind(.reply)))")
        }
    }

    /// The intervention's own facts, for the report's last column: on behalf of whom,
    /// a limit the officer changed and why, points of order inside it, the notes.
    static func remarks(_ r: InterventionRow, _ words: ExportWords) -> String {
        var parts: [String] = []
        if !r.onBehalfOf.isEmpty { parts.append(words.procedure.onBehalfOf(r.onBehalfOf)) }
        if let c = r.limitChange {
            parts.append(
                words.limitChanged(TimeText.minutesSeconds(c.limit), c.reason.isEmpty ? words.noReasonGiven : c.reason)
            )
        }
        if r.pointOfOrderTotal > .zero { parts.append(words.pointOfOrderInside(duration(r.pointOfOrderTotal))) }
        parts += r.notes.map { words.note($0.text) }
        return parts.joined(separator: "; ")
    }

    /// A record's segment id, empty during the chair's opening or closing.
    static func segmentID(_ segment: Int?, _ log: ActualTimesLog) -> String {
        guard let i = segment, log.plan.segments.indices.contains(i) else { return "" }
        return log.plan.segments[i].id
    }

    /// The delegation of a speaker on the log, empty when there is none.
    static func delegation(_ id: SpeakerID?, _ log: ActualTimesLog) -> String {
        id.flatMap { id in log.rows.first { $0.speaker == id }?.delegation } ?? ""
    }

    static func names(_ ids: [SpeakerID], _ log: ActualTimesLog) -> String {
        ids.compactMap { id in log.rows.first { $0.speaker == id }?.delegation }.joined(separator: ", ")
    }

    /// A segment's name, or the session's (the last period of `log.segments + [log.session]`).
    static func periodName(_ index: Int, _ log: ActualTimesLog, _ words: ExportWords) -> String {
        index < log.plan.segments.count ? words.segmentName(log.plan.segments[index].id) : words.sessionName
    }

    /// The line every format opens with: final, or how far the record goes.
    static func status(_ log: ActualTimesLog, _ words: ExportWords) -> String {
        (log.rehearsal ? words.rehearsalNote + " " : "")
            + (log.isFinal
                ? words.finalRecord(clock(log.session.actualEnd, log.utcOffset))
                : words.provisionalRecord(clock(log.asOf, log.utcOffset)))
    }

    /// "Actual times: <title>", marked when the log is a rehearsal's.
    static func heading(_ log: ActualTimesLog, _ words: ExportWords) -> String {
        (log.rehearsal ? words.rehearsalMark : "") + words.actualTimes(log.plan.title)
    }

    static func date(_ log: ActualTimesLog, _ words: ExportWords) -> String {
        words.dateLine(TimeText.date(log.plan.start, utcOffset: log.utcOffset), log.plan.timeZone)
    }
}

extension ActualTimesLog {
    /// The log in `format`, as the bytes of a file, worded in `language`. `excel` asks for
    /// the spreadsheet flavour of CSV (ignored by the other formats).
    public func render(
        _ format: ExportFormat, table: ExportTable = .interventions, language: Language = .english,
        excel: Bool = false
    ) -> String {
        let words = ExportWords.of(language)
        return switch format {
        case .csv: CSVExport.render(self, table: table, flavour: excel ? .excel : .plain, words: words)
        case .json: JSONExport.render(self)
        case .md: MarkdownExport.render(self, words)
        case .html: HTMLExport.render(self, words)
        }
    }
}
