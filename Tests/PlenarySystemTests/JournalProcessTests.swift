// The real binary, killed for real. `plenary journal drive` runs the default session
// through the same path as the console (SessionStore, decide, persist, record) and
// prints `ack N` only after each durable write; these tests kill it with SIGKILL at
// random moments, and with SIGHUP and SIGTERM in tmux, then check that every
// acknowledged event is in the journal and the speaker's time is right on restart.
import Foundation
import PlenaryCore
import PlenaryFormats
import PlenarySystem
import PlenaryTestSupport
import Testing

/// A running `plenary journal drive`, spoken to line by line.
final class Driver {
    let process = Process()
    let input = Pipe(), output = Pipe()
    private var buffer: [UInt8] = []

    init(journal: String) throws {
        guard let binary = PlenaryBinary.path else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["journal", "drive", "--journal", journal]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    func send(_ lines: [String]) {
        input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// The next line, or nil at end of output or after `timeout` seconds of silence
    /// (a wedged program fails the test instead of hanging the run).
    func line(timeout: Int32 = 10_000) -> String? {
        let fd = output.fileHandleForReading.fileDescriptor
        while true {
            if let nl = buffer.firstIndex(of: 10) {
                let l = String(decoding: buffer[..<nl], as: UTF8.self)
                buffer.removeSubrange(...nl)
                return l
            }
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&waiting, 1, timeout) <= 0 { return nil }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            buffer += chunk[..<n]
        }
    }

    func kill(_ signal: Int32 = SIGKILL) {
        _ = Glibc.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    deinit { if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) } }

    /// The event count an `ack N verb` line reports.
    static func acked(_ line: String) -> Int? {
        let w = line.split(separator: " ")
        return w.first == "ack" ? Int(w[1]) : nil
    }
}

@Suite(.serialized, .enabled(if: PlenaryBinary.path != nil, "the plenary binary is not built"))
struct JournalProcessTests {
    @Test func everyAcknowledgedEventSurvivesKillNine() throws {
        let path = journalScratch() + "/kill.journal"
        var acknowledged = 0
        var rng = SystemRandomNumberGenerator()
        for round in 0..<6 {
            let d = try Driver(journal: path)
            let ready = try #require(d.line())
            #expect(ready.hasPrefix(round == 0 ? "ready created" : "ready sameBoot"), "\(ready)")
            let toggles = (0..<300).map { $0 % 2 == 0 ? "pause" : "resume" }
            d.send(round == 0 ? ["open", "next", "floor"] + toggles : toggles)
            // Kill while it is writing: after a random number of answers, with more queued.
            let answers = Int.random(in: 5...120, using: &rng)
            for _ in 0..<answers {
                guard let l = d.line() else { break }
                if let n = Driver.acked(l) { acknowledged = n }
            }
            d.kill()
            let reading = try JournalFile.read(path)
            #expect(
                reading.events.count >= acknowledged,
                "round \(round): \(acknowledged) acknowledged, \(reading.events.count) in the journal")
            let state = Session(
                plan: reading.header.plan, speakers: reading.header.speakers,
                events: reading.events
            ).state
            #expect(state.invariantViolations() == [])
        }
        #expect(acknowledged > 20)
    }

    @Test func theSpeakersTimeIsRightAfterKillNine() throws {
        let path = journalScratch() + "/timer.journal"
        let clock = ContinuousClock()
        let d = try Driver(journal: path)
        _ = d.line()
        d.send(["open", "next"])
        _ = d.line()
        _ = d.line()
        let sentFloor = clock.now
        d.send(["floor"])
        #expect(d.line().flatMap(Driver.acked) == 4)
        let ackedFloor = clock.now
        usleep(UInt32.random(in: 100_000...400_000))
        d.kill()

        let again = try Driver(journal: path)
        #expect(again.line()?.hasPrefix("ready sameBoot") == true)
        let sentStatus = clock.now
        again.send(["status"])
        let status = try #require(again.line())
        let receivedStatus = clock.now
        again.kill()
        let ms = try #require(
            status.split(separator: " ").first { $0.hasPrefix("speaking_ms=") }
                .flatMap { Int64($0.dropFirst("speaking_ms=".count)) })
        // The floor was given between sending `floor` and its ack; status was read
        // between sending `status` and its answer. Whole milliseconds: 2 ms of slack.
        let low = (sentStatus - ackedFloor).wholeMilliseconds - 2
        let high = (receivedStatus - sentFloor).wholeMilliseconds + 2
        #expect(low <= ms && ms <= high, "speaking \(ms) ms, expected \(low)...\(high)")
    }

    @Test(arguments: ["HUP", "TERM"])
    func aSignalInTmuxLosesNothing(signal: String) throws {
        guard TmuxServer.available, let binary = PlenaryBinary.path else { return }
        let tmux = try TmuxServer(prefix: "plenary-journal", target: "drive")
        defer { tmux.stop() }
        let path = tmux.dir.appendingPathComponent("tmux.journal").path
        try tmux.start(
            width: 100, height: 20,
            script: "exec \(TmuxServer.quote(binary)) journal drive --journal \(TmuxServer.quote(path))")
        for command in ["open", "next", "floor", "pause"] {
            try tmux.keys([command, "Enter"])
        }
        let screen = tmux.waitFor { $0.contains("ack 5 pause") }
        #expect(screen != nil, "\(tmux.screen())")
        if signal == "HUP" {
            try tmux.run(["kill-session", "-t", tmux.target])  // the terminal goes away: SIGHUP
        } else {
            let pid = try #require(pid_t(tmux.format("#{pane_pid}")))
            _ = kill(pid, SIGTERM)
        }
        for _ in 0..<100 where DurableFiles.isLockedByAnother(path) { usleep(50_000) }
        #expect(!DurableFiles.isLockedByAnother(path), "the program did not end")
        let reading = try JournalFile.read(path)
        #expect(reading.events.count == 5 && reading.tornBytes == 0)
        let resumed = try Driver(journal: path)
        #expect(resumed.line()?.hasPrefix("ready sameBoot events=5") == true)
        resumed.kill()
    }
}
