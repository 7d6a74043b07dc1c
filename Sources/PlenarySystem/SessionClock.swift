// The one session clock: machine time mapped to session instants by an anchor and a
// rate. Live, the rate is 1 and the anchor is the journal's (same boot: the boot-time
// anchor recorded; after a reboot: the wall clock, flagged — SessionStore). A
// rehearsal at the console runs at ×N from a chosen virtual instant; a headless
// rehearsal has no machine clock at all and its time moves only by `advance(to:)`.
// Shown times are computed from recorded instants and this clock's `now`, never counted.
import PlenaryCore
import Synchronization

/// Session time: the anchor's wall time plus boot time elapsed since the anchor, times
/// the rate; or, with no machine, virtual time moved by hand. Safe from any thread.
public final class SessionClock: Sendable {
    /// Session seconds per boot-time second: 1 live, N for a rehearsal at ×N; tests use
    /// PLENARY_CLOCK_RATE, which every reader of one journal must share.
    public let rate: Double
    /// The clocks counted with; nil for virtual time.
    private let machine: MachineClock?
    private let anchored: Mutex<ClockAnchor>

    /// A clock from `anchor` on `machine`'s boot time.
    public init(anchor: ClockAnchor, rate: Double = 1, machine: MachineClock = .system) {
        self.rate = rate
        self.machine = machine
        anchored = Mutex(anchor)
    }

    private init(virtualStart: Instant) {
        rate = 1
        machine = nil
        anchored = Mutex(ClockAnchor(wall: virtualStart, bootNanoseconds: 0, bootID: Self.rehearsalBootID))
    }

    /// A clock that reads `start` now and runs at `rate` from here (a rehearsal at the
    /// console, the test clock PLENARY_CLOCK_START).
    public static func starting(at start: Instant, rate: Double, machine: MachineClock = .system) -> SessionClock {
        var anchor = machine.anchor()
        anchor.wall = start
        return SessionClock(anchor: anchor, rate: rate, machine: machine)
    }

    /// Virtual time from `start` that moves only by `advance(to:)` (a headless rehearsal).
    public static func virtual(start: Instant) -> SessionClock { SessionClock(virtualStart: start) }

    public var anchor: ClockAnchor { anchored.withLock { $0 } }

    public func now() -> Instant {
        let anchor = anchor
        guard let machine else { return anchor.wall }
        return instant(atBoot: machine.bootNow(), anchor: anchor)
    }

    /// The session instant of a boot-time reading taken on the anchor's boot.
    public func instant(atBoot ns: Int64) -> Instant { instant(atBoot: ns, anchor: anchor) }

    private func instant(atBoot ns: Int64, anchor: ClockAnchor) -> Instant {
        let elapsed = ns - anchor.bootNanoseconds
        return anchor.wall + .nanoseconds(rate == 1 ? elapsed : Int64(Double(elapsed) * rate))
    }

    /// The boot-time reading at which this clock reads `t`, rounded up so a timer armed
    /// for it never wakes before `t`; nil for virtual time, which no timer can wait for.
    public func bootNanoseconds(at t: Instant) -> Int64? {
        guard machine != nil else { return nil }
        let anchor = anchor
        let session = Double((t - anchor.wall).wholeMilliseconds) * 1_000_000
        return anchor.bootNanoseconds + Int64((session / rate).rounded(.up))
    }

    /// Goes on from `t` if it is later than now (a resumed rehearsal continues from its
    /// last record; a headless rehearsal moves to its next command). Never runs backwards.
    public func advance(to t: Instant) {
        anchored.withLock { anchor in
            guard let machine else {
                anchor.wall = max(anchor.wall, t)
                return
            }
            let boot = machine.bootNow()
            anchor = ClockAnchor(
                wall: max(t, instant(atBoot: boot, anchor: anchor)), bootNanoseconds: boot,
                bootID: anchor.bootID)
        }
    }

    /// The boot id stamped on every record of a rehearsal journal.
    public static let rehearsalBootID = "rehearsal"

    /// What a rehearsal journal is stamped with: this clock's instant as the wall
    /// clock, that instant in nanoseconds as boot time, the boot id "rehearsal".
    /// Nothing of the real machine gets into the record, so one seed writes one file.
    public var rehearsalMachine: MachineClock {
        MachineClock(
            wallNow: { self.now() }, bootNow: { self.now().milliseconds * 1_000_000 },
            bootID: Self.rehearsalBootID)
    }
}
