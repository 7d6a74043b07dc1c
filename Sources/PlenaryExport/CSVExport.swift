// CSV (RFC 4180, CRLF line ends) for spreadsheets and tools. One table per file: the
// interventions by default, or the segment and delegation summaries. Each table is
// defined once, as typed cells, and spelled in one of two flavours:
// - plain, for tools: `,`, no BOM, times ISO 8601 with the plan's offset, durations m:ss;
// - excel (`--excel`), for people: a UTF-8 BOM, `;`, local date-times
//   `YYYY-MM-DD HH:MM:SS`, durations h:mm:ss each followed by a whole-seconds column,
//   which Excel and LibreOffice read as dates and numbers in every European locale.
import PlenaryCore

/// Which table a CSV export holds.
public enum ExportTable: String, Sendable, CaseIterable {
    case interventions, segments, delegations
    case pointsOfOrder = "points-of-order"
    case suspensions, messages
}

enum CSVExport {
    enum Flavour { case plain, excel }

    /// A cell, by what it holds rather than how it is spelled.
    enum Cell {
        case text(String)
        /// Empty when nil (a turn that is no reply has no reply number).
        case count(Int?)
        case time(Instant?)
        case duration(Duration?)
        /// A duration over the limit: `+0:12` in the plain flavour.
        case overrun(Duration?)
    }

    static func render(_ log: ActualTimesLog, table: ExportTable, flavour: Flavour, words: ExportWords) -> String {
        let (names, rows): ([String], [[Cell]])
        switch table {
        case .interventions: (names, rows) = (words.interventionsColumns, interventions(log, words))
        case .segments: (names, rows) = (words.periodsColumns, periods(log, words))
        case .delegations: (names, rows) = (words.delegationsColumns, delegations(log))
        case .pointsOfOrder: (names, rows) = (words.pointsOfOrderColumns, pointsOfOrder(log))
        case .suspensions: (names, rows) = (words.suspensionsColumns, suspensions(log))
        case .messages: (names, rows) = (words.messagesColumns, messages(log, words))
        }
        let off = log.utcOffset
        var header: [String] = []
        for (k, name) in names.enumerated() {
            header.append(name)
            if flavour == .excel, isDuration((rows.first ?? template(table))[k]) {
                header.append(words.secondsColumn(name))
            }
        }
        var lines = [header] + rows.map { $0.flatMap { spell($0, flavour, off) } }
        // A rehearsal's tables open with a column that says so on every row, so no
        // spreadsheet of a practice run passes for a session's record.
        if log.rehearsal {
            lines = lines.enumerated().map {
                [$0.offset == 0 ? words.rehearsalColumn : words.rehearsalCell] + $0.element
            }
        }
        // A salvaged log (the intact prefix of a damaged journal) likewise, first.
        if log.salvaged {
            lines = lines.enumerated().map {
                [$0.offset == 0 ? words.salvagedColumn : words.salvagedCell] + $0.element
            }
        }
        let separator = flavour == .excel ? ";" : ","
        let body = lines.map { $0.map { field($0, separator: separator) }.joined(separator: separator) + "\r\n" }
            .joined()
        // The BOM is what makes Excel read UTF-8 (accents) rather than the machine's code page.
        return flavour == .excel ? "\u{FEFF}" + body : body
    }

    /// The kinds of a table's cells, for the header of a table without rows (each row
    /// builder below makes the same kinds; ExcelCSVTests checks it).
    static func template(_ table: ExportTable) -> [Cell] {
        let t = Cell.text("")
        let n = Cell.count(0)
        let at = Cell.time(nil)
        let d = Cell.duration(nil)
        return switch table {
        case .interventions:
            [t, n, n, t, t, t, t, at, at, at, at, at, d, n, d, d, t, d, .overrun(nil), at, d, d, t, n, t, d, t]
        case .segments: [t, at, at, at, at, n, d, d, d, n, d, d, t, d, t, d, n, d]
        case .delegations: [t, n, d, d, n, d, n, d, n]
        case .pointsOfOrder: [t, at, at, t, n, t, d, d, .overrun(nil)]
        case .suspensions: [t, at, d, at, d, t]
        case .messages: [at, at, n, t, t, t]
        }
    }

    static func isDuration(_ c: Cell) -> Bool {
        switch c {
        case .duration, .overrun: true
        case .text, .count, .time: false
        }
    }

    static func spell(_ c: Cell, _ flavour: Flavour, _ off: Duration) -> [String] {
        switch (c, flavour) {
        case (.text(let s), _): [s]
        case (.count(let n), _): [n.map { "\($0)" } ?? ""]
        case (.time(let t), .plain): [ExportText.iso(t, off)]
        case (.time(let t), .excel): [ExportText.localDateTime(t, off)]
        case (.duration(let d), .plain): [ExportText.duration(d)]
        case (.overrun(let d), .plain): [d.map { "+" + TimeText.minutesSeconds($0) } ?? ""]
        case (.duration(let d), .excel), (.overrun(let d), .excel):
            [ExportText.hoursMinutesSeconds(d), ExportText.seconds(d)]
        }
    }

