// JSON for other programs: everything in the log, times as ISO 8601 with the plan's
// offset, durations in whole milliseconds (`…Ms`), keys in camelCase and sorted so the
// bytes are stable from run to run, and every key always present (`null` when the log
// has no value). The schema is docs/export.md's; `schemaVersion` changes with it.
import FoundationEssentials
import PlenaryCore

enum JSONExport {
    /// 1: the first documented schema (exports before it had no `schemaVersion`, kept the
    /// gap between speakers also as `changeoverMs`, and left absent values out).
    static let schemaVersion = 1

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
    }

    struct Span: Encodable {
        var start, end: String
        var ms: Int64
    }
    struct Grant: Encodable {
        var at: String
        var ms: Int64
        var reason: String
    }

    struct Delegation: Encodable {
        var delegation: String
        var interventions, extensionCount, overrunCount: Int
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
                notReached: p.notReached.compactMap { id in log.rows.first { $0.speaker == id }?.delegation })
        }
        let rows = log.rows.map { r in
            Row(
                segment: log.plan.segments[r.segment].id, order: r.order, speakerId: r.speaker.rawValue,
                delegation: r.delegation, speaker: r.function, kind: r.kind.rawValue, status: r.status.rawValue,
                plannedStart: r.plannedStart.map(iso), plannedEnd: r.plannedEnd.map(iso),
                calledAt: r.calledAt.map(iso), floorGivenAt: r.floorGivenAt.map(iso), endedAt: r.endedAt.map(iso),
                startCorrectedFrom: r.recordedStart.map(iso), speakingMs: r.speakingTime?.wholeMilliseconds,
                pauses: r.pauses.map { Span(start: iso($0.start), end: iso($0.end), ms: $0.length.wholeMilliseconds) },
                limitMs: r.limit.wholeMilliseconds,
                extensions: r.extensions.map {
                    Grant(at: iso($0.at), ms: $0.amount.wholeMilliseconds, reason: $0.reason)
                },
                overrunMs: r.overrun?.wholeMilliseconds, overTime: r.isOverTime,
                walkToMicrophoneMs: r.walkToMicrophone?.wholeMilliseconds,
                gapBetweenSpeakersMs: r.gapBetweenSpeakers?.wholeMilliseconds)
        }
        let delegations = log.delegations.map {
            Delegation(
                delegation: $0.delegation, interventions: $0.interventions, extensionCount: $0.extensionCount,
                overrunCount: $0.overrunCount, allottedMs: $0.allotted.wholeMilliseconds,
                usedMs: $0.used.wholeMilliseconds, extensionMs: $0.extensionTotal.wholeMilliseconds,
                overrunMs: $0.overrunTotal.wholeMilliseconds)
        }
        let doc = Document(
            schemaVersion: schemaVersion, title: log.plan.title, timeZone: log.plan.timeZone, final: log.isFinal,
            asOf: iso(log.asOf),
            remarks: log.remarks, rehearsal: log.rehearsal ? true : nil, session: period(log.session),
            segments: log.segments.map(period), opening: log.opening.map(chair), closing: log.closing.map(chair),
            interventions: rows, delegations: delegations)
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
