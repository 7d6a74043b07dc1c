// evolve(state, event) -> state. Total: an event that does not fit the state (a
// damaged or hand-edited journal) changes nothing rather than trapping; `decide`
// is where commands are checked.

extension SessionState {
    /// Replays a history: undone actions are left out, so the result is exactly the
    /// state before them, except that the numbers they used stay used (`Event.inEffect`
    /// is the same rule). Replay never re-runs a decision.
    static func replay(_ initial: SessionState, _ events: [Event]) -> SessionState {
        let undone = Event.undoneActions(events)
        var s = initial
        for e in events {
            if e.isUndone(by: undone) {
                s.noteNumbersUsed(by: e)
                s.noteRedoable(after: e)
            } else {
                s.apply(e)
            }
        }
        return s
    }

    /// Keeps the list of what redo can put back: an undo adds to it, a redo takes its
    /// action off, and any other operator action, in effect or since undone, empties it.
    private mutating func noteRedoable(after e: Event) {
        switch e.fact {
        case .actionUndone(let a): redoable.append(a)
        case .actionRedone(let a): if redoable.last == a { redoable.removeLast() }
        default: if e.origin.action != nil { redoable.removeAll() }
        }
    }

    /// Keeps the action and speaker numbers an event used, whether or not it counts.
    private mutating func noteNumbersUsed(by e: Event) {
        if let a = e.origin.action { lastAction = max(lastAction, a) }
        if case .walkInAdded(let sp, _) = e.fact { lastSpeakerNumber = max(lastSpeakerNumber, sp.id.rawValue) }
        if case .registrationsAdded(let list) = e.fact {
            lastSpeakerNumber = list.reduce(lastSpeakerNumber) { max($0, $1.id.rawValue) }
        }
    }

