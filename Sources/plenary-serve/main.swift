// The server `plenary serve` runs: `plenary serve` checks the command line and execs
// this with JOURNAL HOST PORT LANG RATE [REGISTRATION], so the console's binary never
// loads the HTTP framework's Foundation and ICU. Follows the journal as `plenary display`
// does (`JournalFollower`, `RoomFrame`) and never writes to it. A registration file, when
// `plenary serve` was given one, is read only for its statement lengths (`words`), which
// the console's P(on time) uses too.
import Dispatch
import Glibc
import PlenaryCore
import PlenaryFormats
import PlenaryServe
import PlenarySystem
import PlenaryView
import PlenaryWebServer
import Synchronization

let arguments = CommandLine.arguments
guard arguments.count == 6 || arguments.count == 7, let port = Int(arguments[3]),
    let language = Language(rawValue: arguments[4]),
    let rate = Double(arguments[5])
else {
    complain("plenary-serve is run by `plenary serve`; see `plenary serve --help`.\n")
    exit(64)
}
let path = arguments[1]
let config = WebServerConfig(host: arguments[2], port: port)
let words = arguments.count == 7 ? ((try? RegistrationFile.load(arguments[6]))?.words ?? [:]) : [:]

/// One line on standard error.
func complain(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

/// Why the server stopped, if it failed (set by its task, read when it is over).
final class ServeFailure: Sendable {
    let error = Mutex<String?>(nil)
}

@Sendable func printAddresses(_ config: WebServerConfig, port: Int, path: String, language: Language) {
    let w = WebStrings.of(language)
    let host = config.host
    let shown = host == "0.0.0.0" || host == "::" ? w.anyAddress : host
    var out = "plenary serve: \(DisplayStrings.of(language).following(path))\n\(w.open)\n"
    for page in WebPage.allCases { out += "  http://\(shown):\(port)/\(page.rawValue)\n" }
    if host == "127.0.0.1" || host == "localhost" {
        out += w.localOnly + "\n"
    }
    print(out, terminator: "")
    fflush(nil)  // the addresses, at once, even into a pipe
}

// SIGINT and SIGTERM end it at once: nothing is written, so nothing is left to finish,
// and an event stream (open for as long as a page is) must not hold a graceful stop.
let stopSignals = [SIGINT, SIGTERM, SIGHUP].map { signo -> any DispatchSourceSignal in
    signal(signo, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
    // Not the main actor's (top-level code's) closure: it runs on a global queue.
    source.setEventHandler { @Sendable in exit(0) }
    source.resume()
    return source
}

let hub = ServeHub()
let failure = ServeFailure()
let done = DispatchSemaphore(value: 0)
Task.detached {
    let app = WebServer.application(config, hub: hub) { [path, language] port in
        printAddresses(config, port: port, path: path, language: language)
    }
    await withTaskGroup(of: Void.self) { group in
        group.addTask {
            // Listen (and print the addresses) once the first snapshot is published, so
            // no page is ever asked for before there is something to show.
            while hub.pages == nil { try? await Task.sleep(for: .milliseconds(10)) }
            do { try await app.runService(gracefulShutdownSignals: []) } catch {
                failure.error.withLock { $0 = "\(error)" }
            }
        }
        group.addTask {
            let follower = JournalFollower(path: path)
            await ServeLoop.run(hub: hub, language: language, rate: rate, words: words) {
                let changed = follower.poll()
                let (source, now) = RoomFrame.of(follower.state, requested: path, rate: rate)
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
    complain("plenary: plenary serve could not listen on \(config.host):\(config.port): \(error)\n")
    exit(2)
}
