// Journal records: stable bytes, exact round trips, and the checks that catch damage.
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryFormats
@testable import PlenaryJournalFormat

@Suite struct JournalRecordTests {
    @Test func checksumsMatchPublishedVectors() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        // The table agrees with the bit-at-a-time definition, at every length and
        // alignment.
        func reference(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var c: UInt32 = 0xFFFF_FFFF
            for b in bytes {
                c ^= UInt32(b)
                for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            }
            return c ^ 0xFFFF_FFFF
        }
        var rng = SystemRandomNumberGenerator()
        let data = (0..<300).map { _ in UInt8.random(in: 0...255, using: &rng) }
        for start in 0..<9 {
            for end in stride(from: start, through: data.count, by: 7) {
                #expect(CRC32.checksum(data[start..<end]) == reference(data[start..<end]))
            }
        }
        #expect(CRC32.checksum(data.lazy.map { $0 }) == reference(data[...]), "a non-contiguous collection")
        #expect(FNV1a64.hash(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(FNV1a64.hash([UInt8]()) == 0xCBF2_9CE4_8422_2325)
    }

    @Test func hexIsStrict() {
        #expect(Hex.encode(UInt32(0xAB)) == "000000ab")
        #expect(Hex.decode(Array("000000ab".utf8), as: UInt32.self) == 0xAB)
        #expect(Hex.decode(Array("000000AB".utf8), as: UInt32.self) == nil)
        #expect(Hex.decode(Array("00000ab".utf8), as: UInt32.self) == nil)
        #expect(Hex.decode(Array("+00000ab".utf8), as: UInt32.self) == nil)
    }

    @Test func everyRecordRoundTripsExactlyAndEncodesToTheSameBytes() throws {
        let events = ScriptedSession.events()
        let entries: [JournalEntry] =
            events.map(JournalEntry.event) + [
                .note(.repaired(droppedBytes: 17, brokenCopy: "/tmp/x.journal.broken")),
                .note(
                    .resumed(
                        anchor: ClockAnchor(wall: journalAt(12, 0), bootNanoseconds: 9, bootID: "b"),
                        reconstructed: true)),
                .note(.clockAcknowledged),
            ]
        let bytes = try JournalBytes.make(entries: entries)
        let reading = try JournalReader.read(bytes)
        #expect(reading.header == ScriptedSession.header)
        #expect(reading.events == events)
        #expect(reading.records.map(\.entry) == [.header(ScriptedSession.header)] + entries)
        #expect(reading.tornBytes == 0 && reading.intactLength == bytes.count)
        // Same records, same bytes: nothing depends on dictionary order or the run.
        #expect(try JournalBytes.make(entries: entries) == bytes)
    }

    @Test func durationsInThePlanSurviveExactly() throws {
        // Durations are written as whole milliseconds (version 1's [high, low]
        // attoseconds are read by JournalCoding; the golden journals hold them).
        var plan = DefaultSession.plan
        plan.expectedChangeover = .milliseconds(20_123)
        plan.utcOffset = .minutes(-330)
        var header = ScriptedSession.header
        header.plan = plan
        let bytes = try JournalBytes.make(header: header, entries: [])
        let back = try JournalReader.read(bytes).header.plan
        #expect(back == plan)
        #expect(back.expectedChangeover.wholeMilliseconds == 20_123)
    }

    @Test func aLineIsValidJSONWithSortedKeys() throws {
        let bytes = try JournalBytes.make(entries: [
            .event(
                Event(
                    origin: .operator(ActionID(number: 1)),
                    at: journalAt(11, 30), fact: .sessionOpened))
        ])
        let second = Array(bytes[JournalBytes.lineEnds(bytes)[0]...].dropLast())
        let text = String(decoding: second, as: UTF8.self)
        #expect(text.hasPrefix(#"{"crc":""#))
        #expect(text.contains(#""rec":{"boot":"boot-a","bootNs":5000000001,"event":{"action":1,"#))
        #expect(try JSONSerialization.jsonObject(with: Data(second)) is [String: Any])
    }

    @Test func theChainCatchesALineRemovedOrSwapped() throws {
        let events = Array(ScriptedSession.events().prefix(6))
        let bytes = try JournalBytes.make(entries: events.map(JournalEntry.event))
        let ends = JournalBytes.lineEnds(bytes)
        // Drop line 3: every line still checks by itself, the sequence does not.
        let dropped = Array(bytes[..<ends[1]] + bytes[ends[2]...])
        #expect(throws: JournalDamage.self) { try JournalReader.read(dropped) }
        // The same events in another journal (different header): the chain breaks at line 2.
        var other = ScriptedSession.header
        other.rehearsal = true
        let foreign = try JournalBytes.make(header: other, entries: events.map(JournalEntry.event))
        let fEnds = JournalBytes.lineEnds(foreign)
        let spliced = Array(bytes[..<ends[0]] + foreign[fEnds[0]...])
        do {
            _ = try JournalReader.read(spliced)
            Issue.record("a spliced journal was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.reason.contains("chain"))
        }
    }

    @Test func damageNamesTheLineAndTheReason() throws {
        var bytes = try JournalBytes.make(entries: ScriptedSession.events().prefix(5).map(JournalEntry.event))
        let ends = JournalBytes.lineEnds(bytes)
        bytes[ends[2] + 40] ^= 0x04  // inside line 4's body
        do {
            _ = try JournalReader.read(bytes)
            Issue.record("damage was not detected")
        } catch {
            #expect(error.line == 4)
            #expect(error.reason.contains("checksum"))
        }
        #expect(throws: JournalDamage(line: 1, reason: "the journal is empty")) { try JournalReader.read([]) }
    }

    /// A header of a version this build does not know is refused, never guessed at;
    /// one without a version must say it is version 1.
    @Test func anUnknownFormatOrVersionIsRefused() throws {
        let bytes = try JournalBytes.make(entries: [])
        let body = String(decoding: bytes.dropFirst(#"{"crc":"12345678","rec":"#.utf8.count).dropLast(2), as: UTF8.self)
        #expect(body.contains(#""format":"plenary-journal","#) && body.contains(#""version":3"#))
        func framed(_ body: String) -> [UInt8] {
            Array((#"{"crc":""# + Hex.encode(CRC32.checksum(Array(body.utf8))) + #"","rec":"# + body + "}\n").utf8)
        }
        #expect(try JournalReader.read(framed(body)).header.version == 3, "the framing above is the writer's")
        let refusals = [
            (#""version":3"#, #""version":4"#, "unknown journal format plenary-journal version 4"),
            (#","version":3"#, "", "unknown journal format plenary-journal"),
            (
                #""format":"plenary-journal","#, #""format":"plenary-journal/2","#,
                "unknown journal format plenary-journal/2 version 3"
            ),
            (
                #""format":"plenary-journal","#, #""format":"plenary-journal/1","#,
                "unknown journal format plenary-journal/1 version 3"
            ),
        ]
        for (from, to, reason) in refusals {
            let changed = body.replacingOccurrences(of: from, with: to)
            #expect(changed != body)
            #expect(throws: JournalDamage(line: 1, reason: reason)) { try JournalReader.read(framed(changed)) }
        }
    }
}
