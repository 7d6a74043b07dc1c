// The exit-status table every command follows (README "Exit status", the man page):
// 0 done, 1 the data has errors, 2 a file could not be read or written, 64 a usage
// error, and only a usage error prints the usage text. Run on the built binary.
import Foundation
import Testing

@Suite("exit status")
struct ExitStatusTests {
    /// Each command given a file that is not there; JOURNAL is a fresh journal path.
    static let readers: [[String]] = [
        ["check", "/nonexistent/list.csv"], ["plan", "/nonexistent/list.csv"],
        ["forecast", "--runs", "10", "/nonexistent/list.csv"], ["estimate", "/nonexistent/list.txt"],
        ["export", "/nonexistent/list.journal", "--format", "csv"], ["journal", "verify", "/nonexistent/list.journal"],
        ["run", "--journal", "JOURNAL", "/nonexistent/list.csv"],
        ["rehearse", "--headless", "--autopilot", "--journal", "JOURNAL", "/nonexistent/list.csv"],
    ]

    /// A journal path in a new scratch directory.
    static func freshJournal() throws -> String { try temporaryFile("unused", "") + ".journal" }

    static func filled(_ args: [String]) throws -> [String] {
        let journal = try freshJournal()
        return args.map { $0 == "JOURNAL" ? journal : $0 }
    }

    @Test(arguments: readers)
    func aMissingFileIsTwoInOneLine(args: [String]) throws {
        let r = try plenary(try Self.filled(args))
        #expect(r.status == 2, "\(args): \(r.err)")
        #expect(r.err.hasPrefix("plenary: /nonexistent/list."), "\(args): \(r.err)")
        #expect(r.err.contains(": no such file\n"), "\(args): \(r.err)")
        #expect(!r.err.contains("Usage:"), "\(args): \(r.err)")
        #expect(r.err.split(separator: "\n").count == 1, "\(args): \(r.err)")
    }

    @Test func aFileThatCannotBeWrittenIsTwo() throws {
        let journal = goldenJournals.appendingPathComponent("live.journal").path
        let export = try plenary(["export", journal, "--format", "csv", "-o", "/nonexistent/log.csv"])
        #expect(export.status == 2, "\(export.err)")
        #expect(export.err.hasPrefix("plenary: /nonexistent/log.csv.tmp-"), "\(export.err)")
        let rehearsal = try plenary(["rehearse", "--headless", "--autopilot", "--journal", "/nonexistent/r.journal"])
        #expect(rehearsal.status == 2, "\(rehearsal.err)")
        #expect(!rehearsal.err.contains("Usage:"))
    }

    @Test(arguments: ["check", "plan", "forecast", "run", "rehearse"])
    func aRegistrationWithErrorsIsOne(command: String) throws {
        let bad = try temporaryFile("bad.csv", "received,segment,delegation\n2023-12-05 14:32,I,Belgium,extra\n")
        let extra: [String] =
            switch command {
            case "run": ["--journal", try Self.freshJournal()]
            case "rehearse": ["--headless", "--autopilot", "--journal", try Self.freshJournal()]
            case "forecast": ["--runs", "10"]
            default: []
            }
        let r = try plenary([command] + extra + [bad])
        #expect(r.status == 1, "\(command): \(r.err)")
        // check prints it in its report; the others before stopping.
        let said = command == "check" ? r.out : r.err
        #expect(said.contains("bad.csv:2:28: error: this row has 4 fields"), "\(command): \(r.err)")
        #expect(!r.err.contains("Usage:"), "\(command): \(r.err)")
    }

