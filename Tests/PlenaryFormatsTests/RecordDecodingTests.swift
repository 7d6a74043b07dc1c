// Record bodies: every kind of record reads back as written, every fact keeps the
// spelling journals have always had, and what is not a record is refused.
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryFormats
@testable import PlenaryJournalFormat

@Suite struct RecordDecodingTests {

    /// The lines found are the lines between newlines, by definition; bytes
    /// after the last newline are a torn tail, not a line.
    @Test func linesAreWhatLiesBetweenNewlines() {
        let samples: [[UInt8]] = [
            [], [10], [10, 10], Array("a".utf8), Array("ab\ncd".utf8), Array("ab\ncd\n".utf8),
            Array("\n\nx\n\ny".utf8), Array(repeating: 65, count: 70_000) + [10, 66],
        ]
        for bytes in samples {
            var expected: [Range<Int>] = []
            var start = 0
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
        .walkInAdded(
            speaker: Speaker(
                id: SpeakerID(40), delegation: "Côte d'Ivoire \"Ⅱ\"",
                function: "Ministre\tde la Justice",
                category: .stateParty, segment: 0, kind: .walkIn),
            position: nil),
        .speakerMoved(speaker: SpeakerID(7), position: 2),
        .timeExtended(milliseconds: 30_000, reason: "interprétation \\ interrompue\n😀 \u{1}"),
        .startCorrected(to: Instant(milliseconds: 1_702_031_400_000)), .actionUndone(action: ActionID(number: 12)),
        .sessionClosed,
        .suspendDetected(from: Instant(milliseconds: -5)),
    ]

    func line(_ entry: JournalEntry, seq: Int = 1, bootID: String = "bööt-ä") throws -> [UInt8] {
        let r = JournalRecord(
            seq: seq, prev: 0xfedc_ba98_7654_3210, wall: Instant(milliseconds: 1_702_031_340_123),
            bootNanoseconds: 7_000_000_001, bootID: bootID, entry: entry)
        return try JournalLine.encode(r, with: JournalLine.makeEncoder())
    }

    func body(_ line: [UInt8]) -> ArraySlice<UInt8> {
        let start = #"{"crc":"12345678","rec":"#.utf8.count
        return line[start..<(line.count - 2)]  // without `}` and the newline
    }

    @Test(arguments: facts)
    func everyFactRoundTripsExactly(_ fact: Fact) throws {
        for (at, seq, bootID) in [
            (Instant(milliseconds: 1_702_031_341_000), 1, "bööt-ä"),
            (Instant(milliseconds: -1), 12_345, "0f6d3a52-8c1e-4b7e-9d2a-1c3b5e7f9a0b"),
        ] {
            let event = Event(origin: .operator(ActionID(number: 9)), at: at, fact: fact)
            let bytes = try line(.event(event), seq: seq, bootID: bootID)
            let back = try JournalLine.decodeBody(body(bytes), with: JSONDecoder()).get()
            #expect(back.entry == .event(event))
            #expect(back.seq == seq && back.bootID == bootID && back.prev == 0xfedc_ba98_7654_3210)
            #expect(back.wall == Instant(milliseconds: 1_702_031_340_123) && back.bootNanoseconds == 7_000_000_001)
        }
    }

    /// How each fact is spelled, in every version: what synthesized `Codable` made of
    /// the core's `Fact` before the journal had its own types. Each reads back as the
    /// fact, and is written again to the same bytes.
    static let spellings: [(String, Fact)] = [
        (#"{"sessionOpened":{}}"#, .sessionOpened),
        (#"{"segmentStarted":{"segment":1}}"#, .segmentStarted(segment: 1)),
        (#"{"closingStarted":{}}"#, .closingStarted),
        (#"{"speakerCalled":{"speaker":3}}"#, .speakerCalled(speaker: SpeakerID(3))),
        (#"{"floorGiven":{"speaker":3}}"#, .floorGiven(speaker: SpeakerID(3))),
        (#"{"interventionPaused":{}}"#, .interventionPaused),
        (#"{"interventionResumed":{}}"#, .interventionResumed),
        (#"{"interventionEnded":{"speaker":3}}"#, .interventionEnded(speaker: SpeakerID(3))),
        (#"{"speakerSkipped":{"speaker":4}}"#, .speakerSkipped(speaker: SpeakerID(4))),
        (#"{"speakerAbsent":{"speaker":5}}"#, .speakerAbsent(speaker: SpeakerID(5))),
        (#"{"speakerWithdrawn":{"speaker":6}}"#, .speakerWithdrawn(speaker: SpeakerID(6))),
        (#"{"speakerRestored":{"speaker":6}}"#, .speakerRestored(speaker: SpeakerID(6))),
        (
            #"{"walkInAdded":{"speaker":{"category":"state party","delegation":"Kenya","function":"Ambassador","#
                + #""id":7,"kind":"walk-in","received":1702031846000,"segment":0}}}"#,
            .walkInAdded(
                speaker: Speaker(
                    id: SpeakerID(7), delegation: "Kenya", function: "Ambassador",
                    category: .stateParty, segment: 0, kind: .walkIn,
                    received: Instant(milliseconds: 1_702_031_846_000)), position: nil)
        ),
        (
            #"{"walkInAdded":{"position":1,"speaker":{"category":"other","delegation":"K","function":"","id":8,"#
                + #""kind":"walk-in","segment":1}}}"#,
            .walkInAdded(speaker: Speaker(id: SpeakerID(8), delegation: "K", segment: 1, kind: .walkIn), position: 1)
        ),
        (#"{"speakerMoved":{"position":2,"speaker":7}}"#, .speakerMoved(speaker: SpeakerID(7), position: 2)),
        (
            #"{"timeExtended":{"milliseconds":30000,"reason":"interpretation interrupted"}}"#,
            .timeExtended(milliseconds: 30_000, reason: "interpretation interrupted")
        ),
        (#"{"startCorrected":{"to":1702031400000}}"#, .startCorrected(to: Instant(milliseconds: 1_702_031_400_000))),
        (#"{"actionUndone":{"action":12}}"#, .actionUndone(action: ActionID(number: 12))),
        (#"{"sessionClosed":{}}"#, .sessionClosed),
        (#"{"suspendDetected":{"from":-5}}"#, .suspendDetected(from: Instant(milliseconds: -5))),
    ]

    @Test func everyFactKeepsItsSpelling() throws {
        #expect(Set(Self.spellings.map { "\($0.1)".prefix { $0 != "(" } }).count == Self.facts.count, "every fact")
        for (spelling, fact) in Self.spellings {
            let text =
                #"{"boot":"b","bootNs":1,"event":{"action":0,"at":2,"fact":"# + spelling
                + #"},"prev":"0000000000000001","seq":3,"wall":4}"#
            let record = try JournalLine.decodeBody(ArraySlice(text.utf8), with: JSONDecoder()).get()
            #expect(
                record.entry == .event(Event(origin: .system, at: Instant(milliseconds: 2), fact: fact)),
                "\(spelling)")
            let again = try JournalLine.makeEncoder().encode(DiskRecord(record))
            #expect(String(decoding: again, as: UTF8.self) == text)
        }
    }

    @Test func headersAndNotesRoundTripExactly() throws {
        let header = JournalHeader(
            program: "plenary test", plan: DefaultSession.plan,
            speakers: DefaultSession.speakers,
            anchor: ClockAnchor(wall: Instant(milliseconds: 1), bootNanoseconds: 2, bootID: "b"),
            rehearsal: true, history: ScriptedSession.events(),
            continues: .init(
                path: "/tmp/a b/ç.journal", lastSeq: 4,
                reason: "NOT SAVED: disk full"))
        let entries: [JournalEntry] = [
            .header(header),
            .note(
                .resumed(
                    anchor: ClockAnchor(wall: Instant(milliseconds: 5), bootNanoseconds: 6, bootID: "x"),
                    reconstructed: true)),
            .note(.clockAcknowledged),
            .note(.repaired(droppedBytes: 44, brokenCopy: "/tmp/s.journal.broken")),
        ]
        for entry in entries {
            let bytes = try line(entry, seq: 0)
            #expect(try JournalLine.decodeBody(body(bytes), with: JSONDecoder()).get().entry == entry)
        }
    }

    @Test func malformedJSONIsRefused() {
        for text in [
            #"{"a":1"#, #"{"a":01}"#, #"{"a":"\x"}"#, #"{"a":"\ud800"}"#, "[1,]", #"{"a" 1}"#, "tru", "1 2",
            "\"a\u{1}b\"", "-", "1.", "1e",
        ] {
            let result = JournalLine.decodeBody(ArraySlice(text.utf8), with: JSONDecoder())
            guard case .failure(let problem) = result else {
                Issue.record("\(text) was read")
                continue
            }
            #expect(problem.reason.hasPrefix("the record does not decode"), "\(text)")
        }
    }

    /// A long journal reads exactly as written,
    /// and damage deep inside is still reported at its own line.
    @Test func aLongJournalReadsInOrderAndDamageKeepsItsLine() throws {
        let events = (0..<5_000).map { i in
            Event(
                origin: .operator(ActionID(number: i + 1)), at: Instant(milliseconds: Int64(i)),
                fact: i % 2 == 0 ? .interventionPaused : .interventionResumed)
        }
        var bytes: [UInt8] = []
        var prev: UInt64 = 0
        let encoder = JournalLine.makeEncoder()
        let header = JournalHeader(
            program: "t", plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            anchor: ClockAnchor(wall: Instant(milliseconds: 0), bootNanoseconds: 0, bootID: "b"),
            rehearsal: false)
        let entries = [JournalEntry.header(header)] + events.map(JournalEntry.event)
        var lineStarts: [Int] = []
        for (seq, entry) in entries.enumerated() {
            let l = try JournalLine.encode(
                JournalRecord(
                    seq: seq, prev: prev, wall: Instant(milliseconds: 0),
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
