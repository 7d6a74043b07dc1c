// Shared helpers: instants of the default session's day.
import PlenaryCore

let cet = Duration.minutes(60)

/// 8 December 2023 at hh:mm:ss in The Hague.
func at(_ h: Int, _ m: Int, _ s: Int = 0, ms: Int64 = 0) -> Instant {
    Instant(year: 2023, month: 12, day: 8, hour: h, minute: m, second: s, utcOffset: cet) + .milliseconds(ms)
}
