// What `plenary run` needs from the environment: the clock's test and rehearsal
// overrides, the day, the zone offset on that day, and the terminal.
import ArgumentParser
import Glibc
import PlenaryCore
import PlenarySystem
import PlenaryTerminal
import PlenaryView
import PlenaryZones

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
            guard case .success(let written) = WrittenTime.dateTime(text) else {
                throw ValidationError("PLENARY_CLOCK_START=\(text): expected YYYY-MM-DDThh:mm:ss+hh:mm")
            }
            switch written {
            case .instant(let t): start = t
            case .local(let l): start = Instant(milliseconds: l.epochSeconds * 1000)  // no offset: UTC
            }
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

enum RunDate {
    /// `today` (in the plan's zone, on the session clock) or an explicit date.
    static func resolve(_ text: String, now: Instant, plan: SessionPlan) throws -> (year: Int, month: Int, day: Int) {
        if text == "today" {
            let offset = ZoneOffset.of(plan.timeZone, at: now, fallback: plan.utcOffset)
            let l = CivilDate.local(now, utcOffset: offset)
            return (l.year, l.month, l.day)
        }
        guard let day = WrittenTime.date(text) else {
            throw ValidationError("--date \(text): expected YYYY-MM-DD or today")
        }
        return day
    }
}

enum RunStart {
    /// When the session starts: `--at HH:MM` on `day`, else the next quarter hour for the
    /// embedded session run today (a newcomer's first try is not hours late), else nil:
    /// the plan keeps its own times.
    static func chosen(
        _ text: String?, plan: SessionPlan, day: (year: Int, month: Int, day: Int), now: Instant, embedded: Bool
    ) throws -> Instant? {
        if let text {
            guard let t = WrittenTime.timeOfDay(text) else {
                throw ValidationError("--at \(text): expected HH:MM")
            }
            return Instant(
                year: day.year, month: day.month, day: day.day, hour: t.hour, minute: t.minute,
                second: t.second, utcOffset: plan.utcOffset)
        }
        guard embedded else { return nil }
        return SessionPlan.nextQuarterHour(after: now, utcOffset: plan.utcOffset)
    }
}

/// A zone's UTC offset at an instant, from the system's zone database (the same zone
/// engine that reads the plan), or `fallback` when the system does not know the zone.
enum ZoneOffset {
    static func of(_ zone: String, at t: Instant, fallback: Duration) -> Duration {
        ZoneDatabase.system.resolver(named: zone)?.offset(at: t) ?? fallback
    }

    /// The offset at noon UTC of a civil day.
    static func of(_ zone: String, onDay d: (year: Int, month: Int, day: Int), fallback: Duration) -> Duration {
        of(zone, at: Instant(year: d.year, month: d.month, day: d.day, hour: 12), fallback: fallback)
    }
}

/// Takes the terminal for `program` and runs it until it quits (the process exits from
/// its handlers). A terminal that cannot be taken is an error for the shell, without
/// the usage text.
@MainActor
func takeTerminalAndRun(_ program: some TerminalProgram) throws -> Never {
    do { try program.start() } catch { throw CommandFailure(.fileAccess, "\(error)") }
    program.run()
}
