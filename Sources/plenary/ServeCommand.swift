import ArgumentParser
import Glibc
import PlenaryCore
import PlenaryServe
import PlenarySystem
import PlenaryView

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "The room sees it over the network: the speaker's clock, the chair's figures and the list in a browser.",
        discussion: """
            A read-only web server that follows the journal exactly as `plenary display` does \
            (it never writes to it). Pages: /speaker (add ?freeze=1 to stop at 0:00), /chair, \
            /list, /report. It listens on 127.0.0.1 unless --bind names another address, such as \
            the laptop's address on the room's network (--bind 0.0.0.0:8080 for every address). \
            PLENARY_CLOCK_RATE=N (tests, rehearsals) must match the console's.
            """)

    @Argument(
        help: """
            The session journal, or the registration file whose journal to follow. \
            Default: the default session's journal, as for `plenary run`.
            """,
        completion: .journalOrRegistration)
    var journal: String?

    @Option(help: "Where to listen: ADDRESS:PORT, ADDRESS or :PORT (default 127.0.0.1:8080).")
    var bind: String = "127.0.0.1:8080"

    @Option(help: "Language of the pages: en or fr.")
    var lang: Language = .english

    func validate() throws {
        guard Self.address(bind) != nil else {
            throw ValidationError("--bind wants ADDRESS:PORT, such as 0.0.0.0:8080.")
        }
    }

    /// `ADDRESS:PORT`, `ADDRESS` or `:PORT`, with 127.0.0.1 and 8080 for what is left out.
    static func address(_ text: String) -> WebServerConfig? {
        guard let colon = text.lastIndex(of: ":") else { return text.isEmpty ? nil : WebServerConfig(host: text) }
        let host = String(text[..<colon])
        guard let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        return WebServerConfig(host: host.isEmpty ? "127.0.0.1" : host, port: port)
    }

    func run() throws {
        let rate = try ClockOverrides.fromEnvironment(Environment()).rate
        let path = DisplayCommand.journalPath(journal)
        let config = Self.address(bind)!
        // The server is its own binary beside this one: the HTTP framework brings
        // Foundation and ICU, which the console must not load (LinkageTests).
        let server = Self.serverBinary()
        // A registration file (the journal is the one beside it): the server reads its
        // statement lengths for P(on time), as the console does.
        let registration = journal.flatMap { DisplayCommand.journalPath($0) != $0 ? $0 : nil }
        let args =
            [server, path, config.host, "\(config.port)", lang.rawValue, "\(rate)"] + (registration.map { [$0] } ?? [])
        var cargs = args.map { strdup($0) } + [nil]
        execv(server, &cargs)
        throw CommandFailure(.fileAccess, "plenary serve: cannot run \(server): \(String(cString: strerror(errno)))")
    }

    /// `plenary-serve` in this binary's directory (the build's, or the installed one's).
    static func serverBinary() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let exe = n > 0 ? String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "plenary"
        let dir = exe.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (dir.isEmpty ? "." : dir) + "/plenary-serve"
    }
}
