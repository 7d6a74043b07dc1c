// The fast record reader against JSONDecoder: every kind of record decodes to the
// same value both ways, and what the fast reader refuses falls back unchanged.
import Foundation
import PlenaryCore
@testable import PlenaryFormats
import Testing

extension RecordJSON {
    subscript(_ key: String) -> RecordJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
    var int64: Int64? { if case .integer(let n) = self { n } else { nil } }
    var text: String? { if case .string(let s) = self { s } else { nil } }
}

@Suite struct RecordDecodingTests {

    /// The lines found with memchr are the lines between newlines, by definition; bytes
    /// after the last newline are a torn tail, not a line.
    @Test func linesAreWhatLiesBetweenNewlines() {
        let samples: [[UInt8]] = [[], [10], [10, 10], Array("a".utf8), Array("ab\ncd".utf8), Array("ab\ncd\n".utf8),
                                  Array("\n\nx\n\ny".utf8), Array(repeating: 65, count: 70_000) + [10, 66]]
        for bytes in samples {
            var expected: [Range<Int>] = [], start = 0
            for (i, b) in bytes.enumerated() where b == 10 {
                expected.append(start..<i)
                start = i + 1
            }
            #expect(JournalReader.lineRanges(bytes) == expected, "\(bytes.prefix(12))")
        }
    }
    /// Every fact, with awkward text where a fact carries text.
    static let facts: [Fact] = [
        .sessionOpened, .segmentStarted(segment: 1), .closingStarted, .speakerCalled(speaker: SpeakerID(3)),
        .floorGiven(speaker: SpeakerID(3)), .interventionPaused, .interventionResumed,
        .interventionEnded(speaker: SpeakerID(3)), .speakerSkipped(speaker: SpeakerID(4)),
        .speakerAbsent(speaker: SpeakerID(5)), .speakerWithdrawn(speaker: SpeakerID(6)),
        .speakerRestored(speaker: SpeakerID(6)),
        .walkInAdded(speaker: Speaker(id: SpeakerID(40), delegation: "Côte d'Ivoire \"Ⅱ\"", function: "Ministre\tde la Justice",
                                      category: .stateParty, segment: 0, kind: .walkIn),
                     position: nil),
        .speakerMoved(speaker: SpeakerID(7), position: 2),
        .timeExtended(milliseconds: 30_000, reason: "interprétation \\ interrompue\n😀 \u{1}"),
        .startCorrected(to: Instant(milliseconds: 1_702_031_400_000)), .actionUndone(action: ActionID(number: 12)), .sessionClosed,
        .suspendDetected(from: Instant(milliseconds: -5)),
    ]

    func line(_ entry: JournalEntry, seq: Int = 1, bootID: String = "bööt-ä") throws -> [UInt8] {
        let r = JournalRecord(seq: seq, prev: 0xfedc_ba98_7654_3210, wall: Instant(milliseconds: 1_702_031_340_123),
                              bootNanoseconds: 7_000_000_001, bootID: bootID, entry: entry)
        return try JournalLine.encode(r, with: JournalLine.makeEncoder())
    }

    func body(_ line: [UInt8]) -> ArraySlice<UInt8> {
        let start = #"{"crc":"12345678","rec":"#.utf8.count
        return line[start..<(line.count - 2)]                     // without `}` and the newline
    }

    @Test(arguments: facts)
    func everyFactReadsTheSameBothWays(_ fact: Fact) throws {
        let bytes = try line(.event(Event(origin: .operator(ActionID(number: 9)), at: Instant(milliseconds: 1_702_031_341_000), fact: fact)))
        let reference = try JSONDecoder().decode(JournalRecord.self, from: Data(body(bytes)))
        let fast = try body(bytes).withUnsafeBufferPointer { try RecordJSON.parse($0) }
        #expect(try RecordDecoder.decode(JournalRecord.self, from: fast) == reference, "through Codable")
        // The byte scanner takes the facts without text, with a plain boot id (as the
        // kernel writes them); anything else it leaves to the general reader.
        #expect(body(bytes).withUnsafeBufferPointer { EventLineScanner.scan($0) } == nil, "a boot id with accents")
        let plain = try line(.event(Event(origin: .operator(ActionID(number: 9)), at: Instant(milliseconds: -1), fact: fact)), seq: 12_345,
                             bootID: "0f6d3a52-8c1e-4b7e-9d2a-1c3b5e7f9a0b")
        let plainReference = try JSONDecoder().decode(JournalRecord.self, from: Data(body(plain)))
        let scanned = body(plain).withUnsafeBufferPointer { EventLineScanner.scan($0) }
        switch fact {
        case .walkInAdded, .speakerMoved, .timeExtended: #expect(scanned == nil)
        default: #expect(scanned == plainReference, "the byte scanner")
        }
        #expect(try JournalLine.decodeBody(body(plain), with: JSONDecoder()).get() == plainReference)
        #expect(try JournalLine.decodeBody(body(bytes), with: JSONDecoder()).get() == reference)
    }

