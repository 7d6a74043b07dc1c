// The podium screen: render(state, now, ui, size) -> Grid. Pure: the same inputs
// give the same picture, whatever the time of the call, so the screen can never
// drift from the record. Layout picks big digits when the terminal has room and a
// compact form down to the declared minimum; below it, a clear message.
import PlenaryCore
import PlenaryText

/// Options the operator chose on the command line.
public struct ConsoleConfig: Sendable, Equatable {
    public var language: Language
    /// A line for the help and the not-opened screen ("plan moved to today").
    public var notice: String?
    /// A rehearsal's clock speed: the REHEARSAL ×N mark on every screen. Nil when live.
    public var rehearsalSpeed: Int?
    /// The registration file's warnings (late, duplicate rows), in the operator's
    /// language: counted on the status line, listed by a key.
    public var registrationWarnings: [String]

    public init(
        language: Language = .english, notice: String? = nil, rehearsalSpeed: Int? = nil,
        registrationWarnings: [String] = []
    ) {
        self.language = language
        self.notice = notice
        self.rehearsalSpeed = rehearsalSpeed
        self.registrationWarnings = registrationWarnings
    }
}

public enum ConsoleScreen {
    /// The smallest terminal the console lays out; below it, "terminal too small".
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// From here on, the countdown is drawn in big digits.
    static let bigWidth = 60, bigHeight = 22

    /// The whole screen for the session at `now`. The parts that do not move with the
    /// clock are drawn from a `StillPicture`, which holds no instant; `reuse` keeps the
    /// last one drawn and hands it back while the next frame's picture is equal, so a
    /// frame that only turns a second over draws just the clock parts, and nothing in
    /// a frame walks the whole list (`FrameReuse`).
    public static func render(
        state: SessionState, now: Instant, view: OperatorView, config: ConsoleConfig,
        extras: ScreenExtras = ScreenExtras(), reuse: FrameReuse? = nil,
        width: Int, height: Int
    ) -> Grid {
        let waiting = reuse?.waiting(state) ?? state.waitingBySegment
        let ctx = ScreenContext(state: state, now: now, view: view, config: config, extras: extras, waiting: waiting)
        guard width >= minimumWidth, height >= minimumHeight else {
            var grid = Grid(width: width, height: height)
            tooSmall(&grid, ctx)
            rehearsalMark(&grid, ctx)
            return grid
        }
        let big = width >= bigWidth && height >= bigHeight
        let alerts = alertRows(ctx, width: width)
        let alertRoom = big ? 2 : 1
        let alertsUsed = alerts.isEmpty ? (alertRoom > 1 ? 1 : 0) : min(alerts.count, alertRoom)
        let floorTop = 2 + alertsUsed
        let picture = StillPicture(
            state: state, view: view, config: config, width: width, height: height, big: big,
            titleRoom: titleRoom(ctx, width: width),
            upcomingTop: floorTop + floorRows(big, width, height),
            unreached: ctx.projection.unreached)
        let frame = reuse?.frame(for: picture) ?? picture.draw()
        var grid = frame.grid
        titleClock(&grid, ctx)
        statusLine(&grid, ctx, y: 1)
        drawAlerts(&grid, alerts.prefix(alertRoom), y: 2)
        floorBlock(&grid, ctx, y: floorTop, big: big)
        listFloorRow(&grid, ctx, frame)
        overlay(&grid, ctx)
        rehearsalMark(&grid, ctx)
        return grid
    }

    /// REHEARSAL ×N over the top-left corner, drawn last so no overlay hides it.
    static func rehearsalMark(_ g: inout Grid, _ ctx: ScreenContext) {
        guard let speed = ctx.config.rehearsalSpeed else { return }
        g.put(" " + RehearsalStrings.of(ctx.config.language).banner(speed) + " ", x: 0, y: 0, role: .banner)
    }

