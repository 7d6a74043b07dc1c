// `plenary plan` and `plenary check` on a list whose speakers do not all have the
// segment's limit (issue 16): they say whose limit is their own or their category's,
// count each speaker's own limit in the capacity, and show joint statements.
import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryReports
import PlenarySystem
import Testing

@Suite("Plan and check reports: own limits, category limits, joint statements")
struct ProcedureReportTests {
    func shipped() throws -> Registration {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("Examples/asp-2023-procedure.toml").path
        let reg = try RegistrationLoader.load(path: path, zones: .system, workingDirectory: root.path) {
            try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))
        }
        #expect(reg.isUsable)
        return reg
    }

    /// Segment I: 20 speakers, the first an observer at 1:30 and one with 4:00 of their own.
    func mixed() -> Registration {
        var text = "received,segment,delegation,category,limit,on behalf of\n"
        text += "2023-12-01 09:00,I,Holy See,observer state,,\n"
        text += "2023-12-01 09:01,I,European Union,international organization,4:00,"
        text += "European Union and its member States\n"
        for n in 3...20 { text += "2023-12-01 10:\(n < 10 ? "0" : "")\(n),I,State \(n),state party,,\n" }
        var plan = DefaultSession.plan
        plan.categoryLimits = [.observerState: .seconds(90)]
        return RegistrationLoader.csv(Array(text.utf8), file: "mixed.csv", plan: plan, zones: .system)
    }

    @Test func thePlanSaysWhoseLimitIsTheirOwnOrTheirCategorys() throws {
        let text = PlanReport.text(try shipped().session().state)
        #expect(text.contains("\nLimits by category: observer state 1:30, civil society 1:30\n"))
        #expect(
            text.contains(
                "\nRights of reply: 2 per delegation at the end of the session, 10:00, then 5:00; "
                    + "points of order 3:00\n"))
        let lines = text.split(separator: "\n").map(String.init)
        let presidency = try #require(lines.first { $0.contains("Presidency of the Court") })
        #expect(presidency.hasSuffix("received 2023-11-20 09:00, own limit 3:00"))
        let turkey = try #require(lines.first { $0.contains("Türkiye") })
        #expect(turkey.hasSuffix("received 2023-11-27 09:30, limit 1:30 (observer state)"))
        let france = try #require(lines.first { $0.contains("France") })
        #expect(france.hasSuffix("received 2023-11-23 13:10"))
        let eu = try #require(lines.firstIndex { $0.contains("European Union  ") })
        #expect(
            lines[eu + 1] == "      on behalf of European Union and its member States; Albania; North")
        #expect(lines[eu + 2] == "      Macedonia; Montenegro; Republic of Moldova; Ukraine")
        #expect(
            lines.contains(
                "  7 speakers (3 × 3:00, 2 × 2:00, 1 × 1:30, 1 × 4:00) + 0:20 changeover each = 20:50 of 40:00: fits"))
        #expect(
            lines.contains(
                "  5 speakers (3 × 2:00, 1 × 1:30, 1 × 2:30) + 0:20 changeover each = 11:40 of 40:00: fits"))
    }

    @Test func aListOfEqualLimitsIsSaidAsBefore() {
        let text = PlanReport.text(DefaultSession.session().state)
        #expect(text.contains("\nRights of reply: 2 per delegation at the end of the session, 10:00, then 5:00; "))
        #expect(!text.contains("Limits by category"))
        #expect(text.contains("  14 speakers × (2:00 + 0:20 changeover) = 32:40 of 40:00: fits\n"))
    }

    @Test func capacityCountsEachSpeakersOwnLimit() {
        let report = CheckReport.text(mixed())
        // 1:30 + 4:00 + 18 × 2:00 + 20 × 0:20 = 48:10; 1:50 and 4:20 leave 33:50, which
        // holds 14 at 2:20: the first 16 fit in 40:00.
        #expect(
            report.contains(
                "\nSegment I cannot fit: 20 speakers need 48:10 of 40:00 (8:10 over); at most 16 fit.\n"))
        #expect(report.contains("  20 speakers (18 × 2:00, 1 × 1:30, 1 × 4:00) + 0:20 changeover each = 48:10"))
    }

    @Test func jsonHasEachSpeakersLimitAndTheirDelegations() throws {
        let data = Data(CheckReport.json(mixed()).utf8)
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let segments = try #require(doc["segments"] as? [[String: Any]])
        #expect(segments.first?["neededSeconds"] as? Int == 2890)
        #expect(segments.first?["mostThatFit"] as? Int == 16)
        #expect(segments.first?["limitSeconds"] as? Int == 120)
        let speakers = try #require(segments.first?["speakers"] as? [[String: Any]])
        #expect(speakers.map { $0["limitSeconds"] as? Int }.prefix(3) == [90, 240, 120])
        #expect(speakers.map { $0["ownLimitSeconds"] as? Int }.prefix(3) == [nil, 240, nil])
        #expect(speakers[1]["onBehalfOf"] as? [String] == ["European Union and its member States"])
        #expect(speakers[0]["onBehalfOf"] as? [String] == [])
        let session = try #require(doc["session"] as? [String: Any])
        #expect(session["categoryLimitSeconds"] as? [String: Int] == ["observer state": 90])
        #expect(session["pointOfOrderSeconds"] == nil)
        let replies = try #require(session["replies"] as? [String: Any])
        #expect(replies["placement"] as? String == "session")
        #expect(replies["perDelegation"] as? Int == 2)
        #expect(replies["limitSeconds"] as? [Int] == [600, 300])
    }

    @Test func jsonOfTheShippedPlanHasThePointOfOrderLimit() throws {
        let data = Data(CheckReport.json(try shipped()).utf8)
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let session = try #require(doc["session"] as? [String: Any])
        #expect(session["pointOfOrderSeconds"] as? Int == 180)
        #expect(session["categoryLimitSeconds"] as? [String: Int] == ["observer state": 90, "civil society": 90])
    }

    /// A joint statement's call line names every delegation, however long the list.
    @Test func theScriptSaysOnBehalfOfWholly() throws {
        let script = PlanReport.script(try shipped().session().state, language: .english)
        let joined = script.replacing("\n      ", with: " ")
        #expect(
            joined.contains(
                "3.  I now give the floor to the representative of the European Union, on behalf of European Union "
                    + "and its member States, Albania, North Macedonia, Montenegro, the Republic of Moldova and "
                    + "Ukraine, to be followed by Senegal."))
        #expect(!script.contains("…"))
        #expect(joined.contains("on behalf of Belgium and Luxembourg, to be followed by"))
    }
}
