// The plan of a session: what the secretariat fixed before the day. It never changes
// while the session runs; what happens is recorded as events against it.

/// One segment of the session, with its time budget and the limit per intervention.
public struct SegmentPlan: Sendable, Hashable {
    /// Short identifier used in registration files ("I", "II").
    public var id: String
    public var title: String
    public var budget: Duration
    public var interventionLimit: Duration

    public init(id: String, title: String, budget: Duration, interventionLimit: Duration) {
        self.id = id
        self.title = title
        self.budget = budget
        self.interventionLimit = interventionLimit
    }
}

/// The warning stages of an intervention, from calm to escalating overrun.
public enum Stage: Sendable, Hashable, Comparable {
    case onTime
    case wrapUp
    case final
    case time
    /// Overrun escalation, level 1, 2, ...
    case overrun(Int)

    private var rank: Int {
        switch self {
        case .onTime: 0
        case .wrapUp: 1
        case .final: 2
        case .time: 3
        case .overrun(let n): 3 + n
        }
    }

    public static func < (a: Stage, b: Stage) -> Bool { a.rank < b.rank }
}

/// A stage starts when the remaining time reaches `remaining` (negative = overrun).
public struct WarningThreshold: Sendable, Hashable {
    public var stage: Stage
    public var remaining: Duration
    /// Ring the terminal bell when the stage is reached.
    public var bell: Bool

    public init(stage: Stage, remaining: Duration, bell: Bool) {
        self.stage = stage
        self.remaining = remaining
        self.bell = bell
    }

    /// Wrap up at 0:30 left, final at 0:10, time at 0:00, escalation at +0:15 and +0:30.
    public static let defaults: [WarningThreshold] = [
        .init(stage: .wrapUp, remaining: .seconds(30), bell: false),
        .init(stage: .final, remaining: .seconds(10), bell: false),
        .init(stage: .time, remaining: .zero, bell: true),
        .init(stage: .overrun(1), remaining: .seconds(-15), bell: true),
        .init(stage: .overrun(2), remaining: .seconds(-30), bell: true),
    ]
}

public struct SessionPlan: Sendable, Hashable {
    public var title: String
    /// IANA time zone name, kept for people and files ("Europe/Amsterdam").
    public var timeZone: String
    /// The zone's offset from UTC on the session's day, resolved when the plan is loaded.
    public var utcOffset: Duration
    public var start: Instant
    public var end: Instant
    /// Time for the chair's opening before the first segment.
    public var openingAllowance: Duration
    /// Time for the chair's closing after the last segment.
    public var closingAllowance: Duration
    public var segments: [SegmentPlan]
    public var warnings: [WarningThreshold]
    /// Registrations received at or after this instant are late.
    public var registrationDeadline: Instant
    /// The walk from seat to microphone assumed between speakers until one is observed.
    public var expectedChangeover: Duration
    /// What one press of the extend key adds to the speaker's time.
    public var extensionStep: Duration
    /// Limits by category that differ from the segments' (observers 1:30, say).
    public var categoryLimits: [Category: Duration] = [:]
    /// Where rights of reply are heard, how many, how long.
    public var replies: ReplyRules = .generalAssembly
    /// A point of order's limit; nil when the plan sets none (it is still timed).
    public var pointOfOrderLimit: Duration?

    public init(
        title: String, timeZone: String, utcOffset: Duration, start: Instant, end: Instant,
        openingAllowance: Duration, closingAllowance: Duration, segments: [SegmentPlan],
        warnings: [WarningThreshold] = WarningThreshold.defaults,
        registrationDeadline: Instant, expectedChangeover: Duration = .seconds(20),
        extensionStep: Duration = .seconds(30)
    ) {
        self.extensionStep = extensionStep
        self.title = title
        self.timeZone = timeZone
        self.utcOffset = utcOffset
        self.start = start
        self.end = end
        self.openingAllowance = openingAllowance
        self.closingAllowance = closingAllowance
        self.segments = segments
        self.warnings = warnings.sorted { $0.stage < $1.stage }
        self.registrationDeadline = registrationDeadline
        self.expectedChangeover = expectedChangeover
    }

    /// When segment `index` is planned to start: the session start, the opening, and
    /// the budgets of the segments before it.
    public func plannedStart(ofSegment index: Int) -> Instant {
        segments.prefix(index).reduce(start + openingAllowance) { $0 + $1.budget }
    }