    /// Below the minimum: say what is needed, and keep the countdown visible.
    static func tooSmall(_ g: inout Grid, _ ctx: ScreenContext) {
        let s = ctx.strings
        var lines = wrap(s.tooSmall(minimumWidth, minimumHeight), width: g.width)
        if let stage = ctx.floorStageText { lines.insert(stage, at: 0) }
        lines.append(TimeText.clockSeconds(ctx.now, utcOffset: ctx.plan.utcOffset))
        let top = max(0, (g.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < g.height {
            let role: StyleRole = i == 0 && ctx.floorStageText != nil ? ctx.floorRole : .warning
            g.putCentered(line, y: top + i, role: role)
        }
    }
}

/// What the clock-free parts read: the record, the operator's view, the options. No
/// instant: whatever is drawn from it cannot move with the clock.
struct StillContext {
    let state: SessionState
    let view: OperatorView
    let config: ConsoleConfig
    let strings: Strings

    init(state: SessionState, view: OperatorView, config: ConsoleConfig) {
        self.state = state
        self.view = view
        self.config = config
        strings = Strings.of(config.language)
    }

    var plan: SessionPlan { state.plan }

    /// A delegation's name, safe for the terminal.
    func delegation(_ id: SpeakerID) -> String {
        state.speakers[id].map { TerminalSafe.clean($0.delegation) } ?? "\(id)"
    }

    func function(_ id: SpeakerID) -> String {
        state.speakers[id].map { TerminalSafe.clean($0.function) } ?? ""
    }

    /// "Belgium — Ambassador".
    func label(_ id: SpeakerID) -> String {
        let f = function(id)
        return f.isEmpty ? delegation(id) : "\(delegation(id)) — \(f)"
    }
}

/// Everything one frame's clock parts need, computed once per frame.
struct ScreenContext {
    let still: StillContext
    let now: Instant
    let extras: ScreenExtras
    let projection: Projection

    /// `waiting`: the state's `waitingBySegment`.
    init(
        state: SessionState, now: Instant, view: OperatorView, config: ConsoleConfig,
        extras: ScreenExtras = ScreenExtras(), waiting: [[SpeakerID]]
    ) {
        still = StillContext(state: state, view: view, config: config)
        self.now = now
        self.extras = extras
        projection = state.projection(at: now, waiting: waiting)
    }

    var state: SessionState { still.state }
    var view: OperatorView { still.view }
    var config: ConsoleConfig { still.config }
    var strings: Strings { still.strings }
    var plan: SessionPlan { still.plan }
    func delegation(_ id: SpeakerID) -> String { still.delegation(id) }

    /// The stage of the speaker on the floor, PAUSED counting as its own look.
    var floorRole: StyleRole {
        switch state.floor {
        case .paused, .pointOfOrder, .suspended: return .paused
        case .idle, .called, .speaking: break
        }
        return (state.stage(at: now) ?? state.chairStage(at: now)).map { StyleRole.of($0) } ?? .idle
    }

    func stageName(_ stage: Stage) -> String {
        switch stage {
        case .onTime: strings.speaking
        case .wrapUp: strings.wrapUp
        case .final: strings.final
        case .time: strings.time
        case .overrun(let n): strings.overrun(n)
        }
    }

    /// The countdown as shown: `1:59` while time is left, `+0:12` once over: the
    /// speaker's, or the chair's in the opening and the closing.
    var countdown: String? {
        guard let left = state.remaining(at: now) ?? state.chairRemaining(at: now) else { return nil }
        return TimeText.countdown(left)
    }

    /// "WRAP UP · 0:25" or "PAUSED · 1:10": stage and time in one line of text.
    var floorStageText: String? {
        if let p = state.floor.pointOfOrder { return ConsoleScreen.pointOfOrderBand(self, p) }
        if let susp = state.floor.suspension {
            return "\(ProcedureStrings.of(config.language).suspended) · \(leftOrOver(susp.remaining(at: now)))"
        }
        guard let c = countdown, let stage = state.stage(at: now) ?? state.chairStage(at: now) else { return nil }
        if case .paused = state.floor { return "\(strings.paused) · \(c)" }
        if let turn = state.chairTurn, stage == .onTime { return "\(chairName(turn.part)) · \(c)" }
        return "\(stageName(stage)) · \(c)"
    }

    /// "OPENING BY THE CHAIR", "CLOSING BY THE CHAIR".
    func chairName(_ part: ChairPart) -> String {
        switch part {
        case .opening: strings.opening
        case .closing: strings.closing
        }
    }

    /// `11:30`, or `2023-12-09 02:15` when `t` is not on today's date (a projected end
    /// past midnight, a plan moved to another day).
    func timeOfDay(_ t: Instant) -> String {
        let off = plan.utcOffset
        let clock = TimeText.clock(t, utcOffset: off)
        let sameDay = TimeText.date(t, utcOffset: off) == TimeText.date(now, utcOffset: off)
        return sameDay ? clock : "\(TimeText.date(t, utcOffset: off)) \(clock)"
    }

    /// `m:ss left` or `+m:ss over`.
    func leftOrOver(_ d: Duration) -> String { strings.leftOrOver(d) }
}
