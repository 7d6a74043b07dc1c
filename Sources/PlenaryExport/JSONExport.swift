// JSON for other programs: everything in the log, times as ISO 8601 with the plan's
// offset, durations in whole milliseconds (`…Ms`), keys in camelCase and sorted so the
// bytes are stable from run to run, and every key always present (`null` when the log
// has no value). The schema is docs/export.md's; `schemaVersion` changes with it.
import FoundationEssentials
import PlenaryCore

enum JSONExport {
    /// 1: the first documented schema (exports before it had no `schemaVersion`, kept the
    /// gap between speakers also as `changeoverMs`, and left absent values out).
    /// 2: the rules of procedure (issue 16): new keys and objects, and new values of
    /// `kind` (`reply`) and `status` (`submitted in writing`); no key of 1 changed.
    static let schemaVersion = 2

    struct Document: Encodable {
        var schemaVersion: Int
        var title: String
        var timeZone: String
        var final: Bool
        var asOf: String
        var remarks: [String]
        /// Present (true) only for a rehearsal's log, so a live log carries no mark at all:
        /// the one key the schema leaves out rather than writing `null`.
        var rehearsal: Bool?
        var session: Period
        var segments: [Period]
        /// The chair's opening and closing; `null` when they were not timed.
        @Null var opening: Chair?
        @Null var closing: Chair?
        var interventions: [Row]
        var delegations: [Delegation]
        var pointsOfOrder: [PointOfOrder]
        var suspensions: [Suspension]
        var messages: [Message]
    }

    struct Period: Encodable {
        var name, title, plannedStart, plannedEnd: String
        @Null var actualStart: String?
        @Null var actualEnd: String?
        var interventions: Int
        var speakingMs, pausedMs, overrunTotalMs, overrunLargestMs: Int64
        var overrunCount: Int
        var gapBetweenSpeakersMs, walkToMicrophoneMs: Int64
        var notReached: [String]
        var inWriting: [String]
        var suspendedMs, pointOfOrderMs: Int64
        var pointOfOrderCount: Int
    }

    struct Chair: Encodable {
        var plannedStart, plannedEnd, actualStart: String
        @Null var actualEnd: String?
        var allowanceMs, durationMs, overrunMs: Int64
        var overTime: Bool
    }

    struct Row: Encodable {
        var segment: String
        var order: Int
        var speakerId: Int
        var delegation, speaker, kind, status: String
        @Null var plannedStart: String?
        @Null var plannedEnd: String?
        @Null var calledAt: String?
        @Null var floorGivenAt: String?
        @Null var endedAt: String?
        @Null var startCorrectedFrom: String?
        @Null var speakingMs: Int64?
        var pauses: [Span]
        var limitMs: Int64
        var extensions: [Grant]
        /// To the millisecond, whether or not it counts as over time (`overTime`).
        @Null var overrunMs: Int64?
        var overTime: Bool
        @Null var walkToMicrophoneMs: Int64?
        @Null var gapBetweenSpeakersMs: Int64?
        var onBehalfOf: [String]
        @Null var replyOrdinal: Int?
        @Null var limitChange: LimitChange?
        var notes: [Note]
        var pointOfOrderMs: Int64
    }

    struct Span: Encodable {
        var start, end: String
        var ms: Int64
        /// `chair` or `point of order` (`PauseCause`).
        var cause: String
    }
    struct LimitChange: Encodable {
        var at, reason: String
        var limitMs: Int64
    }
    struct Note: Encodable {
        var at, text: String
    }
    struct PointOfOrder: Encodable {
        @Null var segment: String?
        var raisedAt, endedAt, raisedBy: String
        @Null var interruptedSpeakerId: Int?
        @Null var interruptedDelegation: String?
        var ms: Int64
        @Null var limitMs: Int64?
        var overrunMs: Int64
        var overTime: Bool
    }
    struct Suspension: Encodable {
        @Null var segment: String?
        var start, resumedAt, reason: String
        var announcedMs, ms: Int64
    }
    /// A canned message by its code (every reader words it in its own language), a
    /// typed one as typed.
    struct Message: Encodable {
        var shownAt: String
        @Null var clearedAt: String?
        @Null var speakerId: Int?
        @Null var delegation: String?
        @Null var canned: String?
        @Null var text: String?
    }
    struct Grant: Encodable {
        var at: String
        var ms: Int64
        var reason: String
    }

    struct Delegation: Encodable {
        var delegation: String
        var interventions, extensionCount, overrunCount, statementsOnItsBehalf: Int
        var allottedMs, usedMs, extensionMs, overrunMs: Int64
    }

