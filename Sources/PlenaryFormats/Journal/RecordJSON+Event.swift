// Event records straight from the parsed tree, without Codable: nearly every line of
// a journal is one, and the generic Codable machinery cost more than the parse. It
// reads exactly the shapes the synthesized encoding writes ({"floorGiven":{"speaker":3}});
// anything else (headers, notes, a walk-in's speaker, a shape it does not know)
// returns nil and goes through Codable, which stays the definition of the format.
// A test encodes every fact and requires this path to give it back unchanged.
import PlenaryCore

extension RecordJSON {
    subscript(_ key: String) -> RecordJSON? {
        guard case .object(let pairs) = self else { return nil }
        for pair in pairs where pair.key == key { return pair.value }
        return nil
    }

    var int64: Int64? { if case .integer(let n) = self { n } else { nil } }
    var int: Int? { int64.flatMap { Int(exactly: $0) } }
    var text: String? { if case .string(let s) = self { s } else { nil } }

    /// The keys of an object, or nil for anything else.
    var keyCount: Int? { if case .object(let pairs) = self { pairs.count } else { nil } }

    /// An event record, or nil when the line is not one this path reads.
    func eventRecord() -> JournalRecord? {
        guard keyCount == 6, let seq = self["seq"]?.int, let prevText = self["prev"]?.text,
              let prev = Hex.decode(Array(prevText.utf8), as: UInt64.self),
              let wall = self["wall"]?.int64, let boot = self["bootNs"]?.int64, let bootID = self["boot"]?.text,
              let event = self["event"]?.event() else { return nil }
        return JournalRecord(seq: seq, prev: prev, wall: Instant(milliseconds: wall), bootNanoseconds: boot,
                             bootID: bootID, entry: .event(event))
    }

    func event() -> Event? {
        guard keyCount == 3, let action = self["action"]?.int, let at = self["at"]?.int64,
              case .object(let facts)? = self["fact"], facts.count == 1, let fact = Self.fact(facts[0]) else { return nil }
        return Event(action: action, at: Instant(milliseconds: at), fact: fact)
    }

    private static func fact(_ pair: Member) -> Fact? {
        let v = pair.value
        guard let n = v.keyCount else { return nil }
        func speaker() -> SpeakerID? { n == 1 ? v["speaker"]?.int.map(SpeakerID.init) : nil }
        switch pair.key {
        case "sessionOpened": return n == 0 ? .sessionOpened : nil
        case "closingStarted": return n == 0 ? .closingStarted : nil
        case "interventionPaused": return n == 0 ? .interventionPaused : nil
        case "interventionResumed": return n == 0 ? .interventionResumed : nil
        case "sessionClosed": return n == 0 ? .sessionClosed : nil
        case "segmentStarted": return n == 1 ? v["segment"]?.int.map { .segmentStarted(segment: $0) } : nil
        case "speakerCalled": return speaker().map { .speakerCalled(speaker: $0) }
        case "floorGiven": return speaker().map { .floorGiven(speaker: $0) }
        case "interventionEnded": return speaker().map { .interventionEnded(speaker: $0) }
        case "speakerSkipped": return speaker().map { .speakerSkipped(speaker: $0) }
        case "speakerAbsent": return speaker().map { .speakerAbsent(speaker: $0) }
        case "speakerWithdrawn": return speaker().map { .speakerWithdrawn(speaker: $0) }
        case "speakerRestored": return speaker().map { .speakerRestored(speaker: $0) }
        case "speakerMoved":
            guard n == 2, let s = v["speaker"]?.int, let p = v["position"]?.int else { return nil }
            return .speakerMoved(speaker: SpeakerID(s), position: p)
        case "timeExtended":
            guard n == 2, let ms = v["milliseconds"]?.int64, let reason = v["reason"]?.text else { return nil }
            return .timeExtended(milliseconds: ms, reason: reason)
        case "startCorrected": return n == 1 ? v["to"]?.int64.map { .startCorrected(to: Instant(milliseconds: $0)) } : nil
        case "actionUndone": return n == 1 ? v["action"]?.int.map { .actionUndone(action: $0) } : nil
        case "suspendDetected": return n == 1 ? v["from"]?.int64.map { .suspendDetected(from: Instant(milliseconds: $0)) } : nil
        default: return nil     // walkInAdded and anything new: Codable
        }
    }
}
