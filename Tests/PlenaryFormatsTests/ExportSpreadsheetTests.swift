// The CSV flavours and the JSON schema as documented in docs/export.md: the plain CSV's
// header lines, the `--excel` CSV (BOM, `;`, local date-times, h:mm:ss plus seconds),
// and the JSON's keys (schemaVersion, camelCase, every key present, null when absent).
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryExport
@testable import PlenaryFormats

@Suite struct ExportSpreadsheetTests {
    static let log = ExportGoldenTests.log
    static let doc =
        (try? String(
            contentsOf: ExportRenderTests.root.appendingPathComponent("docs/export.md"),
            encoding: .utf8)) ?? ""

    static func fields(_ csv: String, separator: Character) -> [[String]] {
        csv.split(separator: "\r\n").map { line in
            // The scripted session's fields hold no quotes.
            line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test(arguments: ExportTable.allCases)
    func thePlainHeaderIsTheDocumentedOne(table: ExportTable) throws {
        let header = try #require(Self.log.render(.csv, table: table).split(separator: "\r\n").first)
        #expect(Self.doc.contains("\n    \(header)\n"), "docs/export.md does not list: \(header)")
    }

    @Test func theExcelCSVIsWhatSpreadsheetsReadAsDatesAndDurations() throws {
        let csv = Self.log.render(.csv, excel: true)
        #expect(csv.hasPrefix("\u{FEFF}segment;order;"))
        let rows = Self.fields(String(csv.dropFirst()), separator: ";")
        let header = rows[0]
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "\(name)") }
        #expect(try column("speaking_time_seconds") == column("speaking_time") + 1)
        #expect(try column("overrun_seconds") == column("overrun") + 1)
        #expect(!header.contains("planned_start_seconds"))
        // The Deputy Prosecutor: floor at 11:37:30, 2:45 spoken of 2:00 with 0:30 extended, +0:15.
        let prosecutor = try #require(rows.first { $0.count > 4 && $0[4] == "Deputy Prosecutor" })
        #expect(prosecutor[try column("floor_given_at")] == "2023-12-08 11:37:30")
        #expect(prosecutor[try column("speaking_time")] == "0:02:45")
        #expect(prosecutor[try column("speaking_time_seconds")] == "165")
        #expect(prosecutor[try column("overrun")] == "0:00:15")
        #expect(prosecutor[try column("overrun_seconds")] == "15")
        #expect(prosecutor[try column("limit")] == "0:02:00")
        #expect(prosecutor[try column("extensions")] == "0:30 (interpretation interrupted)")
        #expect(rows.allSatisfy { $0.count == header.count })
        // No ISO offset and no m:ss anywhere.
        #expect(!csv.contains("+01:00"))
        #expect(!rows.dropFirst().flatMap { $0 }.contains { $0.wholeMatch(of: /\+?\d+:\d\d/) != nil })
    }

    /// The scripted session's tables, and the rules of procedure's (which the scripted
    /// session has none of) from ProcedureSession's.
    @Test(arguments: ExportTable.allCases)
    func everyExcelTableHasAsManyFieldsAsItsHeader(table: ExportTable) {
        let procedure: Set<ExportTable> = [.pointsOfOrder, .suspensions, .messages]
        let log = procedure.contains(table) ? ProcedureSession.log : Self.log
        for language in Language.allCases {
            let csv = log.render(.csv, table: table, language: language, excel: true)
            let rows = ExportProcedureTests.records(String(csv.dropFirst()), separator: ";")
            #expect(rows.count > 1)
            #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(table) \(language)")
        }
    }

