// The CSV exports opened in a real spreadsheet: headless LibreOffice Calc imports them
// in four European locales and scripts/check-csv-libreoffice reads back every cell.
// Skipped, saying why, where LibreOffice is not installed.
import Foundation
import PlenaryCore
import PlenaryExport
import Testing

@testable import PlenaryFormats

@Suite struct ExportLibreOfficeTests {
    static let hasSoffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs the check on `csv`; its exit status and what it printed.
    static func check(_ csv: String, locales: String? = nil) throws -> (status: Int32, out: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-lo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("export.csv")
        try Data(csv.utf8).write(to: file)
        let p = Process()
        p.executableURL = ExportRenderTests.root.appendingPathComponent("scripts/check-csv-libreoffice")
        p.arguments = [file.path] + (locales.map { ["--locale", $0] } ?? [])
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }

    /// A log whose names carry accents a code page would mangle.
    static let log: ActualTimesLog = {
        var speakers = DefaultSession.speakers
        speakers[0].delegation = "São Tomé and Príncipe — Côte d’Ivoire, Ελλάδα"
        return ActualTimesLog.build(plan: DefaultSession.plan, speakers: speakers, events: ScriptedSession.events())
    }()

    @Test(.enabled(if: hasSoffice, "LibreOffice is not installed: apt-get install libreoffice-calc-nogui"))
    func theExcelCSVOpensWithDatesDurationsAndAccentsInEveryLocale() throws {
        let r = try Self.check(Self.log.render(.csv, excel: true))
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("locale 1036, separator ';', BOM"))
        for kind in ["date ", "time ", "float", "string"] {
            let line = r.out.split(separator: "\n").first { $0.contains(kind) && $0.contains("read back") }
            #expect(line?.contains(" 0 not") == true, "\(kind): \(line ?? "missing")")
            #expect(line?.contains("  0 read back") == false, "no \(kind) cell at all")
        }
    }

    @Test(
        .enabled(if: hasSoffice, "LibreOffice is not installed: apt-get install libreoffice-calc-nogui"),
        arguments: ExportTable.allCases)
    func theFrenchExcelTablesOpenToo(table: ExportTable) throws {
        let r = try Self.check(Self.log.render(.csv, table: table, language: .french, excel: true), locales: "1036")
        #expect(r.status == 0, "\(r.out)")
    }

    /// The rules of procedure's columns and tables (issue 16) read back as written: the
    /// new durations as durations, reply numbers as numbers, reasons and messages as text.
    @Test(
        .enabled(if: hasSoffice, "LibreOffice is not installed: apt-get install libreoffice-calc-nogui"),
        arguments: ExportTable.allCases)
    func theRulesOfProcedureOpenInEveryLocale(table: ExportTable) throws {
        let r = try Self.check(ProcedureSession.log.render(.csv, table: table, excel: true))
        #expect(r.status == 0, "\(r.out)")
    }

    /// The check can fail: the plain CSV, for tools, is what spreadsheets misread.
    @Test(.enabled(if: hasSoffice, "LibreOffice is not installed: apt-get install libreoffice-calc-nogui"))
    func thePlainCSVIsMisreadAsTheIssueSaid() throws {
        let r = try Self.check(Self.log.render(.csv), locales: "1036")
        #expect(r.status == 1)
        #expect(r.out.contains("'1:45' read as time 'PT01H45M00S'"), "\(r.out)")
        #expect(r.out.contains("'2023-12-08T11:35:20+01:00' read as string"), "\(r.out)")
    }
}
