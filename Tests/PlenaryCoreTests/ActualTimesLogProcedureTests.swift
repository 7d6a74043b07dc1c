import Testing

// The log's figures of the rules of procedure that every export writes: a reply's
// number, the periods' time suspended and points of order, statements in writing
// apart from those not reached, and a point of order or a suspension still under way.
@testable import PlenaryCore

@Suite struct ActualTimesLogProcedure {
    static func log(_ d: Driver) -> ActualTimesLog {
        ActualTimesLog.build(
            plan: d.session.plan, speakers: Array(d.session.initial.speakers.values).sorted { $0.id < $1.id },
            events: d.session.events)
    }

    @Test func repliesAreNumberedPerDelegationAsTheyWereAskedFor() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.requestReply(delegation: "Japan", function: "", category: .stateParty))
        d.run(.requestReply(delegation: "Chile", function: "", category: .stateParty))
        d.run(.requestReply(delegation: "japan ", function: "", category: .stateParty))
        let rows = Self.log(d).rows.filter { $0.kind == .reply }
        #expect(rows.map(\.delegation) == ["Japan", "Chile", "japan"])
        #expect(rows.map(\.replyOrdinal) == [1, 1, 2])
        #expect(rows.map(\.limit) == [.minutes(10), .minutes(10), .minutes(5)])
        #expect(Self.log(d).rows.filter { $0.kind != .reply }.allSatisfy { $0.replyOrdinal == nil })
        // A withdrawn reply has no number and does not count, as the console counts.
        d.run(.withdraw(rows[0].speaker))
        let after = Self.log(d).rows.filter { $0.kind == .reply }
        #expect(after.map(\.replyOrdinal) == [nil, 1, 1])
    }

    @Test func thePeriodsCountTheMeetingsTimeAndStatementsInWritingApart() {
        var d = ProcedureScenario.script()
        d.now = at(12, 0)
        d.run(.startNextSegment)
        let log = Self.log(d)
        let one = log.segments[0]
        #expect(one.suspendedTotal == .minutes(10))
        #expect(one.pointsOfOrder == 1)
        #expect(one.pointOfOrderTotal == .seconds(40))
        #expect(one.inWriting == [d.id("Sierra Leone")])
        #expect(!one.notReached.contains(d.id("Sierra Leone")))
        #expect(one.notReached.contains(d.id("Netherlands")))
        #expect(log.session.suspendedTotal == .minutes(10))
        #expect(log.segments[1].suspendedTotal == .zero && log.segments[1].pointsOfOrder == 0)
    }

    @Test func aPointOfOrderOrASuspensionStillUnderWayRunsToTheLastRecord() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.now = at(11, 31)
        d.run(.raisePointOfOrder(by: "Chile"))
        d.now = at(11, 31, 25)
        d.run(.addNote(d.id("Presidency of the Court"), text: "interrupted"))
        var log = Self.log(d)
        #expect(log.pointsOfOrder.map(\.length) == [.seconds(25)])
        #expect(log.pointsOfOrder.first?.interruptedSpeaker == d.id("Presidency of the Court"))
        #expect(log.pointsOfOrder.first?.segment == 0)
        #expect(log.segments[0].pointOfOrderTotal == .seconds(25))
        #expect(log.rows[0].speakingTime == .minutes(1), "the speaker's clock stands still")

        d.run(.endPointOfOrder)
        d.run(.endIntervention)
        d.now = at(11, 32)
        d.run(.suspendMeeting(for: .minutes(5), reason: "consultations"))
        d.now = at(11, 33)
        d.run(.addNote(d.id("Presidency of the Court"), text: "during the suspension"))
        log = Self.log(d)
        #expect(log.suspensions.map(\.length) == [.minutes(1)])
        #expect(log.segments[0].suspendedTotal == .minutes(1))
        #expect(log.pointsOfOrder.count == 1, "the ended point of order, once")
    }
}
