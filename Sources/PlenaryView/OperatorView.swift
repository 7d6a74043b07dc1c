// What the operator's side of the console adds to the picture: the mode drawn over
// the list (help, a confirmation, a form), the message line, the banners about the
// record, the list's scroll and the key guide. The console layer (PlenaryConsole)
// decides these; the view only draws them, so it names here the few things the
// screen and its strings speak of (actions, confirmations, form fields).
import PlenaryCore

/// What an operator can ask for with one key.
public enum Action: Sendable, Hashable, CaseIterable {
    case floor, pause, callNext, skip, extend, extendWithReason, undo, redo
    case walkIn, move, correctStart
    case nextSegment, withdraw, absent, restore, closeSession, quit
    case acknowledgeClock, registrationWarnings
    case help, scrollUp, scrollDown
    // The rules of procedure.
    case pointOfOrder, pointOfOrderNamed, endPointOfOrder, reply, changeLimit, inWriting, message, suspend, note
}

/// A question asked before a destructive or rare action. Each names what will happen.
public enum Confirmation: Sendable, Hashable {
    /// `notReached` speakers have not spoken and will not be reached.
    case closeSession(notReached: Int)
    case quit
    /// Moving on to `next` (its name); `notReached` speakers of `current` have not spoken.
    case nextSegment(String, notReached: Int, current: String?)
    case withdraw(String)
    case absent(String)
    case restore(String)
    /// Undoing `deed` (its phrase), and what that does to the floor.
    case undo(String, UndoConsequence)
    /// Space again just after giving the floor: the speaker, and the time so far.
    case endEarly(String, after: String)
    /// A walk-in whose delegation is already on the list as number `number`.
    case walkInAgain(String, number: Int)
    /// A changed registration file: `count` new rows, `duplicates` already on the list.
    case addRegistrations(count: Int, duplicates: [String])
    /// The speaker's statement handed in to be circulated in writing; `called` when the
    /// speaker stands called at the floor.
    case inWriting(String, called: Bool)
}

/// The operator's last action confirmed, or a refusal with its reason.
public struct Message: Sendable, Hashable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

public enum FormKind: Sendable, Hashable {
    case walkIn, move, correctStart, extend
    case pointOfOrder, reply, limit, message, suspension, note
}

public enum FormField: Sendable, Hashable {
    case delegation, function, segment, position, listNumber, toPosition, startTime, amount, reason
    case limit, message, length, note
}

/// What a form says under its fields about what it will do, as the core would decide
/// it now: which right of reply this is, whose limit or note, when the meeting resumes.
public enum FormNote: Sendable, Hashable {
    /// The delegation's `ordinal`-th right of reply, with its limit from the plan.
    case reply(delegation: String, ordinal: Int, limit: Duration)
    /// The speaker the list number names, and their limit now when the form changes it.
    case speaker(String, limit: Duration?)
    /// The canned messages, by number.
    case cannedMessages
    /// The meeting resumes at this instant if suspended now for the length typed.
    case resumesAt(Instant)
    /// What the core would answer now: the reason the form cannot be submitted.
    case refused(Rejection)
}

/// A form as drawn: its fields, what was typed, the field with focus, the
/// suggestions for the delegation field and why the last submit was refused.
public struct FormView: Sendable, Hashable {
    public var kind: FormKind
    public var fields: [FormField]
    public var values: [String]
    public var focus: Int
    public var suggestions: [String]
    public var suggestion: Int
    public var problem: FormProblem?
    /// Lines under the fields: what submitting will do, or why it cannot.
    public var notes: [FormNote]

    public init(
        kind: FormKind, fields: [FormField], values: [String], focus: Int = 0, suggestions: [String] = [],
        suggestion: Int = 0, problem: FormProblem? = nil, notes: [FormNote] = []
    ) {
        self.notes = notes
        self.kind = kind
        self.fields = fields
        self.values = values
        self.focus = focus
        self.suggestions = suggestions
        self.suggestion = suggestion
        self.problem = problem
    }
}

/// The keys as the help and the legend name them: the console's key table, written
/// out for the screen (the view draws names, it does not read keys).
public struct KeyGuide: Sendable, Hashable {
    /// Each action with the names of its keys, in the help's order.
    public var help: [Entry]
    /// The legend's actions, most frequent first, each with the name of its first key.
    public var legend: [Entry]

    public struct Entry: Sendable, Hashable {
        public var keys: [String]
        public var action: Action
        /// The legend's word for the moment, when it is not the action's usual one
        /// ("open" for `g` before the session opens).
        public var label: String?
        public init(keys: [String], action: Action, label: String? = nil) {
            self.keys = keys
            self.action = action
            self.label = label
        }
    }

    public init(help: [Entry] = [], legend: [Entry] = []) {
        self.help = help
        self.legend = legend
    }
}

/// Everything the console remembers that is not in the session record, as drawn.
public struct OperatorView: Sendable, Hashable {
    /// What covers the list for a moment.
    public enum Overlay: Sendable, Hashable {
        case none, help
        /// The registration file's warnings, listed.
        case registrationWarnings
        case confirm(Confirmation)
        case form(FormView)
    }

    public var overlay: Overlay
    public var message: Message?
    /// Set while the journal refuses writes.
    public var notSaved: String?
    /// Where the record continues after a failed write.
    public var continuedIn: String?
    /// Times were rebuilt from the wall clock after a restart, not yet confirmed.
    public var clockUnconfirmed: Bool
    /// Lines scrolled away from the list's automatic position (the floor in view).
    public var scroll: Int
    public var keys: KeyGuide
    /// What the operator must see on the main screen after the start (a repaired
    /// record, a changed registration file), until the first key.
    public var announcements: [String]

    public init(
        overlay: Overlay = .none, message: Message? = nil, notSaved: String? = nil,
        continuedIn: String? = nil, clockUnconfirmed: Bool = false, scroll: Int = 0,
        keys: KeyGuide = KeyGuide(), announcements: [String] = []
    ) {
        self.announcements = announcements
        self.overlay = overlay
        self.message = message
        self.notSaved = notSaved
        self.continuedIn = continuedIn
        self.clockUnconfirmed = clockUnconfirmed
        self.scroll = scroll
        self.keys = keys
    }
}
