import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryReports
import PlenarySystem
import PlenaryZones
import Testing

@Suite("Check report")
struct CheckReportTests {
    /// Twenty speakers in segment I (17 fit at 2:00 + 0:20), one bad row, one late row.
    func crowded() -> Registration {
        var text = "received,segment,delegation\n"
        for n in 1...20 { text += "2023-12-01 10:\(n < 10 ? "0" : "")\(n),I,State \(n)\n" }
        text += "2023-12-01 11:00,IX,Atlantis\n2023-12-08 09:00,II,Lateland\n"
        return RegistrationLoader.csv(Array(text.utf8), file: "crowded.csv", zones: .system)
    }

    @Test func saysPlainlyWhenAListCannotFit() {
        let report = CheckReport.text(crowded())
        #expect(
            report.contains(
                "\nSegment I cannot fit: 20 speakers need 46:40 of 40:00 (6:40 over); at most 17 fit.\n"))
        #expect(!report.contains("Segment II cannot fit"))
        #expect(
            report.contains(
                "Read crowded.csv (utf-8, commas): 22 rows — 20 accepted, 1 late, 0 duplicate, 1 rejected, 0 blank."))
        #expect(report.contains("Rejected (not on the list; the problems below say why): line 22"))
        #expect(
            report.contains(
                "  crowded.csv:22:18: error: no such segment in this plan: «IX»\n"
                    + "    hint: this plan's segments are I, II (or 1–2)"))
        #expect(report.contains("  line 23: segment II, Lateland, received 2023-12-08 09:00"))
        #expect(report.hasSuffix("The list is NOT usable: 1 error to fix in the file.\n"))
    }

    @Test func jsonHasTheSameContent() throws {
        let data = Data(CheckReport.json(crowded()).utf8)
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(doc["usable"] as? Bool == false)
        #expect(doc["rejectedLines"] as? [Int] == [22])
        let segments = try #require(doc["segments"] as? [[String: Any]])
        #expect(segments.map { $0["fits"] as? Bool } == [false, true])
        #expect(segments.first?["neededSeconds"] as? Int == 2800)
        #expect(segments.first?["mostThatFit"] as? Int == 17)
        let diagnostics = try #require(doc["diagnostics"] as? [[String: Any]])
        #expect(
            diagnostics.map { "\($0["line"]!):\($0["column"]!) \($0["severity"]!)" }
                == ["22:18 error", "23:0 warning"])
    }

    @Test func aPlanThatFailedIsNotShownAsTheSession() {
        var reg = Registration(file: "p.toml", plan: DefaultSession.plan)
        reg.planLoaded = false
        reg.diagnostics = [
            Diagnostic(file: "p.toml", line: 3, column: 1, severity: .error, message: "unknown time zone")
        ]
        let text = CheckReport.text(reg)
        #expect(!text.contains(DefaultSession.plan.title))
        #expect(text.hasPrefix("The plan in p.toml could not be used.\n"))
    }
}
