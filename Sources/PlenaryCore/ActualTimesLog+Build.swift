// Building the log from what was recorded. Planned turns come from the projection at
// the session's opening — the schedule everyone had in hand when the chair began —
// so the log compares the day with that promise, not with a plan redrawn afterwards.
// Every measure comes from `Measure`, and undo is filtered by `Event.inEffect`, the
// same definitions the console and the display use.

extension ActualTimesLog {
    /// The log of `events` recorded against `plan` and `speakers`. `remarks` are
    /// carried through to every format; `rehearsal` marks every format as a practice run.
    public static func build(
        plan: SessionPlan, speakers: [Speaker], events: [Event],
        remarks: [String] = [], rehearsal: Bool = false
    ) -> ActualTimesLog {
        let initial = SessionState(plan: plan, speakers: speakers)
        let state = SessionState.replay(initial, events)
        let effective = Event.inEffect(events)
        let asOf = events.map(\.at).max() ?? plan.start
        let slots = plannedSlots(initial: initial, effective: effective)

        var lastCall: [SpeakerID: Instant] = [:]
        for e in effective { if case .speakerCalled(let id) = e.fact { lastCall[id] = e.at } }
        var recordOf: [SpeakerID: InterventionRecord] = [:]
        for r in state.records { recordOf[r.speaker] = r }

        var rows: [InterventionRow] = []
        for (seg, list) in state.order.enumerated() {
            let segmentOver = state.isOver(segment: seg)
            for (n, id) in list.enumerated() {
                guard let sp = state.speakers[id] else { continue }
                let slot = slots[id]
                var row = InterventionRow(
                    segment: seg, order: n + 1, speaker: id, delegation: sp.delegation, function: sp.function,
                    kind: sp.kind, status: .waiting, plannedStart: slot?.start, plannedEnd: slot?.end,
                    calledAt: lastCall[id], pauses: [],
                    limit: state.limit(of: id) ?? plan.segments[seg].interventionLimit,
                    extensions: [])
                row.onBehalfOf = sp.onBehalfOf
                row.limitChange = state.limitChanges[id]
                row.notes = state.notes[id] ?? []
                if let r = recordOf[id] {
                    fill(&row, with: r.intervention, endedAt: r.endedAt, at: r.endedAt, pausedSince: nil)
                    row.overrun = r.overrun
                } else if let iv = state.floor.intervention, iv.speaker == id {
                    fill(&row, with: iv, endedAt: nil, at: asOf, pausedSince: state.floor.pausedSince)
                    row.overrun = max(.zero, (row.speakingTime ?? .zero) - iv.allowance)
                }
                row.status = status(of: id, in: state, segmentOver: segmentOver)
                rows.append(row)
            }
        }
        for seg in state.order.indices {
            measureGaps(&rows, segment: seg, start: state.segmentStarts[seg], in: state)
        }
        for i in rows.indices { rows[i].replyOrdinal = state.replyNumber(of: rows[i].speaker) }
        // A point of order or a suspension still under way is in the log up to `asOf`.
        var pointsOfOrder = state.pointsOfOrder
        if let p = state.floor.pointOfOrder {
            var interrupted: SpeakerID?
            if case .intervention(let iv, _) = p.interrupted { interrupted = iv.speaker }
            pointsOfOrder.append(
                PointOfOrderRecord(
                    raisedAt: p.raisedAt, endedAt: max(asOf, p.raisedAt), raisedBy: p.raisedBy, limit: p.limit,
                    interruptedSpeaker: interrupted, segment: state.currentSegment))
        }
        let suspensions =
            state.suspensions
            + (state.floor.suspension.map {
                [SuspensionRecord(suspension: $0, resumedAt: max(asOf, $0.start), segment: state.currentSegment)]
            } ?? [])

        let segments = plan.segments.indices.map { i in
            summary(
                name: "Segment \(plan.segments[i].id)", title: plan.segments[i].title,
                plannedStart: plan.plannedStart(ofSegment: i), plannedEnd: plan.plannedEnd(ofSegment: i),
                actualStart: state.segmentStarts[i], actualEnd: state.segmentEnds[i],
                rows: rows.filter { $0.segment == i }, pointsOfOrder: pointsOfOrder.filter { $0.segment == i },
                suspensions: suspensions.filter { $0.segment == i })
        }
        var closedAt: Instant?
        if case .closed(let at) = state.phase { closedAt = at }
        let session = summary(
            name: "Session", title: plan.title, plannedStart: plan.start, plannedEnd: plan.end,
            actualStart: state.openedAt, actualEnd: closedAt, rows: rows, pointsOfOrder: pointsOfOrder,
            suspensions: suspensions)

        let closingStart =
            plan.segments.isEmpty
            ? plan.start + plan.openingAllowance : plan.plannedEnd(ofSegment: plan.segments.count - 1)
        return ActualTimesLog(
            plan: plan, rows: rows, segments: segments, session: session,
            opening: state.openingTimes.map {
                ChairPeriod(
                    part: .opening, plannedStart: plan.start, allowance: plan.openingAllowance,
                    actualStart: $0.start, actualEnd: $0.end, asOf: asOf)
            },
            closing: state.closingTimes.map {
                ChairPeriod(
                    part: .closing, plannedStart: closingStart, allowance: plan.closingAllowance,
                    actualStart: $0.start, actualEnd: $0.end, asOf: asOf)
            },
            delegations: delegationSummaries(rows), pointsOfOrder: pointsOfOrder, suspensions: suspensions,
            messages: state.messages, asOf: asOf, isFinal: state.isClosed, remarks: remarks, rehearsal: rehearsal)
    }

