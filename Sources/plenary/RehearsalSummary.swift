// The few lines a headless rehearsal prints when it is done.
import PlenaryCore
import PlenaryRehearsal
import PlenaryText

enum RehearsalSummary {
    static func text(_ o: RehearsalOutcome, seed: UInt64) -> String {
        let s = o.state, plan = s.plan, off = plan.utcOffset
        var lines = ["REHEARSAL (headless, seed \(seed)): \(TerminalSafe.clean(plan.title))"]
        if case .closed(let end) = s.phase {
            let late = end - plan.end
            let verdict = late > .zero ? "\(TimeText.minutesSeconds(late)) late" : "on time"
            lines.append("opened \(s.openedAt.map { TimeText.clockSeconds($0, utcOffset: off) } ?? "-"), closed \(TimeText.clockSeconds(end, utcOffset: off)) (planned \(TimeText.clock(plan.end, utcOffset: off))): \(verdict)")
        } else {
            lines.append("the session did not close")
        }
        let over = s.records.filter { $0.overrun >= .seconds(1) }.count
        let absent = s.speakers.keys.filter { s.status(of: $0) == .absent }.count
        let walkIns = s.speakers.values.filter { $0.kind == .walkIn }.count
        lines.append("\(s.records.count) interventions (\(over) over time), \(absent) absent, \(walkIns) walk-in\(walkIns == 1 ? "" : "s"); \(o.events) events")
        lines.append("journal: \(o.journal)")
        lines.append("exports: \(o.exports.joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }
}