    @Test(arguments: [["export", "JOURNAL", "--format", "csv"], ["journal", "verify", "JOURNAL"]])
    func aDamagedJournalIsOne(args: [String]) throws {
        // One character changed in the middle: its checksum no longer matches.
        var lines = try String(contentsOf: goldenJournals.appendingPathComponent("live.journal"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "\"seq\":3", with: "\"seq\":4")
        let damaged = try temporaryFile("damaged.journal", lines.joined(separator: "\n"))
        let r = try plenary(args.map { $0 == "JOURNAL" ? damaged : $0 })
        #expect(r.status == 1, "\(args): \(r.err)")
        #expect(r.err.contains("damaged.journal:4: the journal is damaged"), "\(args): \(r.err)")
        #expect(!r.err.contains("Usage:"), "\(args): \(r.err)")
    }

    @Test func aStatementOverTheLimitIsOne() throws {
        let long = try temporaryFile("long.txt", String(repeating: "word ", count: 400))
        let r = try plenary(["estimate", long])
        #expect(r.status == 1)
        #expect(r.out.contains("does not fit 2:00"))
        #expect(r.err.isEmpty)
    }

    @Test func brokenThemeAndModelFilesAreOneAndMissingOnesTwo() throws {
        let theme = try temporaryFile("broken.theme", "floor = chartreuse\n")
        let journal = try Self.freshJournal()
        let broken = try plenary(["run", "--journal", journal, "--theme", theme])
        #expect(broken.status == 1, "\(broken.err)")
        #expect(broken.err.hasPrefix("plenary: theme \(theme):1"), "\(broken.err)")
        #expect(try plenary(["run", "--journal", journal, "--theme", "/nonexistent/x.theme"]).status == 2)
        let model = try temporaryFile("broken.model", "absent_probability = lots\n")
        #expect(try plenary(["forecast", "--model", model]).status == 1)
        #expect(try plenary(["forecast", "--model", "/nonexistent/x.model"]).status == 2)
    }

    /// A usage error found by the parser, and one only `run` can judge.
    @Test(arguments: [
        ["check"], ["plan", "--nope"], ["forecast", "--runs", "0"], ["estimate", "--wpm", "3", "x.txt"],
        ["export", "x.journal"], ["journal", "verify"], ["run", "--theme", "nope"], ["rehearse", "--speed", "0"],
        ["display", "--lang", "xx"], ["version", "extra"], ["run", "-"], ["rehearse", "-"],
        ["forecast", "--set", "no_such_parameter=1"],
    ])
    func aUsageErrorIsSixtyFourWithTheCommandsUsage(args: [String]) throws {
        let r = try plenary(args)
        #expect(r.status == 64, "\(args): \(r.err)")
        let command = args[0] == "journal" ? "plenary journal verify" : "plenary \(args[0])"
        #expect(r.err.contains("Usage: \(command)"), "\(args): \(r.err)")
        #expect(r.err.contains("See '\(command) --help'"), "\(args): \(r.err)")
        #expect(r.out.isEmpty)
    }

    @Test func commandsThatNeedATerminalSayItAndAreTwo() throws {
        for args in [["run", "--journal", try Self.freshJournal()], ["display", "x.journal"]] {
            let r = try plenary(args)
            #expect(r.status == 2, "\(args): \(r.err)")
            #expect(r.err.contains("needs a terminal"), "\(args): \(r.err)")
            #expect(!r.err.contains("Usage:"))
        }
    }

    @Test func theVersionIsTheOneJournalsRecord() throws {
        let flag = try plenary(["--version"])
        let command = try plenary(["version"])
        #expect(flag.status == 0 && command.status == 0)
        #expect(flag.out == command.out)
        #expect(flag.out.wholeMatch(of: /plenary \d+\.\d+\.\d+\n/) != nil, "\(flag.out)")
        let journal = try Self.freshJournal()
        let dir = URL(fileURLWithPath: journal).deletingLastPathComponent().path
        let rehearsal = try plenary(["rehearse", "--headless", "--autopilot", "--journal", journal, "--out", dir])
        #expect(rehearsal.status == 0, "\(rehearsal.err)")
        let verify = try plenary(["journal", "verify", journal])
        #expect(verify.out.contains("written by \(flag.out.dropLast())\n"), "\(verify.out)")
    }
}
