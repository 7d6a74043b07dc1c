// What the shell adds to the picture from outside the session record: a rehearsal's
// simulated room and the live forecast. Values passed in like `now`; the view only
// draws them, so the same inputs still give the same picture.
import PlenaryCore
import PlenaryText

/// Something the simulated room does that the officer must see (rehearsals only).
public enum RoomNote: Sendable, Hashable {
    /// The called speaker is on the way to the microphone.
    case walking(String)
    /// The called speaker has reached the microphone: give the floor.
    case atMicrophone(String)
    /// The called speaker is not in the room: skip or mark absent.
    case notInRoom(String)
    /// The speaker has stopped talking: end the intervention, as at a real podium.
    case finished(String)
    /// An interruption (interpretation, a point of order): pause the clock.
    case interruption(String)
    /// The interruption is over: resume the clock.
    case interruptionOver(String)
    /// A delegation rises to a point of order, during a speaker's statement or with the
    /// floor free (nil): open the point of order.
    case pointOfOrder(by: String, during: String?)
    /// The President has ruled: end the point of order (the interrupted speaker, if any,
    /// has the floor again).
    case pointOfOrderRuled(String?)
    /// A delegation not on the list asks for the floor: add it as a walk-in.
    case asksForFloor(String)
    /// A delegation that has spoken asks for a right of reply: take the request.
    case asksForReply(String)
}

/// Inputs to one frame that do not come from the session's events.
public struct ScreenExtras: Sendable, Hashable {
    /// Share of simulated sessions, from the live state, that close on time (0–1).
    public var onTimeChance: Double?
    /// What the simulated room shows now, most urgent first.
    public var roomNotes: [RoomNote]

    public init(onTimeChance: Double? = nil, roomNotes: [RoomNote] = []) {
        self.onTimeChance = onTimeChance
        self.roomNotes = roomNotes
    }
}

extension RoomNote {
    /// The same note with its delegation name made safe for the terminal.
    var cleaned: RoomNote {
        switch self {
        case .walking(let n): .walking(TerminalSafe.clean(n))
        case .atMicrophone(let n): .atMicrophone(TerminalSafe.clean(n))
        case .notInRoom(let n): .notInRoom(TerminalSafe.clean(n))
        case .finished(let n): .finished(TerminalSafe.clean(n))
        case .interruption(let n): .interruption(TerminalSafe.clean(n))
        case .interruptionOver(let n): .interruptionOver(TerminalSafe.clean(n))
        case .pointOfOrder(let by, let during):
            .pointOfOrder(by: TerminalSafe.clean(by), during: during.map { TerminalSafe.clean($0) })
        case .pointOfOrderRuled(let n): .pointOfOrderRuled(n.map { TerminalSafe.clean($0) })
        case .asksForFloor(let n): .asksForFloor(TerminalSafe.clean(n))
        case .asksForReply(let n): .asksForReply(TerminalSafe.clean(n))
        }
    }
}
