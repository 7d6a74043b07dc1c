// The console side of an interactive rehearsal: before each frame, the simulated
// room says what the officer sees (or, with --autopilot, the simulated officer acts),
// and the live forecast is refreshed. Commands still go through the controller:
// decide, persist to the rehearsal journal, record.
import PlenaryConsole
import PlenaryCore
import PlenarySimulation
import PlenaryView

@MainActor
final class RehearsalConsole {
    private let controller: ConsoleController
    private var room: SimulatedRoom
    /// The simulated officer, with --autopilot.
    private var officer: Autopilot?
    private let forecast: LiveForecast?

    init(controller: ConsoleController, pilot: Autopilot, autopilot: Bool, forecast: LiveForecast?) {
        self.controller = controller
        room = SimulatedRoom(pilot: pilot)
        officer = autopilot ? pilot : nil
        self.forecast = forecast
    }

    /// The hook for `ConsoleApp.beforeFrame`: the next instant the room or officer acts.
    func beforeFrame(_ now: Instant) -> Instant? {
        defer { forecast?.update(at: now) }
        guard var officer else {
            let (sightings, next) = room.look(at: controller.state, now: now)
            controller.extras.roomNotes = sightings.map(note)
            return next
        }
        defer { self.officer = officer }
        // Everything due by now, a bounded number of steps per frame.
        for _ in 0..<20 {
            guard let (at, command) = officer.next(in: controller.state, now: now) else { return nil }
            guard at <= now else { return at }
            let before = controller.session.events.count
            controller.execute(command, Self.action(for: command), at: now)
            // A refused command would come back at once: try again next frame.
            if controller.session.events.count == before { return now + .seconds(1) }
        }
        return now
    }

    private func note(_ s: RoomSighting) -> RoomNote {
        func name(_ id: SpeakerID) -> String { controller.state.speakers[id]?.delegation ?? "\(id)" }
        switch s {
        case .walking(let id): return .walking(name(id))
        case .atMicrophone(let id): return .atMicrophone(name(id))
        case .notInRoom(let id): return .notInRoom(name(id))
        case .finished(let id): return .finished(name(id))
        case .interruption(let id): return .interruption(name(id))
        case .interruptionOver(let id): return .interruptionOver(name(id))
        case .asksForFloor(let delegation): return .asksForFloor(delegation)
        }
    }

    /// The key action a simulated command stands for (names the message line).
    static func action(for command: Command) -> Action {
        switch command {
        case .openSession, .startNextSegment: .nextSegment
        case .callNext, .call: .callNext
        case .giveFloor, .endIntervention: .floor
        case .pause, .resume: .pause
        case .skip: .skip
        case .markAbsent: .absent
        case .withdraw, .restore: .withdraw
        case .addWalkIn, .addRegistrations: .walkIn
        case .move: .move
        case .extend: .extend
        case .correctStart: .correctStart
        case .undo: .undo
        case .redo: .redo
        case .closeSession: .closeSession
        // TODO(issue 16, console): the keys of the rules of procedure.
        case .raisePointOfOrder, .endPointOfOrder, .suspendMeeting, .resumeMeeting: .pause
        case .requestReply, .changeLimit, .submitInWriting, .showMessage, .clearMessage, .addNote: .walkIn
        }
    }
}
