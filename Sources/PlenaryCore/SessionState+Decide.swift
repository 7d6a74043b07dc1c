// decide(command, state, now) -> events or a rejection. Every rule about what the
// operator may do, and when, lives here; `evolve` trusts what comes out.

extension SessionState {
    /// The events a command yields at instant `t`, all under one new action number,
    /// or the reason it is refused. Deciding changes nothing.
    public func decide(_ command: Command, at t: Instant) -> Result<[Event], Rejection> {
        do {
            let action = lastAction + 1
            return .success(try facts(for: command, at: t).map { Event(action: action, at: t, fact: $0) })
        } catch {
            return .failure(error)
        }
    }

    private func facts(for command: Command, at t: Instant) throws(Rejection) -> [Fact] {
        if isClosed, command != .undo {
            throw Rejection("The session is closed. Undo reopens it if it was closed by mistake.")
        }
        switch command {
        case .openSession:
            guard case .notStarted = phase else { throw Rejection("The session is already open.") }
            return [.sessionOpened]

        case .startNextSegment:
            try requireFloorFree("moving on")
            switch phase {
            case .notStarted:
                guard !plan.segments.isEmpty else { throw Rejection("The plan has no segments.") }
                return [.sessionOpened, .segmentStarted(segment: 0)]
            case .opening:
                guard !plan.segments.isEmpty else { return [.closingStarted] }
                return [.segmentStarted(segment: 0)]
            case .segment(let i, _):
                return i + 1 < plan.segments.count ? [.segmentStarted(segment: i + 1)] : [.closingStarted]
            case .closing:
                throw Rejection("This is the closing: close the session when the chair has finished.")
            case .closed:
                throw Rejection("The session is closed.")
            }

        case .callNext:
            let seg = try requireSegment("call a speaker")
            try requireFloorFree("calling the next speaker")
            guard let next = firstWaiting(inSegment: seg) else {
                throw Rejection("No speaker is waiting in Segment \(plan.segments[seg].id).")
            }
            return [.speakerCalled(speaker: next)]

        case .call(let id):
            let seg = try requireSegment("call a speaker")
            try requireFloorFree("calling another speaker")
            let sp = try requireSpeaker(id)
            guard sp.segment == seg else {
                throw Rejection("\(sp.delegation) is on the list of Segment \(plan.segments[sp.segment].id), not this segment.")
            }
            guard status[id] == .waiting else { throw Rejection("\(sp.delegation) is not waiting (\(describe(id))).") }
            return [.speakerCalled(speaker: id)]

        case .giveFloor:
            switch floor {
            case .called(let id, _):
                return [.floorGiven(speaker: id)]
            case .speaking(let iv), .paused(let iv, _):
                throw Rejection("\(name(iv.speaker)) already has the floor.")
            case .idle:
                let seg = try requireSegment("give the floor")
                guard let next = firstWaiting(inSegment: seg) else {
                    throw Rejection("No speaker is waiting in Segment \(plan.segments[seg].id).")
                }
                return [.speakerCalled(speaker: next), .floorGiven(speaker: next)]
            }

        case .pause:
            switch floor {
            case .speaking: return [.interventionPaused]
            case .paused: throw Rejection("The intervention is already paused.")
            case .idle, .called: throw Rejection("Nobody has the floor.")
            }

        case .resume:
            guard case .paused = floor else { throw Rejection("The intervention is not paused.") }
            return [.interventionResumed]

        case .endIntervention:
            guard let iv = floor.intervention else { throw Rejection("Nobody has the floor.") }
            return [.interventionEnded(speaker: iv.speaker)]

        case .skip(let who):
            let id = try calledOrChosen(who, doing: "skip")
            return [.speakerSkipped(speaker: id)]

        case .markAbsent(let who):
            let id = try calledOrChosen(who, doing: "mark absent")
            return [.speakerAbsent(speaker: id)]

        case .withdraw(let id):
            _ = try calledOrChosen(id, doing: "withdraw")
            return [.speakerWithdrawn(speaker: id)]

        case .restore(let id):
            let sp = try requireSpeaker(id)
            guard status[id] == .withdrawn || status[id] == .absent else {
                throw Rejection("\(sp.delegation) is not withdrawn or absent (\(describe(id))).")
            }
            return [.speakerRestored(speaker: id)]

        case .addWalkIn(let delegation, let function, let category, let segment, let position):
            let d = delegation.trimming()
            guard !d.isEmpty else { throw Rejection("A walk-in needs a delegation.") }
            guard plan.segments.indices.contains(segment) else {
                throw Rejection("There is no segment \(segment + 1) in this plan.")
            }
            if let p = position, p < 1 { throw Rejection("Positions start at 1 (next).") }
            let id = SpeakerID((speakers.keys.map(\.rawValue).max() ?? 0) + 1)
            let sp = Speaker(id: id, delegation: d, function: function.trimming(), category: category,
                             segment: segment, kind: .walkIn, received: t)
            return [.walkInAdded(speaker: sp, position: position)]

        case .move(let id, let position):
            let sp = try requireSpeaker(id)
            guard status[id] == .waiting else { throw Rejection("Only a waiting speaker can be moved; \(sp.delegation) is \(describe(id)).") }
            guard position >= 1 else { throw Rejection("Positions start at 1 (next).") }
            return [.speakerMoved(speaker: id, position: position)]

        case .extend(let amount, let reason):
            guard floor.intervention != nil else { throw Rejection("Nobody has the floor to extend.") }
            guard amount > .zero else { throw Rejection("An extension must add time.") }
            return [.timeExtended(milliseconds: amount.wholeMilliseconds, reason: reason.trimming())]

        case .correctStart(let start):
            guard let iv = floor.intervention else { throw Rejection("Nobody has the floor.") }
            guard start <= t else { throw Rejection("The corrected start is in the future.") }
            // A call made in the same action as the floor (Space from a free floor) is
            // not a separate moment: the speaker may have begun before it was pressed.
            let calledEarlier = iv.calledAt.flatMap { $0 < iv.floorGivenAt ? $0 : nil }
            let earliest = calledEarlier ?? currentSegmentStart ?? start
            guard start >= earliest else {
                throw Rejection("The corrected start is before \(name(iv.speaker)) was called.")
            }
            if let last = records.last, start < last.endedAt {
                throw Rejection("The corrected start is before the previous intervention ended.")
            }
            if let p = iv.pauses.first, p.start < start {
                throw Rejection("The intervention was paused before that time.")
            }
            if let p = floor.pausedSince, p < start {
                throw Rejection("The intervention was paused before that time.")
            }
            return [.startCorrected(to: start)]

        case .undo:
            guard let last = appliedActions.last else { throw Rejection("Nothing to undo.") }
            return [.actionUndone(action: last)]

        case .closeSession:
            if case .notStarted = phase { throw Rejection("The session has not been opened.") }
            try requireFloorFree("closing the session")
            return [.sessionClosed]
        }
    }

