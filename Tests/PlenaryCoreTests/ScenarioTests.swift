import Testing

// A full 90-minute plenary scripted end to end with explicit instants: every figure
// below is worked out by hand from the script, so a wrong clock or a lost speaker
// shows up as a difference.
@testable import PlenaryCore

@Suite struct FullSessionScenario {
    @Test func theWholePlenary() throws {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        #expect(d.state.phase == .opening(since: at(11, 30)))

        d.now = at(11, 35)
        d.run(.startNextSegment)
        #expect(d.state.currentSegment == 0)
        #expect(d.state.segmentRemaining(at: at(11, 45)) == .minutes(30))

        // 1. The President of the Court: called, walks 15 s, speaks exactly 2:00.
        d.run(.callNext)
        #expect(d.name(d.state.speakerAtFloor) == "Presidency of the Court")
        #expect(
            d.state.callLine(.english)
                == "I now give the floor to the representative of the Presidency of the Court, "
                + "to be followed by the Office of the Prosecutor.")
        d.advance(.seconds(15))
        d.run(.giveFloor)
        #expect(d.state.speakingTime(at: d.now + .seconds(90)) == .seconds(90))
        #expect(d.state.stage(at: d.now + .seconds(89)) == .onTime)
        #expect(d.state.stage(at: d.now + .seconds(90)) == .wrapUp)
        #expect(d.state.stage(at: d.now + .seconds(110)) == .final)
        #expect(d.state.stage(at: d.now + .seconds(120)) == .time)
        #expect(d.state.stage(at: d.now + .seconds(135)) == .overrun(1))
        #expect(d.state.stage(at: d.now + .seconds(150)) == .overrun(2))
        d.advance(.minutes(2))
        d.run(.endIntervention)
        #expect(d.state.records.last?.speakingTime == .minutes(2))
        #expect(d.state.records.last?.overrun == .zero)

        // 2. The Prosecutor: a 30 s pause for interpretation, an extension of 30 s.
        d.advance(.seconds(10))
        d.run(.giveFloor)  // calls and gives the floor at once
        let otpStart = d.now
        d.advance(.seconds(40))
        d.run(.pause)
        d.advance(.seconds(30))
        #expect(d.state.speakingTime(at: d.now) == .seconds(40), "a pause does not count")
        #expect(d.state.remaining(at: d.now + .minutes(5)) == .seconds(80), "frozen while paused")
        d.run(.resume)
        d.run(.extend(by: .seconds(30), reason: "interpretation"))
        d.advance(.seconds(100))
        #expect(d.state.remaining(at: d.now) == .seconds(10))
        #expect(d.state.stage(at: d.now) == .final)
        d.advance(.seconds(15))
        d.run(.endIntervention)
        let otp = try #require(d.state.records.last)
        #expect(otp.intervention.floorGivenAt == otpStart)
        #expect(otp.speakingTime == .seconds(155))
        #expect(otp.intervention.pausedTotal == .seconds(30))
        #expect(otp.intervention.allowance == .seconds(150))
        #expect(otp.overrun == .seconds(5))

        // 3. The Registrar is not in the room: skipped, moved to the end of the list.
        d.advance(.seconds(5))
        d.run(.callNext)
        #expect(d.name(d.state.speakerAtFloor) == "Registry")
        d.advance(.seconds(20))
        d.run(.skip(nil))
        #expect(d.state.floor == .idle(since: d.now))
        #expect(d.name(d.state.upcoming.last) == "Registry")
        #expect(d.name(d.state.upcoming.first) == "Belgium")

        // 4. Belgium; the officer forgot to start the timer and corrects it by 12 s.
        d.run(.callNext)
        d.advance(.seconds(20))
        let belgiumReallyStarted = d.now
        d.advance(.seconds(12))
        d.run(.giveFloor)
        d.run(.correctStart(to: belgiumReallyStarted))
        #expect(d.state.speakingTime(at: d.now) == .seconds(12))
        d.advance(.seconds(108))
        d.run(.endIntervention)
        #expect(d.state.records.last?.speakingTime == .minutes(2))
        #expect(d.state.records.last?.intervention.recordedStart == belgiumReallyStarted + .seconds(12))

