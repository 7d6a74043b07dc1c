// What the room sees of a live session, phase by phase. Times come from the core's
// queries at `now`; the only thing the display changes is how an overrun reads when
// the speaker's screen is frozen at zero.
import PlenaryCore
import PlenaryText

extension DisplayScreen {
    static func livePanel(_ st: SessionState, now: Instant, config: DisplayConfig) -> DisplayPanel {
        let s = Strings.of(config.language)
        let d = DisplayStrings.of(config.language)
        let next = config.showNext ? st.upcoming.first.map { "\(s.next)  \(delegation(st, $0))" } : nil
        let template = { (text: String) in config.freezeAtZero ? text : "+" + text.filter { $0 != "+" } }
        switch st.floor {
        case .speaking(let iv), .paused(let iv, _):
            guard let left = st.remaining(at: now), let stage = st.stage(at: now) else { break }
            let frozen = config.freezeAtZero && left < .zero
            let digits =
                frozen
                ? TimeText.minutesSeconds(.zero)
                : left >= .zero ? TimeText.minutesSeconds(left) : "+" + TimeText.minutesSeconds(.zero - left)
            let paused = st.floor.pausedSince != nil
            let shown: Stage = config.freezeAtZero && stage > .time ? .time : stage
            let word = paused ? s.paused : stageWord(shown, s)
            let role: StyleRole = paused ? .paused : StyleRole.of(shown)
            return DisplayPanel(
                heading: delegation(st, iv.speaker), detail: function(st, iv.speaker),
                digits: digits, template: template(digits), word: word, role: role, next: next)
        case .called(let id, _):
            let limit = TimeText.minutesSeconds(
                st.currentSegment.map { st.plan.segments[$0].interventionLimit } ?? .zero)
            return DisplayPanel(
                heading: delegation(st, id), detail: function(st, id), digits: limit,
                template: template(limit), word: s.called, role: .called, next: next)
        case .pointOfOrder(let p):
            let w = ProcedureStrings.of(config.language)
            let elapsed = p.elapsed(at: now)
            let digits =
                p.limit.map { limit in
                    let left = limit - elapsed
                    return left >= .zero
                        ? TimeText.minutesSeconds(left) : "+" + TimeText.minutesSeconds(.zero - left)
                } ?? TimeText.minutesSeconds(elapsed)
            return DisplayPanel(
                heading: w.pointOfOrder,
                detail: p.raisedBy.isEmpty ? nil : w.raisedBy(TerminalSafe.clean(p.raisedBy)),
                digits: digits, template: template(digits), word: w.pointOfOrder, role: .paused, next: nil)
        case .suspended(let susp):
            let w = ProcedureStrings.of(config.language)
            let left = susp.remaining(at: now)
            let digits = left >= .zero ? TimeText.minutesSeconds(left) : "+" + TimeText.minutesSeconds(.zero - left)
            let resumes = w.resumesAt(TimeText.clock(susp.start + susp.planned, utcOffset: st.plan.utcOffset))
            return DisplayPanel(
                heading: w.suspended, detail: susp.reason.isEmpty ? nil : TerminalSafe.clean(susp.reason),
                digits: digits, template: template(digits), word: w.suspended, role: .paused, lines: [resumes],
                next: next)
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
            let frozen = config.freezeAtZero && left < .zero
            let digits =
                frozen
                ? TimeText.minutesSeconds(.zero)
                : left >= .zero ? TimeText.minutesSeconds(left) : "+" + TimeText.minutesSeconds(.zero - left)
            let shown: Stage = config.freezeAtZero && stage > .time ? .time : stage
            let name = st.chairTurn?.part == .closing ? s.closing : s.opening
            return DisplayPanel(
                heading: name, digits: digits, template: template(digits),
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
    /// many went over, and the time spoken.
    static func summary(_ st: SessionState, closedAt: Instant, _ d: DisplayStrings, language: Language) -> [String] {
        let offset = st.plan.utcOffset
        let spoken = st.records.reduce(Duration.zero) { $0 + $1.speakingTime }
        let over = st.records.overTimeCount
        // The end against the schedule: a late opening shifted the plan (`Schedule`).
        let plannedEnd = st.schedule(at: closedAt).plan.end
        let unreached = st.order.joined().lazy.filter { st.wasNotReached($0) }.count
        let notReached = unreached > 0 ? [ScheduleStrings.of(language).notReached(unreached)] : []
        return [
            d.ended(TimeText.clockSeconds(closedAt, utcOffset: offset), TimeText.clock(plannedEnd, utcOffset: offset)),
            d.interventions(st.records.count, over),
            d.spoken(TimeText.minutesSeconds(spoken)),
        ] + notReached
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

    static func function(_ st: SessionState, _ id: SpeakerID) -> String? {
        st.speakers[id].map { TerminalSafe.clean($0.function) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