    static func render(_ log: ActualTimesLog) -> String {
        let off = log.utcOffset
        func iso(_ t: Instant) -> String { TimeText.iso(t, utcOffset: off) }
        func chair(_ c: ChairPeriod) -> Chair {
            Chair(
                plannedStart: iso(c.plannedStart), plannedEnd: iso(c.plannedEnd), actualStart: iso(c.actualStart),
                actualEnd: c.actualEnd.map(iso), allowanceMs: c.allowance.wholeMilliseconds,
                durationMs: c.duration.wholeMilliseconds, overrunMs: c.overrun.wholeMilliseconds,
                overTime: c.isOverTime)
        }
        func period(_ p: PeriodSummary) -> Period {
            Period(
                name: p.name, title: p.title, plannedStart: iso(p.plannedStart), plannedEnd: iso(p.plannedEnd),
                actualStart: p.actualStart.map(iso), actualEnd: p.actualEnd.map(iso),
                interventions: p.interventions, speakingMs: p.speakingTotal.wholeMilliseconds,
                pausedMs: p.pausedTotal.wholeMilliseconds,
                overrunTotalMs: p.overrunTotal.wholeMilliseconds,
                overrunLargestMs: p.overrunLargest.wholeMilliseconds, overrunCount: p.overrunCount,
                gapBetweenSpeakersMs: p.gapBetweenSpeakersTotal.wholeMilliseconds,
                walkToMicrophoneMs: p.walkToMicrophoneTotal.wholeMilliseconds,
                notReached: p.notReached.compactMap { id in log.rows.first { $0.speaker == id }?.delegation },
                inWriting: p.inWriting.compactMap { id in log.rows.first { $0.speaker == id }?.delegation },
                suspendedMs: p.suspendedTotal.wholeMilliseconds, pointOfOrderMs: p.pointOfOrderTotal.wholeMilliseconds,
                pointOfOrderCount: p.pointsOfOrder)
        }
        func delegation(_ id: SpeakerID?) -> String? { id.map { ExportText.delegation($0, log) } }
        let rows = log.rows.map { r in
            Row(
                segment: log.plan.segments[r.segment].id, order: r.order, speakerId: r.speaker.rawValue,
                delegation: r.delegation, speaker: r.function, kind: r.kind.rawValue, status: r.status.rawValue,
                plannedStart: r.plannedStart.map(iso), plannedEnd: r.plannedEnd.map(iso),
                calledAt: r.calledAt.map(iso), floorGivenAt: r.floorGivenAt.map(iso), endedAt: r.endedAt.map(iso),
                startCorrectedFrom: r.recordedStart.map(iso), speakingMs: r.speakingTime?.wholeMilliseconds,
                pauses: r.pauses.map {
                    Span(
                        start: iso($0.start), end: iso($0.end), ms: $0.length.wholeMilliseconds,
                        cause: $0.cause.rawValue)
                },
                limitMs: r.limit.wholeMilliseconds,
                extensions: r.extensions.map {
                    Grant(at: iso($0.at), ms: $0.amount.wholeMilliseconds, reason: $0.reason)
                },
                overrunMs: r.overrun?.wholeMilliseconds, overTime: r.isOverTime,
                walkToMicrophoneMs: r.walkToMicrophone?.wholeMilliseconds,
                gapBetweenSpeakersMs: r.gapBetweenSpeakers?.wholeMilliseconds, onBehalfOf: r.onBehalfOf,
                replyOrdinal: r.replyOrdinal,
                limitChange: r.limitChange.map {
                    LimitChange(at: iso($0.at), reason: $0.reason, limitMs: $0.limit.wholeMilliseconds)
                },
                notes: r.notes.map { Note(at: iso($0.at), text: $0.text) },
                pointOfOrderMs: r.pointOfOrderTotal.wholeMilliseconds)
        }
        let pointsOfOrder = log.pointsOfOrder.map { p in
            PointOfOrder(
                segment: p.segment.map { ExportText.segmentID($0, log) }, raisedAt: iso(p.raisedAt),
                endedAt: iso(p.endedAt), raisedBy: p.raisedBy, interruptedSpeakerId: p.interruptedSpeaker?.rawValue,
                interruptedDelegation: delegation(p.interruptedSpeaker), ms: p.length.wholeMilliseconds,
                limitMs: p.limit?.wholeMilliseconds, overrunMs: p.overrun.wholeMilliseconds,
                overTime: Measure.isOverTime(p.overrun))
        }
        let suspensions = log.suspensions.map { s in
            Suspension(
                segment: s.segment.map { ExportText.segmentID($0, log) }, start: iso(s.suspension.start),
                resumedAt: iso(s.resumedAt), reason: s.suspension.reason,
                announcedMs: s.suspension.planned.wholeMilliseconds, ms: s.length.wholeMilliseconds)
        }
        let messages = log.messages.map { m in
            var canned: String?
            var text: String?
            switch m.message {
            case .canned(let c): canned = c.rawValue
            case .text(let t): text = t
            }
            return Message(
                shownAt: iso(m.shownAt), clearedAt: m.clearedAt.map(iso), speakerId: m.speaker?.rawValue,
                delegation: delegation(m.speaker), canned: canned, text: text)
        }
        let delegations = log.delegations.map {
            Delegation(
                delegation: $0.delegation, interventions: $0.interventions, extensionCount: $0.extensionCount,
                overrunCount: $0.overrunCount, statementsOnItsBehalf: $0.statementsOnItsBehalf,
                allottedMs: $0.allotted.wholeMilliseconds,
                usedMs: $0.used.wholeMilliseconds, extensionMs: $0.extensionTotal.wholeMilliseconds,
                overrunMs: $0.overrunTotal.wholeMilliseconds)
        }
        let doc = Document(
            schemaVersion: schemaVersion, title: log.plan.title, timeZone: log.plan.timeZone, final: log.isFinal,
            asOf: iso(log.asOf),
            remarks: log.remarks, rehearsal: log.rehearsal ? true : nil, session: period(log.session),
            segments: log.segments.map(period), opening: log.opening.map(chair), closing: log.closing.map(chair),
            interventions: rows, delegations: delegations, pointsOfOrder: pointsOfOrder, suspensions: suspensions,
            messages: messages)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(doc)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// An optional written as `null` when absent, instead of leaving its key out: a reader
/// of the schema finds every key in every object.
@propertyWrapper
struct Null<Value: Encodable>: Encodable {
    private var value: Value?

    var wrappedValue: Value? {
        get { value }
        set { value = newValue }
    }

    init(wrappedValue: Value?) { value = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}
