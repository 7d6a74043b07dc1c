import PropertyBased
import Testing

// Random command sequences at random instants: whatever the operator does, the state
// stays consistent, replay gives it back, undo restores the state before, and the
// time shown does not depend on how often it is asked.
@testable import PlenaryCore

/// Decodes one generated number into a command and a gap before it.
func step(_ n: Int, in d: Driver) -> (Command, Duration) {
    let arg = (n / 32) % 40
    let gap = Duration.milliseconds(Int64((n / 1280) % 150_000))
    let ids = d.state.speakers.keys.sorted()
    let who = ids[arg % ids.count]
    let command: Command
    switch n % 32 {
    case 0: command = .openSession
    case 1, 2: command = .startNextSegment
    case 3, 4: command = .callNext
    case 5: command = .call(who)
    case 6, 7, 8: command = .giveFloor
    case 9: command = .pause
    case 10: command = .resume
    case 11, 12, 13: command = .endIntervention
    case 14: command = .skip(nil)
    case 15: command = .skip(who)
    case 16: command = .markAbsent(arg % 2 == 0 ? nil : who)
    case 17: command = .withdraw(who)
    case 18: command = .restore(who)
    case 19:
        command = .addWalkIn(
            delegation: "Walk-in \(arg)", function: "", category: .other, segment: arg % 2,
            position: arg % 5)
    case 20: command = .move(who, toPosition: arg % 6)
    case 21: command = .extend(by: .seconds(Int64(arg % 4) * 15), reason: "chair")
    case 22: command = .correctStart(to: d.now + gap - .seconds(arg))
    case 23, 24: command = .undo
    case 25: command = .closeSession
    case 26: command = .raisePointOfOrder(by: arg % 2 == 0 ? "" : "Chile")
    case 27: command = .endPointOfOrder
    case 28: command = arg % 2 == 0 ? .suspendMeeting(for: .seconds(Int64(arg % 3) * 60), reason: "") : .resumeMeeting
    case 29: command = .requestReply(delegation: "Reply \(arg % 3)", function: "", category: .stateParty)
    case 30:
        command =
            arg % 2 == 0
            ? .submitInWriting(arg % 4 == 0 ? nil : who) : .changeLimit(who, to: .seconds(Int64(arg) * 10), reason: "")
    case 31:
        switch arg % 3 {
        case 0: command = .showMessage(arg % 2 == 0 ? .canned(.pleaseConclude) : .text(" Conclude \(arg)"))
        case 1: command = .clearMessage
        default: command = .addNote(who, text: "note \(arg)")
        }
    default: command = .giveFloor
    }
    return (command, gap)
}

/// What undo must restore: everything but the action counter.
struct Observable: Equatable {
    var phase: Phase, floor: Floor, order: [[SpeakerID]], status: [SpeakerID: SpeakerStatus?]
    var skips: [SpeakerID: Int], records: [InterventionRecord], speakers: [SpeakerID: Speaker]
    var starts: [Instant?], ends: [Instant?], applied: [ActionID]
    var pointsOfOrder: [PointOfOrderRecord], suspensions: [SuspensionRecord], messages: [ShownMessage]
    var limitChanges: [SpeakerID: LimitChange], notes: [SpeakerID: [TurnNote]]

    init(_ s: SessionState) {
        phase = s.phase
        floor = s.floor
        order = s.order
        skips = s.skips
        status = Dictionary(uniqueKeysWithValues: s.speakers.keys.map { ($0, s.status(of: $0)) })
        records = s.records
        speakers = s.speakers
        starts = s.segmentStarts
        ends = s.segmentEnds
        applied = s.appliedActions
        pointsOfOrder = s.pointsOfOrder
        suspensions = s.suspensions
        messages = s.messages
        limitChanges = s.limitChanges
        notes = s.notes
    }
}

@Suite struct RandomOperation {
    static let script = Gen.int(in: 0...10_000_000).array(of: 1...150)

    @Test func invariantsHoldAndReplayAgrees() async {
        await propertyCheck(count: 200, input: Self.script) { numbers in
            var d = Driver()
            d.now = at(11, 28)
            var lastEventAt = d.now
            for n in numbers {
                let (command, gap) = step(n, in: d)
                d.advance(gap)
                let before = d.state
                switch d.session.handle(command, at: d.now) {
                case .success(let events):
                    #expect(events.allSatisfy { $0.at >= lastEventAt })
                    lastEventAt = d.now
                    if command != .undo {
                        // Undo restores exactly what was there before this action.
                        var probe = d.session
                        probe.handle(.undo, at: d.now)
                        #expect(Observable(probe.state) == Observable(before), "undo of \(command)")
                    }
                case .failure:
                    #expect(d.state == before)
                }
                #expect(d.state.invariantViolations() == [])
                if let spoken = d.state.speakingTime(at: d.now) { #expect(spoken >= .zero) }
            }
            #expect(SessionState.replay(d.session.initial, d.session.events) == d.state)
        }
    }

    @Test func theShownTimeDoesNotDependOnHowOftenItIsAsked() async {
        // A display asks every second, every 7 s, or at irregular moments; at any
        // instant they all show what the recorded instants say.
        await propertyCheck(count: 100, input: Self.script, Gen.int(in: 1...5_000).array(of: 1...60)) { numbers, gaps in
            var d = Driver()
            d.now = at(11, 35)
            d.run(.openSession)
            d.run(.startNextSegment)
            d.run(.giveFloor)
            let start = d.now
            var pausedTotal = Duration.zero
            var pausedAt: Instant?
            for n in numbers.prefix(20) {
                d.advance(.milliseconds(Int64(n % 20_000)))
                if n % 3 == 0, pausedAt == nil, case .success = d.session.handle(.pause, at: d.now) {
                    pausedAt = d.now
                } else if n % 3 == 1, let p = pausedAt, case .success = d.session.handle(.resume, at: d.now) {
                    pausedTotal += d.now - p
                    pausedAt = nil
                }
            }
            func expected(_ t: Instant) -> Duration {
                let open = pausedAt.map { t - $0 } ?? .zero
                return d.state.floor.intervention!.allowance - ((t - start) - pausedTotal - open)
            }
            var everySecond: [Instant: Duration] = [:]
            var t = d.now
            for _ in 0..<60 {
                everySecond[t] = d.state.remaining(at: t)
                t = t + .seconds(1)
            }
            var t7 = d.now
            for _ in 0..<9 {
                #expect(d.state.remaining(at: t7) == everySecond[t7])
                #expect(d.state.remaining(at: t7) == expected(t7))
                t7 = t7 + .seconds(7)
            }
            var irregular = d.now
            for g in gaps {
                irregular = irregular + .milliseconds(Int64(g))
                #expect(d.state.remaining(at: irregular) == expected(irregular))
            }
        }
    }
}
