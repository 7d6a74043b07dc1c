// The plan and its ordered speakers list as plain text for people (`plenary plan`).
import PlenaryCore
import PlenaryText
import PlenaryView

public enum PlanReport {
    public static func text(_ state: SessionState) -> String {
        let plan = state.plan
        let off = plan.utcOffset
        var out: [String] = []
        func clock(_ t: Instant) -> String { TimeText.clock(t, utcOffset: off) }
        func ms(_ d: Duration) -> String { TimeText.minutesSeconds(d) }
        out.append(plan.title)
        out.append(
            "\(TimeText.date(plan.start, utcOffset: off)), \(clock(plan.start))–\(clock(plan.end)) "
                + "(\(plan.timeZone), UTC\(offsetText(off)))")
        let lastMoment = plan.registrationDeadline - .seconds(1)
        out.append(
            "Registrations until \(TimeText.date(lastMoment, utcOffset: off)) "
                + "\(TimeText.clockSeconds(lastMoment, utcOffset: off)); "
                + "opening \(ms(plan.openingAllowance)), closing \(ms(plan.closingAllowance))")
        let stages = plan.warnings.map {
            "\(stageName($0.stage)) at \(remainingText($0.remaining))\($0.bell ? " (bell)" : "")"
        }
        out.append("Warnings: " + stages.joined(separator: ", "))
        for (i, seg) in plan.segments.enumerated() {
            let start = plan.plannedStart(ofSegment: i)
            let end = plan.plannedEnd(ofSegment: i)
            out.append("")
            out.append("Segment \(seg.id): \(seg.title)")
            out.append(
                "  \(clock(start))–\(clock(end)), budget \(ms(seg.budget)), "
                    + "\(ms(seg.interventionLimit)) per intervention")
            let list = state.order[i]
            if list.isEmpty { out.append("  (no speakers registered)") }
            for (n, id) in list.enumerated() {
                guard let sp = state.speakers[id] else { continue }
                let received = sp.received.map { "received \(Strings.stamp($0, off))" } ?? ""
                let num = n + 1 < 10 ? " \(n + 1)" : "\(n + 1)"
                let delegation = DisplayWidth.pad(TerminalSafe.clean(sp.delegation), toCells: 46)
                let function = DisplayWidth.pad(TerminalSafe.clean(sp.function), toCells: 48)
                out.append("  \(num). \(delegation) \(function) \(received)".trimming(.spaces, from: .trailing))
            }
            let capacity = plan.capacity(ofSegment: i, speakers: list.count)
            let need = capacity.needed.wholeMilliseconds
            let fits = capacity.fits
            out.append(
                "  \(list.count) speakers × (\(ms(seg.interventionLimit)) + \(ms(plan.expectedChangeover)) "
                    + "changeover) = \(ms(.milliseconds(need))) of \(ms(seg.budget)): \(fits ? "fits" : "does not fit")"
            )
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func stageName(_ s: Stage) -> String {
        switch s {
        case .onTime: "on time"
        case .wrapUp: "wrap up"
        case .final: "final"
        case .time: "time"
        case .overrun(let n): "overrun \(n)"
        }
    }

    static func remainingText(_ d: Duration) -> String {
        d < .zero ? "+" + TimeText.minutesSeconds(.zero - d) : TimeText.minutesSeconds(d) + " left"
    }

    static func offsetText(_ d: Duration) -> String {
        let m = d.wholeMilliseconds / 60_000
        let h = abs(m) / 60
        let mm = abs(m) % 60
        return (m < 0 ? "-" : "+") + "\(h)" + (mm == 0 ? "" : ":\(mm < 10 ? "0" : "")\(mm)")
    }
}
