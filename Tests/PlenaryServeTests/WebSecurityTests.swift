// The server over real HTTP on loopback, spoken to byte for byte (a raw socket, so the
// requests are exactly the hostile ones: no client tidies a path or drops a method).
import Foundation
import Glibc
import PlenaryCore
import PlenaryView
import PlenaryWebServer
import Testing

@testable import PlenaryServe

/// A server on an ephemeral loopback port, serving a session whose name is hostile.
final class LoopbackServer: Sendable {
    static let hostile = "<script>alert(1)</script>\u{1b}[2J\u{7}Ruritania & \"Co\" 'x'"
    let hub = ServeHub()
    let port: Int
    let task: Task<Void, any Error>

    init() async throws {
        var speakers = DefaultSession.speakers
        speakers[0].delegation = Self.hostile
        var session = Session(plan: DefaultSession.plan, speakers: speakers)
        let start = DefaultSession.plan.start
        for c in [Command.openSession, .startNextSegment, .giveFloor] { _ = session.handle(c, at: start) }
        let now = start + .seconds(10)
        hub.publish(
            ServeLoop.pages(
                ServeFrame(source: .live(session.state, rehearsal: false), now: now, session: session, changed: true),
                language: .english, rate: 1, report: ServeLoop.report(session, language: .english)))
        hub.mark(now: now.milliseconds, rate: 1)
        let ports = AsyncStream<Int>.makeStream()
        let app = WebServer.application(WebServerConfig(host: "127.0.0.1", port: 0), hub: hub) { port in
            ports.continuation.yield(port)
        }
        task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var bound = 0
        for await p in ports.stream {
            bound = p
            break
        }
        port = bound
    }

    func stop() async {
        hub.finish()
        task.cancel()
        _ = try? await task.value
    }

    /// Sends `request` as it is and reads the answer until the server closes or
    /// `timeout` passes.
    func exchange(_ request: String, timeout: Double = 5) throws -> String {
        let fd = try connected()
        defer { close(fd) }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may refuse before reading it all
            sent += n
        }
        return read(fd, timeout: timeout)
    }

    func connected() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(ok == 0, "could not connect to 127.0.0.1:\(port)")
        return fd
    }

    /// What arrives on `fd` until it closes or `timeout` passes.
    func read(_ fd: Int32, timeout: Double, until stop: (String) -> Bool = { _ in false }) -> String {
        var out: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) >= 0 else { break }
            if p.revents == 0 { continue }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            out += buffer[..<n]
            if stop(String(decoding: out, as: UTF8.self)) { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func get(_ target: String, method: String = "GET", headers: String = "") async throws -> String {
        let request = "\(method) \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\(headers)\r\n"
        return try await offPool { try self.exchange(request) }
    }

    /// Runs blocking socket calls on a thread of their own: the server's handlers run on
    /// Swift's cooperative pool, which a blocked test must not hold.
    func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            Thread { c.resume(with: Result { try work() }) }.start()
        }
    }
}

func status(_ response: String) -> Int? {
    response.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
}

@Suite(.serialized) struct WebSecurityTests {
    @Test func everyMethodButGetAndHeadIsRefused() async throws {
        let server = try await LoopbackServer()
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"] {
            let r = try await server.get("/speaker", method: method, headers: "Content-Length: 0\r\n")
            #expect(status(r) == 405, "\(method): \(r.prefix(80))")
            #expect(r.lowercased().contains("allow: get, head"), "\(method)")
        }
        let get = try await server.get("/speaker")
        #expect(status(get) == 200)
        let head = try await server.get("/speaker", method: "HEAD")
        #expect(status(head) == 200)
        #expect(!head.contains("<html"), "HEAD sends no body")
        await server.stop()
    }

    @Test func noPathReachesAFile() async throws {
        let server = try await LoopbackServer()
        for target in [
            "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/app.js/../../../etc/passwd",
            "//etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd", "/.%00./etc/passwd",
            "/speaker/../../etc/passwd",
        ] {
            let r = try await server.get(target)
            #expect(status(r) != 200, "\(target): \(r.prefix(120))")
            #expect(!r.contains("root:"), "\(target)")
        }
        await server.stop()
    }

    @Test func oversizedRequestsAreRefused() async throws {
        let server = try await LoopbackServer()
        let longTarget = "/speaker?" + String(repeating: "a", count: 5000)
        #expect(status(try await server.get(longTarget)) == 414)
        // Headers past the limit: refused (431 or 400) or the connection cut, never served.
        let big = try await server.get("/speaker", headers: "X-Padding: \(String(repeating: "b", count: 20000))\r\n")
        #expect(status(big) != 200, "\(big.prefix(120))")
        let body = try await server.get("/speaker", headers: "Content-Length: 5\r\n\r\nhello")
        #expect(status(body) == 413)
        // After all that, the server still answers.
        #expect(status(try await server.get("/list")) == 200)
        await server.stop()
    }

    @Test func aHostileNameIsEscapedAndCleanedOnEveryPage() async throws {
        let server = try await LoopbackServer()
        for page in ["/speaker", "/chair", "/list", "/report"] {
            let r = try await server.get(page)
            #expect(status(r) == 200, "\(page)")
            #expect(!r.contains("<script>alert"), "\(page) carries the name as markup")
            #expect(!r.contains("\u{1b}") && !r.contains("\u{7}"), "\(page) carries control characters")
            #expect(r.contains("Ruritania"), "\(page) lost the name")
            #expect(r.contains("Content-Security-Policy: default-src 'none'"), "\(page)")
        }
        let list = try await server.get("/list")
        #expect(list.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
        #expect(try await server.get("/app.js").contains("textContent"))
        await server.stop()
    }

    @Test func theEventStreamSendsTheSnapshotThenHeartbeats() async throws {
        let server = try await LoopbackServer()
        let fd = try server.connected()
        defer { close(fd) }
        let request = "GET /events HTTP/1.1\r\nHost: x\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        let first = try await server.offPool { server.read(fd, timeout: 5) { $0.contains("\"word\":\"SPEAKING\"") } }
        #expect(first.contains("text/event-stream"))
        #expect(first.contains("\"word\":\"SPEAKING\""))
        #expect(server.hub.subscriberCount == 1)
        server.hub.beat(now: 42)
        let beat = try await server.offPool { server.read(fd, timeout: 5) { $0.contains("data: {\"now\":42}") } }
        #expect(beat.contains("event: beat"))
        await server.stop()
    }

    @Test func aStalledClientDoesNotHoldOthersBack() async throws {
        let server = try await LoopbackServer()
        // Half a request, never finished, and an event stream never read.
        let stalled = try server.connected()
        defer { close(stalled) }
        _ = "GET /speaker HTTP/1.1\r\nHost:".withCString { send(stalled, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        let unread = try server.connected()
        defer { close(unread) }
        _ = "GET /events HTTP/1.1\r\nHost: x\r\n\r\n".withCString { send(unread, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        for n in 0..<200 { server.hub.beat(now: Int64(n)) }
        #expect(status(try await server.get("/chair")) == 200)
        await server.stop()
    }
}
