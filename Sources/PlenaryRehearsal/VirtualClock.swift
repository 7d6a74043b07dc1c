// A rehearsal's clock: session time that moves when the simulation says so (headless)
// or N times faster than boot time (at the console). Everything a rehearsal writes —
// journal stamps, boot instants, the boot id — reads this clock, never the machine's,
// so the same seed writes the same bytes.
import PlenaryCore
import PlenarySystem
import Synchronization

/// Virtual session time, moved forward explicitly; safe to read from any thread.
public final class VirtualClock: Sendable {
    /// The boot id stamped on every record of a rehearsal journal.
    public static let bootID = "rehearsal"
    /// Where the virtual timeline starts.
    public let origin: Instant
    private let current: Mutex<Instant>

    public init(start: Instant) {
        origin = start
        current = Mutex(start)
    }

    public var now: Instant { current.withLock { $0 } }

    /// Moves the clock to `t`; time never runs backwards.
    public func advance(to t: Instant) {
        current.withLock { $0 = max($0, t) }
    }

    /// Machine clocks that read virtual time (see `machineClocks(reading:)`).
    public var machineClocks: MachineClocks { Self.machineClocks { self.now } }

    /// Machine clocks for a rehearsal journal: the wall clock is the virtual instant,
    /// boot time is that instant in nanoseconds, the boot id is "rehearsal". Nothing
    /// of the real machine gets into the record.
    public static func machineClocks(reading now: @escaping @Sendable () -> Instant) -> MachineClocks {
        MachineClocks(wallNow: now, bootNow: { bootNanoseconds(at: now()) }, bootID: bootID)
    }

    /// The virtual boot-time reading at session instant `t`.
    public static func bootNanoseconds(at t: Instant) -> Int64 { t.milliseconds * 1_000_000 }
}
