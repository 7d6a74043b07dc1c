// Benchmarks of the libraries, in this process: rendering, checking a registration
// file, resuming a journal, durable appends, the headless rehearsal and the forecast.
import Foundation
import PlenaryConsole
import PlenaryCore
import PlenaryExport
import PlenaryFormats
import PlenaryRehearsal
import PlenaryReports
import PlenarySimulation
import PlenarySystem
import PlenaryView
import PlenaryZones

enum LibraryBenchmarks {
    static func cet(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant {
        Instant(year: 2023, month: 12, day: 8, hour: h, minute: m, second: s, utcOffset: .minutes(60))
    }

    /// One full 200×60 frame of the console with a speaker on the floor and a list.
    static func render(_ report: Report, quick: Bool) {
        var s = DefaultSession.session()
        _ = s.handle(.openSession, at: cet(11, 30))
        _ = s.handle(.startNextSegment, at: cet(11, 30))
        _ = s.handle(.giveFloor, at: cet(11, 30, 5))
        _ = s.handle(.endIntervention, at: cet(11, 32, 0))
        _ = s.handle(.giveFloor, at: cet(11, 32, 20))
        let view = UIState().view
        let config = ConsoleConfig()
        var checksum = 0
        let frames = quick ? 300 : 3000
        var i = 0
        let samples = time(runs: frames) {
            let g = ConsoleScreen.render(
                state: s.state, now: cet(11, 33) + .milliseconds(Int64(i * 7)), view: view,
                config: config, width: 200, height: 60)
            checksum &+= g.width &* g.height
            i += 1
        }
        report.add(
            Row(
                what: "render one 200×60 frame", figures: summary(samples, p99: true),
                target: "≤ 1 ms", met: samples.percentile(99) <= 1e-3))
        // The room display on a projector-sized terminal: the largest digits.
        let display = time(runs: frames) {
            let g = DisplayScreen.render(
                .live(s.state, rehearsal: false),
                now: cet(11, 33) + .milliseconds(Int64(i * 7)),
                config: DisplayConfig(showNext: true), width: 200, height: 60)
            checksum &+= g.width &* g.height
            i += 1
        }
        report.add(
            Row(
                what: "render one 200×60 room display frame", figures: summary(display, p99: true),
                target: "—", met: nil))
        if checksum == 0 { print("(no cells?)") }
    }

    /// `plenary check` on a realistic list (500 rows) and, as scaling sanity, on 10,000:
    /// read, validate, and the text report, sequentially (BENCHMARKS.md's guard).
    static func check(_ report: Report, dir: String, quick: Bool) throws {
        for (rows, target) in [(500, 0.05), (10_000, 1.0)] {
            let path = dir + "/check-\(rows).csv"
            // December: the rows received after the default plan's deadline are late.
            let csv = SyntheticRegistration.csv(speakers: rows, month: 12)
            try csv.write(toFile: path, atomically: true, encoding: .utf8)
            var length = 0
            let samples = try time(runs: quick ? 3 : 10) {
                let reg = try RegistrationFile.load(path)
                length = CheckReport.text(reg).utf8.count  // not .count: counting graphemes is not part of `check`
            }
            let shown = target < 1 ? "≤ \(Int(target * 1000)) ms" : "≤ \(Int(target)) s"
            report.add(
                Row(
                    what: "`plenary check` on a \(rows.formatted())-row CSV (read, validate, report)",
                    figures: summary(samples), target: shown, met: samples.median <= target))
            if length == 0 { print("(empty report?)") }
        }
    }

    /// Resuming a session: read and check every record, replay, take the lock, note
    /// the resume. A realistic day (500 events, each action its own durable write, as
    /// the console writes them) against the target, and 100,000 as scaling sanity.
    static func resume(_ report: Report, dir: String, quick: Bool) throws {
        let realistic = dir + "/five-hundred.journal"
        let count = try writeJournal(realistic, events: 500, actionsPerWrite: 1)
        let small = try timeResume(realistic, runs: quick ? 10 : 50)
        report.add(
            Row(
                what: "resume from a realistic \(count)-event journal (\(fileSize(realistic) / 1000) kB)",
                figures: summary(small), target: "≤ 50 ms", met: small.median <= 0.05))

        let long = dir + "/hundred-thousand.journal"
        let many = try writeJournal(long, events: 100_000, actionsPerWrite: 500)
        let samples = try timeResume(long, runs: quick ? 2 : 5)
        report.add(
            Row(
                what: "resume from a \(many / 1000)k-event journal (\(fileSize(long) / 1_000_000) MB)",
                figures: summary(samples), target: "≤ 3 s", met: samples.median <= 3))
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    static func timeResume(_ path: String, runs: Int) throws -> Samples {
        try time(runs: runs) {
            let again = try SessionStore.open(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers,
                path: path, rehearsal: false)
            again.journal.close()
        }
    }

    /// A journal of at least `events` events on the default plan: speakers called one
    /// after another (registered first, then walk-ins), each paused and resumed, some
    /// given extra time. Returns the number of events written.
    static func writeJournal(_ path: String, events: Int, actionsPerWrite: Int) throws -> Int {
        try? FileManager.default.removeItem(atPath: path)
        var opened = try SessionStore.open(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            path: path, rehearsal: false)
        var t = cet(11, 30)
        var batch: [Event] = []
        var actions = 0
        func step(_ c: Command) throws {
            t = t + .milliseconds(2_500)
            guard case .success(let new) = opened.session.decide(c, at: t) else { return }
            opened.session.record(new)
            batch += new
            actions += 1
            if actions % actionsPerWrite == 0 {
                try opened.journal.persist(batch)
                batch = []
            }
        }
        try step(.openSession)
        try step(.startNextSegment)
        var n = 0
        while opened.session.events.count < events {
            n += 1
            if opened.session.state.upcoming.isEmpty {
                try step(
                    .addWalkIn(
                        delegation: "Délégation \(n)", function: "Ambassadeur", category: .stateParty,
                        segment: 0, position: nil))
            }
            try step(.callNext)
            try step(.giveFloor)
            for _ in 0..<(n % 3) {
                try step(.pause)
                try step(.resume)
            }
            if n % 5 == 0 { try step(.extend(by: .seconds(30), reason: "interprétation interrompue")) }
            try step(.endIntervention)
        }
        try opened.journal.persist(batch)
        opened.journal.close()
        return opened.session.events.count
    }

    /// One event made durable (write + fdatasync), as after every key that changes the record.
    static func append(_ report: Report, dir: String, quick: Bool) throws {
        let path = dir + "/append.journal"
        var opened = try SessionStore.open(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            path: path, rehearsal: false)
        var t = cet(11, 30)
        _ = opened.session.handle(.openSession, at: t)
        _ = opened.session.handle(.startNextSegment, at: t)
        _ = opened.session.handle(.giveFloor, at: t)
        let clock = ContinuousClock()
        var samples = Samples()
        for i in 0..<(quick ? 200 : 1000) {
            t = t + .milliseconds(250)
            guard case .success(let events) = opened.session.decide(i % 2 == 0 ? .pause : .resume, at: t) else { break }
            let start = clock.now
            try opened.journal.persist(events)
            samples.add(clock.now - start)
            opened.session.record(events)
        }
        opened.journal.close()
        report.add(
            Row(
                what: "one action made durable (encode, write, fdatasync)", figures: summary(samples, p99: true),
                target: "p99 ≤ 5 ms (key to record)", met: samples.percentile(99) <= 5e-3))
    }

    /// The default session run start to close by the autopilot, in memory.
    static func rehearsal(_ report: Report, quick: Bool) {
        var events = 0
        let samples = time(runs: quick ? 5 : 20) {
            var session = DefaultSession.session()
            var pilot = Autopilot(seed: 2023)
            Rehearsal.run(&session, from: session.plan.start - .seconds(10), autopilot: &pilot)
            events = session.events.count
        }
        report.add(
            Row(
                what: "autopilot run of the default session in memory (\(events) events, no files)",
                figures: summary(samples), target: "≤ 100 ms", met: samples.median <= 0.1))
    }

    /// `plenary rehearse --headless --autopilot` on the default session: the journal
    /// (every event fdatasync'ed) and the four exports, on disk.
    static func headless(_ report: Report, dir: String, quick: Bool) throws {
        var n = 0
        var events = 0
        let samples = try time(runs: quick ? 3 : 10) {
            n += 1
            let run = HeadlessRehearsal(
                plan: DefaultSession.plan, speakers: DefaultSession.speakers, seed: 2023,
                journalPath: dir + "/headless-\(n).journal", exportDirectory: dir,
                exportStem: "headless-\(n)")
            events = try run.run().events
        }
        report.add(
            Row(
                what: "headless autopilot rehearsal of the default session "
                    + "(\(events) events durable, 4 exports)",
                figures: summary(samples), target: "≤ 100 ms", met: samples.median <= 0.1))
    }

    /// 10,000 simulated sessions from the start of the default session.
    static func forecast(_ report: Report, quick: Bool) {
        let state = DefaultSession.session().state
        var p = 0.0
        let samples = time(runs: quick ? 1 : 5, warmUp: !quick) {
            p = Forecaster.forecast(state, at: state.plan.start, runs: 10_000, seed: 1).onTime
        }
        report.add(
            Row(
                what: "forecast, 10,000 runs of the default session (P(on time) \(Int(p * 100))%)",
                figures: summary(samples), target: "≤ 1 s", met: samples.median <= 1))
    }
}