    static func interventions(_ log: ActualTimesLog, _ words: ExportWords) -> [[Cell]] {
        log.rows.map { r in
            [
                .text(log.plan.segments[r.segment].id), .count(r.order), .count(r.speaker.rawValue),
                .text(r.delegation), .text(r.function), .text(words.kind(r.kind)), .text(words.status(r.status)),
                .time(r.plannedStart), .time(r.plannedEnd), .time(r.calledAt), .time(r.floorGivenAt),
                .time(r.endedAt), .duration(r.speakingTime), .count(r.pauses.count),
                .duration(r.pauses.isEmpty ? nil : r.pausedTotal), .duration(r.limit),
                .text(ExportText.extensions(r, words)), .duration(r.extensions.isEmpty ? nil : r.extensionTotal),
                .overrun(r.isOverTime ? r.overrun : nil), .time(r.recordedStart), .duration(r.walkToMicrophone),
                .duration(r.gapBetweenSpeakers),
                // Issue 16's columns, after all the older ones: spreadsheets find those where they were.
                .text(r.onBehalfOf.joined(separator: "; ")), .count(r.replyOrdinal),
                .text(r.limitChange.map { $0.reason.isEmpty ? words.noReasonGiven : $0.reason } ?? ""),
                .duration(r.pointOfOrderTotal > .zero ? r.pointOfOrderTotal : nil),
                .text(r.notes.map(\.text).joined(separator: "; ")),
            ]
        }
    }

    static func periods(_ log: ActualTimesLog, _ words: ExportWords) -> [[Cell]] {
        var rows: [[Cell]] = (log.segments + [log.session]).enumerated().map { k, p in
            [
                .text(ExportText.periodName(k, log, words)), .time(p.plannedStart), .time(p.actualStart),
                .time(p.plannedEnd), .time(p.actualEnd), .count(p.interventions), .duration(p.speakingTotal),
                .duration(p.pausedTotal), .duration(p.gapBetweenSpeakersTotal), .count(p.overrunCount),
                .duration(p.overrunTotal), .duration(p.overrunLargest), .text(ExportText.names(p.notReached, log)),
                .duration(p.walkToMicrophoneTotal), .text(ExportText.names(p.inWriting, log)),
                .duration(p.suspendedTotal), .count(p.pointsOfOrder), .duration(p.pointOfOrderTotal),
            ]
        }
        // The chair's opening and closing, when they were timed: the time taken, and its
        // overrun as a speaker's would count.
        func chair(_ c: ChairPeriod) -> [Cell] {
            let over: Duration? = c.isOverTime ? c.overrun : .zero
            return [
                .text(words.chairPeriodName(c.part)), .time(c.plannedStart), .time(c.actualStart),
                .time(c.plannedEnd), .time(c.actualEnd), .text(""), .duration(c.duration), .duration(nil),
                .duration(nil), .count(c.isOverTime ? 1 : 0), .duration(over), .duration(over), .text(""),
                .duration(nil), .text(""), .duration(nil), .count(nil), .duration(nil),
            ]
        }
        if let c = log.closing { rows.insert(chair(c), at: log.segments.count) }
        if let o = log.opening { rows.insert(chair(o), at: 0) }
        return rows
    }

    static func delegations(_ log: ActualTimesLog) -> [[Cell]] {
        log.delegations.map { d in
            [
                .text(d.delegation), .count(d.interventions), .duration(d.allotted), .duration(d.used),
                .count(d.extensionCount), .duration(d.extensionTotal), .count(d.overrunCount),
                .duration(d.overrunTotal), .count(d.statementsOnItsBehalf),
            ]
        }
    }

    static func pointsOfOrder(_ log: ActualTimesLog) -> [[Cell]] {
        log.pointsOfOrder.map { p in
            [
                .text(ExportText.segmentID(p.segment, log)), .time(p.raisedAt), .time(p.endedAt), .text(p.raisedBy),
                .count(p.interruptedSpeaker?.rawValue), .text(ExportText.delegation(p.interruptedSpeaker, log)),
                .duration(p.length), .duration(p.limit), .overrun(Measure.isOverTime(p.overrun) ? p.overrun : nil),
            ]
        }
    }

    static func suspensions(_ log: ActualTimesLog) -> [[Cell]] {
        log.suspensions.map { s in
            [
                .text(ExportText.segmentID(s.segment, log)), .time(s.suspension.start), .duration(s.suspension.planned),
                .time(s.resumedAt), .duration(s.length), .text(s.suspension.reason),
            ]
        }
    }

    /// A canned message in the export's language, and its code for tools.
    static func messages(_ log: ActualTimesLog, _ words: ExportWords) -> [[Cell]] {
        log.messages.map { m in
            var code = ""
            if case .canned(let c) = m.message { code = c.rawValue }
            return [
                .time(m.shownAt), .time(m.clearedAt), .count(m.speaker?.rawValue),
                .text(ExportText.delegation(m.speaker, log)), .text(words.procedure.text(m.message)), .text(code),
            ]
        }
    }

    /// Quoted when needed; a leading `=`, `+`, `-` or `@` in text is defused with an
    /// apostrophe so a spreadsheet never runs a delegation name as a formula.
    static func field(_ s: String, separator: String = ",") -> String {
        var v = s
        if let f = v.first, "=+-@".contains(f), !looksNumeric(v) { v = "'" + v }
        let sep = Character(separator)
        guard v.contains(where: { $0 == sep || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
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
