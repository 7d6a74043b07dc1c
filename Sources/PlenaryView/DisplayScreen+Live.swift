// What the room sees of a live session, phase by phase. Times come from the core's
// queries at `now`; the only thing the display changes is how an overrun reads when
// the speaker's screen is frozen at zero.
import PlenaryCore
import PlenaryText

extension DisplayScreen {
    static func livePanel(_ st: SessionState, now: Instant, config: DisplayConfig) -> DisplayPanel {
        let s = Strings.of(config.language)
        let d = DisplayStrings.of(config.language)
        let next = config.showNext ? st.upcoming.first.map { "\(s.next)  \(listed(st, $0, config.language))" } : nil
        switch st.floor {
        case .speaking(let iv), .paused(let iv, _):
            guard let left = st.remaining(at: now), let stage = st.stage(at: now) else { break }
            let digits = countdown(left, config)
            let paused = st.floor.pausedSince != nil
            let shown: Stage = config.freezeAtZero && stage > .time ? .time : stage
            let word = paused ? s.paused : stageWord(shown, s)
            let role: StyleRole = paused ? .paused : StyleRole.of(shown)
            return DisplayPanel(
                heading: heading(st, iv.speaker, config.language), detail: detail(st, iv.speaker, config.language),
                digits: digits, template: template(digits, config, widest: iv.allowance), word: word, role: role,
                next: next)
        case .called(let id, _):
            // The speaker's own limit (a reply's, a `limit` column, the officer's change).
            let limit = TimeText.minutesSeconds(st.limit(of: id) ?? .zero)
            return DisplayPanel(
                heading: heading(st, id, config.language), detail: detail(st, id, config.language), digits: limit,
                template: template(limit, config), word: s.called, role: .called, next: next)
        case .pointOfOrder(let p):
            return pointOfOrderPanel(st, p, now: now, config: config)
        case .suspended(let susp):
            return suspensionPanel(st, susp, now: now, config: config, next: next)
        case .idle:
            break
        }
        switch st.phase {
        case .notStarted:
            return DisplayPanel(
                word: d.waiting, role: .idle,
                lines: [s.startsAt(TimeText.clock(st.plan.start, utcOffset: st.plan.utcOffset))])
        case .opening, .closing:
            // The chair is timed like a speaker: the countdown, its stage word and colour.
            guard let left = st.chairRemaining(at: now), let stage = st.chairStage(at: now) else {
                return DisplayPanel(word: s.opening, role: .idle, next: next)
            }
            let digits = countdown(left, config)
            let shown: Stage = config.freezeAtZero && stage > .time ? .time : stage
            let name = st.chairTurn?.part == .closing ? s.closing : s.opening
            return DisplayPanel(
                heading: name, digits: digits, template: template(digits, config, widest: st.chairTurn?.allowance),
                word: shown == .onTime ? name : stageWord(shown, s), role: StyleRole.of(shown),
                next: st.chairTurn?.part == .opening ? next : nil)
        case .segment(let i, _):
            let seg = st.plan.segments[i]
            let title = TerminalSafe.clean(seg.title)
            let heading = "\(s.segment) \(TerminalSafe.clean(seg.id))" + (title.isEmpty ? "" : " — \(title)")
            return DisplayPanel(heading: heading, word: s.floorFree, role: .idle, next: next)
        case .closed(let at):
            return DisplayPanel(
                word: s.closed, role: .idle, lines: summary(st, closedAt: at, d, language: config.language))
        }
    }

