// Input at the edges, as a user meets it (issue 15.6, 15.10): hostile file names are
// printed as they are spelled and never obeyed, a FIFO is refused at once, and a file
// of thousands of bad rows is refused with fifty reasons and a count.
import Foundation
import Testing

@Suite("Input at the edges")
struct EdgeInputTests {
    /// A directory holding a registration CSV whose name carries ESC[2J and U+202E.
    func hostileDirectory() throws -> (dir: URL, name: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let name = "list\u{1B}[2J\u{202E}vsc.csv"
        let text = "received,segment,delegation\n2023-12-01 10:00,VII,Chad\n"
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return (dir, name)
    }

    func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || (0x80...0x9F).contains($0.value) }
    }

    @Test(arguments: ["check", "plan", "run"])
    func aHostileCSVNameNeverReachesTheTerminalRaw(command: String) throws {
        let (dir, name) = try hostileDirectory()
        let r = try plenary([command, name], directory: dir, environment: ["TERM": "xterm"])
        #expect(r.status == 1, "\(r.err)")
        #expect(isClean(r.out) && isClean(r.err), "\(r.out.debugDescription) \(r.err.debugDescription)")
        #expect((r.out + r.err).contains("list\\u{1B}[2J\\u{202E}vsc.csv"), "\(r.out) \(r.err)")
    }

    @Test func aMissingHostileNameAndAPlansSpeakersPathAreShownNotObeyed() throws {
        let (dir, _) = try hostileDirectory()
        let missing = try plenary(["check", "gone\u{1B}]0;owned\u{7}.csv"], directory: dir)
        #expect(missing.status == 2)
        #expect(missing.err == "plenary: gone\\u{1B}]0;owned\\u{7}.csv: no such file\n")
        let plan = try String(
            contentsOf: root.appendingPathComponent("Examples/asp-2023-cooperation.toml"), encoding: .utf8
        )
        .replacingOccurrences(
            of: #"speakers = "asp-2023-cooperation.csv""#, with: #"speakers = "x\u001B[2J\u202E.csv""#)
        try plan.write(to: dir.appendingPathComponent("plan.toml"), atomically: true, encoding: .utf8)
        for command in ["check", "plan", "run"] {
            let r = try plenary([command, "plan.toml"], directory: dir, environment: ["TERM": "xterm"])
            #expect(r.status == 2, "\(command): \(r.err)")
            #expect(r.err == "plenary: x\\u{1B}[2J\\u{202E}.csv: no such file\n", "\(command)")
        }
    }

    @Test func checkJSONHasNoRawBidiControlInFile() throws {
        let (dir, name) = try hostileDirectory()
        let r = try plenary(["check", "--json", name], directory: dir)
        #expect(r.status == 1)
        #expect(isClean(r.out), "\(r.out)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(doc["file"] as? String == name)
    }

    @Test func aFIFOIsRefusedAtOnce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fifo = dir.appendingPathComponent("f").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A writer that opens as soon as a reader does and closes at once, so a reader
        // blocking in open(2) gets an empty file, not a hung test; released afterwards.
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            if fd >= 0 { close(fd) }
        }
        writer.start()
        defer {
            let fd = open(fifo, O_RDONLY | O_NONBLOCK)
            usleep(50_000)
            if fd >= 0 { close(fd) }
        }
        let r = try plenary(["check", "f"], directory: dir)
        #expect(r.status == 2)
        #expect(r.err == "plenary: f: is not a regular file (a FIFO, device or socket); only files are read\n")
    }

    /// 300 rows: enough to pass the cap, few enough that the uncapped output of an older
    /// build fits a pipe's buffer (the helper reads stdout before stderr).
    @Test(arguments: ["check", "plan"])
    func threeHundredBadRowsGiveFiftyProblemsAndACount(command: String) throws {
        let path = try temporaryFile(
            "bad.csv", "received,segment,delegation\n" + String(repeating: "x\n", count: 300))
        let r = try plenary([command, path])
        #expect(r.status == 1)
        let lines = (r.out + r.err).split(separator: "\n")
        #expect(lines.count < 150, "\(lines.count) lines")
        #expect(lines.contains { $0.hasSuffix("… and 250 more problems not shown: 250 errors, 0 warnings.") })
    }

    /// At a real 80×24 terminal: what `plan` and `run` print about a hostile name is
    /// replayed to the pane after the exit status; a raw ESC[2J would wipe that line.
    @Test(.enabled(if: Binary.tmuxAvailable), arguments: ["plan", "run"])
    func aHostileNameLeavesTheTerminalClean(command: String) throws {
        let (dir, name) = try hostileDirectory()
        let tmux = try Tmux(args: [dir.appendingPathComponent(name).path], command: command)
        let screen = try #require(
            tmux.waitFor { $0.contains("EXIT:") && $0.contains("full report") }, "\(tmux.screen())")
        #expect(screen.contains("EXIT:1"), "\(screen)")
        #expect(screen.contains("list\\u{1B}[2J\\u{202E}vsc.csv"), "\(screen)")
    }
}
