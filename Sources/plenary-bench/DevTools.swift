// One headless Chromium on one page, spoken to over the Chrome DevTools Protocol through
// `--remote-debugging-pipe` (JSON messages ending in NUL on the browser's fds 3 and 4): no
// WebSocket client, no port. The bench uses it to watch a served page's DOM from outside
// (an observer added through `Runtime.evaluate`; the page itself has no bench code) and to
// read the page's own CPU (`Performance.getMetrics`).
import Foundation
import PlenaryTestSupport

final class DevTools {
    let browser: Spawned
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var nextID = 0
    private var pending: [UInt8] = []
    private let profile: String
    /// The page's DevTools session, once attached.
    private var session: String?
    private var closed = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts Chromium on `url` and attaches to its page.
    init(url: String, dir: String) throws {
        guard let path = Chromium.path else { throw Failure(description: "chromium is not installed") }
        profile = dir + "/chromium-profile"
        // Our ends close on exec; the browser's ends are moved above 10 first, so dup2 to
        // 3 and 4 never meets one of them.
        func pipeAbove10() -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            _ = pipe(&fds)
            let r = fcntl(fds[0], F_DUPFD_CLOEXEC, 10)
            let w = fcntl(fds[1], F_DUPFD_CLOEXEC, 10)
            Glibc.close(fds[0])
            Glibc.close(fds[1])
            return (r, w)
        }
        let commands = pipeAbove10()
        let replies = pipeAbove10()
        browser = try Spawned(
            path,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-dev-shm-usage", "--user-data-dir=\(profile)", "--remote-debugging-pipe", url,
            ], extra: [(commands.read, 3), (replies.write, 4)])
        Glibc.close(commands.read)
        Glibc.close(replies.write)
        toBrowser = commands.write
        fromBrowser = replies.read
        let targets = try call("Target.getTargets")
        let infos = (targets["targetInfos"] as? [[String: Any]]) ?? []
        guard let page = infos.first(where: { $0["type"] as? String == "page" })?["targetId"] as? String else {
            throw Failure(description: "chromium opened no page")
        }
        let attached = try call("Target.attachToTarget", ["targetId": page, "flatten": true])
        session = attached["sessionId"] as? String
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        _ = try? call("Browser.close", timeout: 3)
        browser.stop()
        Glibc.close(toBrowser)
        Glibc.close(fromBrowser)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Sends one command (to the page, once attached) and waits for its answer.
    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:], timeout: Double = 20) throws -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "\(method): the browser's pipe is closed") }
            sent += n
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            // Events and other answers come on the same pipe; only this answer matters here.
            while let end = pending.firstIndex(of: 0) {
                let text = Data(pending[..<end])
                pending.removeSubrange(...end)
                guard let reply = try JSONSerialization.jsonObject(with: text) as? [String: Any],
                    reply["id"] as? Int == id
                else { continue }
                if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure(description: "\(method): no answer in \(timeout) s") }
            var fd = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, Int32(left * 1000)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(fromBrowser, &chunk, chunk.count)
            guard n > 0 else { throw Failure(description: "\(method): the browser closed its pipe") }
            pending.append(contentsOf: chunk[..<n])
        }
    }

    /// The value of a JavaScript expression in the page (JSON-able values only).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let thrown = result["exceptionDetails"] { throw Failure(description: "\(expression): \(thrown)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Waits until `expression` is true in the page.
    func waitFor(_ expression: String, timeout: Double = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try evaluate(expression) as? Bool == true { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "the page never had \(expression)")
    }

    /// The page's metrics (`Performance.getMetrics`, `Performance.enable` first).
    func metrics() throws -> [String: Double] {
        let result = try call("Performance.getMetrics")
        var out: [String: Double] = [:]
        for m in (result["metrics"] as? [[String: Any]]) ?? [] {
            if let name = m["name"] as? String, let value = m["value"] as? Double { out[name] = value }
        }
        return out
    }
}
