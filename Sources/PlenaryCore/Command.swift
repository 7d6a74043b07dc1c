// What the operator asks for. Commands are imperative and named after what the user
// did; `decide` turns one into past-tense events or a rejection with a reason.

public enum Command: Sendable, Hashable {
    case openSession
    /// Move on: open the session into the chair's opening, start the first segment, the
    /// next one, or after the last one the chair's closing.
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
    /// Take in registrations found in a changed registration file (their numbers are
    /// handed out anew), each at the end of its segment's list.
    case addRegistrations([Speaker])
    /// Move a waiting speaker to a position among the waiting speakers (1 is next).
    case move(SpeakerID, toPosition: Int)
    case extend(by: Duration, reason: String)
    /// The timer was not started: the floor was really given at this instant.
    case correctStart(to: Instant)
    case undo
    /// Put back the action the last undo took back, while nothing else has been done since.
    case redo
    case closeSession
    /// A delegation rises to a point of order (`by` may be empty); the floor's clock stops.
    case raisePointOfOrder(by: String)
    /// The President has ruled; whoever was at the floor has it back as it was.
    case endPointOfOrder
    /// A right of reply for `delegation`, put on the reply list the plan names.
    case requestReply(delegation: String, function: String, category: Category)
    /// A waiting speaker's limit, changed with the reason on the record.
    case changeLimit(SpeakerID, to: Duration, reason: String)
    /// The statement was handed in to be circulated in writing. Nil means the called speaker.
    case submitInWriting(SpeakerID?)
    case showMessage(SpeakerMessage)
    case clearMessage
    /// "The meeting is suspended for ten minutes": the floor must be free.
    case suspendMeeting(for: Duration, reason: String)
    case resumeMeeting
    case addNote(SpeakerID, text: String)
}

/// Why a command was refused: a value naming the rule and what it is about (the
/// speaker, the segment, the command), with no words. The console's `Strings` says
/// it in the operator's language. Indirect: a refusal is rare, and boxing its data
/// keeps every decision's result one word wide (a forecast decides millions).
public indirect enum Rejection: Error, Sendable, Hashable {
    /// Every command but undo, once the session is closed.
    case sessionClosed
    case sessionAlreadyOpen
    /// Closing a session that was never opened.
    case sessionNotOpened
    case planHasNoSegments
    /// Moving on from the closing: the next step is to close the session.
    case closingUnderway
    /// `command` needs a segment under way; `sessionStarted` says whether one has run.
    case noSegmentUnderway(Command, sessionStarted: Bool)
    /// `command` needs a free floor, and `speaker` has been called to it.
    case speakerCalled(Speaker, blocking: Command)
    /// `command` needs a free floor, and `speaker` has it.
    case speakerHasFloor(Speaker, blocking: Command)
    case noneWaiting(in: SegmentPlan)
    /// The speaker is on another segment's list than the one under way.
    case speakerInOtherSegment(Speaker, SegmentPlan)
    /// `command` (a call or a move) needs a waiting speaker.
    case speakerNotWaiting(Speaker, SpeakerStatus?, Command)
    /// Giving the floor while someone has it.
    case floorAlreadyGiven(to: Speaker)
    case alreadyPaused
    case notPaused
    /// `command` (pause, end, extend, correct the start) needs someone on the floor.
    case nobodyOnFloor(Command)
    /// `command` (skip, absent, withdraw) names nobody and nobody has been called.
    case nobodyCalled(Command)
    /// `command` (skip, absent, withdraw) cannot take away a speaker who has spoken,
    /// is absent or has withdrawn.
    case speakerCannotLeave(Speaker, SpeakerStatus?, Command)
    case speakerNotWithdrawnOrAbsent(Speaker, SpeakerStatus?)
    case unknownSpeaker(SpeakerID)
    case walkInWithoutDelegation
    /// A walk-in for segment index `segment`, which the plan does not have.
    case noSuchSegment(Int)
    case positionBelowOne
    case extensionAddsNoTime
    case correctedStartInFuture
    case correctedStartBeforeCall(Speaker)
    case correctedStartBeforePreviousEnd
    case correctedStartAfterPause
    case nothingToUndo
    case nothingToRedo
    case noRegistrationsToAdd
    /// `command` waits for the President's ruling on the point of order under way.
    case pointOfOrderUnderway(Command)
    /// `command` needs the meeting resumed first.
    case meetingSuspended(Command)
    case noPointOfOrder
    case notSuspended
    /// The delegation has had the `allowed` rights of reply the plan gives.
    case replyLimitReached(delegation: String, allowed: Int)
    /// Replies go on a list that is over (the closing has begun, or its segment ended).
    case replyListClosed
    case replyWithoutDelegation
    case limitNotPositive
    case suspensionWithoutLength
    case emptyMessage
    case noMessageShown
    case emptyNote
}
