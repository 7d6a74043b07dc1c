// A TOML plan file: the session as the secretariat fixed it, and its speakers either
// inline (`[[speakers]]` tables) or as the path of a registration CSV beside it.
// The format is documented in docs/registration-format.md. Files come in through
// `read`, as for `RegistrationLoader`.
import PlenaryCore
import PlenaryZones

public enum PlanFile {
    public static let knownKeys: Set<String> = [
        "title", "date", "time_zone", "start", "end", "opening", "closing", "changeover", "extension",
        "registration_deadline", "speakers", "segments", "warnings", "encoding", "date_order", "limits", "replies",
        "point_of_order",
    ]

    /// Loads the plan at `path` and its speakers. Throws only when a file cannot be read.
    /// `encoding` and `dateOrder` (the command line's) win over the plan's own keys.
    static func load<Failure: Error>(
        path: String, encoding: TextEncoding?, dateOrder: DateOrder?, zones: ZoneDatabase, workingDirectory: String,
        read: (String) throws(Failure) -> [UInt8]
    ) throws(Failure) -> Registration {
        let bytes = try read(path)
        let decoded = TextDecoding.decode(bytes, forced: .utf8)
        if let bad = decoded.undecodable.first {
            let before = decoded.scalars[..<bad.offset]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = bad.offset - (before.lastIndex(of: "\n") ?? -1)
            return failed(
                path,
                [
                    Diagnostic(
                        file: path, line: line, column: column, severity: .error,
                        message: "the plan is not valid UTF-8", hint: "save the plan as UTF-8")
                ])
        }
        let table: TOMLTable
        do {
            table = try TOMLReader.read(utf8: bytes)
        } catch {
            // Bytes that are not UTF-8 are not TOML either, but the message says so plainly.
            let message = error.message == TOMLReader.notUTF8 ? error.message : "not valid TOML: \(error.message)"
            return failed(
                path,
                [
                    Diagnostic(
                        file: path, line: error.position.line, column: error.position.column,
                        severity: .error, message: message,
                        hint: error.hint.isEmpty
                            ? "see docs/registration-format.md for the plan format"
                            : error.hint)
                ])
        }
        var reader = PlanReader(table: table, file: path, zones: zones, dateOrder: dateOrder)
        let (plan, problems) = reader.plan()
        guard let plan, !problems.contains(where: { $0.severity == .error }) else { return failed(path, problems) }
        let encoding = encoding ?? reader.encoding
        let dateOrder = dateOrder ?? reader.dateOrder

        switch table["speakers"] {
        case let value? where value.string != nil:
            let name = value.string!
            let csvPath = name.hasPrefix("/") ? name : directory(of: path) + name
            let shown = name.hasPrefix("/") ? name : relative(csvPath, from: workingDirectory)
            var reg = RegistrationLoader.csv(
                try read(csvPath), file: csvPath, plan: plan, encoding: encoding, dateOrder: dateOrder, zones: zones)
            reg.file = shown
            reg.diagnostics =
                problems
                + reg.diagnostics.map { d in
                    var d = d
                    d.file = d.file == csvPath ? shown : d.file
                    return d
                }
            reg.keepFirstDiagnosticsInOrder()
            return reg
        case let value? where value.array != nil:
            var reg = Registration(file: path, plan: plan)
            reg.diagnostics = problems
            var rows: [RawRow] = []
            for item in value.array! {
                reg.rowCount += 1
                let at = item.position
                guard let t = item.table else {
                    reg.rejectedLines.append(at.line)
                    reg.diagnostics.append(
                        Diagnostic(
                            file: path, line: at.line, column: at.column, severity: .error,
                            message: "speakers must be tables ([[speakers]])"))
                    continue
                }
                rows.append(row(t, line: at.line, file: path, diagnostics: &reg.diagnostics))
            }
            RegistrationLoader.apply(rows, to: &reg, dateOrder: dateOrder, zones: zones)
            return reg
        case nil:
            var reg = Registration(file: path, plan: plan)
            reg.diagnostics = problems + [Diagnostic(file: path, line: 0, column: 0, warning: .noSpeakersInPlan)]
            return reg
        case let value?:
            return failed(
                path,
                problems + [
                    Diagnostic(
                        file: path, line: value.position.line, column: value.position.column, severity: .error,
                        message: "speakers must be a file name or [[speakers]] tables")
                ])
        }
    }

    /// One inline speaker as a row of cells, keyed like CSV columns (English or French).
    /// Each cell is placed at its value, so a wrong segment or date points at what to fix.
    static func row(_ t: TOMLTable, line: Int, file: String, diagnostics: inout [Diagnostic]) -> RawRow {
        var cells = RowCells()
        for entry in t.entries {
            guard let column = Column(header: entry.key) else {
                diagnostics.append(
                    UnknownPlanKey.diagnostic(
                        entry, known: Column.allCases.map(\.rawValue), file: file, warning: .unknownSpeakerKey))
                continue
            }
            let at = entry.value.position
            guard let text = PlanValue.text(entry.value) else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: at.line, column: at.column, severity: .error,
                        message: "\(column.rawValue) must be text or a date-time, "
                            + "not \(entry.value.typeName)"))
                continue
            }
            cells[column] = CSVField(text: text, position: at, quoted: true)
        }
        return RawRow(line: line, cells: cells)
    }

    static func failed(_ path: String, _ problems: [Diagnostic]) -> Registration {
        var reg = Registration(file: path, plan: DefaultSession.plan)
        reg.planLoaded = false
        reg.diagnostics = problems
        return reg
    }

    /// The directory part of `path` with its trailing slash ("" for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A path as the user would type it from the working directory, when it is below it.
    static func relative(_ path: String, from workingDirectory: String) -> String {
        var parts: [Substring] = []
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        let standard = "/" + parts.joined(separator: "/")
        let cwd = workingDirectory + "/"
        return standard.hasPrefix(cwd) ? String(standard.dropFirst(cwd.count)) : standard
    }
}
