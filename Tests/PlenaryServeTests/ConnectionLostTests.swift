// The page in a real browser when the server's heartbeat stops: after 3 s it says the
// connection is lost. Headless Chromium's virtual time runs the page's 3 s at once; it
// stands still while a fetch is pending, so the page (and its script, as served) is
// opened from a file, where its event stream fails at once as a lost server's does.
import Foundation
import PlenaryTestSupport
import Testing

@Suite(.enabled(if: Chromium.path != nil, "chromium is not installed: apt-get install chromium"))
struct ConnectionLostTests {
    @Test func withoutAHeartbeatThePageSaysTheConnectionIsLost() async throws {
        let server = try await LoopbackServer()
        let page = try #require(body(try await server.get("/speaker")))
        let script = try #require(body(try await server.get("/app.js")))
        await server.stop()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-lost-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(page.replacingOccurrences(of: "src=\"/app.js\"", with: "src=\"app.js\"").utf8)
            .write(to: dir.appendingPathComponent("speaker.html"))
        try Data(script.utf8).write(to: dir.appendingPathComponent("app.js"))
        let url = dir.appendingPathComponent("speaker.html").absoluteString

        let fresh = try await server.offPool { try Chromium.dom(url, virtualTimeBudget: 1000) }
        // The speaker on the floor (not the stage word: on a loaded machine the limit may
        // pass between the server's start and the browser's reading).
        #expect(fresh.contains("Ruritania"))
        #expect(fresh.contains("<div id=\"band\" class=\"role-"))
        #expect(fresh.contains("<p id=\"connection\" role=\"status\" hidden=\"\"></p>"), "\(fresh)")
        let stale = try await server.offPool { try Chromium.dom(url, virtualTimeBudget: 4500) }
        #expect(stale.contains("<p id=\"connection\" role=\"status\">connection lost, reconnecting</p>"), "\(stale)")
    }

    /// The body of a whole HTTP response.
    func body(_ response: String) -> String? {
        response.range(of: "\r\n\r\n").map { String(response[$0.upperBound...]) }
    }
}
