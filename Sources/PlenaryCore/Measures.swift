// The measures of a session, each defined once. The console, the room display, the
// rehearsal summary and every export ask these, so no two of them can disagree about
// what "over time" or "changeover" means.

/// Named measures of interventions. Two different intervals are both loosely called
/// "changeover" in a plenary; they are kept apart here, by name:
/// - the *walk to the microphone*: from the call to the floor given (what the chair
///   waits for after calling a speaker; the projection plans with it);
/// - the *gap between speakers*: from the previous intervention's end (or the
///   segment's start) to the floor given (the room's dead time, as the record shows it).
public enum Measure {
    /// The smallest overrun that counts as over time: what the podium shows is
    /// truncated to whole seconds, so an overrun under a second reads `+0:00` and the
    /// operator saw none.
    public static let overTimeThreshold: Duration = .seconds(1)

    /// Over time as the operator saw it: the shown overrun was at least `+0:01`.
    public static func isOverTime(_ overrun: Duration) -> Bool { overrun >= overTimeThreshold }

    /// The walk to the microphone: from the call to the floor given; nil when the floor
    /// was given without a call, or when the recorded instants are out of order.
    public static func walkToMicrophone(calledAt: Instant?, floorGivenAt: Instant) -> Duration? {
        guard let calledAt, floorGivenAt >= calledAt else { return nil }
        return floorGivenAt - calledAt
    }

    /// The gap between speakers: from `previousEnd` (the previous intervention's end,
    /// or the segment's start for its first speaker) to the floor given; zero when the
    /// floor came first (a corrected start), nil when there is no previous end to count
    /// from (the previous speaker never ended).
    public static func gapBetweenSpeakers(previousEnd: Instant?, floorGivenAt: Instant) -> Duration? {
        guard let previousEnd else { return nil }
        return max(.zero, floorGivenAt - previousEnd)
    }
}

extension Intervention {
    /// See `Measure.walkToMicrophone`.
    public var walkToMicrophone: Duration? {
        Measure.walkToMicrophone(calledAt: calledAt, floorGivenAt: floorGivenAt)
    }
}

extension InterventionRecord {
    /// See `Measure.isOverTime`: what the console, the display, the summaries and the
    /// exports count as over time.
    public var isOverTime: Bool { Measure.isOverTime(overrun) }
}

extension Sequence<InterventionRecord> {
    /// How many went over time (`Measure.isOverTime`).
    public var overTimeCount: Int { reduce(0) { $0 + ($1.isOverTime ? 1 : 0) } }
}
