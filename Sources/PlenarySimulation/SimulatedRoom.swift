// The room as the officer sees it during a rehearsal without the autopilot: the
// called speaker walking up (or not there at all), the speaker at the microphone
// stopping on their own, an interruption that needs a pause, a walk-in asking for
// the floor. The officer still presses the keys; the room only shows what a real
// room would. Pure: the same speaker draws as the autopilot's, at virtual instants.
import PlenaryCore

/// Something the officer would see in the room.
public enum RoomSighting: Sendable, Hashable {
    case walking(SpeakerID)
    case atMicrophone(SpeakerID)
    case notInRoom(SpeakerID)
    case finished(SpeakerID)
    case interruption(SpeakerID)
    case interruptionOver(SpeakerID)
    case asksForFloor(String)
}

public struct SimulatedRoom: Sendable {
    /// The same draws the autopilot would make (speaker behaviour, walk-ins).
    public private(set) var pilot: Autopilot

    public init(pilot: Autopilot) { self.pilot = pilot }

    /// What the room shows at `now` for `state`, and the next instant that changes
    /// without anyone pressing a key (nil: only a key changes it).
    public mutating func look(at state: SessionState, now: Instant) -> (sightings: [RoomSighting], next: Instant?) {
        var out: [RoomSighting] = []
        var next: Instant?
        func until(_ t: Instant) { if t > now { next = min(next ?? t, t) } }

        switch state.floor {
        case .idle, .pointOfOrder, .suspended:
            break
        case .called(let id, let at):
            let b = pilot.behaviour(of: id, in: state)
            // Nobody walks up: after the usual walk, the officer sees the seat is empty.
            let arrival = at + b.changeover
            if now >= arrival {
                out.append(b.absent ? .notInRoom(id) : .atMicrophone(id))
            } else {
                if !b.absent { out.append(.walking(id)) }
                until(arrival)
            }
        case .speaking(let iv):
            let b = pilot.behaviour(of: iv.speaker, in: state)
            var stop = iv.floorGivenAt + iv.pausedTotal + b.speaking
            if let cut = b.interruption, iv.pauses.isEmpty {
                let from = iv.floorGivenAt + cut.after
                let to = from + cut.length
                // Not paused: the speaker waits out the interruption, then goes on.
                if now >= from { stop = stop + cut.length }
                if now >= from && now < to { out.append(.interruption(iv.speaker)) }
                until(from)
                until(to)
            }
            if now >= stop { out.append(.finished(iv.speaker)) } else { until(stop) }
        case .paused(let iv, let since):
            let b = pilot.behaviour(of: iv.speaker, in: state)
            let over = since + (b.interruption?.length ?? .seconds(10))
            if now >= over { out.append(.interruptionOver(iv.speaker)) } else { until(over) }
        }

        if case .segment(let seg, _) = state.phase, let name = pilot.walkInAsking(inSegment: seg, state: state) {
            let added = state.speakers.values.contains {
                $0.kind == .walkIn && $0.segment == seg && $0.delegation.lowercased() == name.lowercased()
            }
            if added { pilot.walkInHeard(inSegment: seg) } else { out.append(.asksForFloor(name)) }
        }
        return (out, next)
    }
}
