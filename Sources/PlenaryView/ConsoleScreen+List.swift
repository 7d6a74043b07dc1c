// The current segment's list as the day goes: done (with the time taken), on the
// floor, called, waiting, skipped, absent, withdrawn. Each status is a word and a
// mark as well as a colour. The list follows the floor; ↑/↓ scroll from there.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    static func list(_ g: inout Grid, _ ctx: ScreenContext, top: Int, bottom: Int) {
        guard bottom - top >= 2 else { return }
        let st = ctx.state, s = ctx.strings
        let seg = st.focusSegment ?? st.currentSegment ?? (st.plan.segments.count - 1)
        guard st.order.indices.contains(seg) else { return }
        let ids = st.order[seg]
        let doneCount = ids.filter { st.status[$0] == .spoke }.count
        let header = " \(s.segment) \(TerminalSafe.clean(st.plan.segments[seg].id)) · \(TerminalSafe.clean(st.plan.segments[seg].title))"
        let counts = " \(doneCount)/\(ids.count) "
        g.clear(y: top, role: .label)
        g.put(DisplayWidth.truncate(header, toCells: g.width - DisplayWidth.of(counts) - 1), x: 0, y: top, role: .label)
        g.putRight(counts, right: g.width, y: top, role: .label)
        let rows = bottom - top - 1
        guard !ids.isEmpty else {
            g.put(" " + s.emptyList, x: 0, y: top + 1, role: .dim)
            return
        }
        // Follow the floor (or the next waiting speaker), keeping two done lines above.
        let focus = st.speakerAtFloor.flatMap { ids.firstIndex(of: $0) }
            ?? ids.firstIndex { st.status[$0] == .waiting } ?? ids.count - 1
        let maxOffset = max(0, ids.count - rows)
        let offset = min(maxOffset, max(0, focus - 2 + ctx.ui.scroll))
        let unreached = Set(ctx.projection.unreached)
        let wide = g.width >= 70
        for (row, index) in (offset..<min(ids.count, offset + rows)).enumerated() {
            let id = ids[index]
            let (mark, word, role) = status(id, ctx)
            let y = top + 1 + row
            let isFloor = id == st.speakerAtFloor
            let lineRole: StyleRole = isFloor ? .selection : (unreached.contains(id) ? .warning : role)
            if isFloor { g.clear(y: y, role: .selection) }
            var x = 0
            let number = String(index + 1)
            x += g.put(String(repeating: " ", count: max(0, 3 - number.count)) + number + " ", x: x, y: y, role: lineRole)
            x += g.put(mark + " ", x: x, y: y, role: lineRole)
            if wide { x += g.put(DisplayWidth.pad(word, toCells: 10), x: x, y: y, role: lineRole) }
            x += g.put(DisplayWidth.pad(timeText(id, ctx), toCells: 6), x: x, y: y, role: lineRole)
            if wide { x += g.put(DisplayWidth.pad(overText(id, ctx), toCells: 7), x: x, y: y, role: overText(id, ctx).isEmpty ? lineRole : .overrun) }
            let walkIn = st.speakers[id]?.kind == .walkIn ? "(\(s.walkInMark))" : ""
            nameAndFunction(&g, ctx, id, x: x, y: y, role: isFloor ? .selection : (role == .withdrawn ? .withdrawn : lineRole),
                            functionRole: isFloor ? .selection : .dim, suffix: walkIn)
        }
        if offset > 0 { g.putRight("▲", right: g.width, y: top + 1, role: .dim) }
        if offset + rows < ids.count { g.putRight("▼", right: g.width, y: bottom - 1, role: .dim) }
    }

    /// The mark, the word and the role of a speaker's status.
    static func status(_ id: SpeakerID, _ ctx: ScreenContext) -> (String, String, StyleRole) {
        let s = ctx.strings
        switch ctx.state.status[id] {
        case .spoke: return ("✓", s.statusDone, .done)
        case .speaking: return ("▶", s.statusSpeaking, .selection)
        case .called: return ("→", s.statusCalled, .called)
        case .absent: return ("✗", s.statusAbsent, .withdrawn)
        case .withdrawn: return ("–", s.statusWithdrawn, .withdrawn)
        case .waiting, nil:
            if ctx.state.skips[id, default: 0] > 0 { return ("↷", s.statusSkipped, .skipped) }
            return ("·", s.statusWaiting, .waiting)
        }
    }

    /// Time taken for a done speaker, the running time for the one on the floor.
    static func timeText(_ id: SpeakerID, _ ctx: ScreenContext) -> String {
        if let r = ctx.state.records.last(where: { $0.speaker == id }), ctx.state.status[id] == .spoke {
            return TimeText.minutesSeconds(r.speakingTime)
        }
        if ctx.state.floor.intervention?.speaker == id, let t = ctx.state.speakingTime(at: ctx.now) {
            return TimeText.minutesSeconds(t)
        }
        return ""
    }

    /// `+0:14` when a done speaker went over the allowance.
    static func overText(_ id: SpeakerID, _ ctx: ScreenContext) -> String {
        guard ctx.state.status[id] == .spoke, let r = ctx.state.records.last(where: { $0.speaker == id }),
              r.overrun >= .seconds(1) else { return "" }
        return "+" + TimeText.minutesSeconds(r.overrun)
    }
}
