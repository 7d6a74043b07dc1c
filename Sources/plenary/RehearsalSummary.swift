// The few lines a headless rehearsal prints when it is done: the figures here, the
// words in `RehearsalStrings`.
import PlenaryCore
import PlenaryRehearsal
import PlenaryText
import PlenaryView

enum RehearsalSummary {
    static func text(_ o: RehearsalOutcome, seed: UInt64, language: Language = .english) -> String {
        let s = o.state
        let plan = s.plan
        let off = plan.utcOffset
        var closed: String?
        var late: String?
        if case .closed(let end) = s.phase {
            closed = TimeText.clockSeconds(end, utcOffset: off)
            if end - plan.end > .zero { late = TimeText.minutesSeconds(end - plan.end) }
        }
        let over = o.overTime
        let absent = s.speakers.keys.filter { s.status(of: $0) == .absent }.count
        let walkIns = s.speakers.values.filter { $0.kind == .walkIn }.count
        let replies = s.records.filter { s.speakers[$0.speaker]?.kind == .reply }.count
        let opened = s.openedAt.map { TimeText.clockSeconds($0, utcOffset: off) }
        return RehearsalStrings.of(language).headlessSummary(
            HeadlessSummary(
                seed: seed, title: TerminalSafe.clean(plan.title), opened: opened,
                closed: closed, plannedEnd: TimeText.clock(plan.end, utcOffset: off), late: late,
                interventions: s.records.count, overTime: over, absent: absent, walkIns: walkIns,
                pointsOfOrder: s.pointsOfOrder.count, replies: replies, events: o.events,
                journal: o.journal, exports: o.exports))
    }
}