    /// evolve, in place: the state after one more event. `actionUndone` and
    /// `actionRedone` need the whole history and are left to `replay`, so this is internal: fold events with `Session`.
    mutating func apply(_ e: Event) {
        noteNumbersUsed(by: e)
        noteRedoable(after: e)
        if e.isUndoOrRedo { return }
        if let a = e.origin.action, appliedActions.last != a { appliedActions.append(a) }
        let t = max(e.at, latest ?? e.at)
        latest = t
        switch e.fact {
        case .sessionOpened:
            guard case .notStarted = phase else { return }
            phases.append(.opening(since: t))
            floor = .idle(since: t)

        case .segmentStarted(let i):
            guard plan.segments.indices.contains(i) else { return }
            phases.append(.segment(i, since: t))
            floor = .idle(since: t)

        case .closingStarted:
            phases.append(.closing(since: t))
            floor = .idle(since: t)

        case .speakerCalled(let id):
            // Only a speaker of the segment under way, as `decide` requires: a journal
            // edited to name another segment must not put anyone at the floor outside it.
            guard status(of: id) == .waiting, case .idle = floor, speakers[id]?.segment == currentSegment else {
                return
            }
            floor = .called(id, at: t)

        case .floorGiven(let id):
            guard let sp = speakers[id], sp.segment == currentSegment else { return }
            var calledAt: Instant?
            if case .called(let c, let at) = floor, c == id {
                calledAt = at
            } else if case .idle = floor, status(of: id) == .waiting {
                calledAt = nil
            } else {
                return
            }
            floor = .speaking(
                Intervention(
                    speaker: id, segment: sp.segment, calledAt: calledAt, floorGivenAt: t,
                    limit: plan.segments[sp.segment].interventionLimit))

        case .interventionPaused:
            guard case .speaking(let iv) = floor else { return }
            floor = .paused(iv, since: t)

        case .interventionResumed:
            guard case .paused(var iv, let since) = floor else { return }
            // Let go of the floor's copy first, so the append does not copy every
            // earlier pause (it made a long replay quadratic).
            floor = .idle(since: nil)
            iv.pauses.append(Pause(start: since, end: max(since, t)))
            floor = .speaking(iv)

        case .interventionEnded(let id):
            guard var iv = floor.intervention, iv.speaker == id else { return }
            if let since = floor.pausedSince { iv.pauses.append(Pause(start: since, end: max(since, t))) }
            records.append(InterventionRecord(intervention: iv, endedAt: max(t, iv.floorGivenAt)))
            standing[id] = .spoke
            floor = .idle(since: t)

        case .speakerSkipped(let id):
            guard leaveFloorIfCalled(id, at: t), let seg = speakers[id]?.segment else { return }
            skips[id, default: 0] += 1
            order[seg].removeAll { $0 == id }
            order[seg].append(id)

        case .speakerAbsent(let id):
            guard leaveFloorIfCalled(id, at: t) else { return }
            standing[id] = .absent

        case .speakerWithdrawn(let id):
            guard leaveFloorIfCalled(id, at: t) else { return }
            standing[id] = .withdrawn

        case .speakerRestored(let id):
            guard standing[id] == .withdrawn || standing[id] == .absent else { return }
            standing[id] = .waiting

        case .walkInAdded(let sp, let position):
            guard speakers[sp.id] == nil, order.indices.contains(sp.segment) else { return }
            speakers[sp.id] = sp
            standing[sp.id] = .waiting
            place(sp.id, inSegment: sp.segment, atWaitingPosition: position)

        case .registrationsAdded(let list):
            for sp in list where speakers[sp.id] == nil && order.indices.contains(sp.segment) {
                speakers[sp.id] = sp
                standing[sp.id] = .waiting
                order[sp.segment].append(sp.id)
            }

        case .speakerMoved(let id, let position):
            guard status(of: id) == .waiting, let seg = speakers[id]?.segment else { return }
            order[seg].removeAll { $0 == id }
            place(id, inSegment: seg, atWaitingPosition: position)

        case .timeExtended(let ms, let reason):
            let x = Extension(amount: .milliseconds(ms), reason: reason, at: t)
            switch floor {
            case .speaking(var iv):
                iv.extensions.append(x)
                floor = .speaking(iv)
            case .paused(var iv, let since):
                iv.extensions.append(x)
                floor = .paused(iv, since: since)
            case .idle, .called: return
            }

        case .startCorrected(let start):
            switch floor {
            case .speaking(var iv):
                iv.recordedStart = iv.recordedStart ?? iv.floorGivenAt
                iv.floorGivenAt = start
                floor = .speaking(iv)
            case .paused(var iv, let since):
                iv.recordedStart = iv.recordedStart ?? iv.floorGivenAt
                iv.floorGivenAt = start
                floor = .paused(iv, since: since)
            case .idle, .called: return
            }

        case .actionUndone, .actionRedone:
            return

        case .sessionClosed:
            // A called speaker goes back to waiting: the floor no longer names them.
            phases.append(.closed(at: t))
            floor = .idle(since: t)

        case .suspendDetected(let from):
            suspends.append(Pause(start: from, end: max(from, t)))
        }
    }

    /// A called speaker who is skipped, absent or withdraws leaves the floor free.
    /// Returns false when the speaker cannot be moved (has the floor or has spoken).
    private mutating func leaveFloorIfCalled(_ id: SpeakerID, at t: Instant) -> Bool {
        switch status(of: id) {
        case .called:
            floor = .idle(since: t)
            return true
        case .waiting:
            return true
        case .speaking, .spoke, .absent, .withdrawn, nil:
            return false
        }
    }

    /// Puts `id` before the `position`-th waiting speaker (1 = next), or at the end.
    /// One pass that stops at the place: a replay of a long day places thousands.
    private mutating func place(_ id: SpeakerID, inSegment seg: Int, atWaitingPosition position: Int?) {
        if let p = position, p >= 1 {
            var seen = 0
            let atFloor = speakerAtFloor
            for (i, other) in order[seg].enumerated() where other != id && isWaiting(other, atFloor: atFloor) {
                seen += 1
                if seen == p {
                    order[seg].insert(id, at: i)
                    return
                }
            }
        }
        order[seg].append(id)
    }
}
