// The current segment's list as the day goes: done (with the time taken), on the
// floor, called, waiting, skipped, absent, withdrawn. Each status is a word and a
// mark as well as a colour. The list follows the floor; ↑/↓ scroll from there.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    /// Which speakers the list shows: the segment, its order, the first row shown.
    struct ListWindow: Hashable {
        let segment: Int
        let ids: [SpeakerID]
        let offset: Int
        let top: Int
        let rows: Int

        init?(_ ctx: StillContext, top: Int, bottom: Int) {
            let st = ctx.state
            segment = st.focusSegment ?? st.currentSegment ?? (st.plan.segments.count - 1)
            guard bottom - top >= 2, st.order.indices.contains(segment) else { return nil }
            let ids = st.order[segment]
            let rows = bottom - top - 1
            // Follow the floor (or the next waiting speaker), keeping two done lines above.
            let focus =
                st.speakerAtFloor.flatMap { ids.firstIndex(of: $0) }
                ?? ids.firstIndex { st.status(of: $0) == .waiting } ?? ids.count - 1
            let maxOffset = max(0, ids.count - rows)
            offset = min(maxOffset, max(0, focus - 2 + ctx.view.scroll))
            self.ids = ids
            self.top = top
            self.rows = rows
        }

        var shown: Range<Int> { offset..<min(ids.count, offset + rows) }
        var bottom: Int { top + rows + 1 }
    }

    /// The header and the rows in view, each speaker as the record has it; the row of
    /// the speaker on the floor is drawn again by `listFloorRow`, with the running time.
    static func listRows(_ g: inout Grid, _ ctx: StillContext, _ window: ListWindow, unreached: Set<SpeakerID>) {
        let st = ctx.state
        let s = ctx.strings
        let ids = window.ids
        let seg = window.segment
        let top = window.top
        // Only the rows in view are drawn; the count of done speakers is the one pass
        // over the whole list, and it is made only when the still part is drawn.
        let doneCount = ids.lazy.filter { st.status(of: $0) == .spoke }.count
        let header =
            " \(s.segment) \(TerminalSafe.clean(st.plan.segments[seg].id)) "
            + "· \(TerminalSafe.clean(st.plan.segments[seg].title))"
        let counts = " \(doneCount)/\(ids.count) "
        g.clear(y: top, role: .label)
        g.put(DisplayWidth.truncate(header, toCells: g.width - DisplayWidth.of(counts) - 1), x: 0, y: top, role: .label)
        g.putRight(counts, right: g.width, y: top, role: .label)
        guard !ids.isEmpty else {
            g.put(" " + s.emptyList, x: 0, y: top + 1, role: .dim)
            return
        }
        for (row, index) in window.shown.enumerated() {
            listRow(
                &g, ctx, index: index, ids: ids, y: top + 1 + row, unreached: unreached,
                time: doneTime(ids[index], ctx))
        }
    }

    /// The floor's row with its running time, then the scroll marks (over that row when
    /// it is the first or last in view).
    static func listFloorRow(_ g: inout Grid, _ ctx: ScreenContext, _ frame: StillFrame) {
        guard let window = frame.list else { return }
        if let floor = ctx.state.speakerAtFloor, let index = window.ids.firstIndex(of: floor),
            window.shown.contains(index)
        {
            let running = ctx.state.speakingTime(at: ctx.now).map { TimeText.minutesSeconds($0) }
            listRow(
                &g, ctx.still, index: index, ids: window.ids, y: window.top + 1 + index - window.offset,
                unreached: [], time: running ?? doneTime(floor, ctx.still))
        }
        if window.offset > 0 { g.putRight("▲", right: g.width, y: window.top + 1, role: .dim) }
        if window.offset + window.rows < window.ids.count {
            g.putRight("▼", right: g.width, y: window.bottom - 1, role: .dim)
        }
    }

    /// One speaker's line: number, mark, status word, time, overrun, name.
    private static func listRow(
        _ g: inout Grid, _ ctx: StillContext, index: Int, ids: [SpeakerID], y: Int,
        unreached: Set<SpeakerID>, time: String
    ) {
        let st = ctx.state
        let s = ctx.strings
        let id = ids[index]
        let (mark, word, role) = status(id, ctx)
        let isFloor = id == st.speakerAtFloor
        let lineRole: StyleRole = isFloor ? .selection : (unreached.contains(id) ? .warning : role)
        if isFloor { g.clear(y: y, role: .selection) }
        let wide = g.width >= 70
        var x = 0
        let number = String(index + 1)
        x += g.put(String(repeating: " ", count: max(0, 3 - number.count)) + number + " ", x: x, y: y, role: lineRole)
        x += g.put(mark + " ", x: x, y: y, role: lineRole)
        if wide { x += g.put(DisplayWidth.pad(word, toCells: 10), x: x, y: y, role: lineRole) }
        x += g.put(DisplayWidth.pad(time, toCells: 6), x: x, y: y, role: lineRole)
        if wide {
            let over = overText(id, ctx)
            x += g.put(DisplayWidth.pad(over, toCells: 7), x: x, y: y, role: over.isEmpty ? lineRole : .overrun)
        }
        let walkIn = st.speakers[id]?.kind == .walkIn ? "(\(s.walkInMark))" : ""
        nameAndFunction(
            &g, ctx, id, x: x, y: y,
            role: isFloor ? .selection : (role == .withdrawn ? .withdrawn : lineRole),
            functionRole: isFloor ? .selection : .dim, suffix: walkIn, marks: marks(id, st, s))
    }

    /// "(reply 1 · 10:00)", "(limit 3:00)" where a speaker's own limit differs from the
    /// segment's, "(note)" for a turn with notes.
    static func marks(_ id: SpeakerID, _ st: SessionState, _ s: Strings) -> String {
        guard let sp = st.speakers[id], let limit = st.limit(of: id) else { return "" }
        var reply: (Int, Duration)?
        var own: Duration?
        if let ordinal = st.replyNumber(of: id) {
            reply = (ordinal, limit)
        } else if st.plan.segments.indices.contains(sp.segment), limit != st.plan.segments[sp.segment].interventionLimit
        {
            own = limit
        }
        return s.listMarks(reply: reply, ownLimit: own, noted: !(st.notes[id] ?? []).isEmpty)
    }

    /// The mark, the word and the role of a speaker's status.
    static func status(_ id: SpeakerID, _ ctx: StillContext) -> (String, String, StyleRole) {
        status(id, in: ctx.state, language: ctx.config.language)
    }

    /// The mark, the word and the role of a speaker's status in `state`: the console's
    /// list and the web list (`plenary serve`) name a status the same way.
    public static func status(_ id: SpeakerID, in state: SessionState, language: Language)
        -> (mark: String, word: String, role: StyleRole)
    {
        let s = Strings.of(language)
        switch state.status(of: id) {
        case .spoke: return ("✓", s.statusDone, .done)
        case .speaking: return ("▶", s.statusSpeaking, .selection)
        case .called: return ("→", s.statusCalled, .called)
        case .absent: return ("✗", s.statusAbsent, .withdrawn)
        case .withdrawn: return ("–", s.statusWithdrawn, .withdrawn)
        case .inWriting: return ("✎", ProcedureStrings.of(language).statusInWriting, .done)
        case .waiting, nil:
            if state.wasNotReached(id) {
                return ("✗", ScheduleStrings.of(language).statusNotReached, .withdrawn)
            }
            if state.skips[id, default: 0] > 0 { return ("↷", s.statusSkipped, .skipped) }
            return ("·", s.statusWaiting, .waiting)
        }
    }

    /// Time taken for a done speaker (the one on the floor has its running time).
    static func doneTime(_ id: SpeakerID, _ ctx: StillContext) -> String {
        guard ctx.state.status(of: id) == .spoke, let r = ctx.state.records.last(where: { $0.speaker == id }) else {
            return ""
        }
        return TimeText.minutesSeconds(r.speakingTime)
    }

    /// `+0:14` when a done speaker went over the allowance.
    static func overText(_ id: SpeakerID, _ ctx: StillContext) -> String {
        guard ctx.state.status(of: id) == .spoke, let r = ctx.state.records.last(where: { $0.speaker == id }),
            r.isOverTime
        else { return "" }
        return "+" + TimeText.minutesSeconds(r.overrun)
    }
}
