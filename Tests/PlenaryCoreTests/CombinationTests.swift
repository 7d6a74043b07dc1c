import Testing

// Every phase × every command: each is either refused with a reason and no change,
// or accepted with the invariants intact. A tiny reference model says which.
@testable import PlenaryCore

enum Situation: String, CaseIterable, CustomTestStringConvertible {
    case notStarted, opening, segmentIdle, called, speaking, paused, segmentExhausted, closing, closed
    /// A point of order raised while a speaker has the floor.
    case pointOfOrder
    /// The meeting suspended with the floor free.
    case suspended

    var testDescription: String { rawValue }

    /// A driver brought into this situation by ordinary commands.
    func driver() -> Driver {
        var d = Driver()
        d.now = at(11, 30)
        switch self {
        case .notStarted: break
        case .opening: d.run(.openSession)
        case .segmentIdle:
            d.run(.openSession)
            d.run(.startNextSegment)
        case .called:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.callNext)
        case .speaking:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.giveFloor)
        case .paused:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.giveFloor)
            d.advance(.seconds(5))
            d.run(.pause)
        case .segmentExhausted:
            d.run(.openSession)
            d.run(.startNextSegment)
            for id in d.state.upcoming { d.run(.withdraw(id)) }
        case .closing:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.startNextSegment)
            d.run(.startNextSegment)
        case .closed:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.closeSession)
        case .pointOfOrder:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.giveFloor)
            d.advance(.seconds(5))
            d.run(.raisePointOfOrder(by: "Chile"))
        case .suspended:
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.suspendMeeting(for: .minutes(10), reason: "consultations"))
        }
        d.advance(.seconds(10))
        return d
    }
}

/// Representative commands, with the speakers they name chosen from the driver's state.
func commands(for d: Driver) -> [(String, Command)] {
    let waiting = d.state.waiting(inSegment: 0).last ?? SpeakerID(4)
    let otherSegment = d.state.order[1].first!
    return [
        ("open", .openSession), ("next segment", .startNextSegment), ("call next", .callNext),
        ("call waiting", .call(waiting)), ("call other segment", .call(otherSegment)),
        ("call unknown", .call(SpeakerID(999))), ("give floor", .giveFloor), ("pause", .pause),
        ("resume", .resume), ("end", .endIntervention), ("skip called", .skip(nil)),
        ("skip waiting", .skip(waiting)), ("absent called", .markAbsent(nil)),
        ("withdraw waiting", .withdraw(waiting)), ("restore waiting", .restore(waiting)),
        ("walk-in", .addWalkIn(delegation: "Malta", function: "", category: .stateParty, segment: 0, position: 1)),
        ("walk-in blank", .addWalkIn(delegation: "  ", function: "", category: .stateParty, segment: 0, position: nil)),
        (
            "walk-in bad segment",
            .addWalkIn(
                delegation: "Malta", function: "", category: .stateParty, segment: 7,
                position: nil)
        ),
        ("move waiting", .move(waiting, toPosition: 1)), ("move to zero", .move(waiting, toPosition: 0)),
        ("extend", .extend(by: .seconds(30), reason: "chair")), ("extend by zero", .extend(by: .zero, reason: "")),
        ("correct start", .correctStart(to: d.now - .seconds(1))),
        ("correct into future", .correctStart(to: d.now + .seconds(5))),
        ("undo", .undo), ("close", .closeSession),
        ("raise point of order", .raisePointOfOrder(by: "")), ("end point of order", .endPointOfOrder),
        ("request reply", .requestReply(delegation: "Chile", function: "", category: .stateParty)),
        ("request reply blank", .requestReply(delegation: " ", function: "", category: .stateParty)),
        ("change limit waiting", .changeLimit(waiting, to: .minutes(3), reason: "group statement")),
        ("change limit zero", .changeLimit(waiting, to: .zero, reason: "")),
        ("in writing waiting", .submitInWriting(waiting)), ("in writing called", .submitInWriting(nil)),
        ("show message", .showMessage(.canned(.pleaseConclude))), ("show blank message", .showMessage(.text("  "))),
        ("clear message", .clearMessage), ("suspend", .suspendMeeting(for: .minutes(5), reason: "")),
        ("suspend zero", .suspendMeeting(for: .zero, reason: "")), ("resume meeting", .resumeMeeting),
        ("note waiting", .addNote(waiting, text: "spoke in Spanish")), ("note blank", .addNote(waiting, text: " ")),
    ]
}

/// The reference model: which commands a situation accepts.
func accepts(_ s: Situation, _ name: String) -> Bool {
    let live: Set<Situation> = [
        .notStarted, .opening, .segmentIdle, .called, .speaking, .paused, .segmentExhausted,
        .closing, .pointOfOrder, .suspended,
    ]
    let onFloor: Set<Situation> = [.speaking, .paused]
    let floorFree: Set<Situation> = [.notStarted, .opening, .segmentIdle, .segmentExhausted, .closing]
    switch name {
    case "open": return s == .notStarted
    case "next segment": return floorFree.contains(s) && s != .closing
    case "call next", "call waiting": return s == .segmentIdle
    case "call other segment", "call unknown": return false
    case "give floor": return [.segmentIdle, .called].contains(s)
    case "pause": return s == .speaking
    case "resume": return s == .paused
    case "end", "extend": return onFloor.contains(s)
    // Paused 5 s ago: a start after the pause began is refused.
    case "correct start": return s == .speaking
    case "skip called", "absent called": return s == .called
    case "skip waiting", "withdraw waiting", "move waiting": return live.contains(s) && s != .segmentExhausted
    case "restore waiting": return s == .segmentExhausted  // its waiting speakers are all withdrawn
    case "walk-in": return live.contains(s)
    case "undo": return s != .notStarted
    case "close": return floorFree.contains(s) && s != .notStarted
    case "raise point of order": return live.contains(s) && ![.notStarted, .pointOfOrder, .suspended].contains(s)
    case "end point of order": return s == .pointOfOrder
    // Replies are heard at the end of the session: the list closes with the last segment.
    case "request reply": return live.contains(s) && s != .closing
    case "change limit waiting", "in writing waiting": return live.contains(s) && s != .segmentExhausted
    case "in writing called": return s == .called
    case "show message", "note waiting": return live.contains(s)
    case "suspend": return floorFree.contains(s) && s != .notStarted
    case "resume meeting": return s == .suspended
    default: return false  // the malformed ones
    }
}

@Suite struct EveryPhaseTimesEveryCommand {
    @Test(arguments: Situation.allCases)
    func commandIsRefusedOrConsistent(_ situation: Situation) {
        let base = situation.driver()
        for (name, command) in commands(for: base) {
            var d = base
            let before = d.state
            switch d.session.handle(command, at: d.now) {
            case .success(let events):
                #expect(accepts(situation, name), "\(situation): \(name) was accepted: \(events.map(\.fact))")
                #expect(!events.isEmpty)
                #expect(d.state.invariantViolations() == [], "\(situation): \(name)")
                #expect(SessionState.replay(d.session.initial, d.session.events) == d.state)
                #expect(events.allSatisfy { $0.origin == .operator(ActionID(number: before.lastAction.number + 1)) })
            case .failure(let rejection):
                #expect(!accepts(situation, name), "\(situation): \(name) was refused: \(rejection)")
                #expect(d.state == before, "a refusal changes nothing")
            }
        }
    }
}
