// The console's controller: keys and ticks in, commands through the sink, a
// picture out. Data flows one way: key → command → decide(at: now) → persist
// (durable) → record → render. Nothing is shown as done before the sink has it;
// a sink that throws leaves the state untouched and raises NOT SAVED.
import PlenaryCore
import PlenaryText
import PlenaryView

/// Where the console makes events durable before they count, and how it carries on
/// when a write fails: every sink the console can be given answers all three, so the
/// controller never asks what kind of sink it holds.
public protocol ConsoleSink: AnyObject {
    /// Returns only once the events are safe, or throws.
    func persist(_ events: [Event]) throws
    /// After `persist` threw: starts a new record holding `history` (every event
    /// recorded so far) and writes there from now on. Returns where, for the operator,
    /// or nil when this sink has nowhere else to write (memory).
    func continueAfterFailure(history: [Event]) throws -> String?
    /// Records that the operator has checked times rebuilt after a restart.
    func acknowledgeClock() throws
}

/// What the terminal must do after a key or a tick, besides redrawing.
public struct Reaction: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let quit = Reaction(rawValue: 1)
    public static let bell = Reaction(rawValue: 2)
    public static let flash = Reaction(rawValue: 4)
}

/// Drives one session from the keyboard; owns the UI state, borrows the sink.
public final class ConsoleController {
    public private(set) var session: Session
    public private(set) var ui: UIState
    public let config: ConsoleConfig
    /// Ring the terminal bell at stages whose plan threshold asks for it.
    public var bell: Bool
    /// Flash the screen at every escalation.
    public var flash: Bool
    /// What the shell adds to the picture (a rehearsal's room, the live forecast).
    public var extras = ScreenExtras()
    /// What a frame carries over from the one before (the still part, the waiting
    /// lists): a frame that only turns a second over draws just the clock parts.
    public let frames = FrameReuse()
    private let sink: any ConsoleSink
    /// The stage last seen for the intervention under way, to ring once per stage.
    private var lastStage: (Instant, Stage)?

    /// `clockUnconfirmed`: the session was resumed after a reboot and its times
    /// wait for the operator's check (key K).
    public init(
        session: Session, sink: any ConsoleSink, config: ConsoleConfig = ConsoleConfig(),
        bell: Bool = true, flash: Bool = false, clockUnconfirmed: Bool = false
    ) {
        self.session = session
        self.sink = sink
        self.config = config
        self.bell = bell
        self.flash = flash
        ui = UIState(language: config.language)
        ui.clockUnconfirmed = clockUnconfirmed
    }

    public var state: SessionState { session.state }

    /// What the screen shows of the operator's side now, the legend chosen for the moment.
    public var view: OperatorView { ui.view(of: session.state) }

    /// One key pressed at `now`.
    public func handle(_ key: Key, at now: Instant) -> Reaction {
        var reaction: Reaction = []
        for effect in ui.handle(key, session: session, now: now) {
            switch effect {
            case .quit: reaction.insert(.quit)
            case .command(let command, let action): execute(command, action, at: now)
            case .commandRaised(let command, let action, let raised): execute(command, action, at: raised)
            case .acknowledgeClock: acknowledgeClock()
            }
        }
        return reaction.union(tick(at: now))
    }

    /// Decides, persists, records; a refusal or a failed write becomes a message.
    public func execute(_ command: Command, _ action: Action, at now: Instant) {
        let s = ui.strings.value
        switch session.decide(command, at: now) {
        case .failure(let rejection):
            ui.message = Message(s.refusal(rejection), isError: true)
        case .success(let events):
            // What an undo takes back is named from the state in which it is in effect.
            let before = session.state
            guard persist(events) else { return }
            ui.message = Message(describe(events, before: before) ?? "\(s.done): \(s.actions(action))")
        }
    }

