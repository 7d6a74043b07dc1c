// What the web pages show, as one value sent to the browser: every word, stage and
// estimate computed here by the same core and view code as the console and the room
// display, at the server's "now". A running clock is sent as its value at that instant
// and the rate it runs at, with the instants its stage word changes, so the page counts
// locally (never from ticks: from the recorded value and the time since) and the network
// carries a snapshot only when the journal changes or a projected figure moves.
import PlenaryCore
import PlenarySimulation
import PlenaryText
import PlenaryView

/// A time that runs: `value` milliseconds at the snapshot's `now`, changing by `rate`
/// per millisecond of session time after it (-1 counts down, 1 counts up, 0 stands).
public struct RunningTime: Codable, Sendable, Equatable {
    public var value: Int64
    public var rate: Int
}

/// From `at` on (session instant, milliseconds) the stage reads `word` in `role`'s colour.
public struct StageChange: Codable, Sendable, Equatable {
    public var at: Int64
    public var word: String
    public var role: String
}

/// The speaker's page: the room display's panel.
public struct SpeakerPart: Codable, Sendable, Equatable {
    public var heading: String?
    public var detail: String?
    public var word: String
    public var role: String
    /// The message to the speaker ("Please conclude"), shown until the officer clears it.
    public var message: String?
    /// The digits at `now`; `clock` runs them on.
    public var digits: String?
    public var clock: RunningTime?
    /// The screen stops at 0:00 (`?freeze=1`, as `display --freeze-at-zero`).
    public var freeze: Bool
    public var changes: [StageChange]
    public var lines: [String]
    public var next: String?
}

/// The chair's page.
public struct ChairPart: Codable, Sendable, Equatable {
    public var floor: String?
    /// The speaking time of the speaker on the floor; it stands still while a point of
    /// order has stopped their clock.
    public var floorTime: RunningTime?
    /// During a point of order or a suspension, the room display's lines about it: who
    /// raised it and the interrupted speaker's stopped time, or the reason and "resumes at".
    public var procedure: [String]
    public var next: String?
    public var after: String?
    public var callLine: String?
    public var segmentLabel: String?
    public var segmentLeft: RunningTime?
    public var sessionLeft: RunningTime?
    public var drift: String
    public var projectedEnd: String?
    /// The console's P(on time) as a percentage (`LiveOdds`), once computed; none once closed.
    public var onTime: String?
}

/// One row of the public list of speakers.
public struct ListRow: Codable, Sendable, Equatable {
    public var order: Int
    public var delegation: String
    public var mark: String
    public var status: String
    public var role: String
    /// The speaker's own limit (`SessionState.limit(of:)`: a reply's, the file's, the officer's change).
    public var limit: String?
    /// For whom a joint statement is made: "on behalf of Albania and North Macedonia".
    public var onBehalfOf: String?
    /// The estimated time of speaking of a waiting speaker, from the console's projection.
    public var estimated: String?
}

public struct ListSegment: Codable, Sendable, Equatable {
    public var heading: String
    public var current: Bool
    public var rows: [ListRow]
}

/// Everything the pages show at `now`.
public struct PageSnapshot: Codable, Sendable, Equatable {
    /// The server's session time when this was computed (milliseconds).
    public var now: Int64
    /// Session milliseconds per real millisecond (`PLENARY_CLOCK_RATE`), 0 for a rehearsal
    /// followed event by event.
    public var rate: Double
    public var utcOffset: Int64
    public var language: String
    public var title: String
    public var labels: [String: String]
    public var speaker: SpeakerPart
    public var chair: ChairPart?
    public var segments: [ListSegment]
}

