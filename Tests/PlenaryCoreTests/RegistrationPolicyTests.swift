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

    /// `count` speakers of segment I, each of `category`, with their own `limit` if given.
    func list(_ count: Int, _ category: Category = .stateParty, limit: Duration? = nil) -> [Speaker] {
        (0..<count).map {
            Speaker(id: SpeakerID($0 + 1), delegation: "d\($0)", category: category, segment: 0, limit: limit)
        }
    }

    @Test func aSegmentFitsWhenEverySpeakerHasTheLimitAndTheWalk() {
        let plan = DefaultSession.plan
        let each = plan.segments[0].interventionLimit + plan.expectedChangeover
        let most = Int(plan.segments[0].budget.wholeMilliseconds / each.wholeMilliseconds)
        #expect(plan.capacity(ofSegment: 0, speakers: list(most)).fits)
        #expect(plan.capacity(ofSegment: 0, speakers: list(most)).mostThatFit == most)
        let over = plan.capacity(ofSegment: 0, speakers: list(most + 1))
        #expect(!over.fits && over.needed == each * (most + 1))
        // A shorter list holds as many more at the segment's limit as the time left allows.
        #expect(plan.capacity(ofSegment: 0, speakers: list(3)).mostThatFit == most)
    }

    /// Each speaker counts with the limit the plan gives them: their own, else their
    /// category's, else the segment's; the first of the list in running order fit.
    @Test func capacityIsTheSumOfEachSpeakersLimitAndWalk() {
        var plan = DefaultSession.plan
        plan.categoryLimits = [.observerState: .seconds(90)]
        let speakers = list(2, .internationalOrganization, limit: .minutes(5)) + list(3, .observerState) + list(10)
        let c = plan.capacity(ofSegment: 0, speakers: speakers)
        #expect(
            c.limits == [.minutes(5), .minutes(5)] + Array(repeating: .seconds(90), count: 3)
                + Array(repeating: .minutes(2), count: 10))
        // 2 × 5:00 + 3 × 1:30 + 10 × 2:00 + 15 × 0:20 = 39:30, within 40:00.
        #expect(c.needed == .seconds(39 * 60 + 30) && c.fits && c.speakers == 15)
        // The 0:30 left holds no one more at 2:20.
        #expect(c.mostThatFit == 15)
        let over = plan.capacity(ofSegment: 0, speakers: speakers + list(1, limit: .minutes(3)))
        #expect(over.needed == .seconds(42 * 60 + 50) && !over.fits && over.mostThatFit == 15)
        // A long statement early leaves room for fewer: 5 × 5:20 = 26:40, then 5 × 2:20 = 11:40 fits, the 6th not.
        let early = plan.capacity(ofSegment: 0, speakers: list(5, limit: .minutes(5)) + list(8))
        #expect(early.mostThatFit == 10 && !early.fits)
    }
}