    /// The closing summary: the actual end against the plan, how many spoke and how
    /// many went over, the time spoken, and what was not heard: speakers not reached
    /// apart from statements handed in writing (they are not "not reached"), then the
    /// points of order and the time the meeting stood suspended.
    static func summary(_ st: SessionState, closedAt: Instant, _ d: DisplayStrings, language: Language) -> [String] {
        let offset = st.plan.utcOffset
        let w = ProcedureStrings.of(language)
        let spoken = st.records.reduce(Duration.zero) { $0 + $1.speakingTime }
        let over = st.records.overTimeCount
        // The end against the schedule: a late opening shifted the plan (`Schedule`).
        let plannedEnd = st.schedule(at: closedAt).plan.end
        let everyone = st.order.joined()
        let unreached = everyone.lazy.filter { st.wasNotReached($0) }.count
        let inWriting = everyone.lazy.filter { st.status(of: $0) == .inWriting }.count
        let suspended = st.suspendedTotal(at: closedAt)
        var lines = [
            d.ended(TimeText.clockSeconds(closedAt, utcOffset: offset), TimeText.clock(plannedEnd, utcOffset: offset)),
            d.interventions(st.records.count, over),
            d.spoken(TimeText.minutesSeconds(spoken)),
        ]
        if unreached > 0 { lines.append(ScheduleStrings.of(language).notReached(unreached)) }
        if inWriting > 0 { lines.append(w.inWritingCount(inWriting)) }
        if !st.pointsOfOrder.isEmpty { lines.append(w.pointsOfOrderCount(st.pointsOfOrder.count)) }
        if suspended > .zero { lines.append(w.suspendedTotal(TimeText.minutesSeconds(suspended))) }
        return lines
    }

    /// The time left as the room reads it: `m:ss`, `+m:ss` once over, or 0:00 for good
    /// when the speaker's screen is frozen at zero.
    static func countdown(_ left: Duration, _ config: DisplayConfig) -> String {
        config.freezeAtZero && left < .zero ? TimeText.minutesSeconds(.zero) : TimeText.countdown(left)
    }

    /// The widest text a countdown can become, so the digits' scale does not jump when
    /// the time runs over (frozen at zero it never grows a `+`), nor when a countdown
    /// from `widest` (a reply's 10:00, a suspension's 15:00) loses a digit.
    static func template(_ text: String, _ config: DisplayConfig, widest: Duration? = nil) -> String {
        let own = config.freezeAtZero ? text : "+" + text.filter { $0 != "+" }
        guard let widest else { return own }
        let start = template(TimeText.minutesSeconds(widest), config)
        return BigDigits.width(start) > BigDigits.width(own) ? start : own
    }

    static func stageWord(_ stage: Stage, _ s: Strings) -> String {
        switch stage {
        case .onTime: s.speaking
        case .wrapUp: s.wrapUp
        case .final: s.final
        case .time: s.time
        case .overrun(let n): s.overrun(n)
        }
    }

    static func delegation(_ st: SessionState, _ id: SpeakerID) -> String {
        st.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"
    }

    /// The delegation as a heading names it: a right of reply says which ("France (reply 1)").
    static func heading(_ st: SessionState, _ id: SpeakerID, _ language: Language) -> String {
        delegation(st, id) + (st.replyNumber(of: id).map(ProcedureStrings.of(language).replyMark) ?? "")
    }

    /// The line under the heading: the function, and for whom a joint statement is made.
    static func detail(_ st: SessionState, _ id: SpeakerID, _ language: Language) -> String? {
        let parts = [function(st, id), behalf(st, id, language)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// A speaker on a one-line list (next): the heading, and for whom a joint statement is made.
    static func listed(_ st: SessionState, _ id: SpeakerID, _ language: Language) -> String {
        heading(st, id, language) + (behalf(st, id, language).map { ", " + $0 } ?? "")
    }

    /// "on behalf of Albania and North Macedonia", nil for a national statement.
    static func behalf(_ st: SessionState, _ id: SpeakerID, _ language: Language) -> String? {
        guard let sp = st.speakers[id] else { return nil }
        let others = sp.creditedDelegations.dropFirst().map { TerminalSafe.clean($0) }.filter { !$0.isEmpty }
        return others.isEmpty ? nil : ProcedureStrings.of(language).onBehalfOf(others)
    }

    static func function(_ st: SessionState, _ id: SpeakerID) -> String? {
        st.speakers[id].map { TerminalSafe.clean($0.function) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
