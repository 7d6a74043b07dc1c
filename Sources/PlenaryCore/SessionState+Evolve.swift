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
        if case .replyRequested(let sp) = e.fact { lastSpeakerNumber = max(lastSpeakerNumber, sp.id.rawValue) }
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
                    limit: limit(of: id) ?? plan.segments[sp.segment].interventionLimit))

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
            guard floor.pointOfOrder == nil, var iv = floor.intervention, iv.speaker == id else { return }
            if let since = floor.pausedSince { iv.pauses.append(Pause(start: since, end: max(since, t))) }
            records.append(InterventionRecord(intervention: iv, endedAt: max(t, iv.floorGivenAt)))
            standing[id] = .spoke
            floor = .idle(since: t)
            clearMessage(at: t)

        case .speakerSkipped(let id):
            guard leaveFloorIfCalled(id, at: t), let seg = speakers[id]?.segment else { return }
            skips[id, default: 0] += 1
            order[seg].removeAll { $0 == id }
            appendToList(id, segment: seg)

        case .speakerAbsent(let id):
            guard leaveFloorIfCalled(id, at: t) else { return }
            standing[id] = .absent

        case .speakerWithdrawn(let id):
            guard leaveFloorIfCalled(id, at: t) else { return }
            standing[id] = .withdrawn

        case .speakerRestored(let id):
            guard standing[id] == .withdrawn || standing[id] == .absent || standing[id] == .inWriting else { return }
            standing[id] = .waiting

        case .walkInAdded(let sp, let position):
            guard speakers[sp.id] == nil, order.indices.contains(sp.segment) else { return }
            speakers[sp.id] = sp
            standing[sp.id] = .waiting
            if position == nil {
                appendToList(sp.id, segment: sp.segment)
            } else {
                place(sp.id, inSegment: sp.segment, atWaitingPosition: position)
            }

        case .registrationsAdded(let list):
            for sp in list where speakers[sp.id] == nil && order.indices.contains(sp.segment) {
                speakers[sp.id] = sp
                standing[sp.id] = .waiting
                appendToList(sp.id, segment: sp.segment)
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
            case .idle, .called, .pointOfOrder, .suspended: return
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
            case .idle, .called, .pointOfOrder, .suspended: return
            }

        case .actionUndone, .actionRedone:
            return

        case .sessionClosed:
            // A called speaker goes back to waiting: the floor no longer names them.
            phases.append(.closed(at: t))
            floor = .idle(since: t)
            clearMessage(at: t)

        case .suspendDetected(let from):
            suspends.append(Pause(start: from, end: max(from, t)))

        case .pointOfOrderRaised(let by):
            guard openedAt != nil, !isClosed else { return }
            let interrupted: Interrupted
            switch floor {
            case .idle(let since): interrupted = .free(since: since)
            case .called(let id, let at): interrupted = .called(id, at: at)
            case .speaking(let iv): interrupted = .intervention(iv, pausedSince: nil)
            case .paused(let iv, let since): interrupted = .intervention(iv, pausedSince: since)
            case .pointOfOrder, .suspended: return
            }
            floor = .pointOfOrder(
                PointOfOrder(raisedAt: t, raisedBy: by, limit: plan.pointOfOrderLimit, interrupted: interrupted))

        case .pointOfOrderEnded:
            guard case .pointOfOrder(let p) = floor else { return }
            var interruptedSpeaker: SpeakerID?
            switch p.interrupted {
            case .free, .called:
                floor = p.interrupted.floor
            case .intervention(var iv, let pausedSince):
                // The interruption is recorded inside the intervention, so the speaking
                // time excludes it and the log shows where it fell; a chair's pause
                // before it stays the chair's, and goes on after the ruling.
                interruptedSpeaker = iv.speaker
                floor = .idle(since: nil)
                if let since = pausedSince { iv.pauses.append(Pause(start: since, end: max(since, p.raisedAt))) }
                iv.pauses.append(Pause(start: p.raisedAt, end: max(p.raisedAt, t), cause: .pointOfOrder))
                floor = pausedSince == nil ? .speaking(iv) : .paused(iv, since: max(p.raisedAt, t))
            }
            pointsOfOrder.append(
                PointOfOrderRecord(
                    raisedAt: p.raisedAt, endedAt: max(p.raisedAt, t), raisedBy: p.raisedBy, limit: p.limit,
                    interruptedSpeaker: interruptedSpeaker, segment: currentSegment))

        case .replyRequested(let sp):
            guard speakers[sp.id] == nil, sp.kind == .reply, order.indices.contains(sp.segment) else { return }
            speakers[sp.id] = sp
            standing[sp.id] = .waiting
            order[sp.segment].append(sp.id)

        case .limitChanged(let id, let ms, let reason):
            guard status(of: id) == .waiting || status(of: id) == .called else { return }
            limitChanges[id] = LimitChange(limit: .milliseconds(ms), reason: reason, at: t)

        case .statementSubmittedInWriting(let id):
            guard leaveFloorIfCalled(id, at: t) else { return }
            standing[id] = .inWriting

        case .messageShown(let message):
            clearMessage(at: t)
            let to = floor.intervention?.speaker
            messages.append(ShownMessage(message: message, shownAt: t, speaker: to))

        case .messageCleared:
            clearMessage(at: t)

        case .meetingSuspended(let ms, let reason):
            guard openedAt != nil, !isClosed, case .idle = floor else { return }
            floor = .suspended(MeetingSuspension(start: t, planned: .milliseconds(ms), reason: reason))

        case .meetingResumed:
            guard case .suspended(let s) = floor else { return }
            suspensions.append(SuspensionRecord(suspension: s, resumedAt: max(s.start, t), segment: currentSegment))
            floor = .idle(since: t)

        case .noteAdded(let id, let text):
            guard speakers[id] != nil else { return }
            notes[id, default: []].append(TurnNote(text: text, at: t))
        }
    }

    /// Ends the message on the room display, if one is shown.
    private mutating func clearMessage(at t: Instant) {
        guard let last = messages.indices.last, messages[last].clearedAt == nil else { return }
        messages[last].clearedAt = max(messages[last].shownAt, t)
    }

    /// Puts `id` at the end of its segment's list, but before the rights of reply still
    /// waiting there: replies are heard after every statement, even one added later.
    private mutating func appendToList(_ id: SpeakerID, segment seg: Int) {
        let atFloor = speakerAtFloor
        if speakers[id]?.kind != .reply,
            let k = order[seg].firstIndex(where: { speakers[$0]?.kind == .reply && isWaiting($0, atFloor: atFloor) })
        {
            order[seg].insert(id, at: k)
        } else {
            order[seg].append(id)
        }
    }

    /// A called speaker who is skipped, absent or withdraws leaves the floor free.
    /// Returns false when the speaker cannot be moved (has the floor or has spoken).
    private mutating func leaveFloorIfCalled(_ id: SpeakerID, at t: Instant) -> Bool {
        switch status(of: id) {
        case .called:
            // A speaker called before a point of order keeps the place until the ruling.
            guard case .called = floor else { return false }
            floor = .idle(since: t)
            return true
        case .waiting:
            return true
        case .speaking, .spoke, .absent, .withdrawn, .inWriting, nil:
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
