// The live console's P(on time) stops each run at the plan's end; it must be the
// figure the full forecast gives, run for run, whatever the list's length.
import PlenaryCore
import PlenarySimulation
import Testing

@Suite struct ChanceOnTimeTests {
    @Test(arguments: [0, 25, 70, 130])
    func theChanceIsTheFullForecastsOnTime(minutes: Int) {
        var session = DefaultSession.session()
        session.handle(.openSession, at: plenaryStart + .minutes(25))
        session.handle(.startNextSegment, at: plenaryStart + .minutes(25))
        let now = plenaryStart + .minutes(max(minutes, 25))
        session.handle(.giveFloor, at: now)
        let full = Forecaster.forecast(session.state, at: now, runs: 120, seed: 3, parallel: false).onTime
        #expect(Forecaster.chanceOnTime(session.state, at: now, runs: 120, seed: 3) == full)
    }

    /// A list far longer than the session's time: every run is late, as the full forecast says.
    @Test func aListTooLongForTheSessionIsNeverOnTime() {
        var session = DefaultSession.session()
        session.handle(.openSession, at: plenaryStart + .minutes(25))
        session.handle(.startNextSegment, at: plenaryStart + .minutes(25))
        for n in 0..<300 {
            session.handle(
                .addWalkIn(
                    delegation: "Delegation \(n)", function: "", category: .other, segment: 0,
                    position: nil), at: plenaryStart + .minutes(26))
        }
        let now = plenaryStart + .minutes(27)
        let full = Forecaster.forecast(session.state, at: now, runs: 20, seed: 4, parallel: false).onTime
        #expect(full == 0)
        #expect(Forecaster.chanceOnTime(session.state, at: now, runs: 20, seed: 4) == full)
    }
}
