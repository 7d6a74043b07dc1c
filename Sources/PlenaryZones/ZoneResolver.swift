// Local times in a zone as instants: the plan's start and end, and registrations
// written without an offset. A local time that a clock change skips or repeats is
// reported as such, never guessed.
import PlenaryCore

/// Turns local times into instants, and instants into offsets, for one time zone.
public struct ZoneResolver: Sendable {
    public enum Resolution: Sendable, Hashable {
        case instant(Instant)
        /// The clock went back: the local time happened twice.
        case repeated(Instant, Instant)
        /// The clock went forward: the local time never happened.
        case skipped
    }

    private let zone: ZoneRules

    /// A resolver for a zone read from the tz database (`ZoneDatabase.resolver(named:)`).
    public init(_ zone: ZoneRules) {
        self.zone = zone
    }

    /// A resolver for a fixed offset from UTC, for plans whose zone the system lacks.
    public init(fixed offset: Duration) {
        zone = ZoneRules(fixed: Int(offset.wholeMilliseconds / 1000))
    }

    /// The zone's offset from UTC at an instant.
    public func offset(at t: Instant) -> Duration {
        .seconds(zone.offset(at: Int64(t.milliseconds).quotientRoundingDown(1000)))
    }

    public func resolve(_ local: LocalDateTime) -> Resolution {
        let wall = local.epochSeconds
        // Any offset that applies is the zone's offset a day before or after.
        let around = [wall - 86_400, wall + 86_400].map {
            Int64(zone.offset(at: $0))
        }
        let fits = Set(around).sorted().map { wall - $0 }.filter {
            Int64(zone.offset(at: $0)) == wall - $0
        }
        let instants = fits.map { Instant(milliseconds: $0 * 1000) }.sorted()
        switch instants.count {
        case 0: return .skipped
        case 1: return .instant(instants[0])
        default: return .repeated(instants[0], instants[instants.count - 1])
        }
    }
}
