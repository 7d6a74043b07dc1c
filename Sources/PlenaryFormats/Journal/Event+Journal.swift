// An event as the journal has always written it: {"action": N, "at": ms, "fact": …},
// where action 0 is the system's. The core names the origin as a type; the number
// lives here, on disk only, so existing journals keep reading.
import PlenaryCore

extension Event: Codable {
    private enum Key: String, CodingKey { case action, at, fact }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let number = try c.decode(Int.self, forKey: .action)
        self.init(origin: Origin(journalAction: number), at: try c.decode(Instant.self, forKey: .at),
                  fact: try c.decode(Fact.self, forKey: .fact))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(origin.journalAction, forKey: .action)
        try c.encode(at, forKey: .at)
        try c.encode(fact, forKey: .fact)
    }
}

extension Origin {
    /// The number the journal writes: the operator's action, or 0 for the system.
    var journalAction: Int { action?.number ?? 0 }

    init(journalAction number: Int) {
        self = number == 0 ? .system : .operator(ActionID(number: number))
    }
}