    @Test func headersAndNotesReadTheSameBothWays() throws {
        let header = JournalHeader(program: "plenary test", plan: DefaultSession.plan, speakers: DefaultSession.speakers,
                                   anchor: ClockAnchor(wall: Instant(milliseconds: 1), bootNanoseconds: 2, bootID: "b"),
                                   rehearsal: true, history: ScriptedSession.events(),
                                   continues: .init(path: "/tmp/a b/ç.journal", lastSeq: 4, reason: "NOT SAVED: disk full"))
        let entries: [JournalEntry] = [
            .header(header),
            .note(.resumed(anchor: ClockAnchor(wall: Instant(milliseconds: 5), bootNanoseconds: 6, bootID: "x"), reconstructed: true)),
            .note(.clockAcknowledged),
            .note(.repaired(droppedBytes: 44, brokenCopy: "/tmp/s.journal.broken")),
        ]
        for entry in entries {
            let bytes = try line(entry, seq: 0)
            let reference = try JSONDecoder().decode(JournalRecord.self, from: Data(body(bytes)))
            #expect(try JournalLine.decodeBody(body(bytes), with: JSONDecoder()).get() == reference)
        }
    }

    @Test func malformedJSONIsRefusedByTheFastReader() {
        for text in [#"{"a":1"#, #"{"a":01}"#, #"{"a":"\x"}"#, #"{"a":"\ud800"}"#, "[1,]", #"{"a" 1}"#, "tru", "1 2",
                     "\"a\u{1}b\"", "-", "1.", "1e"] {
            let bytes = Array(text.utf8)
            #expect(throws: RecordJSON.Malformed.self, "\(text)") {
                try bytes.withUnsafeBufferPointer { try RecordJSON.parse($0) }
            }
        }
    }

    @Test func numbersAndEscapesAreExact() throws {
        let text = #"{"big":9223372036854775807,"small":-9223372036854775808,"u":18446744073709551615,"d":-1.5e3,"s":"\u00e9\ud83d\ude00\/\n"}"#
        let tree = try Array(text.utf8).withUnsafeBufferPointer { try RecordJSON.parse($0) }
        #expect(tree["big"]?.int64 == .max)
        #expect(tree["small"]?.int64 == .min)
        if case .unsignedInteger(let u)? = tree["u"] { #expect(u == .max) } else { Issue.record("u") }
        if case .double(let d)? = tree["d"] { #expect(d == -1500) } else { Issue.record("d") }
        #expect(tree["s"]?.text == "é😀/\n")
    }

    /// A journal long enough to be read in parallel chunks reads exactly as written,
    /// and damage deep inside is still reported at its own line.
    @Test func aLongJournalReadsInOrderAndDamageKeepsItsLine() throws {
        let events = (0..<5_000).map { i in
            Event(origin: .operator(ActionID(number: i + 1)), at: Instant(milliseconds: Int64(i)), fact: i % 2 == 0 ? .interventionPaused : .interventionResumed)
        }
        var bytes: [UInt8] = []
        var prev: UInt64 = 0
        let encoder = JournalLine.makeEncoder()
        let header = JournalHeader(program: "t", plan: DefaultSession.plan, speakers: DefaultSession.speakers,
                                   anchor: ClockAnchor(wall: Instant(milliseconds: 0), bootNanoseconds: 0, bootID: "b"),
                                   rehearsal: false)
        let entries = [JournalEntry.header(header)] + events.map(JournalEntry.event)
        var lineStarts: [Int] = []
        for (seq, entry) in entries.enumerated() {
            let l = try JournalLine.encode(JournalRecord(seq: seq, prev: prev, wall: Instant(milliseconds: 0),
                                                         bootNanoseconds: 0, bootID: "b", entry: entry), with: encoder)
            lineStarts.append(bytes.count)
            prev = JournalLine.chainHash(ofLine: l)
            bytes += l
        }
        let reading = try JournalReader.read(bytes)
        #expect(reading.events == events)
        #expect(reading.lastHash == prev)

        var damaged = bytes
        damaged[lineStarts[4_321] + 30] ^= 0x01
        damaged[lineStarts[4_500] + 30] ^= 0x01
        #expect(throws: JournalDamage.self) { try JournalReader.read(damaged) }
        do { _ = try JournalReader.read(damaged) } catch { #expect(error.line == 4_322, "\(error)") }
    }
}