    /// The message for what the events did, naming the speaker and the number the
    /// list shows; an undo or a redo names the action it takes back or puts back.
    private func describe(_ events: [Event], before: SessionState) -> String? {
        let s = ui.strings.value
        let st = session.state
        func name(_ id: SpeakerID) -> String { ActionText.name(id, st) }
        guard let fact = events.last?.fact else { return nil }
        let onFloor = st.floor.intervention.map { name($0.speaker) }
        switch fact {
        case .actionUndone(let a):
            return ActionText.deed(a, in: session.events, state: before, strings: s).map(s.undone)
        case .actionRedone(let a): return ActionText.deed(a, in: session.events, state: st, strings: s).map(s.redone)
        case .sessionOpened: return s.happened(.opened, "")
        case .speakerCalled(let id): return s.happened(.called, name(id))
        case .floorGiven(let id): return s.happened(.floorGiven, name(id))
        case .interventionPaused:
            guard let iv = st.floor.intervention, let at = events.last?.at else { return nil }
            let spoken = TimeText.minutesSeconds(iv.speakingTime(at: at, pausedSince: st.floor.pausedSince))
            return s.happened(.paused(spoken), name(iv.speaker))
        case .interventionResumed: return onFloor.map { s.happened(.resumed, $0) }
        case .interventionEnded(let id):
            let took = st.records.last.map { TimeText.minutesSeconds($0.speakingTime) } ?? ""
            return s.happened(.ended(took), name(id))
        case .speakerSkipped(let id): return s.happened(.skipped, name(id))
        case .speakerAbsent(let id): return s.happened(.absent, name(id))
        case .speakerWithdrawn(let id): return s.happened(.withdrawn, name(id))
        case .speakerRestored(let id): return s.happened(.restored, name(id))
        case .walkInAdded(let sp, _):
            return s.happened(.added(number: ActionText.number(sp.id, st)), TerminalSafe.clean(sp.delegation))
        case .speakerMoved(let id, _): return s.happened(.moved(number: ActionText.number(id, st)), name(id))
        case .registrationsAdded(let list): return s.happened(.registrationsAdded(list.count), "")
        case .timeExtended(let ms, _):
            return onFloor.map { s.happened(.extended(ActionText.amount(.milliseconds(ms))), $0) }
        case .startCorrected(let t):
            return onFloor.map {
                s.happened(.startCorrected(TimeText.clockSeconds(t, utcOffset: st.plan.utcOffset)), $0)
            }
        case .segmentStarted(let i): return s.happened(.segmentStarted, ActionText.segmentName(i, st, s))
        case .closingStarted: return s.happened(.closingStarted, "")
        case .sessionClosed: return s.happened(.closed, "")
        case .suspendDetected: return nil
        case .pointOfOrderRaised(let by):
            let stopped = events.last.flatMap { st.remaining(at: $0.at) }.map(s.leftOrOver) ?? ""
            return s.happened(.pointOfOrderRaised(by: TerminalSafe.clean(by), stopped: stopped), onFloor ?? "")
        case .pointOfOrderEnded:
            let after = st.pointsOfOrder.last.map { TimeText.minutesSeconds($0.length) } ?? ""
            return s.happened(.pointOfOrderEnded(after: after), onFloor ?? "")
        case .replyRequested(let sp):
            let limit = TimeText.minutesSeconds(st.limit(of: sp.id) ?? .zero)
            let happening = Happening.replyRequested(
                ordinal: st.replyNumber(of: sp.id) ?? 1, limit: limit, number: ActionText.number(sp.id, st),
                segment: ActionText.segmentName(sp.segment, st, s))
            return s.happened(happening, TerminalSafe.clean(sp.delegation))
        case .limitChanged(let id, let ms, _):
            return s.happened(.limitChanged(TimeText.minutesSeconds(.milliseconds(ms))), name(id))
        case .statementSubmittedInWriting(let id): return s.happened(.inWriting, name(id))
        case .messageShown(let m): return s.happened(.messageShown(ActionText.shown(m, s)), "")
        case .messageCleared: return s.happened(.messageCleared, "")
        case .meetingSuspended(let ms, _):
            guard let susp = st.floor.suspension else { return nil }
            let resumes = TimeText.clock(susp.start + .milliseconds(ms), utcOffset: st.plan.utcOffset)
            return s.happened(.meetingSuspended(TimeText.minutesSeconds(.milliseconds(ms)), resumesAt: resumes), "")
        case .meetingResumed:
            let after = st.suspensions.last.map { TimeText.minutesSeconds($0.length) } ?? ""
            return s.happened(.meetingResumed(after: after), "")
        case .noteAdded(let id, _): return s.happened(.noteAdded, name(id))
        }
    }

