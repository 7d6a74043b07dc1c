// The only place that reads the machine's clocks. Durations come from CLOCK_BOOTTIME
// (what Swift's ContinuousClock uses on Linux): it keeps counting while a laptop
// sleeps, unlike CLOCK_MONOTONIC, which Dispatch timers use. The wall clock is read to
// anchor the timeline, so an NTP step mid-session cannot move a speaker's time, and the
// boot id says whether a boot-time reading recorded earlier is still comparable.
import Dispatch
import Glibc
import PlenaryCore

/// The machine's clocks as the journal stamps them and the session clock counts with.
/// `.system` reads this machine; tests pass readings they control, and a rehearsal
/// passes readings of its own virtual time (`SessionClock.rehearsalMachine`).
public struct MachineClock: Sendable {
    /// The wall clock (CLOCK_REALTIME) as a session instant.
    public var wallNow: @Sendable () -> Instant
    /// Nanoseconds on CLOCK_BOOTTIME: monotonic, and counting through suspend.
    public var bootNow: @Sendable () -> Int64
    /// This boot's identity (`/proc/sys/kernel/random/boot_id`).
    public var bootID: String

    public init(wallNow: @escaping @Sendable () -> Instant, bootNow: @escaping @Sendable () -> Int64, bootID: String) {
        self.wallNow = wallNow
        self.bootNow = bootNow
        self.bootID = bootID
    }

    /// This machine. The boot id is read once: it cannot change while the process lives.
    public static let system = MachineClock(wallNow: readWall, bootNow: readBoot, bootID: readBootID())

    /// Where the session timeline meets these clocks now.
    public func anchor() -> ClockAnchor { ClockAnchor(wall: wallNow(), bootNanoseconds: bootNow(), bootID: bootID) }

    /// The Dispatch deadline of boot-time reading `boot` on this machine. Dispatch counts
    /// CLOCK_MONOTONIC, which stands still during suspend: the deadline is the interval
    /// left on boot time, laid on Dispatch's clock now, so a timer armed for a computed
    /// instant wakes then (after a suspend it wakes late, and the screen notices).
    public static func dispatchTime(atBoot boot: Int64) -> DispatchTime {
        let left = boot - readBoot()
        return DispatchTime.now() + .nanoseconds(Int(max(0, left)))
    }

    private static func readBoot() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_BOOTTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    private static func readWall() -> Instant {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Instant(milliseconds: Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
    }

    private static func readBootID() -> String {
        guard let bytes = try? FileReader.read("/proc/sys/kernel/random/boot_id", limit: 64) else { return "unknown" }
        let id = String(decoding: bytes, as: UTF8.self).trimming()
        return id.isEmpty ? "unknown" : id
    }
}
