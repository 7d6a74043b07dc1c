// Benchmarks of the real console: the release `plenary run` in a private tmux server,
// keys sent through a tmux control-mode client (no process start per key), and the
// console's own frame log (PLENARY_FRAME_LOG) for when frames and keys happened.
// Everything is CLOCK_BOOTTIME, the clock the console itself counts with.
import Foundation
import PlenaryTestSupport

enum LiveBenchmarks {
    /// `listsOnly`: just the CPU at three list lengths (`--only lists`).
    static func run(_ report: Report, dir: String, seconds: Int, quick: Bool, listsOnly: Bool = false) throws {
        guard let console = LiveConsole.Setup.beside(dir: dir, section: "live") else { return }
        if listsOnly { return try listLengths(report, console, seconds: seconds) }
        try startUp(report, console)
        try timedSpeaker(report, console, seconds: seconds)
        try listLengths(report, console, seconds: seconds)
        try acceleratedSession(report, console, realSeconds: quick ? 20 : 90)
    }

    /// Exec to first frame, five times: a launcher notes the instant, then execs plenary.
    static func startUp(_ report: Report, _ setup: LiveConsole.Setup) throws {
        var samples = Samples()
        for round in 0..<5 {
            let c = try LiveConsole(setup, name: "start-\(round)")
            _ = c.waitForScreen { $0.contains("Segment") }
            let log = try c.quit()
            if let first = log.first { samples.add(Double(first.drawn - c.launchedAt()) / 1e9) }
        }
        report.add(
            Row(
                what: "start to first frame, default session (exec to first draw)", figures: summary(samples),
                target: "≤ 150 ms", met: samples.median <= 0.15))
    }

    /// A speaker timed at normal speed: keys first, then `seconds` of the console alone.
    static func timedSpeaker(_ report: Report, _ setup: LiveConsole.Setup, seconds: Int) throws {
        let c = try LiveConsole(setup, name: "timed")
        _ = c.waitForScreen { $0.contains("Segment") }
        var sent: [Int64] = []
        for key in LiveConsole.toFirstSpeaker {
            sent.append(try c.send(key))
            Thread.sleep(forTimeInterval: 0.3)
        }
        // 100 presses of p (pause, resume, ...): each one a durable record and a new frame.
        for _ in 0..<100 {
            sent.append(try c.send("p"))
            Thread.sleep(forTimeInterval: 0.12)
        }
        if c.waitForScreen({ $0.contains("SPEAKING") }) == nil { print("live: the speaker is not speaking?") }
        Thread.sleep(forTimeInterval: 1)
        let idleFrom = FrameLogEntry.now()
        let cpuBefore = c.cpuSeconds()
        Thread.sleep(forTimeInterval: Double(seconds))
        let cpu = c.cpuSeconds() - cpuBefore
        let idleTo = FrameLogEntry.now()
        let rss = c.peakRSSMegabytes()
        let log = try c.quit()

        let keyFrames = log.filter { $0.cause == "k" }
        var toScreen = Samples()
        var toDurable = Samples()
        var inConsole = Samples()
        for (frame, at) in zip(keyFrames, sent) {
            toScreen.add(Double(frame.drawn - at) / 1e9)
            toDurable.add(Double(frame.keyHandled - at) / 1e9)
            inConsole.add(Double(frame.keyHandled - frame.keyRead) / 1e9)
        }
        if keyFrames.count != sent.count {
            print("live: \(sent.count) keys sent, \(keyFrames.count) key frames logged")
        }
        report.add(
            Row(
                what: "key press to updated screen, in tmux (control-mode send to frame written)",
                figures: summary(toScreen, p99: true),
                target: "p99 ≤ 10 ms", met: toScreen.percentile(99) <= 0.01))
        report.add(
            Row(
                what: "key press to durable journal record (send to fdatasync returned)",
                figures: summary(toDurable, p99: true)
                    + "; inside the console: \(summary(inConsole, p99: true))",
                target: "p99 ≤ 5 ms", met: toDurable.percentile(99) <= 0.005))

        let idle = log.filter { $0.began >= idleFrom && $0.drawn <= idleTo }
        let late = lateness(idle)
        report.add(
            Row(
                what: "second-boundary lateness over \(seconds) s (due boundary to frame written)",
                figures: summary(late, p99: true), target: "p99 ≤ 20 ms, max ≤ 50 ms",
                met: late.percentile(99) <= 0.02 && late.worst <= 0.05))
        let d = drift(idle, rate: 1)
        report.add(
            Row(
                what: "drift of the shown time against CLOCK_BOOTTIME over a real \(seconds) s",
                figures: String(
                    format: "accumulated %.1f ms over %d frames (single frames within %.1f ms)",
                    d.accumulated * 1e3, d.frames, d.jitter * 1e3),
                target: "≤ 10 ms", met: d.accumulated <= 0.01))
        let share = cpu / (Double(idleTo - idleFrom) / 1e9) * 100
        report.add(
            Row(
                what: "CPU while a speaker is timed, \(seconds) s",
                figures: String(format: "%.3f %% of one core (%.2f s)", share, cpu),
                target: "≤ 0.3 %", met: share <= 0.3))
        report.add(
            Row(
                what: "peak RSS of `plenary run`, default session",
                figures: String(format: "%.1f MB (VmHWM)", rss),
                target: "≤ 30 MB", met: rss <= 30))
    }

