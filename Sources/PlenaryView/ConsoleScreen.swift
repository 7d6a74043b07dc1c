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

    public init(language: Language = .english, notice: String? = nil, rehearsalSpeed: Int? = nil) {
        self.language = language
        self.notice = notice
        self.rehearsalSpeed = rehearsalSpeed
    }
}

public enum ConsoleScreen {
    /// The smallest terminal the console lays out; below it, "terminal too small".
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// From here on, the countdown is drawn in big digits.
    static let bigWidth = 60, bigHeight = 22

    /// The whole screen for the session at `now`.
    public static func render(state: SessionState, now: Instant, ui: UIState, config: ConsoleConfig,
                              extras: ScreenExtras = ScreenExtras(), memo: FrameMemo? = nil,
                              width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        memo?.begin(FrameMemo.Inputs(state: state, ui: ui, config: config, width: width, height: height))
        let ctx = ScreenContext(state: state, now: now, ui: ui, config: config, extras: extras, memo: memo)
        guard width >= minimumWidth, height >= minimumHeight else {
            tooSmall(&grid, ctx)
            rehearsalMark(&grid, ctx)
            return grid
        }
        let big = width >= bigWidth && height >= bigHeight
        var y = 0
        titleBar(&grid, ctx, y: &y)
        statusLine(&grid, ctx, y: &y)
        alerts(&grid, ctx, y: &y, max: big ? 2 : 1)
        floorBlock(&grid, ctx, y: &y, big: big)
        upcomingLines(&grid, ctx, y: &y, callLineRows: big ? 2 : 0)
        let listBottom = height - 2
        list(&grid, ctx, top: y, bottom: listBottom)
        messageLine(&grid, ctx, y: height - 2)
        legend(&grid, ctx, y: height - 1)
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

/// Everything one frame needs, computed once per frame.
struct ScreenContext {
    let state: SessionState
    let now: Instant
    let ui: UIState
    let config: ConsoleConfig
    let extras: ScreenExtras
    let strings: Strings
    let projection: Projection
    /// The clock-free parts of recent frames (nil: draw everything).
    let memo: FrameMemo?

    init(state: SessionState, now: Instant, ui: UIState, config: ConsoleConfig, extras: ScreenExtras = ScreenExtras(),
         memo: FrameMemo? = nil) {
        self.state = state
        self.memo = memo
        self.now = now
        self.ui = ui
        self.config = config
        self.extras = extras
        strings = Strings.of(config.language)
        projection = state.projection(at: now)
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

    /// The stage of the speaker on the floor, PAUSED counting as its own look.
    var floorRole: StyleRole {
        if case .paused = state.floor { return .paused }
        return state.stage(at: now).map { StyleRole.of($0) } ?? .idle
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

    /// The countdown as shown: `1:59` while time is left, `+0:12` once over.
    var countdown: String? {
        guard let left = state.remaining(at: now) else { return nil }
        return left >= .zero ? TimeText.minutesSeconds(left) : "+" + TimeText.minutesSeconds(.zero - left)
    }

    /// "WRAP UP · 0:25" or "PAUSED · 1:10": stage and time in one line of text.
    var floorStageText: String? {
        guard let c = countdown, let stage = state.stage(at: now) else { return nil }
        if case .paused = state.floor { return "\(strings.paused) · \(c)" }
        return "\(stageName(stage)) · \(c)"
    }

    /// `m:ss left` or `+m:ss over`.
    func leftOrOver(_ d: Duration) -> String {
        d >= .zero ? "\(TimeText.minutesSeconds(d)) \(strings.left)" : "+\(TimeText.minutesSeconds(.zero - d)) \(strings.over)"
    }
}
