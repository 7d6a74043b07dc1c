// The golden journals (Tests/PlenaryFormatsTests/Golden/Journals, written by the build
// of 1 December 2026 in format version 1) read by today's code: the same interventions
// as the exports recorded then, every event and note spelled as today's writer spells
// it, and a version-1 journal resumed and written on. The exports byte for byte are
// GoldenJournalTests (PlenaryEndToEndTests), through `plenary export` itself.
import Foundation
import PlenaryCore
import PlenaryExport
import Testing

@testable import PlenaryFormats
@testable import PlenaryJournalFormat
@testable import PlenarySystem

@Suite struct GoldenJournalReadingTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlenaryFormatsTests/Golden/Journals")
    static let journals = ["live.journal", "rehearsal.journal", "reboot.journal", "reboot.journal.continued-1"]

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// One row of a JSON export's `interventions`: who, and when and how long they spoke.
    struct Turn: Decodable, Equatable {
        var speakerId: Int
        var delegation: String
        var status: String
        var calledAt, floorGivenAt, endedAt: String?
        var speakingMs, overrunMs: Int64?
        var limitMs: Int64
    }

    struct Export: Decodable { var interventions: [Turn] }

    /// The `interventions` of a JSON export, every field.
    static func allFields(_ json: String) throws -> NSArray {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        return try #require(object?["interventions"] as? NSArray)
    }

    @Test(arguments: journals)
    func readsTheInterventionsItWasExportedWith(journal: String) throws {
        let reading = try JournalFile.read(Self.path(journal))
        #expect(reading.header.version == 1)
        #expect(reading.tornBytes == 0)
        let log = ActualTimesLog.build(
            plan: reading.header.plan, speakers: reading.header.speakers,
            events: reading.events, rehearsal: reading.header.rehearsal)
        let now = log.render(.json, table: .interventions)
        let then = try String(contentsOfFile: Self.path(journal + ".json"), encoding: .utf8)
        let turnsNow = try JSONDecoder().decode(Export.self, from: Data(now.utf8)).interventions
        let turnsThen = try JSONDecoder().decode(Export.self, from: Data(then.utf8)).interventions
        #expect(!turnsThen.isEmpty)
        #expect(turnsNow == turnsThen)
        #expect(try Self.allFields(now).isEqual(try Self.allFields(then)))
    }

    @Test func theGoldenJournalsCoverWhatTheyClaim() throws {
        let live = try JournalFile.read(Self.path("live.journal"))
        let facts = Set(live.events.map { "\($0.fact)".prefix { $0 != "(" } })
        for fact in [
            "interventionPaused", "timeExtended", "speakerSkipped", "speakerAbsent", "walkInAdded",
            "actionUndone", "closingStarted", "sessionClosed",
        ] {
            #expect(facts.contains(Substring(fact)), "\(fact)")
        }
        #expect(!live.header.rehearsal && Set(live.records.map(\.bootID)).count == 1)
        #expect(try JournalFile.read(Self.path("rehearsal.journal")).header.rehearsal)

        let reboot = try JournalFile.read(Self.path("reboot.journal"))
        #expect(Set(reboot.records.map(\.bootID)).count == 2, "records from two boots")
        let notes = reboot.notes.map(\.note)
        #expect(notes.contains(.clockAcknowledged))
        #expect(notes.contains { if case .repaired(37, _) = $0 { true } else { false } })
        #expect(notes.contains { if case .resumed(_, true) = $0 { true } else { false } })
        let continued = try JournalFile.read(Self.path("reboot.journal.continued-1"))
        #expect(continued.header.continues?.path.hasSuffix("/reboot.journal") == true)
        #expect(continued.header.continues?.lastSeq == reboot.nextSeq - 1)
        #expect(Array(continued.events.prefix(reboot.events.count)) == reboot.events, "the history carried over")
        #expect(continued.header.history == reboot.events)
    }

    /// Every event and note of an old journal is written by today's writer to exactly
    /// the bytes it was read from: those records are spelled alike in every version.
    @Test(arguments: journals)
    func todaysWriterSpellsOldRecordsTheSame(journal: String) throws {
        let bytes = try FileReader.read(Self.path(journal))
        let reading = try JournalReader.read(bytes)
        let lines = JournalReader.lineRanges(bytes)
        let encoder = JournalLine.makeEncoder()
        for (record, range) in zip(reading.records, lines).dropFirst() {
            #expect(
                Array(try JournalLine.encode(record, with: encoder).dropLast()) == Array(bytes[range]),
                "\(journal):\(record.seq + 1)")
        }
    }

    /// An old journal rewritten by today's writer (version 3, plan durations in
    /// milliseconds) reads back as the same records.
    @Test(arguments: journals)
    func rewrittenByTodaysBuildItReadsBackTheSame(journal: String) throws {
        let old = try JournalFile.read(Self.path(journal))
        let encoder = JournalLine.makeEncoder()
        var bytes: [UInt8] = []
        var prev: UInt64 = 0
        for var record in old.records {
            record.prev = prev
            let line = try JournalLine.encode(record, with: encoder)
            prev = JournalLine.chainHash(ofLine: line)
            bytes += line
        }
        let again = try JournalReader.read(bytes)
        var header = old.header
        header.version = JournalHeader.currentVersion
        #expect(again.header == header)
        #expect(again.events == old.events)
        #expect(again.records.dropFirst().map(\.entry) == old.records.dropFirst().map(\.entry))
        #expect(again.records.map(\.wall) == old.records.map(\.wall))
        #expect(String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self).contains(#""version":3"#))
    }

    /// A journal of version 1 left open (the reboot one) is resumed by today's build and
    /// written on: its old records and the new ones read together.
    @Test func anOldJournalIsResumedAndWrittenOn() throws {
        let dir = journalScratch()
        let path = dir + "/reboot.journal"
        try FileManager.default.copyItem(atPath: Self.path("reboot.journal"), toPath: path)
        let before = try JournalFile.read(path)
        let m = FakeMachine()
        m.bootID = "e7a05c3b-1f94-4d26-8b0e-6c3a9d1f2b47"  // the boot the journal was last written on
        m.wall = before.records.last!.wall + .seconds(10)
        m.boot = before.records.last!.bootNanoseconds + 10_000_000_000
        var opened = try SessionStore.open(
            plan: before.header.plan, speakers: before.header.speakers, path: path,
            rehearsal: false, clocks: m.clocks)
        #expect(opened.kind == .sameBoot && !opened.registrationChanged)
        #expect(opened.session.events == before.events)
        #expect(opened.session.state.speakerAtFloor == SpeakerID(3))
        try opened.perform(.endIntervention, at: m.now(opened.anchor))
        opened.journal.close()
        let after = try JournalFile.read(path)
        #expect(after.header == before.header)
        #expect(Array(after.events.prefix(before.events.count)) == before.events)
        #expect(after.events.count == before.events.count + 1)
    }

    /// The worked example in docs/journal-format.md is a journal this build reads.
    @Test func theDocumentedExampleReads() throws {
        let doc = try String(
            contentsOf: Self.directory.appendingPathComponent("../../../../docs/journal-format.md")
                .standardizedFileURL, encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Worked example").last)
        let block = try #require(section.components(separatedBy: "```").dropFirst().first)
        let reading = try JournalReader.read(Array(block.drop { $0 == "\n" }.utf8))
        #expect(reading.header.version == JournalHeader.currentVersion && reading.tornBytes == 0)
        #expect(reading.header.plan.segments.first?.interventionLimit == .seconds(120))
        #expect(reading.events.last?.fact == .sessionClosed)
    }
}