extension PageSnapshot {
    /// The pages' content for what the follower sees, at `now`; `onTime` is the latest
    /// P(on time), computed off this path (`ServeOdds`).
    public static func of(
        _ source: DisplaySource, now: Instant, rate: Double, language: Language, freeze: Bool,
        onTime: Double? = nil
    ) -> PageSnapshot {
        let config = DisplayConfig(language: language, showNext: true, freezeAtZero: freeze)
        let panel = DisplayScreen.panel(source, now: now, config: config)
        var snap = PageSnapshot(
            now: now.milliseconds, rate: rate, utcOffset: 0, language: language.rawValue,
            title: panel.title ?? "", labels: labels(language),
            speaker: SpeakerPart(
                heading: panel.heading, detail: panel.detail, word: panel.word, role: panel.role.rawValue,
                message: panel.message, digits: panel.digits, clock: nil, freeze: freeze, changes: [],
                lines: panel.lines,
                next: panel.next),
            chair: nil, segments: [])
        guard case .live(let st, let rehearsal) = source else { return snap }
        if rehearsal { snap.rate = 0 }
        snap.utcOffset = st.plan.utcOffset.wholeMilliseconds
        snap.speaker.clock = speakerClock(st, now: now)
        snap.speaker.changes = stageChanges(st, now: now, source: source, config: config)
        let projection = st.projection(at: now)
        snap.chair = chair(st, now: now, projection: projection, language: language, onTime: onTime)
        switch st.floor {
        case .pointOfOrder, .suspended: snap.chair?.procedure = [panel.detail].compactMap { $0 } + panel.lines
        case .idle, .called, .speaking, .paused: break
        }
        snap.segments = list(st, projection: projection, language: language)
        return snap
    }

    /// The labels the pages put beside the figures.
    static func labels(_ language: Language) -> [String: String] {
        let s = Strings.of(language)
        let w = WebStrings.of(language)
        return [
            "speakerPage": w.speakerPage, "chairPage": w.chairPage, "listPage": w.listPage,
            "reportPage": w.reportPage, "floor": w.floor, "next": s.next, "after": w.after,
            "segment": s.segment, "session": s.session, "drift": w.drift, "projectedEnd": s.projectedEnd,
            "timeOfDay": w.timeOfDay, "limit": w.limit, "message": ProcedureStrings.of(language).message,
            "estimated": w.estimated, "status": w.status,
            "delegation": w.delegation, "order": w.order, "reconnecting": w.reconnecting,
            "left": s.left, "over": s.over, "onTime": w.onTime, "onTimeMeaning": w.onTimeMeaning(LiveOdds.runs),
        ]
    }

    /// The clock the room display's digits show: the speaker's countdown (or the
    /// chair's), running unless paused or only called; a point of order's own clock,
    /// counting up from the raise or down to its limit; a suspension's countdown to the
    /// announced end.
    static func speakerClock(_ st: SessionState, now: Instant) -> RunningTime? {
        switch st.floor {
        case .pointOfOrder(let p):
            if let left = st.pointOfOrderRemaining(at: now) {
                return RunningTime(value: left.wholeMilliseconds, rate: -1)
            }
            return RunningTime(value: p.elapsed(at: now).wholeMilliseconds, rate: 1)
        case .suspended(let susp):
            return RunningTime(value: susp.remaining(at: now).wholeMilliseconds, rate: -1)
        case .idle, .called, .speaking, .paused:
            break
        }
        if let left = st.remaining(at: now) {
            return RunningTime(value: left.wholeMilliseconds, rate: st.floor.pausedSince == nil ? -1 : 0)
        }
        if st.floor.intervention == nil, let left = st.chairRemaining(at: now) {
            return RunningTime(value: left.wholeMilliseconds, rate: -1)
        }
        return nil
    }

    /// The instants the speaker's stage word changes while the countdown runs: where
    /// the time left crosses each of the plan's warnings, each worded by the display's
    /// own panel at that instant. A point of order and a suspension keep their one word
    /// and colour however their clock runs.
    static func stageChanges(
        _ st: SessionState, now: Instant, source: DisplaySource, config: DisplayConfig
    ) -> [StageChange] {
        switch st.floor {
        case .pointOfOrder, .suspended: return []
        case .idle, .called, .speaking, .paused: break
        }
        guard let clock = speakerClock(st, now: now), clock.rate != 0 else { return [] }
        let left = Duration.milliseconds(clock.value)
        var out: [StageChange] = []
        for threshold in Set(st.plan.warnings.map(\.remaining)).sorted(by: >) where threshold < left {
            let at = now + (left - threshold)
            let p = DisplayScreen.panel(source, now: at, config: config)
            if out.last.map({ $0.word == p.word && $0.role == p.role.rawValue }) ?? false { continue }
            out.append(StageChange(at: at.milliseconds, word: p.word, role: p.role.rawValue))
        }
        return out
    }

