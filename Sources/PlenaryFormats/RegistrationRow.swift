// One row of a registration file, by column, turned into an entry or into errors.
// Every problem of the row is reported, not only the first; text is sanitised here,
// so nothing after this point holds a control character or an unbounded name.
import PlenaryCore
import PlenaryZones

/// A row's cells by column, wherever they came from (CSV or an inline TOML table).
struct RawRow {
    var line: Int
    var cells: RowCells
}

/// At most one cell per column, in a fixed-size array: a row is read many times and a
/// dictionary keyed by column hashes on every read.
struct RowCells {
    private var byColumn = [CSVField?](repeating: nil, count: Column.allCases.count)

    subscript(column: Column) -> CSVField? {
        get { byColumn[column.ordinal] }
        set { byColumn[column.ordinal] = newValue }
    }
}

extension Column {
    /// The column's place in `allCases`.
    var ordinal: Int {
        switch self {
        case .received: 0
        case .segment: 1
        case .delegation: 2
        case .speaker: 3
        case .category: 4
        case .email: 5
        case .order: 6
        case .note: 7
        case .words: 8
        case .limit: 9
        case .onBehalfOf: 10
        }
    }
}

enum RegistrationRow {
    /// The entry of `row`, its dates read in `dateOrder` (the column's, decided beforehand).
    static func parse(_ row: RawRow, plan: SessionPlan, zone: ZoneResolver, dateOrder: DateOrder, file: String)
        -> (entry: RegistrationEntry?, diagnostics: [Diagnostic])
    {
        var problems: [Diagnostic] = []
        func report(_ severity: Severity, _ column: Column, _ message: String, hint: String = "") {
            let cell = row.cells[column]
            problems.append(
                Diagnostic(
                    file: file, line: cell?.position.line ?? row.line, column: cell?.position.column ?? 0,
                    severity: severity, message: message, excerpt: SafeText.excerpt(cell?.text ?? ""), hint: hint))
        }
        func warn(_ column: Column, _ warning: RegistrationWarning) {
            let cell = row.cells[column]
            problems.append(
                Diagnostic(
                    file: file, line: cell?.position.line ?? row.line, column: cell?.position.column ?? 0,
                    warning: warning, excerpt: SafeText.excerpt(cell?.text ?? "")))
        }
        /// The sanitised text of a column, with warnings for what sanitising removed or cut.
        func text(_ column: Column) -> String { clean(row.cells[column]?.text ?? "", column) }
        /// `raw`, from `column`'s cell, sanitised, with warnings for what sanitising removed or cut.
        func clean(_ raw: String, _ column: Column) -> String {
            // Most cells are short, plain and already clean: nothing to remove, cut or report.
            if raw.utf8.count <= SafeText.fieldLimit, SafeText.isPlain(raw) { return raw }
            let unsafe = SafeText.unsafeCount(raw)
            if unsafe > 0 {
                warn(column, .unsafeCharactersRemoved(count: unsafe, column: column))
            }
            let cleaned = SafeText.field(raw)
            if cleaned.hasSuffix("…"), SafeText.field(raw, limit: Int.max).count > SafeText.fieldLimit {
                warn(column, .cut(column: column, length: raw.count, limit: SafeText.fieldLimit))
            }
            return cleaned
        }

        let delegation = text(.delegation)
        if delegation.isEmpty {
            report(.error, .delegation, "the delegation is empty", hint: "name the State, organ or organization")
        }

        var received: Instant?
        let receivedText = row.cells[.received]?.text ?? ""
        if receivedText.trimming().isEmpty {
            report(
                .error, .received, "the registration time is empty",
                hint: "first come, first served needs when the registration arrived")
        } else {
            switch RegistrationDate.parse(receivedText, zone: zone, order: dateOrder) {
            case .success(let t): received = t
            case .failure(.message(let m, let hint)): report(.error, .received, m, hint: hint)
            }
        }

        var segment: Int?
        let segmentText = row.cells[.segment]?.text ?? ""
        if segmentText.trimming().isEmpty {
            report(.error, .segment, "the segment is empty", hint: segmentHint(plan))
        } else if let s = plan.segmentIndex(named: SafeText.field(segmentText)) {
            segment = s
        } else {
            report(.error, .segment, "no such segment in this plan", hint: segmentHint(plan))
        }

        var category = PlenaryCore.Category.other
        let categoryText = text(.category)
        if let c = PlenaryCore.Category(registration: categoryText) {
            category = c
        } else {
            warn(.category, .unknownCategory)
        }

        var order: Int?
        let orderText = SafeText.field(row.cells[.order]?.text ?? "")
        if !orderText.isEmpty {
            if let n = Int(orderText), n >= 1, n <= 1000 {
                order = n
            } else {
                report(
                    .error, .order, "the order is not a position from 1 to 1000",
                    hint: "leave it empty for first come, first served")
            }
        }

        var words: Int?
        let wordsText = SafeText.field(row.cells[.words]?.text ?? "")
        if !wordsText.isEmpty {
            if let n = Int(wordsText), n >= 0, n <= 100_000 {
                words = n
            } else {
                report(
                    .error, .words, "the statement length is not a whole number of words from 0 to 100000",
                    hint: "write the word count of the statement, e.g. 220, or leave it empty")
            }
        }

        var limit: Duration?
        let limitText = SafeText.field(row.cells[.limit]?.text ?? "")
        if !limitText.isEmpty {
            if let d = Self.limit(limitText) {
                limit = d
            } else {
                report(
                    .error, .limit, "the limit is not a time from 0:01 to 60:00",
                    hint: "write minutes and seconds (3:00) or seconds (180); leave it empty for the plan's limit")
            }
        }

        // Each name is sanitised and capped on its own: a list of co-sponsors is longer
        // than one name may be, and cutting it would drop delegations without a word.
        var onBehalfOf: [String] = []
        var named: Set<String> = [SafeText.foldedKey(delegation)]
        for part in (row.cells[.onBehalfOf]?.text ?? "").split(separator: ";") {
            let name = clean(String(part), .onBehalfOf)
            if !name.isEmpty, named.insert(SafeText.foldedKey(name)).inserted { onBehalfOf.append(name) }
        }
        if onBehalfOf.count > Self.onBehalfOfLimit {
            report(
                .error, .onBehalfOf,
                "the statement is made on behalf of \(onBehalfOf.count) delegations, more than \(Self.onBehalfOfLimit)",
                hint: "name the group (\"European Union and its member States\") rather than each of its members")
        }

        let speaker = text(.speaker)
        let email = text(.email)
        let note = text(.note)
        guard let received, let segment, !delegation.isEmpty,
            !problems.contains(where: { $0.severity == .error })
        else { return (nil, problems) }
        let entry = RegistrationEntry(
            line: row.line, received: received, segment: segment, delegation: delegation,
            speaker: speaker, category: category, email: email, order: order, note: note,
            words: words, limit: limit, onBehalfOf: onBehalfOf)
        return (entry, problems)
    }

    /// The most delegations one statement is made on behalf of: every State of the
    /// United Nations and its observers, with room to spare.
    static let onBehalfOfLimit = 250

    /// A speaker's own limit as a sheet writes it: `m:ss`, `h:mm:ss` (a spreadsheet's
    /// time cell, `00:03:00`) or whole seconds (`180`), from one second to an hour. Over
    /// an hour is refused rather than read: `03:00:00` is a time cell meant as 3:00.
    static func limit(_ written: String) -> Duration? {
        let text = written.trimming()
        let d: Duration?
        if !text.isEmpty, text.utf8.count <= 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            d = .seconds(Int(text)!)
        } else if let first = text.unicodeScalars.first, ("0"..."9").contains(first) {
            d = WrittenTime.duration(text)
        } else {
            d = nil
        }
        guard let d, d >= .seconds(1), d <= .minutes(60) else { return nil }
        return d
    }

    static func segmentHint(_ plan: SessionPlan) -> String {
        let ids = plan.segments.map(\.id).joined(separator: ", ")
        return "this plan's segments are \(ids) (or 1–\(plan.segments.count))"
    }
}
