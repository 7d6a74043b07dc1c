import ArgumentParser
import Dispatch
import Glibc
import PlenaryCore
import PlenaryServe
import PlenarySystem
import PlenaryView
import Synchronization

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
        let language = lang
        let hub = ServeHub()
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            let app = WebServer.application(config, hub: hub) { port in
                Self.printAddresses(host: config.host, port: port, journal: path, language: language)
            }
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    do { try await app.runService() } catch { failure.error.withLock { $0 = "\(error)" } }
                }
                group.addTask {
                    let follower = JournalFollower(path: path)
                    await ServeLoop.run(hub: hub, language: language, rate: rate) {
                        let changed = follower.poll()
                        let (source, now) = DisplayCommand.frame(follower.state, requested: path, rate: rate)
                        var session: Session?
                        if case .following(let f) = follower.state { session = f.session }
                        return ServeFrame(source: source, now: now, session: session, changed: changed)
                    }
                }
                // The server stopping (a signal, a failure to bind) ends the follower too.
                await group.next()
                group.cancelAll()
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error.withLock({ $0 }) {
            throw CommandFailure(.fileAccess, "plenary serve could not listen on \(bind): \(error)")
        }
    }

    static func printAddresses(host: String, port: Int, journal: String, language: Language) {
        let w = WebStrings.of(language)
        let shown = host == "0.0.0.0" || host == "::" ? "THIS-MACHINE'S-ADDRESS" : host
        var out = "plenary serve: following \(journal)\n\(w.open)\n"
        for page in WebPage.allCases { out += "  http://\(shown):\(port)/\(page.rawValue)\n" }
        if host == "127.0.0.1" || host == "localhost" {
            out += "(only this machine: --bind ADDRESS:PORT to reach it from the room's network)\n"
        }
        print(out, terminator: "")
        fflush(nil)  // the addresses, at once, even into a pipe
    }
}

/// Why the server stopped, if it failed (set by its task, read when it is over).
final class ServeFailure: Sendable {
    let error = Mutex<String?>(nil)
}
