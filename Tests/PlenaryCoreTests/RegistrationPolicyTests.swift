// The registration rules on claims already read: the deadline, pinned positions,
// first come first served, duplicates. (PlenaryFormatsTests checks the same rules
// through real files, with their warnings.)
import PlenaryCore
import Testing

@Suite struct RegistrationPolicyTests {
    let deadline = at(0, 0)

    func claim(_ delegation: String, _ minutesBefore: Int, segment: Int = 0, pin: Int? = nil) -> RegistrationClaim {
        RegistrationClaim(
            delegation: delegation, segment: segment, received: deadline - .minutes(minutesBefore),
            pin: pin)
    }

    func decide(_ claims: [RegistrationClaim]) -> RegistrationOutcome {
        RegistrationPolicy.decide(claims, deadline: deadline, segments: 2)
    }

    @Test func theDeadlineItselfIsLate() {
        let out = decide([claim("a", 1), claim("b", 0), claim("c", -5)])
        #expect(out.late == [1, 2])
        #expect(out.decisions == [.accepted(place: 0), .late, .late])
        #expect(out.lists == [[0], []])
    }

    @Test func pinsGoFirstThenFirstComeFirstServedThenTheOrderGiven() {
        let out = decide([
            claim("early", 50), claim("pinned two", 1, pin: 2), claim("late comer", 10), claim("pinned one", 2, pin: 1),
            claim("tie a", 30), claim("tie b", 30),
        ])
        #expect(out.lists[0] == [3, 1, 0, 4, 5, 2])
        #expect(out.decisions[3] == .accepted(place: 0) && out.decisions[2] == .accepted(place: 5))
    }

    @Test func aSecondRegistrationForTheSameSegmentIsSetAsideNamingTheOneKept() {
        // The one kept is the first in running order, not in the file: here the
        // second row was received earlier.
        let out = decide([claim("belgium", 5), claim("belgium", 20), claim("belgium", 3, segment: 1)])
        #expect(out.lists == [[1], [2]])
        #expect(out.duplicates == [.init(claim: 0, kept: 1)])
        #expect(out.decisions == [.duplicate(kept: 1), .accepted(place: 0), .accepted(place: 0)])
    }

    @Test func everyClaimHasExactlyOneOutcome() {
        let claims = (0..<40).map { n in
            claim("d\(n % 13)", (n * 7) % 23 - 3, segment: n % 2, pin: n % 9 == 0 ? n % 4 + 1 : nil)
        }
        let out = decide(claims)
        let placed = out.runningOrder + out.late + out.duplicates.map(\.claim)
        #expect(placed.sorted() == Array(claims.indices))
        #expect(out.runningOrder == out.lists[0] + out.lists[1])
        for d in out.duplicates {
            #expect(claims[d.claim].delegation == claims[d.kept].delegation)
            #expect(out.decisions[d.kept] != .late)
        }
    }

    @Test func aSegmentFitsWhenEverySpeakerHasTheLimitAndTheWalk() {
        let plan = DefaultSession.plan
        let each = plan.segments[0].interventionLimit + plan.expectedChangeover
        let most = Int(plan.segments[0].budget.wholeMilliseconds / each.wholeMilliseconds)
        #expect(plan.capacity(ofSegment: 0, speakers: most).fits)
        #expect(plan.capacity(ofSegment: 0, speakers: most).mostThatFit == most)
        let over = plan.capacity(ofSegment: 0, speakers: most + 1)
        #expect(!over.fits && over.needed == each * (most + 1))
    }
}
