// The commonest journal line, read straight from its bytes. An event record is
// written with sorted keys, so its bytes always have one shape:
//   {"boot":"…","bootNs":N,"event":{"action":N,"at":N,"fact":{"name":{…}}},"prev":"16 hex","seq":N,"wall":N}
// This walks that shape without building anything, and gives up (nil) at the first
// byte that differs; the general reader then decides. Resuming a long session reads
// tens of thousands of these. A test holds it to JSONDecoder for every fact.
import PlenaryCore

struct EventLineScanner {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0

    /// The record in `body`, or nil when it is not an event record of the usual shape.
    static func scan(_ body: UnsafeBufferPointer<UInt8>) -> JournalRecord? {
        var s = EventLineScanner(b: body)
        return s.record()
    }

    private init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    private mutating func record() -> JournalRecord? {
        guard literal(#"{"boot":""#), let boot = plainString(), literal(#","bootNs":"#), let bootNs = integer(),
              literal(#","event":{"action":"#), let action = integer(), literal(#","at":"#), let at = integer(),
              literal(#","fact":{""#), let fact = fact(), literal(#"}},"prev":""#), let prev = hex16(),
              literal(#"","seq":"#), let seq = integer(), literal(#","wall":"#), let wall = integer(),
              literal("}"), i == b.count,
              let actionID = Int(exactly: action), let seqNumber = Int(exactly: seq)
        else { return nil }
        let event = Event(origin: Origin(journalAction: actionID), at: Instant(milliseconds: at), fact: fact)
        return JournalRecord(seq: seqNumber, prev: prev, wall: Instant(milliseconds: wall), bootNanoseconds: bootNs,
                             bootID: boot, entry: .event(event))
    }

    /// `name":{payload}` after the opening quote of the fact's name.
    private mutating func fact() -> Fact? {
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "\"") { i += 1 }
        guard i < b.count else { return nil }
        let name = UnsafeBufferPointer(rebasing: b[start..<i])
        i += 1
        guard literal(":{") else { return nil }
        func named(_ s: StaticString) -> Bool {
            s.utf8CodeUnitCount == name.count && (0..<name.count).allSatisfy { s.utf8Start[$0] == name[$0] }
        }
        func empty(_ f: Fact) -> Fact? { literal("}") ? f : nil }
        func one(_ key: StaticString, _ make: (Int64) -> Fact?) -> Fact? {
            guard literal("\""), literal(key), literal("\":"), let n = integer(), literal("}") else { return nil }
            return make(n)
        }
        func speaker(_ make: (SpeakerID) -> Fact) -> Fact? { one("speaker") { Int(exactly: $0).map { make(SpeakerID($0)) } } }

        if named("interventionPaused") { return empty(.interventionPaused) }
        if named("interventionResumed") { return empty(.interventionResumed) }
        if named("sessionOpened") { return empty(.sessionOpened) }
        if named("closingStarted") { return empty(.closingStarted) }
        if named("sessionClosed") { return empty(.sessionClosed) }
        if named("speakerCalled") { return speaker { .speakerCalled(speaker: $0) } }
        if named("floorGiven") { return speaker { .floorGiven(speaker: $0) } }
        if named("interventionEnded") { return speaker { .interventionEnded(speaker: $0) } }
        if named("speakerSkipped") { return speaker { .speakerSkipped(speaker: $0) } }
        if named("speakerAbsent") { return speaker { .speakerAbsent(speaker: $0) } }
        if named("speakerWithdrawn") { return speaker { .speakerWithdrawn(speaker: $0) } }
        if named("speakerRestored") { return speaker { .speakerRestored(speaker: $0) } }
        if named("segmentStarted") { return one("segment") { Int(exactly: $0).map { .segmentStarted(segment: $0) } } }
        if named("actionUndone") {
            return one("action") { Int(exactly: $0).map { .actionUndone(action: ActionID(number: $0)) } }
        }
        if named("startCorrected") { return one("to") { .startCorrected(to: Instant(milliseconds: $0)) } }
        if named("suspendDetected") { return one("from") { .suspendDetected(from: Instant(milliseconds: $0)) } }
        // Anything else (a walk-in's speaker, a move, an extension's reason): the general reader.
        return nil
    }

    private mutating func literal(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        for k in 0..<n where b[i + k] != s.utf8Start[k] { return false }
        i += n
        return true
    }

    /// An integer as JSON writes it (no leading zeros, optional minus), within Int64.
    private mutating func integer() -> Int64? {
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        let start = i
        var magnitude: UInt64 = 0
        while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") {
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(b[i] - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            magnitude = m2
            i += 1
        }
        let digits = i - start
        guard digits > 0, digits == 1 || b[start] != UInt8(ascii: "0") else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") { return nil }
        if negative { return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The rest of a string with no escapes, printable ASCII only (a boot id), up to
    /// and including its closing quote.
    private mutating func plainString() -> String? {
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "\"") {
            guard b[i] >= 0x20, b[i] < 0x7F, b[i] != UInt8(ascii: "\\") else { return nil }
            i += 1
        }
        guard i < b.count else { return nil }
        let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        i += 1
        return s
    }

    /// Sixteen lower-case hex digits (the previous line's hash), read as the journal's
    /// own `Hex` reads them.
    private mutating func hex16() -> UInt64? {
        guard i + 16 <= b.count, let v = Hex.decode(UnsafeBufferPointer(rebasing: b[i..<(i + 16)]), as: UInt64.self)
        else { return nil }
        i += 16
        return v
    }
}
