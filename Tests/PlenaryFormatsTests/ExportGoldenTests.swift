// Golden exports of the scripted session. RECORD_GOLDEN=1 re-records them, and a
// recording run fails, so new output is never accepted by accident: look at the diff.
import Foundation
import PlenaryCore
import PlenaryExport
import Testing

@testable import PlenaryFormats

@Suite struct ExportGoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let log = ActualTimesLog.build(
        plan: DefaultSession.plan, speakers: DefaultSession.speakers,
        events: ScriptedSession.events())

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record(
                "recorded \(name): review the diff and run again without RECORD_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            let a = text.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
            Issue.record(
                """
                \(name) differs from the golden file at line \(first + 1):
                  got:      \(first < a.count ? String(a[first]) : "<end>")
                  expected: \(first < b.count ? String(b[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        (ExportFormat.csv, ExportTable.interventions, "scripted.csv"),
        (.csv, .segments, "scripted-segments.csv"),
        (.csv, .delegations, "scripted-delegations.csv"),
        (.json, .interventions, "scripted.json"),
        (.md, .interventions, "scripted.md"),
        (.html, .interventions, "scripted.html"),
    ])
    func goldenExport(format: ExportFormat, table: ExportTable, file: String) throws {
        try Self.check(Self.log.render(format, table: table), file)
    }

    // How the log is built (statuses, planned turns, summaries, measures) is tested in
    // PlenaryCoreTests/ActualTimesLogTests; here, how it is written.

    @Test func untrustedTextCannotBreakOutOfAnyFormat() {
        var speakers = DefaultSession.speakers
        speakers[0].delegation = "<script>alert(1)</script> | =cmd|' /C calc'!A0, \"x\"\nnext"
        let log = ActualTimesLog.build(plan: DefaultSession.plan, speakers: speakers, events: ScriptedSession.events())
        let html = log.render(.html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        let md = log.render(.md)
        #expect(!md.contains("<script>") && md.contains("\\|"))
        let csv = log.render(.csv)
        #expect(!csv.contains(",=cmd") && !csv.contains("\",=cmd"))
        #expect(csv.split(separator: "\r\n").count == log.rows.count + 1)
        let json = log.render(.json)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    }

    @Test func aSessionStillRunningIsProvisional() {
        let events = ScriptedSession.events()
        let cut = events.firstIndex { if case .floorGiven = $0.fact { true } else { false } }! + 1
        let log = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            events: Array(events.prefix(cut)), remarks: ["still being written"])
        #expect(log.render(.md).contains("Provisional record"))
        #expect(log.render(.html).contains("still being written"))
    }

    @Test func aRehearsalsLogSaysSoInEveryFormat() throws {
        let live = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            events: ScriptedSession.events())
        let practice = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            events: ScriptedSession.events(), rehearsal: true)
        #expect(practice.render(.md).hasPrefix("# REHEARSAL — Actual times: "))
        #expect(practice.render(.md).contains("REHEARSAL with simulated speakers: not the record of a real session."))
        #expect(practice.render(.html).contains("<h1>REHEARSAL — Actual times: "))
        #expect(practice.render(.html).contains("<title>REHEARSAL — "))
        let doc = try JSONSerialization.jsonObject(with: Data(practice.render(.json).utf8)) as? [String: Any]
        #expect(doc?["rehearsal"] as? Bool == true)
        for table in ExportTable.allCases {
            let rows = practice.render(.csv, table: table).split(separator: "\r\n")
            #expect(rows.first?.hasPrefix("rehearsal,") == true)
            #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("REHEARSAL,") })
            // A live log carries no mark at all (the golden files check its bytes).
            #expect(!live.render(.csv, table: table).contains("REHEARSAL"))
        }
        for format in [ExportFormat.md, .html, .json] { #expect(!live.render(format).contains("REHEARSAL")) }
        #expect(!live.render(.json).contains("\"rehearsal\""))
    }
}
