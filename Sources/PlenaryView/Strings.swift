// Every word the console shows, in one table per language. Adding a language is
// adding one `Strings` value here; nothing else in the view holds UI text. The
// chair's call line itself comes from the core (`CallLine`), which knows French
// grammar for delegation names.
import PlenaryCore

/// An operator action's outcome worth naming in the message line.
public enum Happening: Sendable, Hashable {
    case opened, called, floorGiven
    /// Paused after this much speaking time ("1:12").
    case paused(String)
    case resumed
    case ended(String)
    case skipped, absent, withdrawn, restored
    /// A walk-in, and the number the list shows for it.
    case added(number: Int)
    /// Moved; the number the list now shows for the speaker.
    case moved(number: Int)
    /// The time added ("30 s").
    case extended(String)
    case startCorrected(String)
    case segmentStarted, closingStarted, closed
    /// Registrations from a changed file, taken in as one event.
    case registrationsAdded(Int)
    /// A point of order: the delegation that raised it ("" when not named) and the
    /// interrupted speaker's time as it stands ("1:12 left"), "" when nobody spoke.
    case pointOfOrderRaised(by: String, stopped: String)
    /// Ended after this long ("0:42"); the name is the speaker who resumes, "" if none.
    case pointOfOrderEnded(after: String)
    /// A right of reply: its number for the delegation, its limit ("10:00"), the number
    /// the list shows for it and the list's segment ("Segment II").
    case replyRequested(ordinal: Int, limit: String, number: Int, segment: String)
    /// The speaker's new limit ("3:00").
    case limitChanged(String)
    case inWriting
    /// The message as the room reads it.
    case messageShown(String)
    case messageCleared
    /// Suspended for this long ("10:00"), resuming at this time of day.
    case meetingSuspended(String, resumesAt: String)
    /// Resumed after this long.
    case meetingResumed(after: String)
    case noteAdded
}

/// The console's own strings in one language.
public struct Strings: Sendable {
    public var language: Language
    // Warning stages, always shown as text as well as colour.
    public var speaking: String
    public var wrapUp: String
    public var final: String
    public var time: String
    public var overrun: @Sendable (Int) -> String
    public var paused: String
    public var left: String
    public var over: String
    // The floor.
    public var onTheFloor: String
    public var called: String
    public var walking: String
    public var floorFree: String
    public var spaceGives: @Sendable (String) -> String
    public var next: String
    public var then: String
    public var noneWaiting: String
    public var limit: String
    public var extended: String
    // Phases.
    public var notOpened: String
    public var startsAt: @Sendable (String) -> String
    public var pressToStart: String
    public var opening: String
    public var closing: String
    public var closed: String
    // The session line.
    public var segment: String
    public var session: String
    public var behind: String
    public var ahead: String
    public var onSchedule: String
    public var projectedEnd: String
    public var willNotBeReached: @Sendable (Int, String) -> String
    public var suspended: @Sendable (String, String) -> String
    // The list.
    public var statusDone: String
    public var statusSpeaking: String
    public var statusCalled: String
    public var statusWaiting: String
    public var statusSkipped: String
    public var statusAbsent: String
    public var statusWithdrawn: String
    public var walkInMark: String
    public var emptyList: String
    // Screens and prompts.
    public var tooSmall: @Sendable (Int, Int) -> String
    public var notSaved: @Sendable (String) -> String
    /// The journal failed and the record goes on in this file.
    public var continuedIn: @Sendable (String) -> String
    /// After a restart on another boot: times rebuilt from the wall clock.
    public var clockRebuilt: String
    public var clockConfirmed: String
    public var clockNothingToConfirm: String
    public var noneToRestore: String
    public var help: String
    public var helpClose: String
    public var confirmYes: String
    public var confirmHint: String
    public var formHint: String
    public var suggestionHint: String
    public var done: String
    public var cancelled: String
    /// What just happened, named: "Belgium has the floor".
    public var happened: @Sendable (Happening, String) -> String
    public var actions: @Sendable (Action) -> String
    /// One or two words per action for the one-line legend.
    public var legendLabels: @Sendable (Action) -> String
    public var confirmations: @Sendable (Confirmation) -> String
    public var fields: @Sendable (FormField) -> String
    public var forms: @Sendable (FormKind) -> String

    /// The table for `language`.
    public static func of(_ language: Language) -> Strings {
        switch language {
        case .english: .english
        case .french: .french
        }
    }
}

extension Strings {
    /// "1:12 left" or "+0:20 over": a countdown with its word.
    public func leftOrOver(_ d: Duration) -> String {
        "\(TimeText.countdown(d)) \(d >= .zero ? left : over)"
    }
}
