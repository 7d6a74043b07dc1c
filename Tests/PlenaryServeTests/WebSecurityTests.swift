// The server over real HTTP on loopback, spoken to byte for byte (a raw socket, so the
// requests are exactly the hostile ones: no client tidies a path or drops a method).
import Foundation
import Glibc
import PlenaryCore
import PlenarySystem
import PlenaryTestSupport
import Testing

/// The real `plenary-serve` on an ephemeral loopback port, following a journal whose
/// first speaker has a hostile name and has the floor. A process of its own, so the
/// tests' blocking calls never hold the threads it answers on.
final class LoopbackServer: Sendable {
    static let hostile = "<script>alert(1)</script>\u{1b}[2J\u{7}Ruritania & \"Co\" 'x'"
    let port: Int
    let process: Process
    let dir: URL

    init() async throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-serve-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let journal = dir.appendingPathComponent("s.journal").path
        var speakers = DefaultSession.speakers
        speakers[0].delegation = Self.hostile
        var store = try SessionStore.open(
            plan: DefaultSession.plan, speakers: speakers, path: journal, rehearsal: false)
        // As the console does: decide, persist, then record.
        for c in [Command.openSession, .startNextSegment, .giveFloor] {
            let events = try store.session.decide(c, at: SessionClock(anchor: store.anchor).now()).get()
            try store.journal.persist(events)
            store.session.record(events)
        }
        let bin = try #require(PlenaryBinary.path, "\(PlenaryBinary.missing)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: bin).deletingLastPathComponent()
            .appendingPathComponent("plenary-serve")
        process.arguments = [journal, "127.0.0.1", "0", "en", "1"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = out.fileHandleForReading
        // The port it bound, from the addresses it prints.
        let printed = try await Self.offPool { () -> String in
            var text = ""
            while !text.contains("/report") {
                let data = handle.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            return text
        }
        let match = try #require(printed.firstMatch(of: /127\.0\.0\.1:(\d+)\//), "no address in \(printed)")
        port = try #require(Int(match.1))
    }

    func stop() async {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs blocking socket and browser calls on a thread of their own.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            Thread { c.resume(with: Result { try work() }) }.start()
        }
    }

    func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await Self.offPool(work)
    }

    /// Sends `request` as it is and reads the answer until the server closes or
    /// `timeout` passes.
    func exchange(_ request: String, timeout: Double = 30) throws -> String {
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
        let beat = try await server.offPool { server.read(fd, timeout: 10) { $0.contains("event: beat") } }
        #expect(beat.contains("data: {\"now\":"))
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
        try await Task.sleep(for: .seconds(2))  // heartbeats pile up for the unread stream
        #expect(status(try await server.get("/chair")) == 200)
        await server.stop()
    }
}
