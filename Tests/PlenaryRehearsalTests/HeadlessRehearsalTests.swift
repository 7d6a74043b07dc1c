// A headless rehearsal end to end: the simulated officer and room through the real
// journal and exports, on a virtual clock. The same seed must give the same bytes —
// in process and from the binary — and a rehearsal must never pass for a live record.
import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryRehearsal
import PlenarySimulation
import PlenarySystem
import PlenaryTestSupport
import Testing

/// A fresh directory per call.
func scratch(_ name: String = #function) -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent(
            "plenary-rehearsal-\(getpid())-\(name.filter(\.isLetter))-\(UInt32.random(in: 0...UInt32.max))")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.path
}

/// Every file a run wrote, journal first, as bytes.
func outputs(_ o: RehearsalOutcome) throws -> [[UInt8]] {
    try ([o.journal] + o.exports).map { try FileReader.read($0) }
}

@Suite struct HeadlessRehearsalTests {
    func rehearsal(seed: UInt64, in dir: String, words: [SpeakerID: Int] = [:]) -> HeadlessRehearsal {
        HeadlessRehearsal(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, words: words, seed: seed,
            journalPath: dir + "/plenary-default-session.rehearsal.journal", exportDirectory: dir,
            exportStem: "plenary-default-session.rehearsal")
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        let a = try rehearsal(seed: 7, in: scratch()).run()
        let b = try rehearsal(seed: 7, in: scratch()).run()
        let c = try rehearsal(seed: 8, in: scratch()).run()
        #expect(
            a.exports.map { $0.split(separator: "/").last! } == [
                "plenary-default-session.rehearsal.csv", "plenary-default-session.rehearsal.json",
                "plenary-default-session.rehearsal.md", "plenary-default-session.rehearsal.html",
            ])
        let (first, second, other) = (try outputs(a), try outputs(b), try outputs(c))
        #expect(first.allSatisfy { $0.count > 1000 })
        for i in first.indices {
            #expect(
                first[i] == second[i],
                "\(a.exports.indices.contains(i - 1) ? a.exports[i - 1] : a.journal) differs")
            #expect(first[i] != other[i], "seed 8 wrote the same file \(i) as seed 7")
        }
    }

    @Test func theBinaryWritesTheSameBytesAsTheLibrary() throws {
        guard let binary = PlenaryBinary.path else { throw TmuxError(PlenaryBinary.missing) }
        let inProcess = try rehearsal(seed: 2023, in: scratch()).run()
        let dir = scratch()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = [
            "rehearse", "--headless", "--autopilot", "--seed", "2023", "--out", dir,
            "--journal", dir + "/plenary-default-session.rehearsal.journal",
        ]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(printed.hasPrefix("REHEARSAL (headless, seed 2023): "))
        #expect(printed.contains("journal: \(dir)/plenary-default-session.rehearsal.journal"))
        let files = ["journal", "csv", "json", "md", "html"].map { "\(dir)/plenary-default-session.rehearsal.\($0)" }
        let fromBinary = try files.map { try FileReader.read($0) }
        #expect(fromBinary == (try outputs(inProcess)))
    }

    @Test func theJournalIsARehearsalsAndTheSessionCloses() throws {
        let dir = scratch()
        let o = try rehearsal(seed: 3, in: dir).run()
        #expect(o.state.isClosed)
        #expect(o.state.invariantViolations() == [])
        let reading = try JournalFile.read(o.journal)
        #expect(reading.header.rehearsal)
        // Nothing of the real machine in the record: every stamp is virtual.
        #expect(reading.records.allSatisfy { $0.bootID == "rehearsal" })
        #expect(reading.records.first?.wall == DefaultSession.plan.start - HeadlessRehearsal.leadIn)
        #expect(reading.records.allSatisfy { $0.bootNanoseconds == $0.wall.milliseconds * 1_000_000 })
        #expect(
            Session(plan: reading.header.plan, speakers: reading.header.speakers, events: reading.events).state
                == o.state)
        // A live session never writes into it, and the exports say REHEARSAL.
        #expect(throws: JournalError.self) {
            try SessionStore.open(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers, path: o.journal,
                rehearsal: false, reopenClosed: true)
        }
        #expect(try String(decoding: FileReader.read(o.exports[2]), as: UTF8.self).hasPrefix("# REHEARSAL — "))
        // Run again on the same journal: refused, never overwritten.
        #expect(throws: RehearsalError.self) { try rehearsal(seed: 3, in: dir).run() }
    }

    @Test func aKnownStatementLengthSetsThatSpeakersTime() throws {
        // France (state party, Segment I) reads 440 words: four minutes at 110 a minute.
        let france = DefaultSession.speakers.first { $0.delegation == "France" }!.id
        var heard = 0
        for seed: UInt64 in 1...3 {
            let o = try rehearsal(seed: seed, in: scratch(), words: [france: 440]).run()
            // Absent when called in some runs: only a speech is measured.
            guard let r = o.state.records.first(where: { $0.speaker == france }) else { continue }
            heard += 1
            // ±5 % around 4:00, plus the officer's one-second reaction.
            #expect(r.speakingTime >= .seconds(228) && r.speakingTime <= .seconds(253), "\(r.speakingTime)")
        }
        #expect(heard > 0)
    }
}

