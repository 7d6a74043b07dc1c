// From a file's bytes to a checked speakers list. The files come in through `read`,
// which the caller gives (PlenarySystem's `RegistrationFile` reads the disk): this
// target does no I/O. Loading stops only when a file cannot be read at all (whatever
// `read` throws); every other problem becomes a diagnostic and loading goes on, so
// the secretariat sees all of them at once.
import PlenaryCore
import PlenaryZones

public enum RegistrationLoader {
    /// Files larger than this are refused: a speakers list is a few kilobytes.
    public static let sizeLimit = 8 * 1024 * 1024

    /// Loads a TOML plan (`.toml`) or a bare CSV registration file under the default plan.
    /// `read` gives a file's bytes; `workingDirectory` names a CSV beside a plan as the
    /// user would type it. `encoding` and `dateOrder`, when given, win over the plan's
    /// `encoding` and `date_order`.
    public static func load<Failure: Error>(
        path: String, encoding: TextEncoding? = nil, dateOrder: DateOrder? = nil, zones: ZoneDatabase,
        workingDirectory: String, read: (String) throws(Failure) -> [UInt8]
    ) throws(Failure) -> Registration {
        if path.lowercased().hasSuffix(".toml") {
            return try PlanFile.load(
                path: path, encoding: encoding, dateOrder: dateOrder, zones: zones,
                workingDirectory: workingDirectory, read: read)
        }
        return csv(
            try read(path), file: path, plan: DefaultSession.plan, encoding: encoding, dateOrder: dateOrder,
            zones: zones)
    }

