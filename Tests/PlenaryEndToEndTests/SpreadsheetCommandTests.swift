// The commands that read a registration file, run on spreadsheets as people export
// them: no flags for the French Excel and US Google Forms examples, and the two
// reading options (`--encoding`, `--date-order`) on every one of those commands.
import Foundation
import Testing

@Suite("Spreadsheet exports at the command line")
struct SpreadsheetCommandTests {
    @Test func frenchExcelExportIsCheckedAndPlannedWithNoFlags() throws {
        let check = try plenary(["check", "Examples/excel-fr-point-virgule.csv"])
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.contains("(windows-1252, semicolons): 28 rows — 25 accepted, 2 late, 1 duplicate"))
        #expect(check.out.contains("line 29: segment I, Mexique (Ambassadeur), received 2023-12-07 16:03"))
        let warnings = check.out.components(separatedBy: "\n").filter { $0.contains(": warning: ") }
        #expect(
            warnings == [
                "  Examples/excel-fr-point-virgule.csv: warning: the file is not UTF-8 and has no byte-order mark: "
                    + "read as Windows-1252"
            ])
        let plan = try plenary(["plan", "Examples/excel-fr-point-virgule.csv"])
        #expect(plan.status == 0, "\(plan.err)")
        #expect(plan.out.contains("Côte d’Ivoire") && plan.out.contains("São Tomé-et-Príncipe"))
        #expect(plan.err.contains("read as Windows-1252"))
        #expect(plan.err.contains("listed as late"))
    }

    @Test func googleFormsFromAUSSheetIsPlannedMonthFirstWithNoFlags() throws {
        let plan = try plenary(["plan", "Examples/google-forms-us.csv"])
        #expect(plan.status == 0, "\(plan.err)")
        let senegal = try #require(plan.out.range(of: "Senegal"))
        let argentina = try #require(plan.out.range(of: "Argentina"))
        #expect(argentina.lowerBound < senegal.lowerBound, "11/28 comes before 12/1")
        #expect(!plan.err.contains("month-first"))
    }

    @Test func everyCommandThatReadsAListTakesTheReadingOptions() throws {
        let path = try temporaryFile("us.csv", "received,segment,delegation\n12/05/2023 10:00,I,Chad\n")
        let told = try plenary(["plan", "--date-order", "mdy", path])
        #expect(told.status == 0, "\(told.err)")
        #expect(told.out.contains("received 2023-12-05 10:00"))
        #expect(told.err.isEmpty, "told, no warning: \(told.err)")
        let untold = try plenary(["plan", path])
        #expect(untold.out.contains("received 2023-05-12"), "the 12th of May")
        #expect(untold.err.contains("warning: no received date says whether it is day-first or month-first"))
        for command in ["check", "plan", "run", "rehearse", "forecast"] {
            let help = try plenary([command, "--help"])
            #expect(help.out.contains("--encoding <encoding>"), "\(command)")
            #expect(help.out.contains("--date-order <date-order>"), "\(command)")
        }
        let wrong = try plenary(["check", "--encoding", "latin-1", path])
        #expect(wrong.status == 64)
        #expect(wrong.err.contains("latin-1"))
    }
}

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct SpreadsheetConsoleTests {
    @Test func theConsoleRunsTheFrenchExcelExportWithNoFlags() throws {
        let file = root.appendingPathComponent("Examples/excel-fr-point-virgule.csv").path
        let t = try Tmux(args: [file])
        try t.startSpeaking()
        let screen = try #require(t.expectText("Bureau du Procureur"))
        #expect(screen.contains("Présidence de la Cour"), "\(screen)")
        try t.quit()
        let stderr = t.file("stderr")
        #expect(stderr.contains("read as Windows-1252"), "\(stderr)")
        #expect(stderr.contains("Mexique") && stderr.contains("listed as late"), "\(stderr)")
    }
}
