// What happened: past-tense facts. Only events are stored; the state is what the
// events add up to, so replaying them gives the same state again.

/// An operator action number. Every event a command yields carries the same action
/// number, so undo can take back the whole action. Zero marks events the system
/// recorded on its own (a detected suspend), which undo never takes back.
public typealias ActionID = Int

public struct Event: Sendable, Hashable {
    public var action: ActionID
    public var at: Instant
    public var fact: Fact

    public init(action: ActionID, at: Instant, fact: Fact) {
        self.action = action
        self.at = at
        self.fact = fact
    }
}

public enum Fact: Sendable, Hashable {
    case sessionOpened
    case segmentStarted(segment: Int)
    case closingStarted
    case speakerCalled(speaker: SpeakerID)
    case floorGiven(speaker: SpeakerID)
    case interventionPaused
    case interventionResumed
    case interventionEnded(speaker: SpeakerID)
    case speakerSkipped(speaker: SpeakerID)
    case speakerAbsent(speaker: SpeakerID)
    case speakerWithdrawn(speaker: SpeakerID)
    case speakerRestored(speaker: SpeakerID)
    case walkInAdded(speaker: Speaker, position: Int?)
    case speakerMoved(speaker: SpeakerID, position: Int)
    case timeExtended(milliseconds: Int64, reason: String)
    case startCorrected(to: Instant)
    case actionUndone(action: ActionID)
    case sessionClosed
    /// The machine slept: the clock jumped by more than the screen's wake-up interval.
    case suspendDetected(from: Instant)
}
