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

@Suite("Check report: hostile names and huge files")
struct CheckReportEdgeTests {
    @Test func jsonHasNoRawBidiOrC1ControlAndDecodesToTheName() throws {
        let name = "evil\u{202E}vsc.\u{9B}31m.csv"
        let reg = RegistrationLoader.csv(Array("received,segment,delegation\n".utf8), file: name, zones: .system)
        let json = CheckReport.json(reg)
        #expect(!json.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B })
        #expect(json.contains(#""file" : "evil\u202evsc.\u009b31m.csv""#))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(doc["file"] as? String == name)
        #expect(CheckReport.text(reg).contains("Read evil\\u{202E}vsc.\\u{9B}31m.csv"))
    }

    @Test func aThousandBadRowsGiveFiftyProblemsAndTotals() throws {
        let text = "received,segment,delegation\n" + String(repeating: "x\n", count: 1000)
        let reg = RegistrationLoader.csv(Array(text.utf8), file: "bad.csv", zones: .system)
        let report = CheckReport.text(reg)
        #expect(report.components(separatedBy: "\n").count < 130)
        #expect(
            report.contains(
                "\n  … and 950 more problems not shown: 950 errors, 0 warnings.\n"
                    + "    950 of this kind, the first: bad.csv:52: error: "
                    + "this row has 1 fields; the header has 3: «x»\n"
            ))
        #expect(report.contains("lines 2, 3, 4,") && report.contains(", 51 and 950 more\n"))
        #expect(report.hasSuffix("The list is NOT usable: 1000 errors to fix in the file.\n"))
        let doc = try #require(
            try JSONSerialization.jsonObject(with: Data(CheckReport.json(reg).utf8)) as? [String: Any])
        #expect((doc["diagnostics"] as? [Any])?.count == 50)
        #expect((doc["rejectedLines"] as? [Int]) == Array(2...51))
        let totals = try #require(doc["totals"] as? [String: Any])
        #expect(totals["errors"] as? Int == 1000 && totals["warnings"] as? Int == 0)
        #expect(totals["shown"] as? Int == 50 && totals["omitted"] as? Int == 950)
        let kinds = try #require(totals["omittedKinds"] as? [[String: Any]])
        #expect(kinds.count == 1 && kinds.first?["count"] as? Int == 950)
        #expect((kinds.first?["first"] as? [String: Any])?["line"] as? Int == 52)
    }
}
