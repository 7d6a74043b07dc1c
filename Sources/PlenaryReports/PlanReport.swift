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
        if !plan.categoryLimits.isEmpty {
            let limits = Category.allCases.compactMap { c in plan.categoryLimits[c].map { "\(c.rawValue) \(ms($0))" } }
            out.append("Limits by category: " + limits.joined(separator: ", "))
        }
        out.append(proceduralText(plan))
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
                let notes = [received, limitText(sp, state)].filter { !$0.isEmpty }.joined(separator: ", ")
                out.append("  \(num). \(delegation) \(function) \(notes)".trimming(.spaces, from: .trailing))
                if !sp.onBehalfOf.isEmpty {
                    let names = sp.onBehalfOf.map { TerminalSafe.clean($0) }.joined(separator: "; ")
                    out += wrap("on behalf of " + names, width: 74).map { "      " + $0 }
                }
            }
            let capacity = plan.capacity(ofSegment: i, speakers: list.compactMap { state.speakers[$0] })
            let fits = capacity.fits ? "fits" : "does not fit"
            let total = "\(ms(capacity.needed)) of \(ms(seg.budget)): \(fits)"
            if capacity.limits.allSatisfy({ $0 == seg.interventionLimit }) {
                out.append(
                    "  \(list.count) speakers × (\(ms(seg.interventionLimit)) + \(ms(plan.expectedChangeover)) "
                        + "changeover) = \(total)")
            } else {
                out.append(
                    "  \(list.count) speakers (\(limitCounts(capacity.limits))) + \(ms(plan.expectedChangeover)) "
                        + "changeover each = \(total)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Where a speaker's limit comes from when it is not the segment's: "own limit 3:00"
    /// (the registration file's) or "limit 1:30 (observer state)" (the plan's for the category).
    static func limitText(_ sp: Speaker, _ state: SessionState) -> String {
        guard let limit = state.limit(of: sp.id) else { return "" }
        let ms = TimeText.minutesSeconds(limit)
        if sp.limit != nil { return "own limit \(ms)" }
        if state.plan.categoryLimits[sp.category] != nil { return "limit \(ms) (\(sp.category.rawValue))" }
        return ""
    }

    /// "10 × 2:00, 1 × 3:00": how many speakers take each limit, the most taken first.
    static func limitCounts(_ limits: [Duration]) -> String {
        var counts: [Duration: Int] = [:]
        for l in limits { counts[l, default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.value) × \(TimeText.minutesSeconds($0.key))" }.joined(separator: ", ")
    }

    /// The plan's rights of reply and point of order limit, in one line: "Rights of
    /// reply: 2 per delegation at the end of the session, 10:00, then 5:00; points of order 3:00".
    static func proceduralText(_ plan: SessionPlan) -> String {
        let r = plan.replies
        var text = "Rights of reply: none"
        if r.perDelegation > 0 {
            let place = r.placement == .endOfSession ? "the end of the session" : "the end of each segment"
            let shown = (1...min(r.perDelegation, max(1, r.limits.count))).map {
                TimeText.minutesSeconds(r.limit(ofReply: $0))
            }
            text =
                "Rights of reply: \(r.perDelegation) per delegation at \(place), " + shown.joined(separator: ", then ")
            if r.perDelegation > shown.count { text += " (and \(shown[shown.count - 1]) each after)" }
        }
        return text + "; points of order "
            + (plan.pointOfOrderLimit.map { TimeText.minutesSeconds($0) } ?? "without a limit")
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
                // Every name in it is already capped; a joint statement's line is longer than one name.
                let line = TerminalSafe.clean(CallLine.text(language, speaker, following), limit: Int.max)
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
