// From a file on disk to a checked speakers list. Reading stops only when the file
// cannot be read at all (a thrown `UnreadableFile`); every other problem becomes a
// diagnostic and loading goes on, so the secretariat sees all of them at once.
import Glibc
import PlenaryCore
import PlenaryZones

/// The file could not be read at all: missing, a directory, no permission.
public struct UnreadableFile: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public enum RegistrationLoader {
    /// Files larger than this are refused: a speakers list is a few kilobytes.
    public static let sizeLimit = 8 * 1024 * 1024

    /// Loads a TOML plan (`.toml`) or a bare CSV registration file under the default plan;
    /// local times are in the plan's zone, looked up in `zones`.
    public static func load(path: String, encoding: TextEncoding? = nil, zones: ZoneDatabase) throws -> Registration {
        if path.lowercased().hasSuffix(".toml") {
            return try PlanFile.load(path: path, encoding: encoding, zones: zones)
        }
        return try loadCSV(path: path, plan: DefaultSession.plan, encoding: encoding, zones: zones)
    }

    /// Loads a CSV registration file for a given plan.
    public static func loadCSV(path: String, plan: SessionPlan, encoding: TextEncoding? = nil, zones: ZoneDatabase)
        throws -> Registration
    {
        switch try readBytes(path) {
        case .bytes(let b): return csv(b, file: path, plan: plan, encoding: encoding, zones: zones)
        case .tooLarge(let size):
            var reg = Registration(file: path, plan: plan)
            reg.diagnostics.append(Diagnostic(
                file: path, line: 0, column: 0, severity: .error,
                message: "the file is \(size) bytes, over the limit of \(sizeLimit); it was not read",
                hint: "is this the registration export? a speakers list is a few kilobytes"))
            return reg
        }
    }

    /// Checks a registration CSV already in memory; `file` names it in diagnostics, and
    /// times written without an offset are in the plan's zone, looked up in `zones`.
    public static func csv(_ bytes: [UInt8], file: String, plan: SessionPlan = DefaultSession.plan,
                           encoding: TextEncoding? = nil, zones: ZoneDatabase) -> Registration
    {
        var reg = Registration(file: file, plan: plan)
        func fileError(_ message: String, hint: String) {
            reg.diagnostics.append(Diagnostic(file: file, line: 0, column: 0, severity: .error,
                                              message: message, hint: hint))
        }
        guard bytes.count <= sizeLimit else {
            fileError("the file is \(bytes.count) bytes, over the limit of \(sizeLimit)", hint: "split the file")
            return reg
        }
        if encoding == nil, bytes.count >= 2, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
           TextDecoding.looksLikeUTF16WithoutBOM(bytes)
        {
            fileError("the file looks like UTF-16 without a byte-order mark",
                      hint: "re-save as CSV UTF-8, or pass --encoding utf-16le")
            return reg
        }
        let text = TextDecoding.decode(bytes, forced: encoding)
        reg.encoding = text.encoding
        let table = CSVReader.read(text.scalars)
        reg.delimiter = String(table.delimiter)
        guard let headerIndex = table.records.firstIndex(where: { !$0.isBlank }) else {
            fileError(bytes.isEmpty ? "the file is empty" : "the file has no header and no rows",
                      hint: "export the registration sheet with its header row: \(Column.summary)")
            return reg
        }
        let header = HeaderMap(table.records[headerIndex], file: file)
        reg.diagnostics += header.diagnostics
        let positions = ProblemPositions(table: table, text: text, file: file, bytes: bytes)
        reg.diagnostics += positions.diagnostics(forRecord: headerIndex)

        var rows: [RawRow] = []
        let columns = Array(header.index), headerIsComplete = header.missing.isEmpty
        for (n, record) in table.records.enumerated() where n != headerIndex {
            reg.rowCount += 1
            if record.isBlank, positions.diagnostics(forRecord: n).isEmpty {
                reg.blankLines += 1
                continue
            }
            var errors = positions.diagnostics(forRecord: n)
            if errors.isEmpty, record.fields.count != header.width {
                let at = record.fields.count > header.width ? record.fields[header.width].position
                    : SourcePosition(line: record.lastLine, column: 0)
                errors.append(Diagnostic(
                    file: file, line: at.line, column: at.column, severity: .error,
                    message: "this row has \(record.fields.count) fields; the header has \(header.width)",
                    excerpt: SafeText.excerpt(record.fields.map(\.text).joined(separator: String(table.delimiter))),
                    hint: "a cell holding the delimiter '\(SafeText.excerpt(String(table.delimiter)))' must be quoted"))
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
            reg.diagnostics.append(Diagnostic(file: file, line: table.records[headerIndex].line, column: 0,
                                              severity: .warning, message: "the file has a header but no registrations"))
        }
        apply(rows, to: &reg, zones: zones)
        return reg
    }

    /// Parses rows, applies the rules and fills in the list; shared by CSV and TOML.
    static func apply(_ rows: [RawRow], to reg: inout Registration, zones: ZoneDatabase) {
        let zone = zones.resolver(named: reg.plan.timeZone) ?? ZoneResolver(fixed: reg.plan.utcOffset)
        var entries: [RegistrationEntry] = []
        // Rows are parsed on all cores (each on its own), then taken in file order.
        let plan = reg.plan, file = reg.file
        let parsed = rows.concurrentMap { RegistrationRow.parse($0, plan: plan, zone: zone, file: file) }
        for (row, (entry, found)) in zip(rows, parsed) {
            reg.diagnostics += found
            if let entry { entries.append(entry) } else { reg.rejectedLines.append(row.line) }
        }
        let outcome = RegistrationRules.apply(entries, plan: reg.plan, file: reg.file)
        reg.accepted = Array(outcome.lists.joined())
        reg.speakers = RegistrationRules.speakers(outcome.lists)
        reg.late = outcome.late
        reg.duplicates = outcome.duplicates
        reg.diagnostics += outcome.diagnostics
        reg.rejectedLines.sort()
        // File order for people: by line, then column; ties keep the order they were found in.
        reg.diagnostics = reg.diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }

    enum Read { case bytes([UInt8]), tooLarge(Int) }

    static func readBytes(_ path: String) throws -> Read {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw UnreadableFile(code == ENOENT ? "\(path): no such file"
                : code == EACCES ? "\(path): cannot be opened for reading (permissions?)"
                : "\(path): \(String(cString: strerror(code)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw UnreadableFile("\(path): \(String(cString: strerror(errno)))") }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw UnreadableFile("\(path): is a directory, not a file") }
        // Read one byte past the limit: enough to know the file is too large. The buffer
        // grows with what is read, so a small file costs little memory.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= sizeLimit {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw UnreadableFile("\(path): \(String(cString: strerror(errno)))")
            }
            bytes += chunk[..<n]
        }
        if bytes.count > sizeLimit { return .tooLarge(max(Int(info.st_size), bytes.count)) }
        return .bytes(bytes)
    }
}
