// decide(command, state, now) -> events or a rejection. Every rule about what the
// operator may do, and when, lives here; `evolve` trusts what comes out.

extension SessionState {
    /// The events a command yields at instant `t`, all under one new action number,
    /// or the reason it is refused. Deciding changes nothing. Shells ask `Session`.
    func decide(_ command: Command, at t: Instant) -> Result<[Event], Rejection> {
        do {
            let origin = Origin.operator(lastAction.next)
            return .success(try facts(for: command, at: t).map { Event(origin: origin, at: t, fact: $0) })
        } catch {
            return .failure(error)
        }
    }

    private func facts(for command: Command, at t: Instant) throws(Rejection) -> [Fact] {
        if isClosed, command != .undo, command != .redo {
            throw .sessionClosed
        }
        switch command {
        case .openSession:
            guard case .notStarted = phase else { throw .sessionAlreadyOpen }
            return [.sessionOpened]

        case .startNextSegment:
            try requireFloorFree(for: command)
            switch phase {
            case .notStarted:
                // The chair opens the session: the opening is timed on its own, and the
                // next move starts Segment I.
                guard !plan.segments.isEmpty else { throw .planHasNoSegments }
                return [.sessionOpened]
            case .opening:
                guard !plan.segments.isEmpty else { return [.closingStarted] }
                return [.segmentStarted(segment: 0)]
            case .segment(let i, _):
                return i + 1 < plan.segments.count ? [.segmentStarted(segment: i + 1)] : [.closingStarted]
            case .closing:
                throw .closingUnderway
            case .closed:
                throw .sessionClosed
            }

        case .callNext:
            let seg = try requireSegment(for: command)
            try requireFloorFree(for: command)
            guard let next = firstWaiting(inSegment: seg) else { throw .noneWaiting(in: plan.segments[seg]) }
            return [.speakerCalled(speaker: next)]

        case .call(let id):
            let seg = try requireSegment(for: command)
            try requireFloorFree(for: command)
            let sp = try requireSpeaker(id)
            guard sp.segment == seg else { throw .speakerInOtherSegment(sp, plan.segments[sp.segment]) }
            guard status(of: id) == .waiting else { throw .speakerNotWaiting(sp, status(of: id), command) }
            return [.speakerCalled(speaker: id)]

        case .giveFloor:
            switch floor {
            case .called(let id, _):
                return [.floorGiven(speaker: id)]
            case .speaking(let iv), .paused(let iv, _):
                throw .floorAlreadyGiven(to: speaker(iv.speaker))
            case .pointOfOrder: throw .pointOfOrderUnderway(command)
            case .suspended: throw .meetingSuspended(command)
            case .idle:
                let seg = try requireSegment(for: command)
                guard let next = firstWaiting(inSegment: seg) else { throw .noneWaiting(in: plan.segments[seg]) }
                return [.speakerCalled(speaker: next), .floorGiven(speaker: next)]
            }

        case .pause:
            switch floor {
            case .speaking: return [.interventionPaused]
            case .paused: throw .alreadyPaused
            case .pointOfOrder: throw .pointOfOrderUnderway(command)
            case .suspended: throw .meetingSuspended(command)
            case .idle, .called: throw .nobodyOnFloor(command)
            }

        case .resume:
            try requireNoInterruption(for: command)
            guard case .paused = floor else { throw .notPaused }
            return [.interventionResumed]

        case .endIntervention:
            try requireNoInterruption(for: command)
            guard let iv = floor.intervention else { throw .nobodyOnFloor(command) }
            return [.interventionEnded(speaker: iv.speaker)]

        case .skip(let who):
            let id = try calledOrChosen(who, for: command)
            return [.speakerSkipped(speaker: id)]

        case .markAbsent(let who):
            let id = try calledOrChosen(who, for: command)
            return [.speakerAbsent(speaker: id)]

        case .withdraw(let id):
            _ = try calledOrChosen(id, for: command)
            return [.speakerWithdrawn(speaker: id)]

        case .restore(let id):
            let sp = try requireSpeaker(id)
            guard standing[id] == .withdrawn || standing[id] == .absent || standing[id] == .inWriting else {
                throw .speakerNotWithdrawnOrAbsent(sp, status(of: id))
            }
            return [.speakerRestored(speaker: id)]

        case .addWalkIn(let delegation, let function, let category, let segment, let position):
            let d = delegation.trimming()
            guard !d.isEmpty else { throw .walkInWithoutDelegation }
            guard plan.segments.indices.contains(segment) else { throw .noSuchSegment(segment) }
            if let p = position, p < 1 { throw .positionBelowOne }
            // Never a number used before, even by a walk-in since undone.
            let id = SpeakerID(lastSpeakerNumber + 1)
            let sp = Speaker(
                id: id, delegation: d, function: function.trimming(), category: category,
                segment: segment, kind: .walkIn, received: t)
            return [.walkInAdded(speaker: sp, position: position)]

        case .addRegistrations(let rows):
            guard !rows.isEmpty else { throw .noRegistrationsToAdd }
            if let bad = rows.first(where: { !plan.segments.indices.contains($0.segment) }) {
                throw .noSuchSegment(bad.segment)
            }
            // New numbers after every number used, so no number names two speakers.
            let added = rows.enumerated().map { i, row in
                var sp = row
                sp.id = SpeakerID(lastSpeakerNumber + 1 + i)
                return sp
            }
            return [.registrationsAdded(speakers: added)]

        case .move(let id, let position):
            let sp = try requireSpeaker(id)
            guard status(of: id) == .waiting else { throw .speakerNotWaiting(sp, status(of: id), command) }
            guard position >= 1 else { throw .positionBelowOne }
            return [.speakerMoved(speaker: id, position: position)]

        case .extend(let amount, let reason):
            try requireNoInterruption(for: command)
            guard floor.intervention != nil else { throw .nobodyOnFloor(command) }
            guard amount > .zero else { throw .extensionAddsNoTime }
            return [.timeExtended(milliseconds: amount.wholeMilliseconds, reason: reason.trimming())]

        case .correctStart(let start):
            try requireNoInterruption(for: command)
            guard let iv = floor.intervention else { throw .nobodyOnFloor(command) }
            guard start <= t else { throw .correctedStartInFuture }
            // A call made in the same action as the floor (Space from a free floor) is
            // not a separate moment: the speaker may have begun before it was pressed.
            let calledEarlier = iv.calledAt.flatMap { $0 < iv.floorGivenAt ? $0 : nil }
            let earliest = calledEarlier ?? currentSegmentStart ?? start
            guard start >= earliest else { throw .correctedStartBeforeCall(speaker(iv.speaker)) }
            if let last = records.last, start < last.endedAt { throw .correctedStartBeforePreviousEnd }
            if let p = iv.pauses.first, p.start < start { throw .correctedStartAfterPause }
            if let p = floor.pausedSince, p < start { throw .correctedStartAfterPause }
            return [.startCorrected(to: start)]

        case .undo:
            guard let last = appliedActions.last else { throw .nothingToUndo }
            return [.actionUndone(action: last)]

        case .redo:
            guard let last = redoable.last else { throw .nothingToRedo }
            return [.actionRedone(action: last)]

        case .closeSession:
            if case .notStarted = phase { throw .sessionNotOpened }
            try requireFloorFree(for: command)
            return [.sessionClosed]

        case .raisePointOfOrder(let by):
            if case .notStarted = phase { throw .sessionNotOpened }
            try requireNoInterruption(for: command)
            return [.pointOfOrderRaised(by: by.trimming())]

        case .endPointOfOrder:
            guard floor.pointOfOrder != nil else { throw .noPointOfOrder }
            return [.pointOfOrderEnded]

        case .requestReply(let delegation, let function, let category):
            let d = delegation.trimming()
            guard !d.isEmpty else { throw .replyWithoutDelegation }
            guard let segment = replySegment else { throw .replyListClosed }
            let earlier = replies(of: d)
            guard earlier < plan.replies.perDelegation else {
                throw .replyLimitReached(delegation: d, allowed: plan.replies.perDelegation)
            }
            let sp = Speaker(
                id: SpeakerID(lastSpeakerNumber + 1), delegation: d, function: function.trimming(),
                category: category, segment: segment, kind: .reply, received: t,
                limit: plan.replies.limit(ofReply: earlier + 1))
            return [.replyRequested(speaker: sp)]

        case .changeLimit(let id, let limit, let reason):
            let sp = try requireSpeaker(id)
            switch status(of: id) {
            case .waiting, .called: break
            case let other: throw .speakerNotWaiting(sp, other, command)
            }
            guard limit > .zero else { throw .limitNotPositive }
            return [.limitChanged(speaker: id, milliseconds: limit.wholeMilliseconds, reason: reason.trimming())]

        case .submitInWriting(let who):
            let id = try calledOrChosen(who, for: command)
            return [.statementSubmittedInWriting(speaker: id)]

        case .showMessage(let message):
            if case .text(let text) = message {
                let trimmed = text.trimming()
                guard !trimmed.isEmpty else { throw .emptyMessage }
                return [.messageShown(.text(trimmed))]
            }
            return [.messageShown(message)]

        case .clearMessage:
            guard shownMessage != nil else { throw .noMessageShown }
            return [.messageCleared]

        case .suspendMeeting(let length, let reason):
            if case .notStarted = phase { throw .sessionNotOpened }
            try requireFloorFree(for: command)
            guard length > .zero else { throw .suspensionWithoutLength }
            return [.meetingSuspended(milliseconds: length.wholeMilliseconds, reason: reason.trimming())]

        case .resumeMeeting:
            guard floor.suspension != nil else { throw .notSuspended }
            return [.meetingResumed]

        case .addNote(let id, let text):
            _ = try requireSpeaker(id)
            let trimmed = text.trimming()
            guard !trimmed.isEmpty else { throw .emptyNote }
            return [.noteAdded(speaker: id, text: trimmed)]
        }
    }