    /// Checks a registration CSV already in memory; `file` names it in diagnostics, and
    /// times written without an offset are in the plan's zone, looked up in `zones`.
    /// `encoding` is the file's when it has no byte-order mark (nil: UTF-8, or else
    /// Windows-1252 with a warning); `dateOrder` the convention for dates that could be
    /// read either way (nil: day first, with a warning).
    public static func csv(
        _ bytes: [UInt8], file: String, plan: SessionPlan = DefaultSession.plan,
        encoding: TextEncoding? = nil, dateOrder: DateOrder? = nil, zones: ZoneDatabase
    ) -> Registration {
        var reg = Registration(file: file, plan: plan)
        func fileError(_ message: String, hint: String) {
            reg.diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0, severity: .error,
                    message: message, hint: hint))
        }
        guard bytes.count <= sizeLimit else {
            fileError("the file is \(bytes.count) bytes, over the limit of \(sizeLimit)", hint: "split the file")
            return reg
        }
        // A file that is no text gets one error, not a page of garbled headers and rows.
        if encoding == nil, !TextDecoding.hasByteOrderMark(bytes), let (looks, offset) = TextDecoding.notText(bytes) {
            let at = offset == 0 ? SourcePosition(line: 0, column: 0) : position(ofByte: offset, in: bytes)
            reg.diagnostics.append(Diagnostic(file: file, line: at.line, column: at.column, warning: .notText(looks)))
            return reg
        }
        let text = TextDecoding.decode(bytes, forced: encoding)
        reg.encoding = text.encoding
        if text.guessed {
            reg.diagnostics.append(Diagnostic(file: file, line: 0, column: 0, warning: .readAsWindows1252))
        }
        let table = CSVReader.read(text.scalars)
        reg.delimiter = String(table.delimiter)
        guard let headerIndex = table.records.firstIndex(where: { !$0.isBlank }) else {
            fileError(
                bytes.isEmpty ? "the file is empty" : "the file has no header and no rows",
                hint: "export the registration sheet with its header row: \(Column.summary)")
            return reg
        }
        let header = HeaderMap(table.records[headerIndex], file: file)
        reg.diagnostics += header.diagnostics
        let positions = ProblemPositions(table: table, text: text, file: file, bytes: bytes)
        reg.diagnostics += positions.diagnostics(forRecord: headerIndex)

        var rows: [RawRow] = []
        let columns = Array(header.index)
        let headerIsComplete = header.missing.isEmpty
        for (n, record) in table.records.enumerated() where n != headerIndex {
            reg.rowCount += 1
            if record.isBlank, positions.diagnostics(forRecord: n).isEmpty {
                reg.blankLines += 1
                continue
            }
            var errors = positions.diagnostics(forRecord: n)
            if errors.isEmpty, record.fields.count != header.width {
                let at =
                    record.fields.count > header.width
                    ? record.fields[header.width].position
                    : SourcePosition(line: record.lastLine, column: 0)
                errors.append(
                    Diagnostic(
                        file: file, line: at.line, column: at.column, severity: .error,
                        message: "this row has \(record.fields.count) fields; the header has \(header.width)",
                        excerpt: SafeText.excerpt(record.fields.map(\.text).joined(separator: String(table.delimiter))),
                        hint:
                            "a cell holding the delimiter '\(SafeText.excerpt(String(table.delimiter)))' must be quoted"
                    ))
            }
            if !errors.isEmpty || !headerIsComplete {
                reg.collect(errors)
                reg.rejectedLines.append(record.line)
                continue
            }
            var cells = RowCells()
            for (column, i) in columns { cells[column] = record.fields[i] }
            rows.append(RawRow(line: record.line, cells: cells))
        }
        if reg.rowCount == 0 {
            reg.diagnostics.append(
                Diagnostic(
                    file: file, line: table.records[headerIndex].line, column: 0,
                    warning: .noRegistrations))
        }
        apply(rows, to: &reg, dateOrder: dateOrder, zones: zones)
        return reg
    }

    /// Where byte `offset` is, counting a byte a column: right for the single-byte text
    /// around a stray byte, and a place to look in a binary file.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let before = bytes[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        return SourcePosition(line: before.count(where: { $0 == 0x0A }) + 1, column: offset - lineStart + 1)
    }

    /// Parses rows, applies the rules and fills in the list; shared by CSV and TOML.
    /// `dateOrder` is the convention when the received dates do not show their order.
    static func apply(_ rows: [RawRow], to reg: inout Registration, dateOrder: DateOrder?, zones: ZoneDatabase) {
        let zone = zones.resolver(named: reg.plan.timeZone) ?? ZoneResolver(fixed: reg.plan.utcOffset)
        let order = DateOrderDecision(rows, convention: dateOrder, file: reg.file)
        reg.collect(order.diagnostics)
        var entries: [RegistrationEntry] = []
        for row in rows {
            let (entry, found) = RegistrationRow.parse(
                row, plan: reg.plan, zone: zone, dateOrder: order.order, file: reg.file)
            reg.collect(found)
            if let entry { entries.append(entry) } else { reg.rejectedLines.append(row.line) }
        }
        decide(entries, into: &reg)
        reg.rejectedLines.sort()
        // File order for people, and only the first of them kept.
        reg.keepFirstDiagnostics()
    }

    /// The core's registration rules (`RegistrationPolicy`) applied to the entries read,
    /// in file order; what they decide is written into `reg`, with a warning for each
    /// row set aside.
    static func decide(_ entries: [RegistrationEntry], into reg: inout Registration) {
        let plan = reg.plan
        let claims = entries.map { e in
            RegistrationClaim(
                delegation: SafeText.foldedKey(e.delegation), segment: e.segment, received: e.received,
                pin: e.order)
        }
        let outcome = RegistrationPolicy.decide(
            claims, deadline: plan.registrationDeadline,
            segments: plan.segments.count)
        reg.accepted = outcome.runningOrder.map { entries[$0] }
        reg.speakers = reg.accepted.enumerated().map { n, e in
            Speaker(
                id: SpeakerID(n + 1), delegation: e.delegation, function: e.speaker, category: e.category,
                segment: e.segment, kind: .registered, received: e.received, limit: e.limit,
                onBehalfOf: e.onBehalfOf)
        }
        reg.late = outcome.late.map { entries[$0] }
        reg.duplicates = outcome.duplicates.map {
            DuplicateRegistration(entry: entries[$0.claim], keptLine: entries[$0.kept].line)
        }
        func warn(_ e: RegistrationEntry, _ warning: RegistrationWarning) {
            reg.collect(
                Diagnostic(
                    file: reg.file, line: e.line, column: 0, warning: warning,
                    excerpt: SafeText.excerpt(e.delegation)))
        }
        for e in reg.late {
            warn(e, .late(received: e.received, deadline: plan.registrationDeadline, utcOffset: plan.utcOffset))
        }
        for d in reg.duplicates {
            warn(d.entry, .duplicate(segment: plan.segments[d.entry.segment].id, keptLine: d.keptLine))
        }
    }
}
