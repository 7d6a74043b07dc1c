// A TOML plan file: the session as the secretariat fixed it, and its speakers either
// inline (`[[speakers]]` tables) or as the path of a registration CSV beside it.
// The format is documented in docs/registration-format.md.
import Foundation
import PlenaryCore
import TOMLKit

public enum PlanFile {
    static let knownKeys: Set<String> = [
        "title", "date", "time_zone", "start", "end", "opening", "closing", "changeover",
        "registration_deadline", "speakers", "segments", "warnings",
    ]

    /// Loads the plan at `path` and its speakers. Throws only when a file cannot be read.
    public static func load(path: String, encoding: TextEncoding? = nil) throws -> Registration {
        guard case .bytes(let bytes) = try RegistrationLoader.readBytes(path) else {
            var reg = Registration(file: path, plan: DefaultSession.plan)
            reg.planLoaded = false
            reg.diagnostics.append(Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                              message: "the plan file is over the size limit; it was not read"))
            return reg
        }
        let decoded = TextDecoding.decode(bytes, forced: .utf8)
        if let bad = decoded.undecodable.first {
            let before = decoded.scalars[..<bad.offset]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = bad.offset - (before.lastIndex(of: "\n") ?? -1)
            return failed(path, [Diagnostic(file: path, line: line, column: column, severity: .error,
                                            message: "the plan is not valid UTF-8", hint: "save the plan as UTF-8")])
        }
        let text = String(String.UnicodeScalarView(decoded.scalars))
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            return failed(path, [Diagnostic(file: path, line: e.source.begin.line, column: e.source.begin.column,
                                            severity: .error, message: "not valid TOML: \(SafeText.field(e.description))",
                                            hint: "see docs/registration-format.md for the plan format")])
        } catch {
            return failed(path, [Diagnostic(file: path, line: 0, column: 0, severity: .error,
                                            message: "not valid TOML: \(SafeText.field(String(describing: error)))")])
        }
        let lines = TOMLLines(text)
        var reader = PlanReader(table: table, lines: lines, file: path)
        let (plan, problems) = reader.plan()
        guard let plan, !problems.contains(where: { $0.severity == .error }) else { return failed(path, problems) }

        switch table["speakers"] {
        case let value? where value.string != nil:
            let name = value.string!
            let csvPath = name.hasPrefix("/") ? name : (URL(fileURLWithPath: path).deletingLastPathComponent()
                .appendingPathComponent(name).path)
            let shown = name.hasPrefix("/") ? name : relative(csvPath)
            var reg = try RegistrationLoader.loadCSV(path: csvPath, plan: plan, encoding: encoding)
            reg.file = shown
            reg.diagnostics = problems + reg.diagnostics.map { d in var d = d; d.file = d.file == csvPath ? shown : d.file; return d }
            return reg
        case let value? where value.array != nil:
            var reg = Registration(file: path, plan: plan)
            reg.diagnostics = problems
            var rows: [RawRow] = []
            for (n, item) in value.array!.enumerated() {
                reg.rowCount += 1
                let line = lines.table("speakers", n)
                guard let t = item.table else {
                    reg.rejectedLines.append(line)
                    reg.diagnostics.append(Diagnostic(file: path, line: line, column: 0, severity: .error,
                                                      message: "speakers must be tables ([[speakers]])"))
                    continue
                }
                rows.append(row(t, line: line, lines: lines, file: path, diagnostics: &reg.diagnostics))
            }
            RegistrationLoader.apply(rows, to: &reg)
            return reg
        case nil:
            var reg = Registration(file: path, plan: plan)
            reg.diagnostics = problems + [Diagnostic(file: path, line: 0, column: 0, severity: .warning,
                                                     message: "the plan names no speakers",
                                                     hint: "add speakers = \"registrations.csv\" or [[speakers]] tables")]
            return reg
        default:
            return failed(path, problems + [Diagnostic(
                file: path, line: lines.key("speakers"), column: 1, severity: .error,
                message: "speakers must be a file name or [[speakers]] tables")])
        }
    }

    /// One inline speaker as a row of cells, keyed like CSV columns (English or French).
    static func row(_ t: TOMLTable, line: Int, lines: TOMLLines, file: String, diagnostics: inout [Diagnostic])
        -> RawRow
    {
        var cells = RowCells()
        for key in t.keys.sorted() {
            let at = SourcePosition(line: lines.key(key, after: line), column: 1)
            guard let column = Column(header: key) else {
                diagnostics.append(Diagnostic(file: file, line: at.line, column: at.column, severity: .warning,
                                              message: "unknown speaker key is ignored", excerpt: SafeText.excerpt(key),
                                              hint: "known keys: \(Column.summary)"))
                continue
            }
            guard let value = t[key], let text = PlanValue.text(value) else {
                diagnostics.append(Diagnostic(file: file, line: at.line, column: at.column, severity: .error,
                                              message: "\(column.rawValue) must be text or a date-time"))
                continue
            }
            cells[column] = CSVField(text: text, position: at.line == 0 ? SourcePosition(line: line, column: 0) : at,
                                     quoted: true)
        }
        return RawRow(line: line, cells: cells)
    }

    static func failed(_ path: String, _ problems: [Diagnostic]) -> Registration {
        var reg = Registration(file: path, plan: DefaultSession.plan)
        reg.planLoaded = false
        reg.diagnostics = problems
        return reg
    }

    /// A path as the user would type it from the working directory, when it is below it.
    static func relative(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let standard = URL(fileURLWithPath: path).standardized.path
        return standard.hasPrefix(cwd) ? String(standard.dropFirst(cwd.count)) : standard
    }
}
