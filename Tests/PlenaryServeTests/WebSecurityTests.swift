// The server over real HTTP on loopback, spoken to byte for byte (a raw socket, so the
// requests are exactly the hostile ones: no client tidies a path or drops a method).
import Foundation
import Glibc
import Testing

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
