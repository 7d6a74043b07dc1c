// The plan and its ordered speakers list as plain text for people (`plenary plan`),
// and the chair's script: the call lines in order, segment by segment
// (`plenary plan --script`).
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

    /// The chair's script in `language`: for each segment its heading and planned times,
    /// then one numbered call line per speaker in running order, each naming the one
    /// who follows in the segment, wrapped to `width` cells with a hanging indent so it
    /// prints as it reads.
    public static func script(_ state: SessionState, language: Language, width: Int = 80) -> String {
        let plan = state.plan
        let words = Strings.of(language)
        func clock(_ t: Instant) -> String { TimeText.clock(t, utcOffset: plan.utcOffset) }
        var out = wrap(words.scriptTitle(TerminalSafe.clean(plan.title)), width: width)
        out.append(
            "\(TimeText.date(plan.start, utcOffset: plan.utcOffset)), \(clock(plan.start))–\(clock(plan.end))")
        for (i, seg) in plan.segments.enumerated() {
            let list = state.order[i].compactMap { state.speakers[$0] }
            out.append("")
            out += wrap(words.scriptSegment(seg.id, TerminalSafe.clean(seg.title)), width: width)
            out.append(
                words.scriptSegmentPlan(
                    from: clock(plan.plannedStart(ofSegment: i)), to: clock(plan.plannedEnd(ofSegment: i)),
                    speakers: list.count))
            out.append("")
            if list.isEmpty { out.append("  " + words.scriptNoSpeakers) }
            for (n, speaker) in list.enumerated() {
                let following = list.indices.contains(n + 1) ? list[n + 1] : nil
                let line = TerminalSafe.clean(CallLine.text(language, speaker, following))
                let number = DisplayWidth.pad("\(n + 1).", toCells: 4)
                var rows = wrap(line, width: width - 6)
                rows[0] = "  " + number + rows[0]
                for r in rows.indices.dropFirst() { rows[r] = "      " + rows[r] }
                out += rows
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `text` broken at spaces into lines of at most `width` cells (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(candidate) > width, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines
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
