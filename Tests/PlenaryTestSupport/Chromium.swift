// Debian's headless Chromium, for the tests that check a page as a browser shows it:
// the DOM after the page's script ran. One runner, so every browser test starts it
// the same way and is bounded the same way.
import Foundation

public enum Chromium {
    /// The browser, if installed.
    public static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "chromium is not installed: apt-get install chromium" }
    }

    /// The page's DOM once loaded and its script has run. `virtualTimeBudget` (ms) runs
    /// the page's timers at once, for pages with no fetch left pending.
    public static func dom(_ url: String, virtualTimeBudget: Int? = nil) throws -> String {
        guard let path else { throw Missing() }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-chromium-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-dev-shm-usage", "--user-data-dir=\(profile.path)",
            ] + (virtualTimeBudget.map { ["--virtual-time-budget=\($0)"] } ?? []) + ["--dump-dom", url]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Bounded: a browser that hangs fails the test instead of the run.
        let killer = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        killer.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// The DOM of `url` once `predicate` holds, trying again for up to `timeout` seconds.
    public static func dom(_ url: String, timeout: Double = 20, until predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try dom(url)
            if predicate(last) { return last }
        }
        return last
    }
}
