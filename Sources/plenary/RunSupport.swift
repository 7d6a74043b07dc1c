// What `plenary run` needs from the environment: the clock's test and rehearsal
// overrides, the day, the zone offset on that day, and theme files.
import ArgumentParser
import Glibc
import PlenaryCore
import PlenarySystem
import PlenaryTerminal
import PlenaryView

/// The process environment, read once.
struct Environment {
    subscript(name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

/// The test and rehearsal overrides of the session clock, read from the environment:
/// PLENARY_CLOCK_START (start the clock at that instant) and PLENARY_CLOCK_RATE (run it
/// N times faster).
struct ClockOverrides {
    var start: Instant?
    var rate: Double

    /// The session clock from `anchor`, unless the test clock starts elsewhere.
    func clock(anchor: ClockAnchor) -> SessionClock {
        start.map { SessionClock.starting(at: $0, rate: rate) } ?? SessionClock(anchor: anchor, rate: rate)
    }

    static func fromEnvironment(_ env: Environment) throws -> ClockOverrides {
        var start: Instant?
        if let text = env["PLENARY_CLOCK_START"] {
            guard let t = ISOInstant.parse(text) else {
                throw ValidationError("PLENARY_CLOCK_START=\(text): expected YYYY-MM-DDThh:mm:ss+hh:mm")
            }
            start = t
        }
        var rate = 1.0
        if let r = env["PLENARY_CLOCK_RATE"] {
            guard let v = Double(r), v > 0, v <= 1000 else {
                throw ValidationError("PLENARY_CLOCK_RATE=\(r): expected a number from 0 to 1000")
            }
            rate = v
        }
        return ClockOverrides(start: start, rate: rate)
    }
}

/// `2023-12-08T11:29:50+01:00` (or `Z`) as an instant.
enum ISOInstant {
    static func parse(_ s: String) -> Instant? {
        let c = Array(s)
        guard c.count >= 19, c[4] == "-", c[7] == "-", c[10] == "T", c[13] == ":", c[16] == ":" else { return nil }
        func n(_ a: Int, _ b: Int) -> Int? { Int(String(c[a..<b])) }
        guard let y = n(0, 4), let mo = n(5, 7), let d = n(8, 10), let h = n(11, 13), let mi = n(14, 16),
              let se = n(17, 19), CivilDate.isValid(year: y, month: mo, day: d), h < 24, mi < 60, se < 60 else { return nil }
        var offset = Duration.zero
        let rest = String(c[19...])
        if rest == "Z" || rest.isEmpty {
            offset = .zero
        } else {
            let r = Array(rest)
            guard r.count == 6, r[0] == "+" || r[0] == "-", r[3] == ":",
                  let oh = Int(String(r[1...2])), let om = Int(String(r[4...5])) else { return nil }
            offset = .seconds((oh * 3600 + om * 60) * (r[0] == "-" ? -1 : 1))
        }
        return Instant(year: y, month: mo, day: d, hour: h, minute: mi, second: se, utcOffset: offset)
    }
}

enum RunDate {
    /// `today` (in the plan's zone, on the session clock) or an explicit date.
    static func resolve(_ text: String, now: Instant, plan: SessionPlan) throws -> (year: Int, month: Int, day: Int) {
        if text == "today" {
            let offset = ZoneOffset.of(plan.timeZone, at: now, fallback: plan.utcOffset)
            let l = CivilDate.local(now, utcOffset: offset)
            return (l.year, l.month, l.day)
        }
        let p = text.split(separator: "-").map { Int($0) }
        guard p.count == 3, let y = p[0], let m = p[1], let d = p[2], CivilDate.isValid(year: y, month: m, day: d) else {
            throw ValidationError("--date \(text): expected YYYY-MM-DD or today")
        }
        return (y, m, d)
    }
}

/// A zone's UTC offset at an instant, from the system's zone database.
enum ZoneOffset {
    static func of(_ zone: String, at t: Instant, fallback: Duration) -> Duration {
        let saved = getenv("TZ").map { String(cString: $0) }
        setenv("TZ", zone, 1)
        tzset()
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        var secs = time_t(t.milliseconds / 1000)
        var parts = tm()
        guard localtime_r(&secs, &parts) != nil, parts.tm_zone != nil,
              String(cString: parts.tm_zone) != "UTC" || zone == "UTC" else { return fallback }
        return .seconds(Int64(parts.tm_gmtoff))
    }

    /// The offset at noon UTC of a civil day.
    static func of(_ zone: String, onDay d: (year: Int, month: Int, day: Int), fallback: Duration) -> Duration {
        of(zone, at: Instant(year: d.year, month: d.month, day: d.day, hour: 12), fallback: fallback)
    }
}

enum ThemeLoader {
    /// A built-in theme by name, or a theme file by path; a broken file is an error
    /// naming its line.
    static func load(_ nameOrPath: String) throws -> Theme {
        if let t = Theme.builtIn(nameOrPath) { return t }
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") else {
            throw ValidationError("unknown theme \(nameOrPath); built in: \(Theme.builtInNames.joined(separator: ", ")), or give a path")
        }
        guard let text = readFile(nameOrPath) else { throw ValidationError("cannot read theme file \(nameOrPath)") }
        let base = nameOrPath.split(separator: "/").last.map(String.init) ?? nameOrPath
        do {
            return try Theme.parse(text, name: base, source: nameOrPath)
        } catch {
            throw ValidationError("theme \(error.description)")
        }
    }

    static func readFile(_ path: String) -> String? {
        guard let f = fopen(path, "r") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes += buf[0..<n]
            if bytes.count > 1_000_000 { return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Takes the terminal for `program` and runs it until it quits (the process exits from
/// its handlers). A terminal that cannot be taken is an error for the shell, without
/// the usage text.
@MainActor
func takeTerminalAndRun(_ program: some TerminalProgram) throws -> Never {
    do { try program.start() } catch { throw RunError(description: "\(error)") }
    program.run()
}