    /// CPU while a speaker is timed, with registration lists of 30, 200 and 5,000
    /// speakers: a frame's cost must not grow with the list (the console draws only the
    /// rows in view, and the live forecast stops each run at the plan's end). The clock
    /// starts on the plan's day, before its first segment, so the forecast has the whole
    /// session ahead of it, as at a real podium (today the plan would be over).
    static func listLengths(_ report: Report, _ setup: LiveConsole.Setup, seconds: Int) throws {
        for count in [30, 200, 5_000] {
            let file = setup.dir + "/speakers-\(count).csv"
            let csv = SyntheticRegistration.csv(speakers: count, month: 11)
            try csv.write(toFile: file, atomically: true, encoding: .utf8)
            let c = try LiveConsole(
                setup, name: "list-\(count)",
                env: ["PLENARY_CLOCK_START": "2023-12-08T11:29:50+01:00"], file: file)
            _ = c.waitForScreen { $0.contains("Segment") }
            for key in LiveConsole.toFirstSpeaker {
                _ = try c.send(key)
                Thread.sleep(forTimeInterval: 0.3)
            }
            if c.waitForScreen({ $0.contains("SPEAKING") }) == nil { print("live: the speaker is not speaking?") }
            // The forecast that follows the last key has settled and run.
            Thread.sleep(forTimeInterval: 3)
            let from = FrameLogEntry.now()
            let before = c.cpuSeconds()
            Thread.sleep(forTimeInterval: Double(seconds))
            let cpu = c.cpuSeconds() - before
            let share = cpu / (Double(FrameLogEntry.now() - from) / 1e9) * 100
            let rss = c.peakRSSMegabytes()
            _ = try c.quit()
            report.add(
                Row(
                    what: "CPU while a speaker is timed, \(count) speakers registered, \(seconds) s",
                    figures: String(format: "%.3f %% of one core (%.2f s); peak RSS %.1f MB", share, cpu, rss),
                    target: "≤ 0.3 %", met: share <= 0.3))
        }
    }

    /// 90 session minutes at 60× (90 s real): drift and lateness on a fast clock.
    static func acceleratedSession(_ report: Report, _ setup: LiveConsole.Setup, realSeconds: Int) throws {
        let c = try LiveConsole(
            setup, name: "fast",
            env: [
                "PLENARY_CLOCK_RATE": "60",
                "PLENARY_CLOCK_START": "2023-12-08T11:29:50+01:00",
            ])
        _ = c.waitForScreen { $0.contains("Segment") }
        for key in LiveConsole.toFirstSpeaker {
            _ = try c.send(key)
            Thread.sleep(forTimeInterval: 0.2)
        }
        Thread.sleep(forTimeInterval: 0.5)
        let from = FrameLogEntry.now()
        Thread.sleep(forTimeInterval: Double(realSeconds))
        let log = try c.quit()
        let idle = log.filter { $0.began >= from }
        let d = drift(idle, rate: 60)
        let late = lateness(idle)
        report.add(
            Row(
                what: "drift over \(realSeconds) session minutes at 60× (\(realSeconds) s real)",
                figures: String(
                    format: "accumulated %.1f ms of session time over %d frames "
                        + "(single frames within %.1f ms, %.2f ms real); lateness %@",
                    d.accumulated * 1e3, d.frames, d.jitter * 1e3, d.jitter * 1e3 / 60,
                    summary(late, p99: true)),
                target: "≤ 10 ms", met: d.accumulated <= 0.01))
    }

    /// For timer frames that woke at or after their boundary: boundary to frame written.
    static func lateness(_ frames: [FrameLogEntry]) -> Samples {
        var s = Samples()
        for f in frames where f.cause == "t" && f.due > 0 && f.began >= f.due - 500_000 {
            s.add(Double(f.drawn - f.due) / 1e9)
        }
        return s
    }

    /// How far the shown speaking time moved from CLOCK_BOOTTIME × rate over the run.
    /// Each frame's error is the shown time since the first frame less the boot time
    /// since then × rate (ms truncation allows 1 ms either way). Accumulated drift is
    /// how far the errors of the last tenth of the frames (median) moved from those of
    /// the first tenth; `jitter` is the largest single error, which also holds the gap
    /// between reading the two clocks of one frame (a preemption there, × rate).
    static func drift(_ frames: [FrameLogEntry], rate: Double) -> (accumulated: Double, jitter: Double, frames: Int) {
        let speaking = frames.filter { $0.speakingMs >= 0 }
        guard let first = speaking.first else { return (.nan, .nan, 0) }
        let errors = speaking.map { f in
            Double(f.speakingMs - first.speakingMs) / 1e3 - Double(f.began - first.began) / 1e9 * rate
        }
        func median(_ xs: ArraySlice<Double>) -> Double {
            let s = xs.sorted()
            return s.isEmpty ? 0 : s[s.count / 2]
        }
        let tenth = max(1, errors.count / 10)
        let moved = median(errors.suffix(tenth)) - median(errors.prefix(tenth))
        let jitter = errors.map { max(0, abs($0) - 0.001) }.max() ?? 0
        return (max(0, abs(moved) - 0.001), jitter, speaking.count)
    }
}
