// The journal's edges on the built binary: a resume on a full disk (a small tmpfs,
// when the tests run as root), the chain found whatever HOME is, `journal verify` and
// `export --salvage` on a damaged journal, and `display` given a directory.
import Foundation
import Testing

@Suite("journal chain")
struct JournalChainEndToEndTests {
    /// Runs `body` with a tmpfs of `kilobytes` mounted on a new directory; nothing
    /// when it cannot be mounted (not root, no tmpfs): the test then checks nothing.
    func withSmallDisk(kilobytes: Int, _ body: (String) throws -> Void) throws {
        let dir = try temporaryFile("unused", "") + "-disk"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        guard getuid() == 0, run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", dir]) == 0 else {
            return
        }
        defer { _ = run("/bin/umount", [dir]) }
        try body(dir)
    }

    func run(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Fills the disk holding `dir` to the last byte.
    func fill(_ dir: String) {
        _ = run("/bin/dd", ["if=/dev/zero", "of=\(dir)/filler", "bs=1k"])
    }

    @Test func resumingOnAFullDiskContinuesAndAnotherHomeFindsTheContinuation() throws {
        try withSmallDisk(kilobytes: 64) { disk in
            let journal = disk + "/s.journal"
            let stateA = try temporaryFile("unused", "") + "-stateA"
            let first = try plenary(
                ["journal", "drive", "--journal", journal], input: "open\nnext\ncall\nfloor\n",
                environment: ["XDG_STATE_HOME": stateA])
            #expect(first.status == 0, "\(first.err)")
            #expect(first.out.contains("ack 4 floor"), "\(first.out)")
            fill(disk)

            // Each resume writes a note; the slack of the journal's last page takes the
            // first few, then the disk has no room for the next one.
            let continuation = stateA + "/plenary/s.journal.continued"
            var resumed = try plenary(
                ["journal", "drive", "--journal", journal], input: "status\n", environment: ["XDG_STATE_HOME": stateA])
            for _ in 0..<40 where resumed.status == 0 && !resumed.out.contains("path=\(continuation)\n") {
                resumed = try plenary(
                    ["journal", "drive", "--journal", journal], input: "status\n",
                    environment: ["XDG_STATE_HOME": stateA])
            }
            #expect(resumed.status == 0, "refused instead of continuing: \(resumed.err)")
            #expect(resumed.out.contains("events=4 path=\(continuation)\n"), "\(resumed.out)")
            let end = try plenary(
                ["journal", "drive", "--journal", journal], input: "end\n", environment: ["XDG_STATE_HOME": stateA])
            #expect(end.out.contains("path=\(continuation)\n"), "\(end.out)")
            #expect(end.out.contains("ack 5 end"), "\(end.out)")

            // Another account: its state directory has nothing; the pointer on the full disk leads on.
            let other = ["HOME": "/nonexistent/other", "XDG_STATE_HOME": "/nonexistent/other/state"]
            let verify = try plenary(["journal", "verify", journal], environment: other)
            #expect(verify.status == 0, "\(verify.err)")
            #expect(verify.err.contains("reading \(continuation), the continuation of \(journal)"), "\(verify.err)")
            #expect(verify.out.contains("5 events"), "\(verify.out)")
            let export = try plenary(["export", journal, "--format", "md"], environment: other)
            #expect(export.status == 0, "\(export.err)")
            #expect(export.out.contains("continues \(journal)"), "\(export.out)")
            let again = try plenary(["journal", "drive", "--journal", journal], input: "status\n", environment: other)
            #expect(again.out.contains("path=\(continuation)\n"), "\(again.out)")
            #expect(again.out.contains("events=5"), "\(again.out)")
        }
    }

    /// A journal of one session with one flipped byte on line 6.
    func damagedJournal() throws -> String {
        let journal = try temporaryFile("unused", "") + ".journal"
        let drive = try plenary(
            ["journal", "drive", "--journal", journal], input: "open\nnext\ncall\nfloor\nend\ncall\n")
        #expect(drive.status == 0, "\(drive.err)")
        var lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[5] = lines[5].replacingOccurrences(of: "\"seq\":5", with: "\"seq\":6")
        try (lines.joined(separator: "\n") + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        return journal
    }

    @Test func verifyOnDamageSaysWhatTheIntactPrefixHolds() throws {
        let journal = try damagedJournal()
        let r = try plenary(["journal", "verify", journal])
        #expect(r.status == 1, "\(r.err)")
        #expect(!r.err.contains("Usage:"), "\(r.err)")
        #expect(r.out.contains("\(journal):6: damaged: checksum mismatch"), "\(r.out)")
        #expect(r.out.contains("the intact prefix before it: 5 records"), "\(r.out)")
        #expect(r.out.contains("4 events"), "\(r.out)")
        #expect(r.out.contains("last event: floorGiven at "), "\(r.out)")
        #expect(r.err.contains("--salvage"), "\(r.err)")
    }

    @Test(arguments: ["csv", "json", "md", "html"])
    func exportSalvageExportsTheIntactPrefixMarkedAsSuch(format: String) throws {
        let journal = try damagedJournal()
        let refused = try plenary(["export", journal, "--format", format])
        #expect(refused.status == 1, "\(refused.err)")
        #expect(refused.err.contains("--salvage"), "\(refused.err)")
        let r = try plenary(["export", journal, "--format", format, "--salvage"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("damaged at line 6"), "\(r.err)")
        if format == "csv" {
            #expect(r.out.hasPrefix("salvaged,"), "\(r.out)")
        } else {
            #expect(r.out.contains("SALVAGED: the journal is damaged at line 6"), "\(r.out)")
        }
        let french = try plenary(["export", journal, "--format", format, "--salvage", "--lang", "fr"])
        #expect(french.out.contains(format == "csv" ? "récupéré" : "RÉCUPÉRÉ"), "\(french.out)")
    }

    @Test func displayOfADirectoryIsAnError() throws {
        let dir = try temporaryFile("unused", "") + "-dir"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try plenary(["display", dir])
        #expect(r.status == 2, "\(r.err)")
        #expect(r.err.contains("is not a journal file"), "\(r.err)")
        #expect(!r.err.contains("Usage:"))
    }
}

/// Outside damage to the console's journal, on the screen the operator reads.
@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct OutsideDamageEndToEndTests {
    /// Space, and yes when the console asks because the floor was given under 2 s ago.
    func endIntervention(_ t: Tmux) throws {
        try t.keys("Space")
        if t.waitFor(timeout: 2, { $0.contains("has had the floor for only") }) != nil { try t.keys("y") }
    }

    @Test(arguments: ["delete", "replace", "truncate"])
    func theConsoleSaysNotSavedOnceAndContinues(damage: String) throws {
        let t = try Tmux(width: 160, height: 30)
        try t.startSpeaking()
        let journal = t.dir.appendingPathComponent("console.journal").path
        switch damage {
        case "delete": try FileManager.default.removeItem(atPath: journal)
        case "replace":
            try FileManager.default.removeItem(atPath: journal)
            try "another file\n".write(toFile: journal, atomically: false, encoding: .utf8)
        default:
            let h = try #require(FileHandle(forWritingAtPath: journal))
            try h.truncate(atOffset: 0)
            try h.close()
        }
        try endIntervention(t)
        let screen = t.expectText("NOT SAVED")
        #expect(screen?.components(separatedBy: "NOT SAVED").count == 2, "said once: \(screen ?? "")")
        t.expectText("continues in \(journal).continued-1")
        #expect(t.screen().contains("SPEAKING"), "the refused action is not shown as done")
        try endIntervention(t)
        t.expectText("FLOOR FREE")
        let end = try t.quit()
        let summary = (end ?? "").replacingOccurrences(of: "\n", with: "")
        #expect(summary.contains("the journal continues in \(journal).continued-1"), "\(end ?? "")")
        if damage == "truncate" {
            let left = try Data(contentsOf: URL(fileURLWithPath: journal))
            #expect(left.isEmpty, "nothing was appended into the cut file")
        }
    }
}