    /// Each registered speaker's turn as projected when the session was opened (or at
    /// the planned start, if it never was).
    static func plannedSlots(initial: SessionState, effective: [Event]) -> [SpeakerID: ProjectedSlot] {
        var s = initial
        var at = initial.plan.start
        if let opened = effective.firstIndex(where: { $0.fact == .sessionOpened }) {
            var session = Session(continuing: initial)
            session.record(Array(effective[...opened]))
            s = session.state
            at = effective[opened].at
        }
        var out: [SpeakerID: ProjectedSlot] = [:]
        for seg in s.projection(at: at).segments { for slot in seg.slots { out[slot.speaker] = slot } }
        return out
    }

    private static func fill(
        _ row: inout InterventionRow, with iv: Intervention, endedAt: Instant?, at t: Instant,
        pausedSince: Instant?
    ) {
        row.calledAt = iv.calledAt ?? row.calledAt
        row.floorGivenAt = iv.floorGivenAt
        row.recordedStart = iv.recordedStart
        row.endedAt = endedAt
        row.pauses = iv.pauses
        row.extensions = iv.extensions
        row.limit = iv.limit
        row.speakingTime = iv.speakingTime(at: t, pausedSince: pausedSince)
        row.walkToMicrophone = iv.walkToMicrophone
    }

    /// Each heard row's gap between speakers, in the order the floor was given: from
    /// the previous intervention's end, or from the segment's `start` for the first.
    /// Suspensions and points of order between speakers are the meeting's time
    /// (`SessionState.meetingTime`), not the gap's.
    private static func measureGaps(
        _ rows: inout [InterventionRow], segment: Int, start: Instant?, in state: SessionState
    ) {
        let heard = rows.indices.filter { rows[$0].segment == segment && rows[$0].floorGivenAt != nil }
        var previousEnd = start
        for i in heard.sorted(by: { rows[$0].floorGivenAt! < rows[$1].floorGivenAt! }) {
            let floorAt = rows[i].floorGivenAt!
            rows[i].gapBetweenSpeakers = Measure.gapBetweenSpeakers(previousEnd: previousEnd, floorGivenAt: floorAt)
                .map { $0 - state.meetingTime(from: previousEnd ?? floorAt, to: floorAt) }
            previousEnd = rows[i].endedAt
        }
    }

