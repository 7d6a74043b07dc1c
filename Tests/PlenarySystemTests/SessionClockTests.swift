// The one session clock: machine boot time mapped to session instants by an anchor and
// a rate, the inverse the screen's timer is armed with, and virtual time.
import PlenaryCore
import Testing

@testable import PlenarySystem

@Suite struct SessionClockTests {
    let start = Instant(year: 2023, month: 12, day: 8, hour: 11, minute: 29, second: 50, utcOffset: .minutes(60))

    @Test func liveTimeIsTheAnchorPlusBootTimeElapsed() {
        let machine = FakeMachine()
        let clock = SessionClock(anchor: machine.clocks.anchor(), machine: machine.clocks)
        machine.advance(.milliseconds(61_234))
        #expect(clock.now() == machine.now(clock.anchor))
        #expect(clock.now() - clock.anchor.wall == .milliseconds(61_234))
    }

    @Test func aRehearsalRunsRateTimesFasterFromItsStart() {
        let machine = FakeMachine()
        let clock = SessionClock.starting(at: start, rate: 60, machine: machine.clocks)
        #expect(clock.now() == start)
        machine.advance(.milliseconds(1500))
        #expect(clock.now() == start + .seconds(90))
    }

    /// The timer is armed for `bootNanoseconds(at:)`: read there, the clock shows the
    /// instant asked for, never the millisecond before.
    @Test(arguments: [1.0, 7.0, 60.0])
    func theBootReadingOfAnInstantIsNeverEarly(rate: Double) {
        let machine = FakeMachine()
        let clock = SessionClock.starting(at: start, rate: rate, machine: machine.clocks)
        for ms in [1, 17, 999, 1000, 60_001, 5_400_000] as [Int64] {
            let t = start + .milliseconds(ms)
            guard let boot = clock.bootNanoseconds(at: t) else {
                Issue.record("no boot reading")
                return
            }
            #expect(clock.instant(atBoot: boot) == t, "at \(ms) ms, rate \(rate)")
            #expect(clock.instant(atBoot: boot - 1_000_000) < t, "at \(ms) ms, rate \(rate)")
        }
    }

    @Test func advancingGoesOnFromALaterInstantAndNeverBack() {
        let machine = FakeMachine()
        let clock = SessionClock.starting(at: start, rate: 10, machine: machine.clocks)
        clock.advance(to: start + .seconds(30))
        #expect(clock.now() == start + .seconds(30))
        machine.advance(.seconds(1))
        #expect(clock.now() == start + .seconds(40))
        clock.advance(to: start)
        #expect(clock.now() == start + .seconds(40))
    }

    @Test func virtualTimeMovesOnlyWhenAdvanced() {
        let clock = SessionClock.virtual(start: start)
        #expect(clock.now() == start)
        #expect(clock.bootNanoseconds(at: start + .seconds(1)) == nil)
        clock.advance(to: start + .seconds(5))
        clock.advance(to: start + .seconds(2))
        #expect(clock.now() == start + .seconds(5))
        let stamps = clock.rehearsalMachine
        #expect(stamps.wallNow() == start + .seconds(5))
        #expect(stamps.bootNow() == (start + .seconds(5)).milliseconds * 1_000_000)
        #expect(stamps.bootID == SessionClock.rehearsalBootID)
    }
}
