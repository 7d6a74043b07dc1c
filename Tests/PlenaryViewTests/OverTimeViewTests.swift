// Over time is what the operator saw: the console truncates to whole seconds, so an
// overrun under a second reads `+0:00` and is neither shown nor counted, at the
// console or on the room display (the exports count by the same rule, in the core).
import PlenaryCore
import Testing

@Suite struct OverTimeViewTests {
    @Test(arguments: [(Int64(351), false), (999, false), (1000, true)])
    func theConsoleAndTheDisplayCountWhatTheyShow(overMilliseconds: Int64, counted: Bool) {
        let limit = DefaultSession.plan.segments[0].interventionLimit
        let end = at(11, 30, 5) + limit + .milliseconds(overMilliseconds)
        let spoken = session(extra: [(.endIntervention, end)])
        let list = picture(spoken, end + .seconds(1), width: 120, height: 30).lines().joined(separator: "\n")
        #expect(!list.contains("+0:00"))
        #expect(list.contains("+0:01") == counted)

        let closed = session(extra: [
            (.endIntervention, end), (.startNextSegment, end + .seconds(5)), (.startNextSegment, end + .seconds(10)),
            (.closeSession, end + .seconds(20)),
        ])
        let summary = display(live(closed), end + .minutes(1), width: 60, height: 16).lines().joined(separator: "\n")
        #expect(summary.contains("1 intervention · \(counted ? 1 : 0) over time"))
    }
}
