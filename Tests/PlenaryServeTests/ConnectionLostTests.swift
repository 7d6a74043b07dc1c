// The page in a real browser when the server's heartbeat stops: after 3 s it says the
// connection is lost. Headless Chromium's virtual time runs the page's 3 s at once; it
// stands still while a fetch is pending, so the page (and its script, as served) is
// opened from a file, where its event stream fails at once as a lost server's does.
import Foundation
import Testing

/// Debian's chromium, if installed.
let chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

@Suite(.enabled(if: chromiumPath != nil, "chromium is not installed: apt-get install chromium"))
struct ConnectionLostTests {
    func dom(_ url: String, budget: Int) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-chromium-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(chromiumPath))
        p.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-dev-shm-usage", "--user-data-dir=\(profile.path)", "--virtual-time-budget=\(budget)",
            "--dump-dom", url,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let killer = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        killer.cancel()
        return String(decoding: data, as: UTF8.self)
    }

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

        let fresh = try await server.offPool { try dom(url, budget: 1000) }
        #expect(fresh.contains("SPEAKING"))
        #expect(fresh.contains("<p id=\"connection\" role=\"status\" hidden=\"\"></p>"), "\(fresh)")
        let stale = try await server.offPool { try dom(url, budget: 4500) }
        #expect(stale.contains("<p id=\"connection\" role=\"status\">connection lost, reconnecting</p>"), "\(stale)")
    }

    /// The body of a whole HTTP response.
    func body(_ response: String) -> String? {
        response.range(of: "\r\n\r\n").map { String(response[$0.upperBound...]) }
    }
}
