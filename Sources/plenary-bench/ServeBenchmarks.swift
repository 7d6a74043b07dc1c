// Benchmarks of `plenary serve` (issue 17) as the room uses it: the release `plenary run`
// in tmux writing the journal, the release `plenary serve` following it on loopback, a
// real headless Chromium on /speaker, and plain sockets as many more event streams.
// Keys at the console go through tmux's control client (`LiveConsole`); every instant is
// CLOCK_REALTIME (the browser's `Date.now()`; the console's frame log is moved onto it).
import Foundation
import PlenaryServe
import PlenaryTestSupport
import PlenaryView

enum ServeBenchmarks {
    /// How long each part runs; `--quick` keeps the whole section under a minute.
    struct Lengths {
        var idleSeconds: Double
        var keys: Int
        var pageSeconds: Double
        var followKeys: Int
        var clients: Int

        static func of(quick: Bool) -> Lengths {
            quick
                ? Lengths(idleSeconds: 4, keys: 20, pageSeconds: 6, followKeys: 10, clients: 500)
                : Lengths(idleSeconds: 30, keys: 120, pageSeconds: 60, followKeys: 60, clients: 500)
        }
    }

    static func run(_ report: Report, _ setup: LiveConsole.Setup, quick: Bool) throws {
        guard Chromium.path != nil else {
            print("serve: chromium is not installed (apt-get install chromium); skipped")
            return
        }
        let lengths = Lengths.of(quick: quick)
        progress("starting, \(Machine.load)")
        let c = try LiveConsole(setup, name: "serve")
        let journal = setup.dir + "/serve.journal"
        _ = c.waitForScreen { $0.contains("Segment") }
        var sent: [Int64] = []
        for key in LiveConsole.toFirstSpeaker {
            sent.append(try c.send(key))
            Thread.sleep(forTimeInterval: 0.3)
        }
        guard c.waitForScreen({ $0.contains(Strings.english.speaking) }) != nil else {
            print("serve: the console's speaker is not speaking; skipped")
            return
        }
        let server = try ServeProcess(setup.binary, journal: journal, dir: setup.dir)
        defer { server.stop() }
        Thread.sleep(forTimeInterval: 1)
        progress("the server alone for \(Int(lengths.idleSeconds)) s")
        let idle = server.measure(seconds: lengths.idleSeconds)
        let toRealtime = realtimeNow() - FrameLogEntry.now()
        let browser = try toBrowser(c, server, lengths, toRealtime: toRealtime, sent: &sent)
        let streams = try toStreams(c, server, lengths, toRealtime: toRealtime, sent: &sent)
        let log = try c.quit()
        progress("measured, \(Machine.load)")

        // The console's frame log: when each key's record was durable (the first keys
        // reached the speaker; the next ones are the browser's; the last is the quit's q).
        let durable = log.filter { $0.cause == "k" }.map { $0.keyHandled + toRealtime }
        if durable.count < sent.count { print("serve: \(sent.count) keys sent, \(durable.count) key frames logged") }
        reportLatency(
            report, lengths: lengths, idle: idle, browser: browser,
            durable: Array(durable.dropFirst(LiveConsole.toFirstSpeaker.count).prefix(browser.keys.count)))
        reportStreams(report, lengths: lengths, streams)
        try snapshotCost(report, journal: journal, quick: quick)
    }

    /// What the browser run saw: the keys, the DOM's changes, a loopback stream's
    /// snapshots beside it, and the page's CPU.
    struct BrowserRun {
        var keys: [Key]
        var seen: [Timed]
        var beside: [EventStreamClients.Arrival]
        var page: PageCPU
    }

    /// Key → DOM: one browser on /speaker and one raw event stream beside it, then `p`
    /// (pause, resume, ...) at irregular intervals so the keys fall anywhere in the
    /// server's poll; then the page's own CPU while its clock runs and nobody presses.
    static func toBrowser(
        _ c: LiveConsole, _ server: ServeProcess, _ lengths: Lengths, toRealtime: Int64, sent: inout [Int64]
    ) throws -> BrowserRun {
        let browser = try DevTools(url: server.base + "/speaker", dir: c.server.dir.path)
        defer { browser.close() }
        try browser.waitFor("document.getElementById('word')?.textContent === \(quoted(Strings.english.speaking))")
        _ = try browser.evaluate(observer)
        let beside = try EventStreamClients(port: server.port, count: 1)
        beside.start()
        Thread.sleep(forTimeInterval: 1.5)
        progress("\(lengths.keys) keys, the browser watching")
        let keys = try press(c, lengths.keys, toRealtime: toRealtime, sent: &sent) { Double.random(in: 0.4...0.7) }
        Thread.sleep(forTimeInterval: 1)
        let seen = try domChanges(browser)
        let arrivals = beside.stop().arrivals[0]
        if keys.last?.pauses == true {
            sent.append(try c.send("p"))
            Thread.sleep(forTimeInterval: 1)
        }
        progress("the page's CPU for \(Int(lengths.pageSeconds)) s")
        let page = try pageCPU(browser, seconds: lengths.pageSeconds)
        return BrowserRun(keys: keys, seen: seen, beside: arrivals, page: page)
    }

    /// What the many streams saw, and the server's usage meanwhile.
    struct StreamsRun {
        var connected: ServeProcess.Usage
        var following: ServeProcess.Usage
        var keys: [Key]
        var arrivals: [[EventStreamClients.Arrival]]
        var stillOpen: Int
        var peak: Double
        /// This bench's own CPU while it read them.
        var reader: Double
    }

