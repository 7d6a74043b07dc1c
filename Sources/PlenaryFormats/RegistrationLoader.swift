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
    /// user would type it.
    public static func load<Failure: Error>(
        path: String, encoding: TextEncoding? = nil, zones: ZoneDatabase, workingDirectory: String,
        read: (String) throws(Failure) -> [UInt8]
    ) throws(Failure) -> Registration {
        if path.lowercased().hasSuffix(".toml") {
            return try PlanFile.load(
                path: path, encoding: encoding, zones: zones, workingDirectory: workingDirectory, read: read)
        }
        return csv(try read(path), file: path, plan: DefaultSession.plan, encoding: encoding, zones: zones)
    }

    /// Checks a registration CSV already in memory; `file` names it in diagnostics, and
    /// times written without an offset are in the plan's zone, looked up in `zones`.
    public static func csv(
        _ bytes: [UInt8], file: String, plan: SessionPlan = DefaultSession.plan,
        encoding: TextEncoding? = nil, zones: ZoneDatabase
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
        if encoding == nil, bytes.count >= 2, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
            TextDecoding.looksLikeUTF16WithoutBOM(bytes)
        {
            fileError(
                "the file looks like UTF-16 without a byte-order mark",
                hint: "re-save as CSV UTF-8, or pass --encoding utf-16le")
            return reg
        }
        let text = TextDecoding.decode(bytes, forced: encoding)
        reg.encoding = text.encoding
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
                reg.diagnostics += errors
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
        apply(rows, to: &reg, zones: zones)
        return reg
    }

    /// Parses rows, applies the rules and fills in the list; shared by CSV and TOML.
    static func apply(_ rows: [RawRow], to reg: inout Registration, zones: ZoneDatabase) {
        let zone = zones.resolver(named: reg.plan.timeZone) ?? ZoneResolver(fixed: reg.plan.utcOffset)
        var entries: [RegistrationEntry] = []
        for row in rows {
            let (entry, found) = RegistrationRow.parse(row, plan: reg.plan, zone: zone, file: reg.file)
            reg.diagnostics += found
            if let entry { entries.append(entry) } else { reg.rejectedLines.append(row.line) }
        }
        decide(entries, into: &reg)
        reg.rejectedLines.sort()
        // File order for people: by line, then column; ties keep the order they were found in.
        reg.diagnostics = reg.diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
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
                segment: e.segment, kind: .registered, received: e.received)
        }
        reg.late = outcome.late.map { entries[$0] }
        reg.duplicates = outcome.duplicates.map {
            DuplicateRegistration(entry: entries[$0.claim], keptLine: entries[$0.kept].line)
        }
        func warn(_ e: RegistrationEntry, _ warning: RegistrationWarning) {
            reg.diagnostics.append(
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
