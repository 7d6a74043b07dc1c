// A private tmux server for tests that drive the real binary in a real terminal.
// Shared by the end-to-end console tests and the journal's signal tests so that the
// hard-won rules live in one place:
// - every test gets its own server (`-L` with the pid and a counter) and no user
//   config (`-f /dev/null`), so nothing leaks between tests or from the machine;
// - tmux is run through system(3) with its output in a file, never Foundation's
//   Process: the server that `new-session` forks inherits the descriptor Process
//   waits on, and Process then never sees the client return (that hung CI);
// - every tmux call is bounded by timeout(1), so a wedged server fails a test
//   instead of hanging the whole run;
// - `stop()` kills the pane's processes, the server, and the server's pid.
import Foundation

public final class TmuxServer: @unchecked Sendable {
    private static let counter = Counter()
    public let socket: String
    public let dir: URL
    public let target: String
    private var stopped = false

    /// A scratch directory for the test and an unused socket name; no server yet.
    public init(prefix: String, target: String = "plenary") throws {
        socket = "\(prefix)-\(getpid())-\(TmuxServer.counter.next())"
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        self.target = target
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { stop() }

    public static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts the session running `sh -c script` in a `width` × `height` window.
    public func start(width: Int, height: Int, env: [String: String] = [:], script: String) throws {
        let exports = env.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try run(
            ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"] + exports
                + ["sh", "-c", script])
        try run(["set-option", "-t", target, "window-size", "manual"])
    }

    /// Runs one tmux command against this server; throws with its output if it fails
    /// or takes more than `limit` seconds.
    @discardableResult
    public func run(_ args: [String], limit: Int = 15) throws -> String {
        let outFile = dir.appendingPathComponent("tmux-out-\(TmuxServer.counter.next())").path
        defer { try? FileManager.default.removeItem(atPath: outFile) }
        let words = ["timeout", "-k", "2", "\(limit)", "tmux", "-f", "/dev/null", "-L", socket] + args
        let command =
            words.map(TmuxServer.quote).joined(separator: " ")
            + " > \(TmuxServer.quote(outFile)) 2>&1 < /dev/null"
        let status = system(command)
        let text = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxError("tmux \(args.joined(separator: " ")) (status \(status)): \(text)") }
        return text
    }

    /// Kills the pane's processes, then the server. Safe to call twice.
    public func stop() {
        if stopped { return }
        stopped = true
        // The server can outlive kill-server while its pane's program is alive, so the
        // pane's processes go first and the server is checked for afterwards.
        let server = pid_t(format("#{pid}")) ?? 0
        if let shell = pid_t(format("#{pane_pid}")) {
            for child in TmuxServer.children(of: shell) { kill(child, SIGKILL) }
            kill(shell, SIGKILL)
        }
        _ = try? run(["kill-server"], limit: 5)
        if server > 0 { kill(server, SIGKILL) }
        try? FileManager.default.removeItem(at: dir)
    }

    public static func children(of pid: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    public func screen(colour: Bool = false) -> String {
        (try? run(["capture-pane", "-p", "-t", target] + (colour ? ["-e"] : []))) ?? ""
    }

    public func keys(_ keys: [String]) throws { try run(["send-keys", "-t", target] + keys) }

    /// Literal text, typed as the operator would.
    public func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

    public func format(_ f: String) -> String {
        ((try? run(["display-message", "-p", "-t", target, f])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first process the pane's shell started, if any.
    public var programPID: pid_t? {
        pid_t(format("#{pane_pid}")).flatMap { TmuxServer.children(of: $0).first }
    }

    /// Polls the screen until `predicate` holds; returns the screen, or nil on timeout.
    @discardableResult
    public func waitFor(timeout: Double = 10, colour: Bool = false, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let s = screen(colour: colour)
            if predicate(s) { return s }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}

public final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    public init() {}
    public func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// The built `plenary` binary of this package, if it is built.
public enum PlenaryBinary {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static var path: String? {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [
            root.appendingPathComponent(".build/debug/plenary"), here.appendingPathComponent("plenary"),
            here.deletingLastPathComponent().appendingPathComponent("plenary"),
        ]
        .map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static let missing =
        "the plenary binary is not built at .build/debug/plenary: run `swift build` (or "
        + "`swift test`, which builds it) first"
}