    /// The list a right of reply asked for now goes on: the segment under way's (or
    /// the first, before it starts) when replies are heard after each segment; the last
    /// segment's when they are heard at the end. Nil once that list is over.
    var replySegment: Int? {
        guard !plan.segments.isEmpty else { return nil }
        let segment: Int
        switch plan.replies.placement {
        case .eachSegment:
            switch phase {
            case .notStarted, .opening: segment = 0
            case .segment(let i, _): segment = i
            case .closing, .closed: return nil
            }
        case .endOfSession:
            segment = plan.segments.count - 1
        }
        return isOver(segment: segment) ? nil : segment
    }

    /// A point of order or a suspension holds everything that needs the floor as it was.
    private func requireNoInterruption(for command: Command) throws(Rejection) {
        switch floor {
        case .pointOfOrder: throw .pointOfOrderUnderway(command)
        case .suspended: throw .meetingSuspended(command)
        case .idle, .called, .speaking, .paused: return
        }
    }

    private var currentSegmentStart: Instant? {
        if case .segment(_, let since) = phase { return since }
        return nil
    }

    private func requireSegment(for command: Command) throws(Rejection) -> Int {
        guard let seg = currentSegment else {
            switch phase {
            case .notStarted, .opening: throw .noSegmentUnderway(command, sessionStarted: false)
            default: throw .noSegmentUnderway(command, sessionStarted: true)
            }
        }
        return seg
    }

