// Invariants that must hold after every event. Tests check them after each step of
// every scenario and random command sequence; an empty list means all hold.
//
// Only what two stored fields could still make disagree is checked: who is called or
// speaking is read from the floor alone, and the current phase and every segment's
// start and end from the one list of phases entered, so those cannot disagree.

extension SessionState {
    public func invariantViolations() -> [String] {
        var out: [String] = []
        // Every speaker in exactly one place: one standing, one slot in one list.
        var seen: [SpeakerID: Int] = [:]
        for (seg, list) in order.enumerated() {
            for id in list {
                seen[id, default: 0] += 1
                if speakers[id]?.segment != seg {
                    out.append("\(id) is listed in segment \(seg) but belongs elsewhere")
                }
            }
        }
        for id in speakers.keys {
            if seen[id] != 1 { out.append("\(id) appears \(seen[id] ?? 0) times in the lists") }
            if standing[id] == nil { out.append("\(id) has no status") }
            if id.rawValue > lastSpeakerNumber { out.append("\(id) is above the highest number handed out") }
        }
        if standing.count != speakers.count { out.append("status and roster disagree") }

        // The speaker at the floor is one still waiting to be heard.
        if let id = speakerAtFloor, standing[id] != .waiting {
            out.append("\(id) is at the floor but recorded as \(String(describing: standing[id]))")
        }
        if let iv = floor.intervention {
            if currentSegment != iv.segment { out.append("an intervention runs outside its segment") }
            if let p = floor.pausedSince, p < iv.floorGivenAt { out.append("paused before the floor was given") }
        }

        // Records: one per speaker who spoke; pauses inside the time on the floor.
        let spoke = standing.values.filter { $0 == .spoke }.count
        if spoke != records.count { out.append("\(spoke) spoke but \(records.count) records") }
        for r in records {
            let total = r.speakingTime + r.intervention.pausedTotal
            if total != r.endedAt - r.intervention.floorGivenAt {
                out.append("\(r.speaker): speaking + pauses do not add up to the time on the floor")
            }
        }

        // Phase: a segment runs forwards.
        for (s, e) in zip(segmentStarts, segmentEnds) {
            if let s, let e, e < s { out.append("a segment ends before it starts") }
        }
        return out
    }
}
