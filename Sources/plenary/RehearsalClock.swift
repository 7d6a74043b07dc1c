// The interactive rehearsal's clock: boot time since the start, times the speed,
// from a chosen virtual instant. The console and the journal's stamps both read it.
import PlenaryCore
import PlenaryRehearsal
import PlenarySystem
import Synchronization

final class RehearsalClock: Sendable {
    let rate: Double
    private let run: Mutex<RunClock>

    init(start: Instant, speed: Int) {
        rate = Double(speed)
        run = Mutex(Self.anchored(at: start, rate: Double(speed)))
    }

    /// Goes on from `t` (a resumed rehearsal continues from its last record).
    func restart(at t: Instant) {
        let rate = rate
        run.withLock { $0 = Self.anchored(at: max(t, $0.now()), rate: rate) }
    }

    func now() -> Instant { run.withLock { $0.now() } }

    var machineClocks: MachineClocks { VirtualClock.machineClocks { self.now() } }

    private static func anchored(at t: Instant, rate: Double) -> RunClock {
        RunClock(anchor: ClockAnchor(wall: t, bootNanoseconds: SystemClocks.bootNanoseconds(), bootID: VirtualClock.bootID),
                 rate: rate)
    }
}
