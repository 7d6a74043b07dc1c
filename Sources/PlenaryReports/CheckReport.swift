// What `plenary check` prints: the session and its ordered list (as `plenary plan`
// shows it), what was set aside and why, every problem with its place and a hint,
// and whether each segment's list fits its budget, said plainly. The report's own
// sentences are English; the problems are said by `Strings` (English here).
import FoundationEssentials
import PlenaryCore
import PlenaryFormats
import PlenaryText
import PlenaryView

public enum CheckReport {
    /// The report for people.
    public static func text(_ reg: Registration) -> String {
        var out: [String] = []
        let off = reg.plan.utcOffset
        if reg.planLoaded {
            out.append(PlanReport.text(reg.session().state).trimming(.lineEnds, from: .trailing))
            for c in capacity(reg) where !c.fits {
                out.append("")
                func ms(_ d: Duration) -> String { TimeText.minutesSeconds(d) }
                out.append(
                    "Segment \(reg.plan.segments[c.segment].id) cannot fit: \(c.speakers) speakers need "
                        + "\(ms(c.needed)) of \(ms(c.budget)) (\(ms(c.needed - c.budget)) over); "
                        + "at most \(c.mostThatFit) fit.")
            }
        } else {
            out.append("The plan in \(SafeText.excerpt(reg.file)) could not be used.")
        }
        out.append("")
        var read = "Read \(SafeText.excerpt(reg.file))"
        if let e = reg.encoding { read += " (\(e.rawValue)\(reg.delimiter.map { ", " + delimiterName($0) } ?? ""))" }
        out.append(
            read + ": \(reg.rowCount) rows — \(reg.accepted.count) accepted, \(reg.late.count) late, "
                + "\(reg.duplicates.count) duplicate, \(reg.rejectedLines.count) rejected, \(reg.blankLines) blank.")
        if !reg.late.isEmpty {
            out.append("")
            out.append("Late (received after the deadline, not on the list):")
            for e in reg.late {
                let received = Strings.stamp(e.received, off)
                out.append("  line \(e.line): \(entryText(e, reg.plan)), received \(received)")
            }
        }
        if !reg.duplicates.isEmpty {
            out.append("")
            out.append("Duplicates (set aside; the first registration is kept):")
            for d in reg.duplicates {
                out.append(
                    "  line \(d.entry.line): \(entryText(d.entry, reg.plan)) "
                        + "— already registered on line \(d.keptLine)")
            }
        }
        if !reg.rejectedLines.isEmpty {
            out.append("")
            let shown = reg.rejectedLines.prefix(Registration.diagnosticLimit)
            var lines = shown.map(String.init).joined(separator: ", ")
            if reg.rejectedLines.count > shown.count { lines += " and \(reg.rejectedLines.count - shown.count) more" }
            out.append(
                "Rejected (not on the list; the problems below say why): "
                    + "line\(reg.rejectedLines.count == 1 ? "" : "s") \(lines)")
        }
        // Late and duplicate rows are listed in their own sections; the rules' notices
        // about them are not repeated.
        let problems = reg.diagnostics.filter { $0.warning?.isRuleDecision != true }
        if !problems.isEmpty {
            out.append("")
            out.append("Problems:")
            for d in problems { out.append("  " + Strings.english.diagnostic(d).replacing("\n", with: "\n  ")) }
        }
        if let more = Strings.english.moreProblems(reg) {
            if problems.isEmpty {
                out.append("")
                out.append("Problems:")
            }
            out.append("  " + more.replacing("\n", with: "\n  "))
        }
        out.append("")
        let errors = reg.errorCount
        out.append(
            errors == 0
                ? "The list is usable."
                : "The list is NOT usable: \(errors) error\(errors == 1 ? "" : "s") to fix in the file.")
        return out.joined(separator: "\n") + "\n"
    }

    static func entryText(_ e: RegistrationEntry, _ plan: SessionPlan) -> String {
        let who = e.speaker.isEmpty ? e.delegation : "\(e.delegation) (\(e.speaker))"
        return "segment \(plan.segments[e.segment].id), \(DisplayWidth.truncate(who, toCells: 60))"
    }

    static func delimiterName(_ d: String) -> String {
        switch d {
        case ";": "semicolons"
        case "\t": "tabs"
        default: "commas"
        }
    }

    /// Each segment's capacity for the accepted list (the core's `SegmentCapacity`).
    public static func capacity(_ reg: Registration) -> [SegmentCapacity] {
        reg.plan.segments.indices.map { i in
            reg.plan.capacity(ofSegment: i, speakers: reg.speakers.filter { $0.segment == i })
        }
    }
}