    static func chair(
        _ st: SessionState, now: Instant, projection: Projection, language: Language, onTime: Double?
    ) -> ChairPart {
        let s = Strings.of(language)
        let name = { (id: SpeakerID) in st.speakers[id].map { TerminalSafe.clean($0.delegation) } }
        let upcoming = st.upcoming
        let floorID = st.speakerAtFloor
        let nextSpeaker = upcoming.first.flatMap { st.speakers[$0] }
        let afterSpeaker = upcoming.dropFirst().first.flatMap { st.speakers[$0] }
        let drift = projection.drift
        let driftText =
            drift.wholeMilliseconds / 1000 == 0
            ? s.onSchedule
            : drift > .zero
                ? "\(TimeText.minutesSeconds(drift)) \(s.behind)"
                : "\(TimeText.minutesSeconds(.zero - drift)) \(s.ahead)"
        var segmentLabel: String?
        if let i = st.currentSegment {
            segmentLabel = "\(s.segment) \(TerminalSafe.clean(st.plan.segments[i].id))"
        }
        return ChairPart(
            floor: floorID.flatMap(name),
            floorTime: st.speakingTime(at: now).map {
                RunningTime(value: $0.wholeMilliseconds, rate: st.floor.pausedSince == nil ? 1 : 0)
            },
            procedure: [], next: upcoming.first.flatMap(name), after: upcoming.dropFirst().first.flatMap(name),
            callLine: nextSpeaker.map {
                TerminalSafe.clean(CallLine.text(language, $0, afterSpeaker))
            },
            segmentLabel: segmentLabel,
            segmentLeft: st.segmentRemaining(at: now).map { RunningTime(value: $0.wholeMilliseconds, rate: -1) },
            sessionLeft: RunningTime(
                value: st.sessionRemaining(at: now).wholeMilliseconds, rate: st.isClosed ? 0 : -1),
            drift: driftText,
            projectedEnd: st.isClosed ? nil : TimeText.clock(projection.sessionEnd, utcOffset: st.plan.utcOffset),
            onTime: st.isClosed ? nil : onTime.map { WebStrings.of(language).percent(Int(($0 * 100).rounded())) })
    }

    /// Each segment's speakers in order, with their status as the console's list words
    /// it and, for each waiting speaker, the start of the turn the projection gives it.
    static func list(_ st: SessionState, projection: Projection, language: Language) -> [ListSegment] {
        var starts: [SpeakerID: Instant] = [:]
        for seg in projection.segments { for slot in seg.slots { starts[slot.speaker] = slot.start } }
        let w = ProcedureStrings.of(language)
        return st.order.enumerated().map { i, ids in
            let seg = st.plan.segments[i]
            let title = TerminalSafe.clean(seg.title)
            let heading =
                "\(Strings.of(language).segment) \(TerminalSafe.clean(seg.id))" + (title.isEmpty ? "" : " — \(title)")
            let rows = ids.enumerated().map { n, id in
                let (mark, word, role) = ConsoleScreen.status(id, in: st, language: language)
                let waiting = st.status(of: id) == .waiting && !st.wasNotReached(id)
                let name = st.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"
                let reply = st.replyNumber(of: id).map(w.replyMark) ?? ""
                let others = (st.speakers[id]?.creditedDelegations.dropFirst() ?? [])
                    .map { TerminalSafe.clean($0) }.filter { !$0.isEmpty }
                return ListRow(
                    order: n + 1, delegation: name + reply, mark: mark, status: word, role: role.rawValue,
                    limit: st.limit(of: id).map { TimeText.minutesSeconds($0) },
                    onBehalfOf: others.isEmpty ? nil : w.onBehalfOf(Array(others)),
                    estimated: waiting ? starts[id].map { TimeText.clock($0, utcOffset: st.plan.utcOffset) } : nil)
            }
            return ListSegment(heading: heading, current: st.currentSegment == i, rows: rows)
        }
    }
}
