// The session part of a TOML plan: title, day, time zone, times, allowances,
// segments and warning stages; the rules of procedure are read in PlanReader+Procedure.
// A wrong value is reported at its own line and column; a missing key at its table's
// header (or the whole file for the top level).
import PlenaryCore
import PlenaryZones

struct PlanReader {
    let table: TOMLTable
    let file: String
    /// Where the plan's `time_zone` is looked up.
    let zones: ZoneDatabase
    /// The encoding of the CSV the plan names, from `encoding`; read by `plan()`.
    private(set) var encoding: TextEncoding?
    /// How slashed dates are read when they do not show it: the command line's, else
    /// the plan's `date_order`; read by `plan()`.
    private(set) var dateOrder: DateOrder?
    var problems: [Diagnostic] = []

    init(table: TOMLTable, file: String, zones: ZoneDatabase, dateOrder: DateOrder? = nil) {
        self.table = table
        self.file = file
        self.zones = zones
        self.dateOrder = dateOrder
    }

    /// A problem with the top-level `key`: at its value when written, else the whole file.
    mutating func error(_ key: String, _ message: String, hint: String = "") {
        problems.append(at(table[key]?.position, message, hint: hint))
    }

    /// The plan, or nil with the reasons.
    mutating func plan() -> (SessionPlan?, [Diagnostic]) {
        for entry in table.entries where !PlanFile.knownKeys.contains(entry.key) {
            problems.append(
                UnknownPlanKey.diagnostic(
                    entry, known: PlanFile.knownKeys.sorted(), file: file, warning: .unknownPlanKey))
        }
        let title = SafeText.field(table["title"]?.string ?? "")
        if title.isEmpty { error("title", "the plan needs a title") }
        let zoneName = table["time_zone"]?.string ?? ""
        let zone = zones.resolver(named: zoneName)
        if zone == nil { error("time_zone", "unknown time zone", hint: "an IANA name such as Europe/Amsterdam") }
        let day = PlanValue.date(table["date"])
        if day == nil { error("date", "the session date is missing or not a date", hint: "date = 2023-12-08") }
        let start = PlanValue.clock(table["start"])
        let end = PlanValue.clock(table["end"])
        if start == nil { error("start", "the start time is missing or not a time", hint: "start = \"11:30\"") }
        if end == nil { error("end", "the end time is missing or not a time", hint: "end = \"13:00\"") }
        let opening = optionalDuration("opening", default: .zero)
        let closing = optionalDuration("closing", default: .zero)
        let changeover = optionalDuration("changeover", default: .seconds(20))
        let extensionStep = optionalDuration("extension", default: .seconds(30))
        let segments = readSegments()
        let warnings = readWarnings()
        let categoryLimits = readCategoryLimits()
        let replies = readReplies()
        let pointOfOrderLimit = readPointOfOrderLimit()
        readConventions()
        guard let zone, let day, let start, let end else { return (nil, problems) }

        func instant(_ c: (hour: Int, minute: Int, second: Int)) -> Instant? {
            let local = LocalDateTime(
                year: day.year, month: day.month, day: day.day,
                hour: c.hour, minute: c.minute, second: c.second)
            if case .instant(let t) = zone.resolve(local) { return t }
            return nil
        }
        guard let startAt = instant(start), let endAt = instant(end) else {
            error("start", "the session's local times fall in a clock change")
            return (nil, problems)
        }
        var deadline = startAt
        if let raw = table["registration_deadline"], let text = PlanValue.text(raw) {
            switch RegistrationDate.parse(text, zone: zone, order: dateOrder ?? .dayFirst) {
            case .success(let t): deadline = t
            case .failure(.message(let m, let hint)):
                error("registration_deadline", "registration_deadline: \(m)", hint: hint)
            }
        } else {
            error(
                "registration_deadline", "the registration deadline is missing",
                hint: "registration_deadline = 2023-12-07T00:00:00 (local time; registrations from then on are late)")
        }
        var plan = SessionPlan(
            title: title, timeZone: zoneName, utcOffset: zone.offset(at: startAt), start: startAt, end: endAt,
            openingAllowance: opening, closingAllowance: closing, segments: segments, warnings: warnings,
            registrationDeadline: deadline, expectedChangeover: changeover, extensionStep: extensionStep)
        plan.categoryLimits = categoryLimits
        plan.replies = replies
        plan.pointOfOrderLimit = pointOfOrderLimit
        for p in plan.problems() { error("segments", "the plan is not sound: \(p)") }
        return (plan, problems)
    }

