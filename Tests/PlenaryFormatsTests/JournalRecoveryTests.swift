// The recovery properties: whatever happens to the bytes, reading returns a prefix
// of what was written — never an invented, changed or reordered event — or refuses
// with the damaged line.
import PlenaryCore
import PropertyBased
import Testing

@testable import PlenaryFormats
@testable import PlenaryJournalFormat

@Suite struct JournalRecoveryTests {
    // A small header (the plan without its speakers list) keeps the exhaustive loops
    // fast: each damaged copy is read in full.
    static let header: JournalHeader = {
        var h = ScriptedSession.header
        h.speakers = Array(h.speakers.prefix(2))
        return h
    }()
    static let events = Array(ScriptedSession.events().prefix(16))
    static let bytes = try! JournalBytes.make(header: header, entries: events.map(JournalEntry.event))
    static let ends = JournalBytes.lineEnds(bytes)

    /// Reading `damaged` either refuses or gives a prefix of `events`.
    static func check(_ damaged: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JournalReading? {
        guard let r = try? JournalReader.read(damaged) else { return nil }
        #expect(Array(events.prefix(r.events.count)) == r.events, sourceLocation: sourceLocation)
        #expect(r.header == header, sourceLocation: sourceLocation)
        return r
    }

    @Test func truncationAtEveryByteGivesTheCompleteLinesAndATornTail() {
        for cut in 0...Self.bytes.count {
            let r = Self.check(Array(Self.bytes[..<cut]))
            // Cut just before a newline, the record is whole and checks: it is kept.
            let complete = Self.ends.filter { $0 <= cut + 1 }
            if Self.ends.contains(cut + 1) {
                #expect(r?.records.count == complete.count, "cut at \(cut)")
                #expect(r?.intactLength == cut && r?.tornBytes == 0 && r?.unterminated == true, "cut at \(cut)")
                continue
            }
            if complete.isEmpty {
                #expect(r == nil, "cut at \(cut): a journal without a complete header was accepted")
                continue
            }
            guard let r else {
                Issue.record("cut at \(cut) was refused")
                continue
            }
            #expect(r.records.count == complete.count, "cut at \(cut)")
            #expect(r.intactLength == complete.last!, "cut at \(cut)")
            #expect(r.tornBytes == cut - complete.last!, "cut at \(cut)")
        }
    }

    @Test func aBitFlipInEveryByteIsCaughtOrCostsNothingOnTheLastNewline() {
        // Every byte, one bit each (rotating through the eight); all eight bits of
        // every byte of the last two lines, where a flip could pass for a torn tail.
        for offset in Self.bytes.indices {
            let bits = offset >= Self.ends[Self.ends.count - 3] ? Array(0..<8) : [offset % 8]
            for bit in bits {
                var b = Self.bytes
                b[offset] ^= 1 << bit
                guard let r = Self.check(b) else { continue }
                // Accepted only when the flip hit the last newline: the record before it
                // is complete and checks, so it is kept (it was acknowledged), and the
                // damaged byte is the torn tail.
                #expect(offset == Self.bytes.count - 1, "a flip at \(offset) bit \(bit) went unnoticed")
                #expect(r.intactLength == Self.bytes.count - 1 && r.events.count == Self.events.count)
                #expect(r.tornBytes == 1 && r.unterminated)
            }
        }
    }

    @Test func randomDamageNeverInventsOrReorders() async {
        let n = Self.bytes.count
        await propertyCheck(
            count: 100, input: Gen.int(in: 0...(n - 1)).array(of: 1...6), Gen.int(in: 1...255),
            Gen.int(in: 0...n)
        ) { offsets, mask, cut in
            var b = Self.bytes
            for o in offsets { b[o] ^= UInt8(mask) }
            _ = Self.check(Array(b[..<cut]))
        }
    }

    @Test func linesSwappedOrDuplicatedAreRefused() {
        let e = Self.ends
        let line2 = Self.bytes[e[0]..<e[1]]
        let line3 = Self.bytes[e[1]..<e[2]]
        let swapped = Array(Self.bytes[..<e[0]] + line3 + line2 + Self.bytes[e[2]...])
        #expect(Self.check(swapped) == nil)
        let duplicated = Array(Self.bytes[..<e[1]] + line2 + Self.bytes[e[1]...])
        #expect(Self.check(duplicated) == nil)
    }
}