    private var currentSegmentStart: Instant? {
        if case .segment(_, let since) = phase { return since }
        return nil
    }

    private func requireSegment(_ doing: String) throws(Rejection) -> Int {
        guard let seg = currentSegment else {
            switch phase {
            case .notStarted, .opening: throw Rejection("Start Segment I first to \(doing).")
            default: throw Rejection("No segment is under way to \(doing).")
            }
        }
        return seg
    }

    private func requireFloorFree(_ doing: String) throws(Rejection) {
        switch floor {
        case .idle: return
        case .called(let id, _):
            throw Rejection("\(name(id)) has been called: give the floor, skip or mark absent before \(doing).")
        case .speaking(let iv), .paused(let iv, _):
            throw Rejection("\(name(iv.speaker)) has the floor: end the intervention before \(doing).")
        }
    }

    private func requireSpeaker(_ id: SpeakerID) throws(Rejection) -> Speaker {
        guard let sp = speakers[id] else { throw Rejection("There is no speaker \(id) on the list.") }
        return sp
    }

    /// The speaker a skip, absence or withdrawal is about: the one named, or the one
    /// called. A speaker who has the floor or has spoken cannot be moved away.
    private func calledOrChosen(_ who: SpeakerID?, doing: String) throws(Rejection) -> SpeakerID {
        let id: SpeakerID
        if let who {
            id = who
        } else if case .called(let c, _) = floor {
            id = c
        } else {
            throw Rejection("Nobody has been called to \(doing).")
        }
        let sp = try requireSpeaker(id)
        switch status[id] {
        case .waiting, .called: return id
        case .speaking: throw Rejection("\(sp.delegation) has the floor: end the intervention first.")
        default: throw Rejection("Cannot \(doing) \(sp.delegation): \(describe(id)).")
        }
    }

    func name(_ id: SpeakerID) -> String { speakers[id]?.delegation ?? "\(id)" }

    func describe(_ id: SpeakerID) -> String {
        switch status[id] {
        case .waiting: "waiting"
        case .called: "called"
        case .speaking: "speaking"
        case .spoke: "has spoken"
        case .absent: "absent"
        case .withdrawn: "withdrawn"
        case nil: "not on the list"
        }
    }
}
