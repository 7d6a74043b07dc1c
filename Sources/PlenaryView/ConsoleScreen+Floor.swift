// The floor block: who speaks and how much time is left, the part of the screen
// read from a distance. The stage is shown three ways at once: the colour of the
// band, its text label, and (in big layouts) the digits themselves.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    /// The rows the floor block takes: two, or the big digits' band when there is room.
    static func floorRows(_ big: Bool, _ width: Int, _ height: Int) -> Int {
        // Double-size digits when the terminal is large enough to keep a useful list.
        let scale = big && width >= 100 && height >= 36 ? 2 : 1
        return big ? 2 + BigDigits.height * scale + 1 : 2
    }

    static func floorBlock(_ g: inout Grid, _ ctx: ScreenContext, y top: Int, big: Bool) {
        let scale = big && g.width >= 100 && g.height >= 36 ? 2 : 1
        let rows = floorRows(big, g.width, g.height)
        let s = ctx.strings
        let st = ctx.state
        switch st.floor {
        case .speaking(let iv), .paused(let iv, _):
            let role = ctx.floorRole
            let label = role == .paused ? s.paused : s.onTheFloor
            if big {
                g.put(" " + label, x: 0, y: top, role: .label)
                g.putRight(limitText(iv, ctx) + " ", right: g.width, y: top, role: .dim)
                speakerLine(&g, ctx, iv.speaker, y: top + 1, prefix: " ")
                bigCountdown(&g, ctx, y: top + 2, scale: scale, role: role, band: bandText(ctx, iv: iv))
            } else {
                speakerLine(&g, ctx, iv.speaker, y: top, prefix: " ▶ ")
                g.clear(y: top + 1, role: role)
                g.putCentered(bandText(ctx, iv: iv), y: top + 1, role: role)
            }
        case .pointOfOrder(let p):
            pointOfOrderBlock(&g, ctx, p, y: top, big: big, scale: scale)
        case .suspended(let susp):
            let w = ProcedureStrings.of(ctx.config.language)
            let resumes = w.resumesAt(ctx.timeOfDay(susp.start + susp.planned))
            let reason = susp.reason.isEmpty ? "" : " · " + TerminalSafe.clean(susp.reason)
            let band = "\(w.suspended) · \(ctx.leftOrOver(susp.remaining(at: ctx.now))) · \(resumes)\(reason)"
            if big {
                // The countdown to the resumption, read from across the room like a speaker's.
                g.put(" " + w.suspended, x: 0, y: top, role: .label)
                g.putRight(resumes + " ", right: g.width, y: top, role: .dim)
                bigCountdown(
                    &g, ctx, y: top + 2, scale: scale, role: .paused, band: band,
                    digits: TimeText.countdown(susp.remaining(at: ctx.now)))
            } else {
                idleBlock(&g, top: top, rows: rows, role: .paused, label: w.suspended, speaker: nil, band: band)
            }
        case .called(let id, let at):
            let walk = TimeText.minutesSeconds(ctx.now - at)
            idleBlock(
                &g, top: top, rows: rows, role: .called, label: s.called,
                speaker: (id, ctx), band: "\(s.called) · \(s.walking) \(walk)")
        case .idle:
            switch st.phase {
            case .notStarted:
                let note = ctx.config.notice.map { " · " + $0 } ?? ""
                idleBlock(
                    &g, top: top, rows: rows, role: .idle, label: s.notOpened, speaker: nil,
                    band: s.pressToStart + note)
            case .opening, .closing:
                chairBlock(&g, ctx, y: top, big: big, scale: scale)
            case .closed(let at):
                idleBlock(
                    &g, top: top, rows: rows, role: .idle, label: s.closed, speaker: nil,
                    band: TimeText.clockSeconds(at, utcOffset: ctx.plan.utcOffset))
            case .segment:
                let next = st.focusSegment.flatMap { st.firstWaiting(inSegment: $0) }
                let band = next.map { s.spaceGives(ctx.delegation($0)) } ?? s.noneWaiting
                idleBlock(&g, top: top, rows: rows, role: .idle, label: s.floorFree, speaker: nil, band: band)
            }
        }
    }

    /// The chair's opening or closing, timed like a speaker: the countdown against the
    /// allowance, in the stage's colour and word, with what `g` does next.
    static func chairBlock(_ g: inout Grid, _ ctx: ScreenContext, y top: Int, big: Bool, scale: Int) {
        guard let turn = ctx.state.chairTurn, let left = ctx.state.chairRemaining(at: ctx.now),
            let stage = ctx.state.chairStage(at: ctx.now)
        else { return }
        let role = ctx.floorRole
        let name = ctx.chairName(turn.part)
        let word = stage == .onTime ? name : ctx.stageName(stage)
        let band = "\(word) · \(ctx.leftOrOver(left))"
        let allowance =
            "\(ScheduleStrings.of(ctx.config.language).allowance) \(TimeText.minutesSeconds(turn.allowance))"
        if big {
            g.put(" " + name, x: 0, y: top, role: .label)
            g.putRight(allowance + " ", right: g.width, y: top, role: .dim)
            bigCountdown(&g, ctx, y: top + 2, scale: scale, role: role, band: band)
        } else {
            g.put(" " + name, x: 0, y: top, role: .label)
            g.putRight(allowance + " ", right: g.width, y: top, role: .dim)
            g.clear(y: top + 1, role: role)
            g.putCentered(band, y: top + 1, role: role)
        }
    }

    /// The countdown in big digits on the stage's colour, with its band below: a
    /// speaker's and the chair's the same way. The plain countdown when the digits do
    /// not fit the width.
    /// A point of order's and a suspension's own clock (`digits`) are drawn the same way.
    static func bigCountdown(
        _ g: inout Grid, _ ctx: ScreenContext, y: Int, scale: Int, role: StyleRole, band: String,
        digits text: String? = nil
    ) {
        let digitRows = BigDigits.height * scale
        g.clear(y: y, height: digitRows + 1, role: role)
        let shown = text ?? ctx.countdown ?? ""
        let digits = BigDigits.rows(shown, scale: scale)
        if let w = digits.first.map(DisplayWidth.of), w <= g.width {
            for (i, row) in digits.enumerated() { g.putCentered(row, y: y + i, role: role) }
        } else {
            g.putCentered(shown, y: y + digitRows / 2, role: role)
        }
        g.putCentered(band, y: y + digitRows, role: role)
    }

    /// A point of order: its own clock in big digits when there is room (counting
    /// down against the plan's limit, else up from zero), who raised it, and the
    /// interrupted speaker with the time left as it stood, which does not move until
    /// the President has ruled.
    static func pointOfOrderBlock(
        _ g: inout Grid, _ ctx: ScreenContext, _ p: PointOfOrder, y top: Int, big: Bool, scale: Int
    ) {
        let w = ProcedureStrings.of(ctx.config.language)
        let st = ctx.state
        let elapsed = p.elapsed(at: ctx.now)
        let clock = p.limit.map { TimeText.countdown($0 - elapsed) } ?? TimeText.minutesSeconds(elapsed)
        let band = pointOfOrderBand(ctx, p)
        let stopped = st.remaining(at: ctx.now).map { ctx.leftOrOver($0) }
        guard big else {
            idleBlock(
                &g, top: top, rows: 2, role: .paused, label: w.pointOfOrder,
                speaker: st.speakerAtFloor.map { ($0, ctx) }, band: band)
            return
        }
        let raised = p.raisedBy.isEmpty ? "" : " · " + w.raisedBy(TerminalSafe.clean(p.raisedBy))
        g.put(" " + w.pointOfOrder + raised, x: 0, y: top, role: .label)
        if let limit = p.limit {
            g.putRight("\(ctx.strings.limit) \(TimeText.minutesSeconds(limit)) ", right: g.width, y: top, role: .dim)
        }
        if let id = st.speakerAtFloor {
            speakerLine(&g, ctx, id, y: top + 1, prefix: " ‖ ")
            if let stopped { g.putRight(stopped + " ", right: g.width, y: top + 1, role: .paused) }
        }
        bigCountdown(&g, ctx, y: top + 2, scale: scale, role: .paused, band: band, digits: clock)
    }

    /// "WRAP UP · 0:25 left", "PAUSED · 1:10 left", "OVERRUN 1 · +0:20 over".
    static func bandText(_ ctx: ScreenContext, iv: Intervention) -> String {
        let s = ctx.strings
        guard let left = ctx.state.remaining(at: ctx.now), let stage = ctx.state.stage(at: ctx.now) else { return "" }
        let name =
            ctx.floorRole != .paused
            ? ctx.stageName(stage)
            : stage == .onTime
                ? s.paused
                : "\(s.paused) (\(ctx.stageName(stage)))"
        return "\(name) · \(ctx.leftOrOver(left))"
    }

    /// "POINT OF ORDER · 0:42 · raised by Belgium · Chile's clock stopped at 1:12 left": its
    /// own clock (against the plan's limit when there is one), and the interrupted
    /// speaker's time, which stands still until the ruling.
    static func pointOfOrderBand(_ ctx: ScreenContext, _ p: PointOfOrder) -> String {
        let w = ProcedureStrings.of(ctx.config.language)
        let elapsed = p.elapsed(at: ctx.now)
        var band =
            "\(w.pointOfOrder) · " + (p.limit.map { ctx.leftOrOver($0 - elapsed) } ?? TimeText.minutesSeconds(elapsed))
        if !p.raisedBy.isEmpty { band += " · " + w.raisedBy(TerminalSafe.clean(p.raisedBy)) }
        if let iv = ctx.state.floor.intervention, let left = ctx.state.remaining(at: ctx.now) {
            band += " · " + w.clockStopped(ctx.delegation(iv.speaker), ctx.leftOrOver(left))
        }
        return band
    }

    /// "limit 2:00" or "limit 2:00 + 0:30 extended".
    static func limitText(_ iv: Intervention, _ ctx: ScreenContext) -> String {
        let s = ctx.strings
        let extra = iv.allowance - iv.limit
        let base = "\(s.limit) \(TimeText.minutesSeconds(iv.limit))"
        return extra > .zero ? "\(base) + \(TimeText.minutesSeconds(extra)) \(s.extended)" : base
    }

    static func speakerLine(_ g: inout Grid, _ ctx: ScreenContext, _ id: SpeakerID, y: Int, prefix: String) {
        let x = g.put(prefix, x: 0, y: y, role: .speaker)
        nameAndFunction(&g, ctx.still, id, x: x, y: y, role: .speaker)
    }

    /// The block when nobody is speaking: a label, maybe the called speaker, a band.
    static func idleBlock(
        _ g: inout Grid, top: Int, rows: Int, role: StyleRole, label: String,
        speaker: (SpeakerID, ScreenContext)?, band: String
    ) {
        if rows > 2 {
            g.put(" " + label, x: 0, y: top, role: .label)
            if let (id, ctx) = speaker { speakerLine(&g, ctx, id, y: top + 1, prefix: " ") }
            g.clear(y: top + 2, height: rows - 2, role: role)
            g.putCentered(label, y: top + 2 + (rows - 3) / 2, role: role)
            g.putCentered(band, y: top + rows - 1, role: role)
        } else {
            if let (id, ctx) = speaker {
                speakerLine(&g, ctx, id, y: top, prefix: " → ")
            } else {
                g.put(" " + label, x: 0, y: top, role: .label)
            }
            g.clear(y: top + 1, role: role)
            g.putCentered(band, y: top + 1, role: role)
        }
    }
}