    public func plannedEnd(ofSegment index: Int) -> Instant {
        plannedStart(ofSegment: index) + segments[index].budget
    }

    /// Problems that make a plan unusable, in words; empty when it is sound.
    public func problems() -> [String] {
        var out: [String] = []
        if segments.isEmpty { out.append("the plan has no segments") }
        if end <= start { out.append("the session ends before it starts") }
        for (i, s) in segments.enumerated() {
            if s.budget <= .zero { out.append("segment \(s.id) has no time budget") }
            if s.interventionLimit <= .zero { out.append("segment \(s.id) has no intervention limit") }
            if segments[..<i].contains(where: { $0.id == s.id }) { out.append("segment id \(s.id) is used twice") }
        }
        for (c, limit) in categoryLimits.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where limit <= .zero {
            out.append("the limit for \(c.rawValue) is not positive")
        }
        if replies.perDelegation < 0 { out.append("the number of replies per delegation is negative") }
        if replies.limits.contains(where: { $0 <= .zero }) { out.append("a reply limit is not positive") }
        if let p = pointOfOrderLimit, p <= .zero { out.append("the point of order limit is not positive") }
        let planned = segments.reduce(openingAllowance + closingAllowance) { $0 + $1.budget }
        if !segments.isEmpty, start + planned > end {
            out.append(
                "opening, segments and closing take \(TimeText.minutesSeconds(planned)), "
                    + "longer than the session")
        }
        return out
    }

    /// The segment whose id matches, case-insensitively; also accepts 1-based numbers
    /// and Roman numerals I–X as registration files write them. A numeral names the
    /// segment at that position only when that segment's own id is not a numeral for
    /// another position: in a plan whose one segment is "II", a row for "I" names no
    /// segment (it is an error), rather than being moved to Segment II.
    public func segmentIndex(named raw: String) -> Int? {
        let key = raw.trimming().uppercased()
        if let i = segments.firstIndex(where: { $0.id.uppercased() == key }) { return i }
        guard let position = Self.numeral(key), position < segments.count else { return nil }
        let own = Self.numeral(segments[position].id.trimming().uppercased())
        return own == nil || own == position ? position : nil
    }

    /// The 0-based position a segment numeral stands for: `1`, `2`, … or `I`–`X`.
    static func numeral(_ key: String) -> Int? {
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        if let r = romans.firstIndex(of: key) { return r }
        if let n = Int(key), n >= 1 { return n - 1 }
        return nil
    }
}

extension SessionPlan {
    /// The same plan on another day, at the same local times: every instant moves by
    /// whole days (the registration deadline too). For demos and rehearsals of an old
    /// plan today. The UTC offset is kept; a caller crossing a summer-time change
    /// resolves the new offset and passes it.
    public func moved(toYear year: Int, month: Int, day: Int, utcOffset newOffset: Duration? = nil) -> SessionPlan {
        let local = CivilDate.local(start, utcOffset: utcOffset)
        let from = CivilDate.daysFromEpoch(year: local.year, month: local.month, day: local.day)
        let to = CivilDate.daysFromEpoch(year: year, month: month, day: day)
        let shift = Duration.seconds(Int64(to - from) * 86_400) + (utcOffset - (newOffset ?? utcOffset))
        var p = self
        p.start = start + shift
        p.end = end + shift
        p.registrationDeadline = registrationDeadline + shift
        p.utcOffset = newOffset ?? utcOffset
        return p
    }

    /// The same plan starting at `newStart`: every instant of it moves by the same
    /// amount (the registration deadline too), so the day keeps its shape. For the
    /// embedded session, which a newcomer opens first, and for `plenary run --at`.
    public func starting(at newStart: Instant) -> SessionPlan {
        let shift = newStart - start
        var p = self
        p.start = start + shift
        p.end = end + shift
        p.registrationDeadline = registrationDeadline + shift
        return p
    }

    /// The next quarter hour of the local clock strictly after `now`.
    public static func nextQuarterHour(after now: Instant, utcOffset: Duration) -> Instant {
        let quarter: Int64 = 15 * 60 * 1000
        let local = now.milliseconds + utcOffset.wholeMilliseconds
        let floor = local >= 0 ? local / quarter : -((-local + quarter - 1) / quarter)
        return Instant(milliseconds: (floor + 1) * quarter - utcOffset.wholeMilliseconds)
    }
}
