// Who speaks: a delegation (a State, an organ of the Court, an organization) and the
// person or function taking the floor for it.

/// Stable identity of a speaker within one session. Registered speakers are numbered
/// in list order from 1; walk-ins get the next free number when they are added.
public struct SpeakerID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (a: SpeakerID, b: SpeakerID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "#\(rawValue)" }
}

/// The kind of participant, as the Assembly's rules of procedure distinguish them.
public enum Category: String, Sendable, Hashable, CaseIterable {
    case court = "court"
    case stateParty = "state party"
    case observerState = "observer state"
    case internationalOrganization = "international organization"
    case civilSociety = "civil society"
    case other = "other"
}

/// How a speaker came onto the list.
public enum SpeakerKind: String, Sendable, Hashable {
    /// On the registration list before the deadline.
    case registered
    /// Asked for the floor in the room.
    case walkIn = "walk-in"
    /// A right of reply, asked for during the session and heard at the end of a list.
    case reply = "reply"
}

public struct Speaker: Sendable, Hashable, Identifiable {
    public var id: SpeakerID
    /// The delegation the speaker represents: "Belgium", "Office of the Prosecutor".
    public var delegation: String
    /// A person's name or a function: "Ambassador", "President of the Court". May be empty.
    public var function: String
    public var category: Category
    /// Index into the plan's segments.
    public var segment: Int
    public var kind: SpeakerKind
    /// When the registration reached the secretariat, if known.
    public var received: Instant?
    /// The speaker's own limit (a `limit` column, a reply's); nil takes the plan's
    /// (`SessionPlan.limit(for:)`).
    public var limit: Duration?
    /// A joint statement: the delegations or groups it is also made for ("European
    /// Union and its member States"), in the order given. Empty for a national one.
    public var onBehalfOf: [String]

    public init(
        id: SpeakerID, delegation: String, function: String = "", category: Category = .other,
        segment: Int, kind: SpeakerKind = .registered, received: Instant? = nil,
        limit: Duration? = nil, onBehalfOf: [String] = []
    ) {
        self.limit = limit
        self.onBehalfOf = onBehalfOf
        self.id = id
        self.delegation = delegation
        self.function = function
        self.category = category
        self.segment = segment
        self.kind = kind
        self.received = received
    }

    /// "Belgium (Ambassador)" or just "Belgium".
    public var label: String { function.isEmpty ? delegation : "\(delegation) (\(function))" }
}