    private func requireFloorFree(for command: Command) throws(Rejection) {
        switch floor {
        case .idle: return
        case .called(let id, _): throw .speakerCalled(speaker(id), blocking: command)
        case .speaking(let iv), .paused(let iv, _): throw .speakerHasFloor(speaker(iv.speaker), blocking: command)
        case .pointOfOrder: throw .pointOfOrderUnderway(command)
        case .suspended: throw .meetingSuspended(command)
        }
    }

    private func requireSpeaker(_ id: SpeakerID) throws(Rejection) -> Speaker {
        guard let sp = speakers[id] else { throw .unknownSpeaker(id) }
        return sp
    }

    /// The speaker a skip, absence or withdrawal is about: the one named, or the one
    /// called. A speaker who has the floor or has spoken cannot be moved away.
    private func calledOrChosen(_ who: SpeakerID?, for command: Command) throws(Rejection) -> SpeakerID {
        let id: SpeakerID
        if let who {
            id = who
        } else if floor.pointOfOrder != nil {
            throw .pointOfOrderUnderway(command)
        } else if case .called(let c, _) = floor {
            id = c
        } else {
            throw .nobodyCalled(command)
        }
        let sp = try requireSpeaker(id)
        // The speaker a point of order interrupted keeps their place until the ruling.
        if floor.pointOfOrder != nil, id == speakerAtFloor { throw .pointOfOrderUnderway(command) }
        switch status(of: id) {
        case .waiting, .called: return id
        case .speaking: throw .speakerHasFloor(sp, blocking: command)
        case let other: throw .speakerCannotLeave(sp, other, command)
        }
    }

    /// The speaker a refusal is about; one the list lacks (a damaged record) by number.
    private func speaker(_ id: SpeakerID) -> Speaker {
        speakers[id] ?? Speaker(id: id, delegation: "\(id)", segment: 0)
    }
}