/// "16 over time" in the summary and 17 in the exports was the bug: the exports
/// counted overruns under a second, which the podium shows as `+0:00`.
@Suite struct RehearsalOverTimeTests {
    @Test func theSummaryAndTheExportsCountTheSameOverruns() throws {
        var sawSubSecondOverrun = false
        for seed: UInt64 in 1...12 {
            let dir = scratch("overtime\(seed)")
            let o = try HeadlessRehearsal(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers, seed: seed,
                journalPath: dir + "/r.rehearsal.journal", exportDirectory: dir, exportStem: "r"
            ).run()
            sawSubSecondOverrun =
                sawSubSecondOverrun
                || o.state.records.contains { $0.overrun > .zero && $0.overrun < .seconds(1) }
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(FileReader.read(dir + "/r.json"))) as? [String: Any])
            let session = try #require(json["session"] as? [String: Any])
            #expect(session["overrunCount"] as? Int == o.overTime, "seed \(seed)")
            let rows = try #require(json["interventions"] as? [[String: Any]])
            #expect(rows.filter { $0["overTime"] as? Bool == true }.count == o.overTime, "seed \(seed)")
            // The CSV's overrun column is filled exactly for the rows over time.
            let csv = String(decoding: try FileReader.read(dir + "/r.csv"), as: UTF8.self)
            let lines = csv.split(separator: "\r\n").map(Self.fields)
            let overrun = try #require(lines.first?.firstIndex(of: "overrun"))
            #expect(
                lines.dropFirst().filter { $0.count > overrun && $0[overrun].hasPrefix("+") }.count == o.overTime,
                "seed \(seed)")
        }
        // At least one run had an overrun the old export rule counted and the console did not.
        #expect(sawSubSecondOverrun)
    }

    /// The cells of one CSV line as the exporter writes them (quoted when needed,
    /// `""` for a quote; no line breaks inside cells of these rows).
    static func fields(_ line: Substring) -> [String] {
        var out: [String] = []
        var cell = ""
        var quoted = false
        var previous: Character = " "
        for c in line {
            switch c {
            case "\"" where quoted: quoted = false
            case "\"":
                if previous == "\"" { cell.append("\"") }
                quoted = true
            case "," where !quoted:
                out.append(cell)
                cell = ""
            default: cell.append(c)
            }
            previous = c
        }
        return out + [cell]
    }
}

/// Points of order and rights of reply go through the same decide → persist → record
/// path as the rest: the journal replays to the same state and the log has them.
@Suite struct HeadlessRulesOfProcedureTests {
    @Test func pointsOfOrderAndRepliesReachTheJournalAndTheLog() throws {
        var model = SpeakerModel()
        model.pointOfOrderProbability = 0.3
        model.pointOfOrderBetweenProbability = 0.1
        model.repliesPerSession = 6
        model.replyAgainProbability = 1
        let dir = scratch()
        // A request the core refused would stop the run with `RehearsalError.refused`.
        let o = try HeadlessRehearsal(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, model: model, seed: 11,
            journalPath: dir + "/r.rehearsal.journal", exportDirectory: dir, exportStem: "r"
        ).run()
        #expect(o.state.isClosed)
        let reading = try JournalFile.read(o.journal)
        #expect(
            Session(plan: reading.header.plan, speakers: reading.header.speakers, events: reading.events).state
                == o.state)
        let log = ActualTimesLog.build(
            plan: reading.header.plan, speakers: reading.header.speakers, events: reading.events,
            rehearsal: reading.header.rehearsal)
        #expect(!o.state.pointsOfOrder.isEmpty)
        #expect(log.pointsOfOrder.count == o.state.pointsOfOrder.count)
        let replies = log.rows.filter { $0.kind == .reply }
        #expect(!replies.isEmpty)
        #expect(replies.allSatisfy { $0.status == .spoke })
        // Speaking times leave the points of order out, row by row.
        for row in log.rows where row.pointOfOrderTotal > .zero {
            let held = try #require(row.endedAt.flatMap { e in row.floorGivenAt.map { e - $0 } })
            #expect(row.speakingTime == held - row.pausedTotal)
        }
    }
}