        // 5. France withdraws before being called; Sierra Leone is moved forward...
        d.run(.withdraw(d.id("France")))
        d.run(.move(d.id("Japan"), toPosition: 1))
        #expect(d.name(d.state.upcoming.first) == "Japan")
        // ...and the move is undone: Sierra Leone is next again.
        d.run(.undo)
        #expect(d.name(d.state.upcoming.first) == "Sierra Leone")
        // Undo again: France's withdrawal is taken back too.
        d.run(.undo)
        #expect(d.name(d.state.upcoming.first) == "France")
        #expect(d.state.status(of: d.id("France")) == .waiting)

        // A walk-in from the floor, second in line.
        d.run(
            .addWalkIn(
                delegation: "Liechtenstein", function: "Ambassador", category: .stateParty,
                segment: 0, position: 2))
        #expect(d.state.upcoming.prefix(2).map { d.name($0) } == ["France", "Liechtenstein"])

        // Everyone else in Segment I speaks 1:50 with a 20 s walk.
        while let next = d.state.upcoming.first {
            d.advance(.seconds(20))
            d.run(.call(next))
            d.run(.giveFloor)
            d.advance(.seconds(110))
            d.run(.endIntervention)
        }
        // 14 registered + 1 walk-in spoke: the President, the Prosecutor, Belgium and
        // 12 more (France..Coalition, Liechtenstein, and the Registry at the end).
        #expect(d.state.records.count == 15)
        #expect(d.state.status(of: d.id("Registry")) == .spoke)
        #expect(d.state.skips[d.id("Registry")] == 1)
        let segmentIEnd = d.now
        // 11:35 + 15 s + 2:00 + 10 s + 3:05 + 5 s + 20 s + 40 s + 2:00 + 12 × 2:10
        let scripted: Int = 15 + 120 + 10 + 185 + 5 + 20 + 32 + 108 + 12 * 130
        #expect(segmentIEnd == at(11, 35) + .seconds(scripted))

        d.advance(.seconds(30))
        d.run(.startNextSegment)
        #expect(d.state.segmentEnds[0] == segmentIEnd + .seconds(30))
        #expect(d.state.currentSegment == 1)

        // Segment II: the first speaker is absent and dropped, the rest speak 2:00.
        d.run(.callNext)
        d.run(.markAbsent(nil))
        #expect(d.state.status(of: d.id("Registry", segment: 1)) == .absent)
        while !d.state.upcoming.isEmpty {
            d.advance(.seconds(20))
            d.run(.giveFloor)
            d.advance(.minutes(2))
            d.run(.endIntervention)
        }
        #expect(d.state.records.count == 15 + 11)

        d.advance(.seconds(10))
        d.run(.startNextSegment)
        #expect(d.state.phase == .closing(since: d.now))
        d.advance(.minutes(4))
        d.run(.closeSession)
        #expect(d.state.isClosed)
        d.reject(.callNext)

        // Totals add up: speaking time of every record, exactly.
        let total = d.state.records.reduce(Duration.zero) { $0 + $1.speakingTime }
        let expected: Int = 120 + 155 + 120 + 12 * 110 + 11 * 120
        #expect(total == .seconds(expected))
    }

    @Test func undoReopensAClosedSession() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.closeSession)
        #expect(d.reject(.callNext) == .sessionClosed)
        d.run(.undo)
        #expect(d.state.currentSegment == 0)
        #expect(!d.state.isClosed)
        // The undo is itself on the record.
        #expect(d.session.events.last?.fact == .actionUndone(action: ActionID(number: 3)), "the close")
    }

    @Test func undoingTheEndOfAnInterventionKeepsTheClockRunning() {
        var d = Driver()
        d.now = at(11, 35)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.giveFloor)
        d.advance(.seconds(50))
        d.run(.endIntervention)
        d.advance(.seconds(5))
        d.run(.undo)
        // The end never happened: the speaker kept talking all along.
        #expect(d.state.speakingTime(at: d.now) == .seconds(55))
        #expect(d.state.records.isEmpty)
    }

    @Test func undoTakesBackAWholeActionAtOnce() {
        var d = Driver()
        d.now = at(11, 35)
        d.run(.openSession)
        d.run(.startNextSegment)
        d.run(.giveFloor)  // from a free floor: calls and gives the floor, one action
        #expect(d.session.events.count == 4)
        d.run(.undo)
        #expect(d.state.phase == .segment(0, since: at(11, 35)))
        #expect(d.state.floor == .idle(since: at(11, 35)))
        #expect(d.state.records.isEmpty && d.state.speakerAtFloor == nil)
        d.run(.undo)
        d.run(.undo)
        #expect(d.state.phase == .notStarted)
        #expect(d.reject(.undo) == .nothingToUndo)
    }
}
