// The actual-times log: what the secretariat files after the session. A value built
// from the plan, the speakers and the recorded events (never from a clock), by the
// core's rules (`ActualTimesLog.build`); PlenaryFormats renders it as CSV, JSON,
// Markdown or HTML.

/// Where a speaker's turn ended up.
public enum TurnStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case spoke = "spoke"
    case skippedThenSpoke = "skipped then spoke"
    case absent = "absent"
    case withdrawn = "withdrawn"
    /// Not heard; the statement was handed in to be circulated in writing.
    case inWriting = "submitted in writing"
    /// Still waiting when the segment or the session ended.
    case notReached = "not reached"
    /// Still waiting, in a session still under way.
    case waiting = "waiting"
    case called = "called"
    case onFloor = "on the floor"
}

/// One row per speaker on a list: an intervention, or the turn that did not happen.
public struct InterventionRow: Sendable, Hashable {
    public var segment: Int
    /// 1-based place in the segment's final running order.
    public var order: Int
    public var speaker: SpeakerID
    public var delegation: String
    public var function: String
    public var kind: SpeakerKind
    /// A joint statement's other delegations (`Speaker.onBehalfOf`).
    public var onBehalfOf: [String] = []
    public var status: TurnStatus
    /// The turn the projection at the session's opening gave this speaker; nil for
    /// walk-ins and for speakers moved in after the opening.
    public var plannedStart: Instant?
    public var plannedEnd: Instant?
    public var calledAt: Instant?
    public var floorGivenAt: Instant?
    /// The start the timer first recorded, when the operator corrected it.
    public var recordedStart: Instant?
    public var endedAt: Instant?
    /// Pauses excluded. For a speaker still on the floor, up to the log's `asOf`.
    public var speakingTime: Duration?
    public var pauses: [Pause]
    public var limit: Duration
    public var extensions: [Extension]
    /// Past the allowance, to the millisecond; whether it counts is `isOverTime`.
    public var overrun: Duration?
    /// `Measure.walkToMicrophone` of the intervention; nil if none or not called.
    public var walkToMicrophone: Duration?
    /// `Measure.gapBetweenSpeakers`: from the previous end (or the segment's start) to
    /// this floor; nil if not heard or there was no previous end.
    public var gapBetweenSpeakers: Duration?
    /// The officer's change of this speaker's limit, if any (its reason on the record).
    public var limitChange: LimitChange?
    /// Notes the officer added to this turn.
    public var notes: [TurnNote] = []
    /// Time the speaker's clock stood still for points of order (inside `pauses`).
    public var pointOfOrderTotal: Duration {
        pauses.filter { $0.cause == .pointOfOrder }.reduce(.zero) { $0 + $1.length }
    }

    /// Over time as the operator saw it (`Measure.isOverTime`).
    public var isOverTime: Bool { overrun.map(Measure.isOverTime) ?? false }
    public var pausedTotal: Duration { pauses.reduce(.zero) { $0 + $1.length } }
    public var extensionTotal: Duration { extensions.reduce(.zero) { $0 + $1.amount } }
}

/// Planned against actual for a segment or the whole session.
public struct PeriodSummary: Sendable, Hashable {
    /// "Segment I", or "Session".
    public var name: String
    public var title: String
    public var plannedStart: Instant
    public var plannedEnd: Instant
    public var actualStart: Instant?
    public var actualEnd: Instant?
    public var interventions: Int
    public var speakingTotal: Duration
    public var pausedTotal: Duration
    /// The sum of `InterventionRow.gapBetweenSpeakers` (previous end → floor).
    public var gapBetweenSpeakersTotal: Duration
    /// The sum of `InterventionRow.walkToMicrophone` (call → floor).
    public var walkToMicrophoneTotal: Duration
    /// Interventions over time (`InterventionRow.isOverTime`), and their overruns.
    public var overrunCount: Int
    public var overrunTotal: Duration
    public var overrunLargest: Duration
    public var notReached: [SpeakerID]
}

/// The chair's opening or closing, timed against its allowance like a speaker's turn.
/// The log has one only when it was timed (see `SessionState.openingTimes`).
public struct ChairPeriod: Sendable, Hashable {
    public var part: ChairPart
    /// As filed: the opening at the planned start, the closing after the last segment.
    public var plannedStart: Instant
    public var allowance: Duration
    public var actualStart: Instant
    /// Nil while it runs; its duration is then up to the log's `asOf`.
    public var actualEnd: Instant?
    public var duration: Duration
    /// Past the allowance, to the millisecond; whether it counts is `isOverTime`.
    public var overrun: Duration

    public init(
        part: ChairPart, plannedStart: Instant, allowance: Duration, actualStart: Instant, actualEnd: Instant?,
        asOf: Instant
    ) {
        self.part = part
        self.plannedStart = plannedStart
        self.allowance = allowance
        self.actualStart = actualStart
        self.actualEnd = actualEnd
        duration = max(.zero, (actualEnd ?? max(asOf, actualStart)) - actualStart)
        overrun = max(.zero, duration - allowance)
    }

    public var plannedEnd: Instant { plannedStart + allowance }
    /// Over time as a speaker's turn would be (`Measure.isOverTime`).
    public var isOverTime: Bool { Measure.isOverTime(overrun) }
}

/// Equal treatment: what each delegation was allotted and used.
public struct DelegationSummary: Sendable, Hashable {
    public var delegation: String
    public var interventions: Int
    /// Joint statements made on its behalf by another delegation's speaker.
    public var statementsOnItsBehalf: Int = 0
    /// The sum of the limits of its interventions.
    public var allotted: Duration
    public var used: Duration
    public var extensionCount: Int
    public var extensionTotal: Duration
    /// Interventions over time (`InterventionRow.isOverTime`), and their overruns.
    public var overrunCount: Int
    public var overrunTotal: Duration
}

public struct ActualTimesLog: Sendable, Hashable {
    public var plan: SessionPlan
    public var rows: [InterventionRow]
    public var segments: [PeriodSummary]
    public var session: PeriodSummary
    /// The chair's opening and closing, when they were timed.
    public var opening: ChairPeriod?
    public var closing: ChairPeriod?
    public var delegations: [DelegationSummary]
    /// Points of order, each its own row, oldest first.
    public var pointsOfOrder: [PointOfOrderRecord] = []
    /// Suspensions of the meeting (one still under way ends at `asOf`).
    public var suspensions: [SuspensionRecord] = []
    /// Messages shown to the speaker, oldest first.
    public var messages: [ShownMessage] = []
    /// The last recorded instant: times of anything still running are up to here.
    public var asOf: Instant
    /// The session was closed: the log is final.
    public var isFinal: Bool
    /// Lines about the record itself (a repaired journal, a resume after a reboot,
    /// a journal still being written), shown at the top of every format.
    public var remarks: [String]
    /// A rehearsal with simulated speakers: every format says so, so a practice run
    /// is never filed as the record of a session.
    public var rehearsal = false
    /// Exported from the intact prefix of a damaged journal (`export --salvage`): the
    /// remarks say where the damage is, and a CSV says so on every row.
    public var salvaged = false

    public var utcOffset: Duration { plan.utcOffset }

    /// Rows of one segment, in running order.
    public func rows(inSegment i: Int) -> [InterventionRow] { rows.filter { $0.segment == i } }
}
