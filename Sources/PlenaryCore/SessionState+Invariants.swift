// Invariants that must hold after every event. Tests check them after each step of
// every scenario and random command sequence; an empty list means all hold.

extension SessionState {
    public func invariantViolations() -> [String] {
        var out: [String] = []
        // Every speaker in exactly one place: one status, one slot in one list.
        var seen: [SpeakerID: Int] = [:]
        for (seg, list) in order.enumerated() {
            for id in list {
                seen[id, default: 0] += 1
                if speakers[id]?.segment != seg { out.append("\(id) is listed in segment \(seg) but belongs elsewhere") }
            }
        }
        for id in speakers.keys {
            if seen[id] != 1 { out.append("\(id) appears \(seen[id] ?? 0) times in the lists") }
            if status[id] == nil { out.append("\(id) has no status") }
        }
        if status.count != speakers.count { out.append("status and roster disagree") }

        // The floor and the statuses tell the same story.
        let atFloor = status.filter { $0.value == .called || $0.value == .speaking }.map(\.key)
        switch floor {
        case .idle:
            if !atFloor.isEmpty { out.append("the floor is idle but \(atFloor) are at it") }
        case .called(let id, _):
            if atFloor != [id] || status[id] != .called { out.append("called \(id) but statuses say \(atFloor)") }
        case .speaking(let iv), .paused(let iv, _):
            if atFloor != [iv.speaker] || status[iv.speaker] != .speaking {
                out.append("\(iv.speaker) speaks but statuses say \(atFloor)")
            }
        }
        if let iv = floor.intervention {
            if currentSegment != iv.segment { out.append("an intervention runs outside its segment") }
            if let p = floor.pausedSince, p < iv.floorGivenAt { out.append("paused before the floor was given") }
        }

        // Records: one per speaker who spoke, with no negative duration.
        let spoke = status.values.filter { $0 == .spoke }.count
        if spoke != records.count { out.append("\(spoke) spoke but \(records.count) records") }
        for r in records {
            if r.endedAt < r.intervention.floorGivenAt { out.append("\(r.speaker) ended before starting") }
            if r.speakingTime < .zero { out.append("\(r.speaker) has negative speaking time") }
            for p in r.intervention.pauses where p.end < p.start { out.append("\(r.speaker) has a negative pause") }
            let total = r.speakingTime + r.intervention.pausedTotal
            if total != r.endedAt - r.intervention.floorGivenAt {
                out.append("\(r.speaker): speaking + pauses do not add up to the time on the floor")
            }
        }

        // Phase.
        if case .segment(let i, _) = phase, !plan.segments.indices.contains(i) { out.append("phase names segment \(i)") }
        for (s, e) in zip(segmentStarts, segmentEnds) {
            if let s, let e, e < s { out.append("a segment ends before it starts") }
            if s == nil, e != nil { out.append("a segment ended without starting") }
        }
        return out
    }
}
