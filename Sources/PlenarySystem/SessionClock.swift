// The only place that reads clocks. Durations come from CLOCK_BOOTTIME (what
// Swift's ContinuousClock uses on Linux): it keeps counting while a laptop sleeps,
// unlike CLOCK_MONOTONIC, which Dispatch timers use. The wall clock is read once, to
// anchor the timeline, so an NTP step mid-session cannot move a speaker's time.
#if canImport(Glibc)
import Glibc
#endif
import PlenaryCore

extension ClockAnchor {
    /// An anchor taken now.
    public static func now() -> ClockAnchor {
        ClockAnchor(wall: SystemClocks.wallNow(), bootNanoseconds: SystemClocks.bootNanoseconds(),
                    bootID: SystemClocks.bootID())
    }
}

/// Session time: the anchor's wall time plus boot-time elapsed since the anchor.
public struct SessionClock: Sendable {
    public let anchor: ClockAnchor
    /// Session seconds per boot-time second: 1, except in tests and rehearsals
    /// (PLENARY_CLOCK_RATE), where every reader of one journal must use the same rate.
    public let rate: Double

    public init(anchor: ClockAnchor = .now(), rate: Double = 1) {
        self.anchor = anchor
        self.rate = rate
    }

    public func now() -> Instant { instant(atBoot: SystemClocks.bootNanoseconds()) }

    /// The session instant of a boot-time reading taken on the anchor's boot.
    public func instant(atBoot ns: Int64) -> Instant {
        let elapsed = ns - anchor.bootNanoseconds
        return anchor.wall + .nanoseconds(rate == 1 ? elapsed : Int64(Double(elapsed) * rate))
    }
}

public enum SystemClocks {
    /// Nanoseconds on CLOCK_BOOTTIME: monotonic, and counting through suspend.
    public static func bootNanoseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_BOOTTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// The wall clock (CLOCK_REALTIME), as a session instant.
    public static func wallNow() -> Instant {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Instant(milliseconds: Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
    }

    /// This boot's identity, so a resumed session knows whether boot-time instants
    /// recorded earlier are still comparable.
    public static func bootID() -> String {
        guard let bytes = try? FileReader.read("/proc/sys/kernel/random/boot_id", limit: 64) else { return "unknown" }
        let id = String(decoding: bytes, as: UTF8.self).trimming()
        return id.isEmpty ? "unknown" : id
    }
}
