// One `plenary run` under measurement: started through the timed launcher in its own
// tmux server, spoken to through a control-mode client, its frame log read at the end.
import Foundation
import PlenarySystem
import PlenaryTerminal
import PlenaryTestSupport

/// One line of the console's frame log.
typealias FrameLogEntry = FrameLog.Frame

extension FrameLog.Frame {
    /// CLOCK_BOOTTIME now, in nanoseconds: the clock the console counts with.
    static func now() -> Int64 { MachineClock.system.bootNow() }
    static func parse(_ text: String) -> [FrameLog.Frame] { FrameLog.parse(text) }
}

final class LiveConsole {
    /// The keys from a fresh console to the first speaker on the floor: open into the
    /// chair's opening, start Segment I, give the floor.
    static let toFirstSpeaker = ["g", "y", "g", "y", "Space"]

    struct Setup {
        var binary: String
        var bench: String
        var dir: String

        /// The `plenary` built beside this bench, if it is there and tmux is installed;
        /// otherwise says why `section` is skipped.
        static func beside(dir: String, section: String) -> Setup? {
            guard TmuxServer.available else {
                print("\(section): tmux is not installed; skipped")
                return nil
            }
            let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            let binary = here.appendingPathComponent("plenary").path
            guard FileManager.default.isExecutableFile(atPath: binary) else {
                print("\(section): \(binary) is not built: run `swift build -c release` first; skipped")
                return nil
            }
            return Setup(binary: binary, bench: here.appendingPathComponent("plenary-bench").path, dir: dir)
        }
    }

    let server: TmuxServer
    let logPath: String
    let launchPath: String
    private let control = Process()
    private let controlInput = Pipe()

    /// `file`: a registration file for `plenary run` (default: the embedded session).
    init(_ setup: Setup, name: String, env: [String: String] = [:], file: String? = nil) throws {
        server = try TmuxServer(prefix: "plenary-bench", target: "bench")
        logPath = setup.dir + "/\(name).frames"
        launchPath = setup.dir + "/\(name).launched"
        let journal = setup.dir + "/\(name).journal"
        var environment = ["LANG": "C.UTF-8", "PLENARY_FRAME_LOG": logPath]
        environment.merge(env) { $1 }
        let words =
            [setup.bench, "--exec-timed", launchPath, setup.binary, "run", "--no-bell", "--journal", journal]
            + (file.map { [$0] } ?? [])
        try server.start(
            width: 100, height: 30, env: environment,
            script: "exec " + words.map(TmuxServer.quote).joined(separator: " "))
        control.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        control.arguments = ["-f", "/dev/null", "-L", server.socket, "-C", "attach", "-t", server.target]
        control.standardInput = controlInput
        control.standardOutput = FileHandle.nullDevice
        control.standardError = FileHandle.nullDevice
        try control.run()
    }

    deinit {
        if control.isRunning { control.terminate() }
        server.stop()
    }

    /// The CLOCK_BOOTTIME instant the launcher noted just before exec.
    func launchedAt() -> Int64 {
        let text = try? String(contentsOfFile: launchPath, encoding: .utf8)
        return Int64(text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    /// Sends one key through the control client; returns when it was handed to tmux.
    func send(_ key: String) throws -> Int64 {
        let line = Data("send-keys -t \(server.target) \(key)\n".utf8)
        let at = FrameLogEntry.now()
        controlInput.fileHandleForWriting.write(line)
        return at
    }

    func waitForScreen(timeout: Double = 10, _ predicate: (String) -> Bool) -> String? {
        server.waitFor(timeout: timeout, predicate)
    }

    var pid: Int32? { Int32(server.format("#{pane_pid}")) }

    /// User plus system CPU time of the console so far.
    func cpuSeconds() -> Double { pid.map(ProcStat.cpuSeconds) ?? .nan }

    /// The console's peak resident set (VmHWM), in MB.
    func peakRSSMegabytes() -> Double { pid.map { ProcStat.megabytes($0, "VmHWM") } ?? .nan }

    /// Quits the console (q, y) and returns its frame log.
    func quit() throws -> [FrameLogEntry] {
        let program = pid
        _ = try send("q")
        Thread.sleep(forTimeInterval: 0.2)
        _ = try send("y")
        // The log is written as the console exits: wait for the process to be gone.
        for _ in 0..<200 where program.map({ kill($0, 0) == 0 }) ?? false { Thread.sleep(forTimeInterval: 0.05) }
        controlInput.fileHandleForWriting.closeFile()
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return FrameLogEntry.parse(text)
    }
}
