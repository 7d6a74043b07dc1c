// What happened: past-tense facts. Only events are stored; the state is what the
// events add up to, so replaying them gives the same state again.

/// An operator action's number. Every event a command yields carries the same action,
/// so undo can take back the whole action. Numbers grow and are never handed out twice.
public struct ActionID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let number: Int
    public init(number: Int) { self.number = number }
    public static func < (a: ActionID, b: ActionID) -> Bool { a.number < b.number }
    public var description: String { "action \(number)" }

    /// The next number after this one.
    var next: ActionID { ActionID(number: number + 1) }
}

/// Who recorded an event: the operator, in a numbered action that undo can take back,
/// or the system on its own (a detected suspend), which undo never takes back.
public enum Origin: Sendable, Hashable {
    case system
    case `operator`(ActionID)

    /// The operator's action, nil for the system.
    public var action: ActionID? {
        if case .operator(let a) = self { return a }
        return nil
    }
}

public struct Event: Sendable, Hashable {
    public var origin: Origin
    public var at: Instant
    public var fact: Fact

    public init(origin: Origin, at: Instant, fact: Fact) {
        self.origin = origin
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
    /// Rows of a registration file changed since the session began, taken in by the
    /// operator as one event: each at the end of its segment's list, numbered anew.
    case registrationsAdded(speakers: [Speaker])
    case timeExtended(milliseconds: Int64, reason: String)
    case startCorrected(to: Instant)
    case actionUndone(action: ActionID)
    /// An undone action is back in effect: the undo of the undo. Only the action the
    /// last undo took back can be redone, and only before anything else is done.
    case actionRedone(action: ActionID)
    /// A point of order: the floor's clock stops until the President has ruled.
    /// `by` is the delegation that raised it, empty when not named.
    case pointOfOrderRaised(by: String)
    /// The President has ruled: the floor is given back exactly as it was.
    case pointOfOrderEnded
    /// A right of reply, put on a list as a speaker of kind `.reply` whose limit is
    /// the reply's (first or second) as the plan said when it was asked for.
    case replyRequested(speaker: Speaker)
    case limitChanged(speaker: SpeakerID, milliseconds: Int64, reason: String)
    case statementSubmittedInWriting(speaker: SpeakerID)
    /// Shown on the room display until cleared, or until the intervention it was shown
    /// during ends.
    case messageShown(SpeakerMessage)
    case messageCleared
    case meetingSuspended(milliseconds: Int64, reason: String)
    case meetingResumed
    case noteAdded(speaker: SpeakerID, text: String)
    case sessionClosed
    /// The machine slept: the clock jumped by more than the screen's wake-up interval.
    case suspendDetected(from: Instant)
}