    /// Many event streams: connected and idle, then following a key every second.
    static func toStreams(
        _ c: LiveConsole, _ server: ServeProcess, _ lengths: Lengths, toRealtime: Int64, sent: inout [Int64]
    ) throws -> StreamsRun {
        progress("\(lengths.clients) event streams, idle then following \(lengths.followKeys) keys")
        let many = try EventStreamClients(port: server.port, count: lengths.clients)
        many.start()
        Thread.sleep(forTimeInterval: 3)
        let connected = server.measure(seconds: lengths.idleSeconds)
        let cpuFrom = ProcStat.cpuSeconds(server.pid)
        let benchFrom = ProcStat.cpuSeconds(getpid())
        let from = realtimeNow()
        let keys = try press(c, lengths.followKeys, toRealtime: toRealtime, sent: &sent) {
            1 + Double.random(in: 0..<0.1)
        }
        let following = server.usage(cpuFrom: cpuFrom, from: from)
        let reader = ProcStat.cpuSeconds(getpid()) - benchFrom
        Thread.sleep(forTimeInterval: 1.5)
        let stillOpen = many.open
        return StreamsRun(
            connected: connected, following: following, keys: keys, arrivals: many.stop().arrivals,
            stillOpen: stillOpen, peak: ProcStat.megabytes(server.pid, "VmHWM"), reader: reader)
    }

    /// `count` presses of `p`, `gap()` seconds apart: key k (from 0) pauses when k is even
    /// and resumes when odd (the speaker speaks when they start).
    static func press(
        _ c: LiveConsole, _ count: Int, toRealtime: Int64, sent: inout [Int64], gap: () -> Double
    ) throws -> [Key] {
        var keys: [Key] = []
        for k in 0..<count {
            let at = try c.send("p")
            sent.append(at)
            keys.append(Key(at: at + toRealtime, pauses: k % 2 == 0))
            Thread.sleep(forTimeInterval: gap())
        }
        return keys
    }

    /// Watches the speaker's stage word from outside the page: each change and when
    /// (`Date.now()`, ms). Added through DevTools; the served page has no such code.
    static let observer = """
        (function () {
          var word = document.getElementById('word'), last = word.textContent;
          window.plenaryBenchSeen = [];
          new MutationObserver(function () {
            if (word.textContent !== last) {
              last = word.textContent;
              window.plenaryBenchSeen.push([Date.now(), last]);
            }
          }).observe(word, { childList: true, characterData: true, subtree: true });
          return true;
        })()
        """

    /// What the section is doing now (a full run takes minutes).
    static func progress(_ text: String) {
        print("serve: \(text)")
        fflush(nil)
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "\\'") + "'" }

    /// The observer's record: (CLOCK_REALTIME ns, word).
    static func domChanges(_ browser: DevTools) throws -> [Timed] {
        let raw = try browser.evaluate("window.plenaryBenchSeen") as? [[Any]] ?? []
        return raw.compactMap { pair in
            guard pair.count == 2, let ms = pair[0] as? Double, let word = pair[1] as? String else { return nil }
            return (Int64(ms * 1e6), word)
        }
    }

    /// One `p` at the console, when it was sent (CLOCK_REALTIME ns), and whether it
    /// paused the speaker or resumed (after which the word is the stage's: SPEAKING,
    /// WRAP UP... as the speaker's time runs on).
    struct Key {
        var at: Int64
        var pauses: Bool
    }

    /// A word shown or sent, and when (CLOCK_REALTIME ns).
    typealias Timed = (at: Int64, word: String)

    /// For each key, the first arrival after it that shows what it did; nil if none.
    /// (The observer's times are whole milliseconds, hence the millisecond allowed before.)
    static func latencies(_ keys: [Key], _ arrivals: [Timed]) -> [Double?] {
        keys.map { key in
            arrivals.first { $0.at >= key.at - 1_000_000 && ($0.word == Strings.english.paused) == key.pauses }
                .map { Double($0.at - key.at) / 1e9 }
        }
    }

    struct PageCPU {
        var seconds: Double
        var taskDuration: Double
        var scriptDuration: Double
        var renderer: Double
        var browserTree: Double
        var processes: Int
    }

    /// Over `seconds` of a running clock: the page's main-thread task time
    /// (`Performance.getMetrics` TaskDuration), and the CPU of its renderer process and of
    /// every Chromium process, from /proc.
    static func pageCPU(_ browser: DevTools, seconds: Double) throws -> PageCPU {
        try browser.call("Performance.enable")
        let tree = ProcStat.tree(browser.browser.pid)
        let renderers = tree.filter { $0.command.contains("--type=renderer") }.map(\.pid)
        func cpu(_ pids: [pid_t]) -> Double { pids.map(ProcStat.cpuSeconds).filter { !$0.isNaN }.reduce(0, +) }
        let before = try browser.metrics()
        let rendererBefore = cpu(renderers)
        let treeBefore = cpu(tree.map(\.pid))
        let from = realtimeNow()
        Thread.sleep(forTimeInterval: seconds)
        let after = try browser.metrics()
        let elapsed = Double(realtimeNow() - from) / 1e9
        func delta(_ name: String) -> Double { (after[name] ?? .nan) - (before[name] ?? .nan) }
        return PageCPU(
            seconds: elapsed, taskDuration: delta("TaskDuration"), scriptDuration: delta("ScriptDuration"),
            renderer: cpu(renderers) - rendererBefore, browserTree: cpu(tree.map(\.pid)) - treeBefore,
            processes: tree.count)
    }

    static func percent(_ cpu: Double, of seconds: Double) -> String { String(format: "%.2f %%", cpu / seconds * 100) }
}
