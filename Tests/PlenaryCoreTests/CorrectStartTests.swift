import Testing

// Correcting a start the operator gave late: the common case is Space pressed after
// the speaker had begun, with no separate call.
@testable import PlenaryCore

@Suite struct CorrectStartTests {
    let cet = Duration.minutes(60)
    func at(_ h: Int, _ m: Int, _ s: Int) -> Instant {
        Instant(year: 2023, month: 12, day: 8, hour: h, minute: m, second: s, utcOffset: cet)
    }

    @Test func floorGivenWithoutACallCanStartEarlier() throws {
        var s = DefaultSession.session()
        _ = s.handle(.openSession, at: at(11, 30, 0))
        _ = s.handle(.startNextSegment, at: at(11, 30, 0))
        _ = s.handle(.giveFloor, at: at(11, 30, 20))
        let r = s.handle(.correctStart(to: at(11, 30, 12)), at: at(11, 30, 30))
        #expect((try? r.get()) != nil)
        #expect(s.state.floor.intervention?.floorGivenAt == at(11, 30, 12))
    }

    @Test func notBeforeASeparateCallNorBeforeTheSegment() {
        var s = DefaultSession.session()
        _ = s.handle(.openSession, at: at(11, 30, 0))
        _ = s.handle(.startNextSegment, at: at(11, 30, 0))
        _ = s.handle(.callNext, at: at(11, 30, 10))
        _ = s.handle(.giveFloor, at: at(11, 30, 20))
        #expect((try? s.decide(.correctStart(to: at(11, 30, 5)), at: at(11, 30, 30)).get()) == nil)
        var t = DefaultSession.session()
        _ = t.handle(.openSession, at: at(11, 30, 0))
        _ = t.handle(.startNextSegment, at: at(11, 30, 0))
        _ = t.handle(.giveFloor, at: at(11, 30, 20))
        #expect((try? t.decide(.correctStart(to: at(11, 29, 59)), at: at(11, 30, 30)).get()) == nil)
    }
}
