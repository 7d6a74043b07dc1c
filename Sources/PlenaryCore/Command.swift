// What the operator asks for. Commands are imperative and named after what the user
// did; `decide` turns one into past-tense events or a rejection with a reason.

public enum Command: Sendable, Hashable {
    case openSession
    /// Start the first segment, move to the next, or after the last one to the closing.
    case startNextSegment
    /// Call the next waiting speaker of the current segment.
    case callNext
    /// Call a chosen waiting speaker of the current segment.
    case call(SpeakerID)
    /// Give the floor to the called speaker (calling the next one first if nobody is
    /// called). Timing starts here, so the walk to the microphone is not counted.
    case giveFloor
    case pause
    case resume
    case endIntervention
    /// Absent now: moved to the end of the segment's list. Nil means the called speaker.
    case skip(SpeakerID?)
    /// Absent: dropped from the list, kept in the record. Nil means the called speaker.
    case markAbsent(SpeakerID?)
    case withdraw(SpeakerID)
    case restore(SpeakerID)
    /// A speaker from the floor. `position` 1 is next; nil is the end of the list.
    case addWalkIn(delegation: String, function: String, category: Category, segment: Int, position: Int?)
    /// Move a waiting speaker to a position among the waiting speakers (1 is next).
    case move(SpeakerID, toPosition: Int)
    case extend(by: Duration, reason: String)
    /// The timer was not started: the floor was really given at this instant.
    case correctStart(to: Instant)
    case undo
    case closeSession
}

/// Why a command was refused, in words the operator can act on.
public struct Rejection: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