    /// The kinds an empty table's header is made from are the kinds its rows have.
    @Test func theTemplatesMatchTheRows() {
        let words = ExportWords.english
        let built: [(ExportTable, [CSVExport.Cell])] = [
            (.interventions, CSVExport.interventions(Self.log, words)[0]),
            (.segments, CSVExport.periods(Self.log, words)[0]),
            (.delegations, CSVExport.delegations(Self.log)[0]),
            (.pointsOfOrder, CSVExport.pointsOfOrder(ProcedureSession.log)[0]),
            (.suspensions, CSVExport.suspensions(ProcedureSession.log)[0]),
            (.messages, CSVExport.messages(ProcedureSession.log, words)[0]),
        ]
        for (table, row) in built {
            #expect(row.map(CSVExport.isDuration) == CSVExport.template(table).map(CSVExport.isDuration), "\(table)")
            #expect(row.count == CSVExport.template(table).count)
        }
        let empty = ActualTimesLog.build(plan: DefaultSession.plan, speakers: [], events: [])
        let header = empty.render(.csv, table: .delegations, excel: true)
        #expect(
            header == "\u{FEFF}delegation;interventions;allotted;allotted_seconds;used;used_seconds;extensions;"
                + "extension_total;extension_total_seconds;overruns;overrun_total;overrun_total_seconds;"
                + "statements_on_its_behalf\r\n")
    }

    @Test func untrustedTextCannotBreakOutOfTheExcelCSV() {
        var speakers = DefaultSession.speakers
        speakers[0].delegation = "=HYPERLINK(\"x\");Congo; Republic of the\r\nnext"
        let log = ActualTimesLog.build(plan: DefaultSession.plan, speakers: speakers, events: ScriptedSession.events())
        let csv = log.render(.csv, excel: true)
        #expect(csv.contains(";\"'=HYPERLINK(\"\"x\"\");Congo; Republic of the\r\nnext\";"))
        #expect(!csv.contains(";=HYPERLINK"))
    }

    @Test func aRehearsalsExcelTablesSaySoOnEveryRow() {
        let practice = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: ScriptedSession.events(),
            rehearsal: true)
        let rows = Self.fields(String(practice.render(.csv, excel: true).dropFirst()), separator: ";")
        #expect(rows[0].first == "rehearsal")
        #expect(rows.dropFirst().allSatisfy { $0.first == "REHEARSAL" })
    }

    // MARK: JSON

    /// docs/export.md's schema table: per object, its keys.
    static func documentedKeys() -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for line in doc.split(separator: "\n") {
            guard let m = line.wholeMatch(of: /\| (\w+) \| `(\w+)` \|.*/) else { continue }
            out[String(m.1), default: []].insert(String(m.2))
        }
        return out
    }

    /// Every object of the export, with the schema object it is.
    static func objects(_ json: String) throws -> [(String, [String: Any])] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var out: [(String, [String: Any])] = [("document", doc)]
        let periods = [doc["session"] as Any] + ((doc["segments"] as? [Any]) ?? [])
        out += periods.compactMap { $0 as? [String: Any] }.map { ("period", $0) }
        out += [doc["opening"] as Any, doc["closing"] as Any].compactMap { $0 as? [String: Any] }.map { ("chair", $0) }
        for row in (doc["interventions"] as? [[String: Any]]) ?? [] {
            out.append(("intervention", row))
            out += ((row["pauses"] as? [[String: Any]]) ?? []).map { ("pause", $0) }
            out += ((row["extensions"] as? [[String: Any]]) ?? []).map { ("extension", $0) }
            out += [row["limitChange"] as Any].compactMap { $0 as? [String: Any] }.map { ("limitChange", $0) }
            out += ((row["notes"] as? [[String: Any]]) ?? []).map { ("note", $0) }
        }
        out += ((doc["delegations"] as? [[String: Any]]) ?? []).map { ("delegation", $0) }
        out += ((doc["pointsOfOrder"] as? [[String: Any]]) ?? []).map { ("pointOfOrder", $0) }
        out += ((doc["suspensions"] as? [[String: Any]]) ?? []).map { ("suspension", $0) }
        out += ((doc["messages"] as? [[String: Any]]) ?? []).map { ("message", $0) }
        return out
    }

    @Test func theJSONHasTheDocumentedSchemaWithEveryKeyPresent() throws {
        let schema = Self.documentedKeys()
        #expect(
            Set(schema.keys) == [
                "document", "period", "chair", "intervention", "pause", "extension", "delegation", "limitChange",
                "note", "pointOfOrder", "suspension", "message",
            ])
        // The scripted session has no rules of procedure; ProcedureSession has them all.
        let objects = try Self.objects(Self.log.render(.json)) + Self.objects(ProcedureSession.log.render(.json))
        for kind in schema.keys { #expect(objects.contains { $0.0 == kind }, "no \(kind) in the export") }
        for (kind, object) in objects {
            // `rehearsal` is the one key left out of a live log (its test is ExportGoldenTests').
            #expect(Set(object.keys) == schema[kind, default: []].subtracting(["rehearsal"]), "\(kind)")
            for key in object.keys {
                #expect(key.wholeMatch(of: /[a-z][a-zA-Z0-9]*/) != nil, "\(key) is not camelCase")
            }
        }
        #expect(objects[0].1["schemaVersion"] as? Int == 2)
    }

    @Test func absentValuesAreExplicitNulls() throws {
        let objects = try Self.objects(Self.log.render(.json))
        let absent = try #require(objects.first { $0.0 == "intervention" && $0.1["status"] as? String == "absent" })
        for key in ["floorGivenAt", "endedAt", "speakingMs", "overrunMs", "walkToMicrophoneMs", "startCorrectedFrom"] {
            #expect(absent.1[key] is NSNull, "\(key)")
        }
        let walkIn = try #require(objects.first { $0.0 == "intervention" && $0.1["kind"] as? String == "walk-in" })
        #expect(walkIn.1["plannedStart"] is NSNull && walkIn.1["plannedEnd"] is NSNull)
        let unopened = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: [])
        let session = try #require(try Self.objects(unopened.render(.json)).first { $0.0 == "period" })
        #expect(session.1["actualStart"] is NSNull && session.1["actualEnd"] is NSNull)
    }

    @Test func theJSONIsTheSameInEveryLanguage() {
        #expect(Self.log.render(.json, language: .french) == Self.log.render(.json))
    }
}
