// The console under test: the real `plenary run` in a private tmux server (see
// PlenaryTestSupport.TmuxServer for the rules that keep it from hanging). Send keys,
// read the screen, poll for text with a timeout (never an exact sleep); the server is
// always killed at the end.
import Foundation
import PlenaryTestSupport
import Testing

enum Binary {
    static var tmuxAvailable: Bool { TmuxServer.available }
}

final class Tmux {
    let server: TmuxServer
    var dir: URL { server.dir }

    /// Starts `plenary run ARGS` in a new detached session of `width` × `height`.
    /// Before and after the program, the shell saves `stty -g`; after it, it prints
    /// EXIT:<status> and what the program wrote to standard error.
    init(
        width: Int = 80, height: Int = 24, env: [String: String] = [:], args: [String] = [],
        command: String = "run"
    ) throws {
        server = try TmuxServer(prefix: "plenary-e2e", target: "plenary-e2e")
        guard let bin = PlenaryBinary.path else { throw TmuxError(PlenaryBinary.missing) }
        var environment = [
            "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no",
            "PLENARY_CLOCK_START": "2023-12-08T11:29:50+01:00",
        ]
        environment.merge(env) { $1 }
        // An empty value removes a default (the display's tests run without PLENARY_CLOCK_START).
        environment = environment.filter { !$0.value.isEmpty }
        // The locale is the test's alone: every inherited locale variable is unset in the
        // pane, and only the chosen ones exported (LANG="" leaves none at all).
        let locale = environment.filter { Tmux.localeVariables.contains($0.key) }
        environment = environment.filter { !Tmux.localeVariables.contains($0.key) }
        // Each console gets its own journal, so no test resumes another's session.
        let journal =
            command != "run" || args.contains("--journal")
            ? []
            : ["--journal", dir.appendingPathComponent("console.journal").path]
        let quoted = ([bin, command] + journal + args).map(TmuxServer.quote).joined(separator: " ")
        let d = dir.path
        // tmux sets TERM in the pane itself; a chosen TERM is exported inside it.
        var term = env["TERM"].map { "TERM=\(TmuxServer.quote($0)); export TERM; " } ?? ""
        // The pane inherits the test runner's environment; only a chosen NO_COLOR counts.
        if env["NO_COLOR"] == nil { term += "unset NO_COLOR; " }
        term += "unset \(Tmux.localeVariables.joined(separator: " ")); "
        term += locale.sorted { $0.key < $1.key }.map { "export \($0.key)=\(TmuxServer.quote($0.value)); " }.joined()
        let script =
            term + "stty -g > \(d)/before; \(quoted) 2> \(d)/stderr; echo EXIT:$?; stty -g > \(d)/after; "
            + "cat \(d)/stderr; sleep 600"
        try server.start(width: width, height: height, env: environment, script: script)
    }

    /// The variables that choose a locale.
    static let localeVariables = [
        "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC",
        "LC_TIME",
    ]

    deinit { server.stop() }

    var programPID: pid_t? { server.programPID }

    func screen(colour: Bool = false) -> String { server.screen(colour: colour) }

    func keys(_ keys: String...) throws { try server.keys(keys) }

    /// Literal text, typed as the operator would.
    func type(_ text: String) throws { try server.type(text) }

    func resize(_ width: Int, _ height: Int) throws {
        try server.run(["resize-window", "-t", server.target, "-x", "\(width)", "-y", "\(height)"])
    }

    func format(_ f: String) -> String { server.format(f) }

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
        server.waitFor(timeout: timeout, colour: colour, predicate)
    }

    /// Opens the session and starts Segment I after the chair's opening, as the operator
    /// does: `g y` twice (upper case with Caps Lock on).
    func openFirstSegment(capsLock: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (next, yes) = capsLock ? ("G", "Y") : ("g", "y")
        expectText("SESSION NOT OPENED", sourceLocation: sourceLocation)
        try keys(next)
        expectText("Move on to opening by the chair?", sourceLocation: sourceLocation)
        try keys(yes)
        expectText("OPENING BY THE CHAIR", sourceLocation: sourceLocation)
        try keys(next)
        expectText("Move on to Segment I?", sourceLocation: sourceLocation)
        try keys(yes)
        expectText("FLOOR FREE", sourceLocation: sourceLocation)
    }

    /// Opens the session, starts Segment I after the chair's opening and gives the floor
    /// to the first speaker, as the operator does.
    func startSpeaking(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try openFirstSegment(sourceLocation: sourceLocation)
        try keys("Space")
        expectText("SPEAKING", sourceLocation: sourceLocation)
    }

    /// Quits the console as the operator does (q, then y) and returns the screen
    /// once the shell has printed the exit status.
    @discardableResult
    func quit(sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        try keys("q")
        expectText("Quit the console?", sourceLocation: sourceLocation)
        try keys("y")
        return expectText("EXIT:0", sourceLocation: sourceLocation)
    }

    /// Waits for `text` on screen; records an issue with the last screen if it never comes.
    @discardableResult
    func expectText(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation)
        -> String?
    {
        let found = waitFor(timeout: timeout) { $0.contains(text) }
        if found == nil {
            Issue.record(
                "\"\(text)\" never appeared; screen:\n\(screen())\nstderr: \(file("stderr"))",
                sourceLocation: sourceLocation)
        }
        return found
    }
}