    private static func status(of id: SpeakerID, in state: SessionState, segmentOver: Bool) -> TurnStatus {
        switch state.status(of: id) ?? .waiting {
        case .spoke: (state.skips[id] ?? 0) > 0 ? .skippedThenSpoke : .spoke
        case .absent: .absent
        case .withdrawn: .withdrawn
        case .inWriting: .inWriting
        case .waiting: segmentOver ? .notReached : .waiting
        case .called: .called
        case .speaking: .onFloor
        }
    }

    private static func summary(
        name: String, title: String, plannedStart: Instant, plannedEnd: Instant,
        actualStart: Instant?, actualEnd: Instant?, rows: [InterventionRow],
        pointsOfOrder: [PointOfOrderRecord], suspensions: [SuspensionRecord]
    ) -> PeriodSummary {
        let heard = rows.filter { $0.floorGivenAt != nil }
        let overruns = heard.filter(\.isOverTime).compactMap(\.overrun)
        return PeriodSummary(
            name: name, title: title, plannedStart: plannedStart, plannedEnd: plannedEnd,
            actualStart: actualStart, actualEnd: actualEnd, interventions: heard.count,
            speakingTotal: heard.reduce(.zero) { $0 + ($1.speakingTime ?? .zero) },
            pausedTotal: heard.reduce(.zero) { $0 + $1.pausedTotal },
            gapBetweenSpeakersTotal: heard.reduce(.zero) { $0 + ($1.gapBetweenSpeakers ?? .zero) },
            walkToMicrophoneTotal: heard.reduce(.zero) { $0 + ($1.walkToMicrophone ?? .zero) },
            overrunCount: overruns.count,
            overrunTotal: overruns.reduce(.zero, +), overrunLargest: overruns.max() ?? .zero,
            notReached: rows.filter { $0.status == .notReached }.map(\.speaker),
            inWriting: rows.filter { $0.status == .inWriting }.map(\.speaker),
            suspendedTotal: suspensions.reduce(.zero) { $0 + $1.length },
            pointOfOrderTotal: pointsOfOrder.reduce(.zero) { $0 + $1.length }, pointsOfOrder: pointsOfOrder.count)
    }

    private static func delegationSummaries(_ rows: [InterventionRow]) -> [DelegationSummary] {
        var order: [String] = []
        var by: [String: DelegationSummary] = [:]
        for r in rows where r.floorGivenAt != nil {
            if by[r.delegation] == nil {
                order.append(r.delegation)
                by[r.delegation] = DelegationSummary(
                    delegation: r.delegation, interventions: 0, allotted: .zero, used: .zero, extensionCount: 0,
                    extensionTotal: .zero, overrunCount: 0, overrunTotal: .zero)
            }
            by[r.delegation]!.interventions += 1
            by[r.delegation]!.allotted += r.limit
            by[r.delegation]!.used += r.speakingTime ?? .zero
            by[r.delegation]!.extensionCount += r.extensions.count
            by[r.delegation]!.extensionTotal += r.extensionTotal
            if let o = r.overrun, r.isOverTime {
                by[r.delegation]!.overrunCount += 1
                by[r.delegation]!.overrunTotal += o
            }
        }
        // A joint statement counts for each delegation it was made for: credited to
        // each, so the table does not read as if they had not spoken.
        for r in rows where r.floorGivenAt != nil {
            for d in r.onBehalfOf where d != r.delegation {
                if by[d] == nil {
                    order.append(d)
                    by[d] = DelegationSummary(
                        delegation: d, interventions: 0, allotted: .zero, used: .zero, extensionCount: 0,
                        extensionTotal: .zero, overrunCount: 0, overrunTotal: .zero)
                }
                by[d]!.statementsOnItsBehalf += 1
            }
        }
        return order.compactMap { by[$0] }
    }
}
