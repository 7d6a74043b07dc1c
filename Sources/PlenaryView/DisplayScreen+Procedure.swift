// What the room sees of the rules of procedure: a point of order with its own clock
// and the interrupted speaker's stopped time, a suspension counting down to the
// announced end, and a message to the speaker in a band of its own. Every time is the
// core's, at `now`; the display only words it (and freezes it at zero when asked).
import PlenaryCore
import PlenaryText

extension DisplayScreen {
    /// POINT OF ORDER: its clock counts up from the raise, or down to the plan's limit;
    /// who raised it; and the interrupted speaker's time left, which stands still.
    static func pointOfOrderPanel(
        _ st: SessionState, _ p: PointOfOrder, now: Instant, config: DisplayConfig
    ) -> DisplayPanel {
        let w = ProcedureStrings.of(config.language)
        let digits =
            st.pointOfOrderRemaining(at: now).map { countdown($0, config) }
            ?? TimeText.minutesSeconds(p.elapsed(at: now))
        // Counting up from the raise never shows a `+`; only a limit can be overrun.
        let shape = p.limit.map { template(digits, config, widest: $0) } ?? digits
        var lines: [String] = []
        if let iv = st.floor.intervention, let left = st.remaining(at: now) {
            let s = Strings.of(config.language)
            let time = countdown(left, config) + " " + (left < .zero && !config.freezeAtZero ? s.over : s.left)
            lines.append(w.clockStopped(heading(st, iv.speaker, config.language), time))
        }
        return DisplayPanel(
            heading: w.pointOfOrder,
            detail: p.raisedBy.isEmpty ? nil : w.raisedBy(TerminalSafe.clean(p.raisedBy)),
            digits: digits, template: shape, word: w.pointOfOrder, role: .paused, lines: lines)
    }

    /// MEETING SUSPENDED: the countdown to the announced end, the reason, and when the
    /// meeting resumes.
    static func suspensionPanel(
        _ st: SessionState, _ susp: MeetingSuspension, now: Instant, config: DisplayConfig, next: String?
    ) -> DisplayPanel {
        let w = ProcedureStrings.of(config.language)
        let digits = countdown(susp.remaining(at: now), config)
        let resumes = w.resumesAt(TimeText.clock(susp.start + susp.planned, utcOffset: st.plan.utcOffset))
        let reason = TerminalSafe.clean(susp.reason)
        return DisplayPanel(
            heading: w.suspended, detail: reason.isEmpty ? nil : reason,
            digits: digits, template: template(digits, config, widest: susp.planned), word: w.suspended, role: .paused,
            lines: [resumes], next: next)
    }

    /// The message shown to the speaker, in the display's language: a canned one in its
    /// words, a typed one as typed, made safe for the terminal.
    static func message(_ st: SessionState, _ language: Language) -> String? {
        guard let shown = st.shownMessage else { return nil }
        let text = TerminalSafe.clean(ProcedureStrings.of(language).text(shown.message))
        return text.isEmpty ? nil : text
    }
}
