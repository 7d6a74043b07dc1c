// The floor block: who speaks and how much time is left, the part of the screen
// read from a distance. The stage is shown three ways at once: the colour of the
// band, its text label, and (in big layouts) the digits themselves.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    /// What the floor block shows, as text and roles.
    struct FloorModel: Hashable {
        enum Content: Hashable {
            case speaking(label: String, limit: String, speaker: SpeakerLabel, role: StyleRole, countdown: String, band: String)
            case idle(role: StyleRole, label: String, speaker: SpeakerLabel?, band: String)
        }
        let content: Content
        let rows: Int
        let big: Bool
        let scale: Int
    }

    static func floorBlock(_ g: inout Grid, _ ctx: ScreenContext, y: inout Int, big: Bool) {
        // Double-size digits when the terminal is large enough to keep a useful list.
        let scale = big && g.width >= 100 && g.height >= 36 ? 2 : 1
        let rows = big ? 2 + BigDigits.height * scale + 1 : 2
        let s = ctx.strings, st = ctx.state
        let content: FloorModel.Content
        switch st.floor {
        case .speaking(let iv), .paused(let iv, _):
            let role = ctx.floorRole
            content = .speaking(label: role == .paused ? s.paused : s.onTheFloor, limit: limitText(iv, ctx),
                                speaker: ctx.speakerLabel(iv.speaker), role: role, countdown: ctx.countdown ?? "",
                                band: bandText(ctx, iv: iv))
        case .called(let id, let at):
            let walk = TimeText.minutesSeconds(ctx.now - at)
            content = .idle(role: .called, label: s.called, speaker: ctx.speakerLabel(id), band: "\(s.called) · \(s.walking) \(walk)")
        case .idle:
            switch st.phase {
            case .notStarted:
                let note = ctx.config.notice.map { " · " + $0 } ?? ""
                content = .idle(role: .idle, label: s.notOpened, speaker: nil, band: s.pressToStart + note)
            case .opening(let since):
                content = .idle(role: .idle, label: s.opening, speaker: nil,
                                band: "\(TimeText.minutesSeconds(ctx.now - since)) / \(TimeText.minutesSeconds(ctx.plan.openingAllowance))")
            case .closing(let since):
                content = .idle(role: .idle, label: s.closing, speaker: nil,
                                band: "\(TimeText.minutesSeconds(ctx.now - since)) / \(TimeText.minutesSeconds(ctx.plan.closingAllowance))")
            case .closed(let at):
                content = .idle(role: .idle, label: s.closed, speaker: nil, band: TimeText.clockSeconds(at, utcOffset: ctx.plan.utcOffset))
            case .segment:
                let band = st.upcoming.first.map { s.spaceGives(ctx.delegation($0)) } ?? s.noneWaiting
                content = .idle(role: .idle, label: s.floorFree, speaker: nil, band: band)
            }
        }
        g.band(FloorModel(content: content, rows: rows, big: big, scale: scale), y: y, maxHeight: rows,
               cache: ctx.cache, draw: drawFloor)
        y += rows
    }

    static func drawFloor(_ m: FloorModel, _ g: inout Grid) -> Int {
        let digitRows = BigDigits.height * m.scale
        switch m.content {
        case let .speaking(label, limit, speaker, role, countdown, band):
            if m.big {
                g.put(" " + label, x: 0, y: 0, role: .label)
                g.putRight(limit + " ", right: g.width, y: 0, role: .dim)
                speakerLine(&g, speaker, y: 1, prefix: " ")
                g.clear(y: 2, height: digitRows + 1, role: role)
                let digits = BigDigits.rows(countdown, scale: m.scale)
                if let w = digits.first.map(DisplayWidth.of), w <= g.width {
                    for (i, row) in digits.enumerated() { g.putCentered(row, y: 2 + i, role: role) }
                } else {
                    g.putCentered(countdown, y: 2 + digitRows / 2, role: role)
                }
                g.putCentered(band, y: 2 + digitRows, role: role)
            } else {
                speakerLine(&g, speaker, y: 0, prefix: " ▶ ")
                g.clear(y: 1, role: role)
                g.putCentered(band, y: 1, role: role)
            }
        case let .idle(role, label, speaker, band):
            idleBlock(&g, top: 0, rows: m.rows, role: role, label: label, speaker: speaker, band: band)
        }
        return m.rows
    }

    /// "WRAP UP · 0:25 left", "PAUSED · 1:10 left", "OVERRUN 1 · +0:20 over".
    static func bandText(_ ctx: ScreenContext, iv: Intervention) -> String {
        let s = ctx.strings
        guard let left = ctx.state.remaining(at: ctx.now), let stage = ctx.state.stage(at: ctx.now) else { return "" }
        let name = ctx.floorRole != .paused ? ctx.stageName(stage) : stage == .onTime ? s.paused : "\(s.paused) (\(ctx.stageName(stage)))"
        return "\(name) · \(ctx.leftOrOver(left))"
    }

    /// "limit 2:00" or "limit 2:00 + 0:30 extended".
    static func limitText(_ iv: Intervention, _ ctx: ScreenContext) -> String {
        let s = ctx.strings
        let extra = iv.allowance - iv.limit
        let base = "\(s.limit) \(TimeText.minutesSeconds(iv.limit))"
        return extra > .zero ? "\(base) + \(TimeText.minutesSeconds(extra)) \(s.extended)" : base
    }

    static func speakerLine(_ g: inout Grid, _ speaker: SpeakerLabel, y: Int, prefix: String) {
        let x = g.put(prefix, x: 0, y: y, role: .speaker)
        nameAndFunction(&g, speaker, x: x, y: y, role: .speaker)
    }

    /// The block when nobody is speaking: a label, maybe the called speaker, a band.
    static func idleBlock(_ g: inout Grid, top: Int, rows: Int, role: StyleRole, label: String,
                          speaker: SpeakerLabel?, band: String) {
        if rows > 2 {
            g.put(" " + label, x: 0, y: top, role: .label)
            if let speaker { speakerLine(&g, speaker, y: top + 1, prefix: " ") }
            g.clear(y: top + 2, height: rows - 2, role: role)
            g.putCentered(label, y: top + 2 + (rows - 3) / 2, role: role)
            g.putCentered(band, y: top + rows - 1, role: role)
        } else {
            if let speaker { speakerLine(&g, speaker, y: top, prefix: " → ") }
            else { g.put(" " + label, x: 0, y: top, role: .label) }
            g.clear(y: top + 1, role: role)
            g.putCentered(band, y: top + 1, role: role)
        }
    }
}