    /// `encoding = "windows-1252"` and `date_order = "mdy"`, for the spreadsheet the plan names.
    private mutating func readConventions() {
        if let raw = table["encoding"] {
            encoding = raw.string.flatMap(TextEncoding.init(name:))
            if encoding == nil {
                error("encoding", "unknown encoding", hint: "utf-8, windows-1252 (cp1252), utf-16le or utf-16be")
            }
        }
        if let raw = table["date_order"] {
            let written = raw.string.flatMap(DateOrder.init(name:))
            if written == nil {
                error("date_order", "date_order is dmy or mdy", hint: "date_order = \"dmy\" (day first) or \"mdy\"")
            }
            dateOrder = dateOrder ?? written
        }
    }

    private mutating func optionalDuration(_ key: String, default value: Duration) -> Duration {
        guard let raw = table[key] else { return value }
        guard let d = PlanValue.duration(raw), d >= .zero else {
            error(key, "\(key) is not a duration", hint: "write minutes and seconds: \"5:00\"")
            return value
        }
        return d
    }

    private mutating func readSegments() -> [SegmentPlan] {
        guard let array = table["segments"]?.array else {
            error("segments", "the plan has no [[segments]]")
            return []
        }
        var out: [SegmentPlan] = []
        for (n, item) in array.enumerated() {
            let header = item.position
            guard let t = item.table else {
                problems.append(at(header, "segments must be tables ([[segments]])"))
                continue
            }
            for entry in t.entries where !Self.segmentKeys.contains(entry.key) {
                problems.append(UnknownPlanKey.diagnostic(entry, known: Self.segmentKeys, file: file, warning: nil))
            }
            let id = SafeText.field(t["id"]?.string ?? "", limit: 16)
            let title = SafeText.field(t["title"]?.string ?? "")
            let budget = PlanValue.duration(t["budget"])
            let limit = PlanValue.duration(t["limit"])
            if id.isEmpty { problems.append(at(header, "segment \(n + 1) has no id", hint: "id = \"I\"")) }
            if budget == nil {
                problems.append(
                    at(
                        t["budget"]?.position ?? header,
                        "segment \(n + 1): budget is missing or not a duration", hint: "budget = \"40:00\""))
            }
            if limit == nil {
                problems.append(
                    at(
                        t["limit"]?.position ?? header,
                        "segment \(n + 1): limit is missing or not a duration", hint: "limit = \"2:00\""))
            }
            out.append(SegmentPlan(id: id, title: title, budget: budget ?? .zero, interventionLimit: limit ?? .zero))
        }
        return out
    }

    private mutating func readWarnings() -> [WarningThreshold] {
        guard let array = table["warnings"]?.array else { return WarningThreshold.defaults }
        var out: [WarningThreshold] = []
        for (n, item) in array.enumerated() {
            let header = item.position
            for entry in item.table?.entries ?? [] where !Self.warningKeys.contains(entry.key) {
                problems.append(UnknownPlanKey.diagnostic(entry, known: Self.warningKeys, file: file, warning: nil))
            }
            let name = item.table?["stage"]?.string ?? ""
            let stage = Self.stage(named: name)
            let at = PlanValue.duration(item.table?["at"])
            guard let stage, let at else {
                problems.append(
                    self.at(
                        header, "warning \(n + 1) needs a stage and an at",
                        hint: "stage = \"wrap up\" (or final, time, overrun 1, …), "
                            + "at = \"0:30\" left or \"+0:15\" over"))
                continue
            }
            // "+0:15" is written as time over the limit, so it is 15 s *below* zero left.
            let over = (item.table?["at"]?.string ?? "").hasPrefix("+")
            out.append(
                WarningThreshold(
                    stage: stage, remaining: over ? .zero - at : at,
                    bell: item.table?["bell"]?.bool ?? false))
        }
        return out
    }

    /// An error at `position`, or about the whole file when there is none.
    func at(_ position: SourcePosition?, _ message: String, hint: String = "") -> Diagnostic {
        Diagnostic(
            file: file, line: position?.line ?? 0, column: position?.column ?? 0, severity: .error,
            message: message, hint: hint)
    }

    /// The keys of a `[[segments]]` table and of a `[[warnings]]` table.
    static let segmentKeys = ["id", "title", "budget", "limit"]
    static let warningKeys = ["stage", "at", "bell"]

    static func stage(named name: String) -> Stage? {
        let key = name.lowercased().trimming()
        switch key {
        case "wrap up", "wrap-up", "wrapup": return .wrapUp
        case "final": return .final
        case "time": return .time
        default:
            guard key.hasPrefix("overrun"), let n = Int(key.dropFirst("overrun".count).trimming()), n >= 1
            else { return nil }
            return .overrun(n)
        }
    }
}
