// A private tmux server running the real `plenary` binary: send keys, read the
// screen, poll for text with a timeout (never an exact sleep), always kill the
// server at the end.
import Foundation
import Testing

/// The built binary, next to this package's sources.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var path: String? {
        let candidate = root.appendingPathComponent(".build/debug/plenary").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static let missing = "the plenary binary is not built at .build/debug/plenary: run `swift build` (or `swift test`, which builds it) first"

    static var tmuxAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

final class Tmux {
    private static let counter = Counter()
    let socket: String
    let dir: URL
    let target = "plenary-e2e"

    /// Starts `plenary run ARGS` in a new detached session of `width` × `height`.
    /// Before and after the program, the shell saves `stty -g`; after it, it prints
    /// EXIT:<status> and what the program wrote to standard error.
    init(width: Int = 80, height: Int = 24, env: [String: String] = [:], args: [String] = []) throws {
        socket = "plenary-e2e-\(getpid())-\(Tmux.counter.next())"
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        guard let bin = Binary.path else { throw TmuxError(Binary.missing) }
        var environment = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no",
                           "PLENARY_CLOCK_START": "2023-12-08T11:29:50+01:00"]
        environment.merge(env) { $1 }
        let exports = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        // Each console gets its own journal, so no test resumes another's session.
        let journal = args.contains("--journal") ? [] : ["--journal", dir.appendingPathComponent("console.journal").path]
        let quoted = ([bin, "run"] + journal + args).map { "'\($0)'" }.joined(separator: " ")
        let d = dir.path
        // tmux sets TERM in the pane itself; a chosen TERM is exported inside it.
        var term = env["TERM"].map { "TERM=\(Tmux.quote($0)); export TERM; " } ?? ""
        // The pane inherits the test runner's environment; only a chosen NO_COLOR counts.
        if env["NO_COLOR"] == nil { term += "unset NO_COLOR; " }
        let script = term + "stty -g > \(d)/before; \(quoted) 2> \(d)/stderr; echo EXIT:$?; stty -g > \(d)/after; cat \(d)/stderr; sleep 600"
        try run(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"] + exports + ["sh", "-c", script])
        try run(["set-option", "-t", target, "window-size", "manual"])
    }

    deinit {
        // The server can outlive kill-server while its pane's program is alive, so the
        // pane's processes go first and the server is checked for afterwards.
        let server = pid_t(format("#{pid}")) ?? 0
        if let shell = pid_t(format("#{pane_pid}")) {
            for child in Tmux.children(of: shell) { kill(child, SIGKILL) }
            kill(shell, SIGKILL)
        }
        _ = try? run(["kill-server"])
        if server > 0 { kill(server, SIGKILL) }
        try? FileManager.default.removeItem(at: dir)
    }

    static func children(of pid: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    /// The plenary process running in the pane.
    var programPID: pid_t? {
        pid_t(format("#{pane_pid}")).flatMap { Tmux.children(of: $0).first }
    }

    /// Runs tmux through system(3). Foundation's Process waits on a descriptor that
    /// a freshly forked tmux server inherits, so it never sees `new-session` return.
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let outFile = dir.appendingPathComponent("tmux-out-\(Tmux.counter.next())").path
        defer { try? FileManager.default.removeItem(atPath: outFile) }
        let words = ["tmux", "-f", "/dev/null", "-L", socket] + args
        let command = words.map(Tmux.quote).joined(separator: " ") + " > \(Tmux.quote(outFile)) 2>&1 < /dev/null"
        let status = system(command)
        let text = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxError("tmux \(args.joined(separator: " ")): \(text)") }
        return text
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func screen(colour: Bool = false) -> String {
        (try? run(["capture-pane", "-p", "-t", target] + (colour ? ["-e"] : []))) ?? ""
    }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }

    /// Literal text, typed as the operator would.
    func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

    func resize(_ width: Int, _ height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    func format(_ f: String) -> String {
        ((try? run(["display-message", "-p", "-t", target, f])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func file(_ name: String) -> String {
        (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Polls a tmux format until it has `value`.
    func waitForFormat(_ f: String, _ value: String, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if format(f) == value { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Polls the screen until `predicate` holds; returns the screen, or nil on timeout.
    @discardableResult
    func waitFor(timeout: Double = 10, colour: Bool = false, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let s = screen(colour: colour)
            if predicate(s) { return s }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Waits for `text` on screen; records an issue with the last screen if it never comes.
    @discardableResult
    func expectText(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let found = waitFor(timeout: timeout) { $0.contains(text) }
        if found == nil {
            Issue.record("\"\(text)\" never appeared; screen:\n\(screen())\nstderr: \(file("stderr"))", sourceLocation: sourceLocation)
        }
        return found
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
