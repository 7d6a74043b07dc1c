// The one-line parts of the screen: title bar, session line, alerts, next
// speakers and call line, message and legend.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    /// The date and wall clock on the title bar's right.
    static func titleRight(_ ctx: ScreenContext, width: Int) -> String {
        let off = ctx.plan.utcOffset
        let clock = TimeText.clockSeconds(ctx.now, utcOffset: off)
        return width >= 60 ? "\(TimeText.date(ctx.now, utcOffset: off))  \(clock) " : "\(clock) "
    }

    /// The cells left of the date and clock for the title.
    static func titleRoom(_ ctx: ScreenContext, width: Int) -> Int {
        width - DisplayWidth.of(titleRight(ctx, width: width)) - 2 - rehearsalMarkWidth(ctx.config)
    }

    /// A rehearsal's mark takes the left corner (drawn last); the title moves over.
    static func rehearsalMarkWidth(_ config: ConsoleConfig) -> Int {
        config.rehearsalSpeed.map { DisplayWidth.of(RehearsalStrings.of(config.language).banner($0)) + 2 } ?? 0
    }

    /// The title bar and the title, cut to `room`.
    static func titleLeft(_ g: inout Grid, _ ctx: StillContext, room: Int) {
        g.clear(y: 0, role: .title)
        g.put(
            " " + DisplayWidth.truncate(TerminalSafe.clean(ctx.plan.title), toCells: max(0, room - 1)),
            x: rehearsalMarkWidth(ctx.config), y: 0, role: .title)
    }

    /// The date and wall clock, over the title bar's right end.
    static func titleClock(_ g: inout Grid, _ ctx: ScreenContext) {
        g.putRight(titleRight(ctx, width: g.width), right: g.width, y: 0, role: .title)
    }

    /// Segment remaining, session remaining, drift and projected end, against the
    /// schedule (`Schedule`: a late opening is said once, not counted as over and
    /// behind); a closed session's final figures, which no longer count.
    static func statusLine(_ g: inout Grid, _ ctx: ScreenContext, y: Int) {
        let s = ctx.strings
        let words = ScheduleStrings.of(ctx.config.language)
        let st = ctx.state
        let schedule = ctx.projection.schedule
        let late = words.lateness(schedule.lateness)
        var parts: [String] = []
        switch st.phase {
        case .segment(let i, _):
            let left = st.segmentRemaining(at: ctx.now) ?? .zero
            parts.append("\(s.segment) \(TerminalSafe.clean(ctx.plan.segments[i].id)) \(ctx.leftOrOver(left))")
        case .notStarted:
            let when = ctx.timeOfDay(ctx.plan.start)
            parts.append(schedule.isLate ? words.dueLate(when, late) : s.startsAt(when))
        case .opening, .closing:
            if let turn = st.chairTurn, let left = st.chairRemaining(at: ctx.now) {
                parts.append("\(words.chairPart(turn.part)) \(ctx.leftOrOver(left))")
            }
        case .closed(let at):
            parts.append(words.closedAt(TimeText.clockSeconds(at, utcOffset: ctx.plan.utcOffset)))
        }
        if schedule.isLate, st.openedAt != nil { parts.append(words.startedLate(late)) }
        if !st.isClosed { parts.append("\(s.session) \(ctx.leftOrOver(st.sessionRemaining(at: ctx.now)))") }
        let drift = ctx.projection.drift
        if drift.wholeMilliseconds / 1000 == 0 {
            parts.append(s.onSchedule)
        } else if drift > .zero {
            parts.append("\(TimeText.minutesSeconds(drift)) \(s.behind)")
        } else {
            parts.append("\(TimeText.minutesSeconds(.zero - drift)) \(s.ahead)")
        }
        if st.isClosed {
            let unreached = st.order.joined().lazy.filter { st.wasNotReached($0) }.count
            if unreached > 0 { parts.append(words.notReached(unreached)) }
        } else {
            parts.append("\(s.projectedEnd) \(ctx.timeOfDay(ctx.projection.sessionEnd))")
        }
        if let p = ctx.extras.onTimeChance, !st.isClosed {
            parts.append(RehearsalStrings.of(ctx.config.language).onTimeChance(Int((p * 100).rounded())))
        }
        // The registration file's warnings, counted, with the key that lists them: second,
        // so a narrow line drops the drift and the projection before it.
        let warnings = ctx.config.registrationWarnings.count
        if warnings > 0, let key = ctx.view.keys.help.first(where: { $0.action == .registrationWarnings })?.keys.first {
            parts.insert(s.registrationWarningCount(warnings, key: key), at: 1)
        }
        g.clear(y: y, role: .status)
        // Drop the least important parts first when the line is narrow.
        var text = " " + parts.joined(separator: " │ ")
        while DisplayWidth.of(text) > g.width, parts.count > 1 {
            parts.removeLast()
            text = " " + parts.joined(separator: " │ ")
        }
        g.put(text, x: 0, y: y, role: .status)
    }

    /// NOT SAVED and where the journal continues first, then an unconfirmed clock, the
    /// message on the room display, the notices of the start (a repaired record, a changed registration file), a
    /// rehearsal's room notes, suspend gaps and unreached speakers.
    static func alertRows(_ ctx: ScreenContext, width: Int) -> [(String, StyleRole)] {
        var rows: [(String, StyleRole)] = []
        if let problem = ctx.view.notSaved { rows.append((ctx.strings.notSaved(TerminalSafe.clean(problem)), .banner)) }
        if let path = ctx.view.continuedIn { rows.append((ctx.strings.continuedIn(TerminalSafe.clean(path)), .banner)) }
        if ctx.view.clockUnconfirmed { rows.append((ctx.strings.clockRebuilt, .warning)) }
        // What the room display shows the speaker, so the officer knows to clear it.
        if let shown = ctx.state.shownMessage { rows.append((ctx.strings.messageOnDisplay(shown.message), .called)) }
        for line in ctx.view.announcements { rows.append((TerminalSafe.clean(line), .warning)) }
        let room = RehearsalStrings.of(ctx.config.language).roomNote
        for note in ctx.extras.roomNotes { rows.append((room(note.cleaned), .called)) }
        if let gap = ctx.state.suspends.last, ctx.now - gap.end < .seconds(600) {
            let off = ctx.plan.utcOffset
            rows.append(
                (
                    ctx.strings.suspended(
                        TimeText.clockSeconds(gap.start, utcOffset: off),
                        TimeText.clockSeconds(gap.end, utcOffset: off)), .warning
                ))
        }
        let unreached = ctx.projection.unreached
        if !unreached.isEmpty {
            rows.append((ctx.strings.willNotBeReached(unreached.count, names(unreached, ctx, width: width)), .warning))
        }
        return rows
    }

    /// The unreached speakers' names, as many as a row of `width` cells can show (the
    /// row is cut there; a list of 5,000 is not joined to show a dozen of them).
    private static func names(_ ids: [SpeakerID], _ ctx: ScreenContext, width: Int) -> String {
        var text = ""
        var cells = 0
        for id in ids {
            if !text.isEmpty {
                text += ", "
                cells += 2
            }
            let name = ctx.delegation(id)
            text += name
            cells += DisplayWidth.of(name)
            // Past the row's end: the rest would be cut off.
            if cells > width { break }
        }
        return text
    }

    static func drawAlerts(_ g: inout Grid, _ rows: ArraySlice<(String, StyleRole)>, y: Int) {
        for (i, (text, role)) in rows.enumerated() {
            g.clear(y: y + i, role: role)
            let mark = role == .called ? " ▸ " : " ⚠ "
            g.put(mark + DisplayWidth.truncate(text, toCells: g.width - 4), x: 0, y: y + i, role: role)
        }
    }

    /// NEXT and THEN, and the chair's call line when there is room.
    static func upcomingRows(_ g: inout Grid, _ ctx: StillContext, y: inout Int, callLineRows: Int) {
        let s = ctx.strings
        var queue = ctx.state.upcoming
        if case .called(let id, _) = ctx.state.floor { queue.removeAll { $0 == id } }
        let labelWidth = max(DisplayWidth.of(s.next), DisplayWidth.of(s.then)) + 2
        for (i, label) in [s.next, s.then].enumerated() {
            g.put(" " + label, x: 0, y: y, role: .label)
            if queue.indices.contains(i) {
                nameAndFunction(
                    &g, ctx, queue[i], x: labelWidth + 1, y: y, role: i == 0 ? .speaker : .normal,
                    marks: marks(queue[i], ctx.state, s))
            } else if i == 0 {
                g.put(s.noneWaiting, x: labelWidth + 1, y: y, role: .dim)
            }
            y += 1
        }
        guard callLineRows > 0 else { return }
        // The sentence for the next call: who is called (or next), and who follows.
        var callQueue = queue
        if case .called(let id, _) = ctx.state.floor { callQueue.insert(id, at: 0) }
        let line =
            callQueue.first.flatMap { ctx.state.speakers[$0] }.map { first in
                let following = callQueue.dropFirst().first.flatMap { ctx.state.speakers[$0] }
                return TerminalSafe.clean(CallLine.text(ctx.config.language, first, following))
            } ?? ""
        for row in wrap("» " + line, width: g.width - 2).prefix(callLineRows) where !line.isEmpty {
            g.put(" " + row, x: 0, y: y, role: .dim)
            y += 1
        }
        if line.isEmpty { y += 1 }
    }

    static func messageLine(_ g: inout Grid, _ ctx: StillContext, y: Int) {
        if case .confirm(let c) = ctx.view.overlay {
            // A question too long for the line is written out in full over the list.
            let s = ctx.strings
            let question = TerminalSafe.clean(s.confirmations(c))
            let hint = "  [\(s.confirmHint)]"
            let room = g.width - 1 - DisplayWidth.of(hint)
            let shown =
                confirmationFits(question, s, width: g.width)
                ? question : DisplayWidth.truncate(question, toCells: max(0, room))
            g.clear(y: y, role: .overlayTitle)
            g.put(" " + shown + hint, x: 0, y: y, role: .overlayTitle)
        } else if let m = ctx.view.message {
            g.put(" " + TerminalSafe.clean(m.text), x: 0, y: y, role: m.isError ? .warning : .message)
        }
    }

    /// `Space floor/end  p pause  …  ? help  q quit`: the moment's keys, as many as
    /// fit; help and quit are always shown, at the end, whatever the width.
    static func legend(_ g: inout Grid, _ ctx: StillContext, y: Int) {
        g.clear(y: y, role: .legend)
        func width(_ e: KeyGuide.Entry) -> Int {
            guard let name = e.keys.first else { return 0 }
            return DisplayWidth.of(name) + 1 + DisplayWidth.of(label(e, ctx)) + 2
        }
        let always = ctx.view.keys.legend.filter { $0.action == .help || $0.action == .quit }
        let reserved = always.reduce(0) { $0 + width($1) }
        var x = 1
        for entry in ctx.view.keys.legend where !always.contains(entry) {
            guard let name = entry.keys.first else { continue }
            if x + width(entry) + reserved > g.width { break }
            x += g.put(name, x: x, y: y, role: .legendKey)
            x += g.put(" " + label(entry, ctx) + "  ", x: x, y: y, role: .legend)
        }
        for entry in always {
            guard let name = entry.keys.first else { continue }
            x += g.put(name, x: x, y: y, role: .legendKey)
            x += g.put(" " + label(entry, ctx) + "  ", x: x, y: y, role: .legend)
        }
    }

    private static func label(_ e: KeyGuide.Entry, _ ctx: StillContext) -> String {
        e.label ?? ctx.strings.legendLabels(e.action)
    }

    /// A delegation, its `marks` (a reply's number, an own limit), and, dimmed and cut
    /// with an ellipsis, its function.
    @discardableResult
    static func nameAndFunction(
        _ g: inout Grid, _ ctx: StillContext, _ id: SpeakerID, x: Int, y: Int,
        role: StyleRole, functionRole: StyleRole = .dim, suffix: String = "", marks: String = ""
    ) -> Int {
        let room = g.width - x - 1
        let name = DisplayWidth.truncate(ctx.delegation(id) + (marks.isEmpty ? "" : " " + marks), toCells: room)
        let used = g.put(name, x: x, y: y, role: role)
        var tail = ctx.function(id)
        if !suffix.isEmpty { tail = tail.isEmpty ? suffix : tail + " " + suffix }
        guard !tail.isEmpty, room - used > 4 else { return used }
        return used
            + g.put(
                DisplayWidth.truncate(" — " + tail, toCells: room - used),
                x: x + used, y: y, role: functionRole)
    }

    /// Greedy word wrap by display width.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ") {
            let w = DisplayWidth.of(word)
            if current.isEmpty, w <= width {
                current = String(word)
                used = w
                continue
            }
            if !current.isEmpty, used + 1 + w <= width {
                current += " " + word
                used += 1 + w
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = DisplayWidth.truncate(String(word), toCells: width)
            used = DisplayWidth.of(current)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
