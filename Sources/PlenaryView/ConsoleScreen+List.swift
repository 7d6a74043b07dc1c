// The current segment's list as the day goes: done (with the time taken), on the
// floor, called, waiting, skipped, absent, withdrawn. Each status is a word and a
// mark as well as a colour. The list follows the floor; ↑/↓ scroll from there.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    /// Which speakers the list shows: the segment, its order, the first row shown.
    struct ListWindow {
        let segment: Int
        let ids: [SpeakerID]
        let offset: Int
        let rows: Int

        init?(_ ctx: ScreenContext, top: Int, bottom: Int) {
            let st = ctx.state
            segment = st.focusSegment ?? st.currentSegment ?? (st.plan.segments.count - 1)
            guard bottom - top >= 2, st.order.indices.contains(segment) else { return nil }
            let ids = st.order[segment], rows = bottom - top - 1
            // Follow the floor (or the next waiting speaker), keeping two done lines above.
            let focus = st.speakerAtFloor.flatMap { ids.firstIndex(of: $0) }
                ?? ids.firstIndex { st.status(of: $0) == .waiting } ?? ids.count - 1
            let maxOffset = max(0, ids.count - rows)
            offset = min(maxOffset, max(0, focus - 2 + ctx.ui.scroll))
            self.ids = ids
            self.rows = rows
        }

        var shown: Range<Int> { offset..<min(ids.count, offset + rows) }
    }

    static func list(_ g: inout Grid, _ ctx: ScreenContext, top: Int, bottom: Int) {
        guard let window = ListWindow(ctx, top: top, bottom: bottom) else { return }
        // All but the running time on the floor is clock-free; who will not be reached,
        // the one input that moves with the clock, is part of the memo's key.
        let unreached = ctx.projection.unreached
        g.memo(ctx.memo, .list, y: top, extra: unreached.map(\.rawValue)) { g in
            listRows(&g, ctx, window, top: top, unreached: Set(unreached))
            return bottom - top
        }
        if let floor = ctx.state.speakerAtFloor, let index = window.ids.firstIndex(of: floor), window.shown.contains(index) {
            listRow(&g, ctx, index: index, ids: window.ids, y: top + 1 + index - window.offset, unreached: [])
        }
        if window.offset > 0 { g.putRight("▲", right: g.width, y: top + 1, role: .dim) }
        if window.offset + window.rows < window.ids.count { g.putRight("▼", right: g.width, y: bottom - 1, role: .dim) }
    }

    private static func listRows(_ g: inout Grid, _ ctx: ScreenContext, _ window: ListWindow, top: Int,
                                 unreached: Set<SpeakerID>) {
        let st = ctx.state, s = ctx.strings, ids = window.ids, seg = window.segment
        let doneCount = ids.filter { st.status(of: $0) == .spoke }.count
        let header = " \(s.segment) \(TerminalSafe.clean(st.plan.segments[seg].id)) · \(TerminalSafe.clean(st.plan.segments[seg].title))"
        let counts = " \(doneCount)/\(ids.count) "
        g.clear(y: top, role: .label)
        g.put(DisplayWidth.truncate(header, toCells: g.width - DisplayWidth.of(counts) - 1), x: 0, y: top, role: .label)
        g.putRight(counts, right: g.width, y: top, role: .label)
        guard !ids.isEmpty else {
            g.put(" " + s.emptyList, x: 0, y: top + 1, role: .dim)
            return
        }
        for (row, index) in window.shown.enumerated() {
            listRow(&g, ctx, index: index, ids: ids, y: top + 1 + row, unreached: unreached)
        }
    }

    /// One speaker's line: number, mark, status word, time taken, overrun, name.
    private static func listRow(_ g: inout Grid, _ ctx: ScreenContext, index: Int, ids: [SpeakerID], y: Int,
                                unreached: Set<SpeakerID>) {
        let st = ctx.state, s = ctx.strings
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
        x += g.put(DisplayWidth.pad(timeText(id, ctx), toCells: 6), x: x, y: y, role: lineRole)
        if wide { x += g.put(DisplayWidth.pad(overText(id, ctx), toCells: 7), x: x, y: y, role: overText(id, ctx).isEmpty ? lineRole : .overrun) }
        let walkIn = st.speakers[id]?.kind == .walkIn ? "(\(s.walkInMark))" : ""
        nameAndFunction(&g, ctx, id, x: x, y: y, role: isFloor ? .selection : (role == .withdrawn ? .withdrawn : lineRole),
                        functionRole: isFloor ? .selection : .dim, suffix: walkIn)
    }

    /// The mark, the word and the role of a speaker's status.
    static func status(_ id: SpeakerID, _ ctx: ScreenContext) -> (String, String, StyleRole) {
        let s = ctx.strings
        switch ctx.state.status(of: id) {
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
        if let r = ctx.state.records.last(where: { $0.speaker == id }), ctx.state.status(of: id) == .spoke {
            return TimeText.minutesSeconds(r.speakingTime)
        }
        if ctx.state.floor.intervention?.speaker == id, let t = ctx.state.speakingTime(at: ctx.now) {
            return TimeText.minutesSeconds(t)
        }
        return ""
    }

    /// `+0:14` when a done speaker went over the allowance.
    static func overText(_ id: SpeakerID, _ ctx: ScreenContext) -> String {
        guard ctx.state.status(of: id) == .spoke, let r = ctx.state.records.last(where: { $0.speaker == id }),
              r.isOverTime else { return "" }
        return "+" + TimeText.minutesSeconds(r.overrun)
    }
}