    /// After a restart from the journal: the message line says where the session
    /// stood, so the operator sees at once who has the floor and since when.
    public func announceResume() {
        let st = session.state
        let since = st.floor.intervention.map { TimeText.clockSeconds($0.floorGivenAt, utcOffset: st.plan.utcOffset) }
        ui.message = Message(
            ui.strings.value.resumedFromJournal(
                speaker: st.floor.intervention.map { ActionText.name($0.speaker, st) }, since: since ?? ""))
    }

    /// Notices the operator must see on the main screen (a repaired record): shown
    /// under the status line until the first key.
    public func announce(_ lines: [String]) {
        ui.announcements += lines
    }

    /// Asks `question` at once, as a key would: the shell's start-up questions.
    func offer(_ question: Confirmation, onYes effect: Effect) {
        ui.mode = .confirm(question, onYes: [effect])
    }

    /// Records a clock jump (the machine slept) as a system event, never undone.
    public func recordSuspend(from: Instant, to now: Instant) {
        _ = persist([Event(origin: .system, at: now, fact: .suspendDetected(from: from))])
    }

    /// Makes events durable, then takes them into the state. False when the sink
    /// refused them: they are not recorded and the NOT SAVED banner goes up at once.
    /// A journal then continues in a new file holding everything recorded so far,
    /// and the banner says where; the refused action is for the operator to repeat.
    private func persist(_ events: [Event]) -> Bool {
        do {
            try sink.persist(events)
        } catch {
            ui.notSaved = "\(error)"
            do {
                if let path = try sink.continueAfterFailure(history: session.events) { ui.continuedIn = path }
            } catch let further {
                ui.notSaved = ui.strings.value.noNewJournal("\(error)", "\(further)")
            }
            return false
        }
        ui.notSaved = nil
        session.record(events)
        return true
    }

    /// Writes the operator's confirmation of rebuilt times; the banner stays if it fails.
    private func acknowledgeClock() {
        do {
            try sink.acknowledgeClock()
            ui.clockUnconfirmed = false
            ui.message = Message(ui.strings.value.clockConfirmed)
        } catch {
            ui.notSaved = "\(error)"
        }
    }

    /// The time has moved on: bell and flash when the speaker, or the chair in the
    /// opening or the closing, reaches a new stage.
    public func tick(at now: Instant) -> Reaction {
        let st = session.state
        let timed: (Instant, Stage)?
        if case .speaking(let iv) = st.floor, let stage = st.stage(at: now) {
            timed = (iv.floorGivenAt, stage)
        } else if let turn = st.chairTurn, let stage = st.chairStage(at: now) {
            timed = (turn.since, stage)
        } else {
            timed = nil
        }
        guard let (since, stage) = timed else {
            lastStage = nil
            return []
        }
        defer { lastStage = (since, stage) }
        guard let (start, before) = lastStage, start == since, stage > before else { return [] }
        var r: Reaction = []
        if bell, session.plan.rings(at: stage) { r.insert(.bell) }
        if flash { r.insert(.flash) }
        return r
    }

    /// The screen at `now` in a terminal of `width` × `height` cells.
    public func render(at now: Instant, width: Int, height: Int) -> Grid {
        ConsoleScreen.render(
            state: session.state, now: now, view: view, config: config, extras: extras,
            reuse: frames, width: width, height: height)
    }

    /// When the picture next changes on its own.
    public func nextChange(after now: Instant) -> Instant {
        ConsoleScreen.nextChange(state: session.state, after: now)
    }

    /// One line for the shell after the console closes.
    public func summary(at now: Instant) -> String {
        let st = session.state
        let spoken = st.records.reduce(Duration.zero) { $0 + $1.speakingTime }
        let over = st.records.overTimeCount
        return ui.strings.value.exitSummary(
            ExitSummary(
                phase: st.phase, segment: st.currentSegment.map { st.plan.segments[$0].id },
                interventions: st.records.count, spoken: spoken, overTime: over, events: session.events.count,
                continuedIn: ui.continuedIn))
    }
}

/// Keeps events in memory: for tests and for running without a journal. A failed
/// write has nowhere else to go, and a confirmation needs no record.
public final class MemoryEventSink: ConsoleSink {
    public private(set) var events: [Event] = []
    /// When set, `persist` throws it, as a full disk would.
    public var failure: (any Error)?

    public init() {}

    public func persist(_ events: [Event]) throws {
        if let failure { throw failure }
        self.events += events
    }

    public func continueAfterFailure(history: [Event]) throws -> String? { nil }

    public func acknowledgeClock() throws {}
}
