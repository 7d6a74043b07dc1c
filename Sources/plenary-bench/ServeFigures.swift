// The serve section's rows: what was measured, against issue 17's targets.
import Foundation
import PlenaryServe
import PlenarySystem

extension ServeBenchmarks {
    static func reportLatency(
        _ report: Report, lengths: Lengths, idle: ServeProcess.Usage, browser run: BrowserRun, durable: [Int64]
    ) {
        let keys = run.keys
        let page = run.page
        report.add(
            Row(
                what: "`plenary serve`, idle, no page open (\(Int(lengths.idleSeconds)) s)", figures: idle.text,
                target: "—", met: nil))
        let toDOM = latencies(keys, run.seen)
        let atSocket = latencies(keys, run.beside.map { ($0.at, $0.word) })
        var dom = Samples()
        for latency in toDOM.compactMap({ $0 }) { dom.add(latency) }
        let missing = toDOM.filter { $0 == nil }.count
        report.add(
            Row(
                what: "key at the console → DOM updated in headless Chromium (/speaker), journal poll included",
                figures: summary(dom, p99: true) + (missing > 0 ? "; \(missing) keys never shown" : ""),
                target: "p99 ≤ 250 ms", met: missing == 0 && dom.percentile(99) <= 0.25))
        // Where that time goes: the console, the server (its poll and the snapshot), the browser.
        var console = Samples()
        var server = Samples()
        var browser = Samples()
        for (i, key) in keys.enumerated() {
            guard i < durable.count, let socket = atSocket[i] else { continue }
            let durableAfter = Double(durable[i] - key.at) / 1e9
            console.add(durableAfter)
            server.add(socket - durableAfter)
            if let shown = toDOM[i] { browser.add(shown - socket) }
        }
        report.add(
            Row(
                what: "… of which: key → durable record (console)", figures: summary(console, p99: true),
                target: "—", met: nil))
        report.add(
            Row(
                what: "… durable record → snapshot at a loopback event stream's socket (server: poll, snapshot, send)",
                figures: summary(server, p99: true), target: "—", met: nil))
        report.add(
            Row(
                what: "… snapshot at a loopback socket → DOM updated (browser)", figures: summary(browser, p99: true),
                target: "—", met: nil))
        report.add(
            Row(
                what: "the page's CPU in headless Chromium, /speaker with a running clock (\(Int(page.seconds)) s)",
                figures: "main-thread tasks \(percent(page.taskDuration, of: page.seconds)) of one core "
                    + String(format: "(TaskDuration %.3f s, script %.3f s)", page.taskDuration, page.scriptDuration)
                    + "; renderer process \(percent(page.renderer, of: page.seconds)); "
                    + "all \(page.processes) Chromium processes \(percent(page.browserTree, of: page.seconds))",
                target: "—", met: nil))
    }

    static func reportStreams(
        _ report: Report, lengths: Lengths, _ run: StreamsRun
    ) {
        let (connected, following, followed) = (run.connected, run.following, run.keys)
        let (arrivals, stillOpen, peak, reader) = (run.arrivals, run.stillOpen, run.peak, run.reader)
        var all = Samples()
        var missing = 0
        var late = 0
        // Per key, the first and the last stream to have it: how long the fan-out took.
        var first = Array(repeating: Double.infinity, count: followed.count)
        var last = Array(repeating: -Double.infinity, count: followed.count)
        for client in arrivals {
            let mine = latencies(followed, client.map { ($0.at, $0.word) })
            missing += mine.filter { $0 == nil }.count
            for (k, latency) in mine.enumerated() {
                guard let latency else { continue }
                all.add(latency)
                if latency > 1 { late += 1 }
                first[k] = min(first[k], latency)
                last[k] = max(last[k], latency)
            }
        }
        var spread = Samples()
        for k in followed.indices where last[k] >= first[k] { spread.add(last[k] - first[k]) }
        let n = arrivals.count
        let perUpdate = (following.cpu - connected.cpu / connected.seconds * following.seconds) / Double(followed.count)
        report.add(
            Row(
                what: "\(n) event streams on loopback, a key every second: the update at each stream's socket "
                    + "(key to the kernel's receive time)",
                figures: summary(all, p99: true)
                    + "; \(late) late (> 1 s), \(missing) never; \(stillOpen) of \(n) streams open at the end; "
                    + "first to last stream, per key: \(summary(spread, p99: true))",
                target: "p99 ≤ 1 s", met: missing == 0 && all.percentile(99) <= 1 && stillOpen == n))
        report.add(
            Row(
                what: "`plenary serve`, \(n) streams open, nobody pressing (\(Int(lengths.idleSeconds)) s)",
                figures: connected.text, target: "—", met: nil))
        report.add(
            Row(
                what: "`plenary serve`, \(n) streams following a key every second (\(followed.count) keys)",
                figures: following.text
                    + String(
                        format: ", peak RSS %.1f MB (VmHWM); %.1f ms of CPU per update beyond the idle streams'; "
                            + "this bench reading the %d streams: %.2f %% of one core",
                        peak, perUpdate * 1e3, n, reader / following.seconds * 100),
                target: "—", met: nil))
    }

    /// The server's work for one change, in this process on the journal the run wrote: what
    /// the console would show (`RoomFrame`), both variants of the snapshot, and the report.
    static func snapshotCost(_ report: Report, journal: String, quick: Bool) throws {
        let follower = JournalFollower(path: journal)
        _ = follower.poll()
        guard case .following(let f) = follower.state else {
            print("serve: the run's journal is not readable; snapshot cost skipped")
            return
        }
        var checksum = 0
        var bytes = 0
        let samples = time(runs: quick ? 20 : 100) {
            let (source, now) = RoomFrame.of(follower.state, requested: journal, rate: 1)
            let frame = ServeFrame(source: source, now: now, session: f.session, changed: true)
            let html = ServeLoop.report(f.session, language: .english)
            let pages = ServeLoop.pages(frame, language: .english, rate: 1, report: html)
            checksum &+= pages.normal.utf8.count &+ pages.report.utf8.count
            bytes = pages.normal.utf8.count
        }
        if checksum == 0 { print("(no snapshot?)") }
        report.add(
            Row(
                what: "the server's work for one journal change (\(f.session.events.count) events: "
                    + "two snapshots and the report; a snapshot is \(bytes / 1024) kB)",
                figures: summary(samples, p99: true), target: "—", met: nil))
    }
}
