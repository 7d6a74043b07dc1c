// Runs the built `plenary` binary as the secretariat would. `swift test` builds it
// first (it builds every target); run `swift build` before if you filter targets.
import Foundation
import Testing

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

struct Run {
    var status: Int32
    var out: String
    var err: String
}

/// Runs the built binary with `args` in `directory` (the checkout by default), with
/// `input` on standard input (empty by default) and `environment` added to the test's.
func plenary(
    _ args: [String], input: String = "", directory: URL = root, environment: [String: String] = [:]
) throws -> Run {
    let binary = root.appendingPathComponent(".build/debug/plenary")
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = directory
    p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let stdin = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = stdin
    try p.run()
    // Written on its own thread: an input over the pipe's buffer would otherwise wait
    // for a reader while this thread waits for the output. A program that exits without
    // reading it is not an error of the test's (EPIPE, with SIGPIPE ignored).
    signal(SIGPIPE, SIG_IGN)
    let writer = Thread {
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(
        status: p.terminationStatus, out: String(decoding: o, as: UTF8.self),
        err: String(decoding: e, as: UTF8.self))
}

func temporaryFile(_ name: String, _ body: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name).path
    try body.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite("plenary check")
struct CheckCommandTests {
    @Test func usableListExitsZero() throws {
        let r = try plenary(["check", "Examples/asp-2023-cooperation.toml"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("29 rows — 26 accepted, 2 late, 1 duplicate, 0 rejected, 0 blank."))
        #expect(r.out.contains("line 29: segment II, Kenya (Solicitor-General), received 2023-12-07 09:12"))
        #expect(r.out.hasSuffix("The list is usable.\n"))
    }

    @Test func errorsExitOneAndNameTheirPlace() throws {
        let path = try temporaryFile(
            "bad.csv",
            "received,segment,delegation\n2023-12-05 14:32,I,\"A\"x\n2023-12-05 14:33,VII,B\n")
        let r = try plenary(["check", path])
        #expect(r.status == 1)
        #expect(r.out.contains("bad.csv:2:23: error: text after a closing quote: «2023-12-05 14:32,I,Ax»"))
        #expect(r.out.contains("bad.csv:3:18: error: no such segment in this plan: «VII»"))
        #expect(r.out.hasSuffix("The list is NOT usable: 2 errors to fix in the file.\n"))
    }

    @Test func unreadableFileExitsTwo() throws {
        let r = try plenary(["check", "/nonexistent/registrations.csv"])
        #expect(r.status == 2)
        #expect(r.err.contains("/nonexistent/registrations.csv: no such file"))
        #expect(try plenary(["check", "Examples"]).status == 2)
    }

    @Test func jsonCarriesTheSameList() throws {
        let r = try plenary(["check", "--json", "Examples/asp-2023-cooperation.csv"])
        #expect(r.status == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect(doc?["usable"] as? Bool == true)
        let segments = doc?["segments"] as? [[String: Any]] ?? []
        #expect(segments.map { ($0["speakers"] as? [Any])?.count ?? -1 } == [14, 12])
        let first = (segments.first?["speakers"] as? [[String: Any]])?.first
        #expect(first?["delegation"] as? String == "Presidency of the Court")
        #expect(first?["received"] as? String == "2023-11-20T09:00:00+01:00")
        #expect((doc?["counts"] as? [String: Int])?["late"] == 2)
    }

    @Test func planFromAFileEqualsTheEmbeddedDefault() throws {
        let embedded = try plenary(["plan"])
        for file in ["Examples/asp-2023-cooperation.toml", "Examples/asp-2023-cooperation.csv"] {
            let loaded = try plenary(["plan", file])
            #expect(loaded.status == 0)
            #expect(loaded.out == embedded.out)
            #expect(loaded.err.contains("listed as late"))  // warnings are shown, the plan is printed
        }
    }

    @Test func planRefusesAListWithErrors() throws {
        let path = try temporaryFile("bad.csv", "received,segment,delegation\n2023-12-05 14:32,I,Belgium,extra\n")
        let r = try plenary(["plan", path])
        #expect(r.status != 0)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("bad.csv:2:28: error: this row has 4 fields; the header has 3"))
    }
}
