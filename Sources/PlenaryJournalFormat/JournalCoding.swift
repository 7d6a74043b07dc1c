// How a record is spelled on disk (docs/journal-format.md): the journal's own types,
// each with its keys and its coding written out, so renaming a case or a field of a
// core type never changes the durable format. A reader reads every version it knows;
// a writer writes `JournalHeader.currentVersion` only.
//
// Version 1 (journals written before 1 December 2026) is what synthesized `Codable`
// made of the core's types; its one oddity is durations in the plan, which Swift's
// `Duration` coding spells `[high, low]` (a 128-bit count of attoseconds). Version 2
// spells every duration as whole milliseconds under a key ending in `Ms`, and a warning
// stage as a name. Version 3 adds the rules of procedure: facts for points of order,
// replies, limits, statements in writing, messages, suspensions and notes; a speaker's
// `limitMs` and `onBehalfOf`; the plan's `categoryLimitsMs`, `replies` and
// `pointOfOrderLimitMs`, each absent when unused, so a version-3 reader reads versions
// 1 and 2 unchanged. Events, notes, speakers and anchors are otherwise spelled alike.
import PlenaryCore

/// The names a header gives its format.
enum JournalFormat {
    /// Version 1 named itself this way and had no `version` field.
    static let version1 = "plenary-journal/1"
    /// From version 2 on: this name, and the number in `version`.
    static let name = "plenary-journal"
}

/// A header of a format or version this build does not know: refused, never guessed at.
struct UnknownJournalFormat: Error {
    var format: String
    var version: Int?
    var reason: String {
        "unknown journal format \(format)" + (version.map { " version \($0)" } ?? "")
    }
}

/// A record's body: `{"boot", "bootNs", ENTRY, "prev", "seq", "wall"}`.
struct DiskRecord: Codable {
    var record: JournalRecord

    init(_ record: JournalRecord) { self.record = record }

    enum CodingKeys: String, CodingKey { case seq, prev, wall, bootNs, boot, header, event, note }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let prevText = try c.decode(String.self, forKey: .prev)
        guard let prev = Hex.decode(Array(prevText.utf8), as: UInt64.self) else {
            throw DecodingError.dataCorruptedError(forKey: .prev, in: c, debugDescription: "prev is not 16 hex digits")
        }
        let present = [CodingKeys.header, .event, .note].filter { c.contains($0) }
        guard present.count == 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .event, in: c, debugDescription: "a record holds exactly one of header, event, note")
        }
        let entry: JournalEntry
        switch present[0] {
        case .header: entry = .header(try c.decode(DiskHeader.self, forKey: .header).header)
        case .event: entry = .event(try c.decode(DiskEvent.self, forKey: .event).event)
        default: entry = .note(try c.decode(DiskNote.self, forKey: .note).note)
        }
        record = JournalRecord(
            seq: try c.decode(Int.self, forKey: .seq), prev: prev,
            wall: Instant(milliseconds: try c.decode(Int64.self, forKey: .wall)),
            bootNanoseconds: try c.decode(Int64.self, forKey: .bootNs),
            bootID: try c.decode(String.self, forKey: .boot), entry: entry)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(record.seq, forKey: .seq)
        try c.encode(Hex.encode(record.prev), forKey: .prev)
        try c.encode(record.wall.milliseconds, forKey: .wall)
        try c.encode(record.bootNanoseconds, forKey: .bootNs)
        try c.encode(record.bootID, forKey: .boot)
        switch record.entry {
        case .header(let h): try c.encode(DiskHeader(h), forKey: .header)
        case .event(let e): try c.encode(DiskEvent(e), forKey: .event)
        case .note(let n): try c.encode(DiskNote(n), forKey: .note)
        }
    }
}

/// The header: `format` and `version` first decide how the plan is spelled.
struct DiskHeader: Codable {
    var header: JournalHeader

    init(_ header: JournalHeader) { self.header = header }

    enum CodingKeys: String, CodingKey {
        case format, version, program, plan, speakers, anchor, rehearsal, history, continues, registrationDigest
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        let stated = try c.decodeIfPresent(Int.self, forKey: .version)
        let version: Int
        switch (format, stated) {
        case (JournalFormat.version1, nil): version = 1
        case (JournalFormat.name, let v?) where (2...JournalHeader.currentVersion).contains(v): version = v
        default: throw UnknownJournalFormat(format: format, version: stated)
        }
        header = JournalHeader(
            program: try c.decode(String.self, forKey: .program),
            plan: try DiskPlan(from: try c.superDecoder(forKey: .plan), version: version).plan,
            speakers: try c.decode([DiskSpeaker].self, forKey: .speakers).map(\.speaker),
            anchor: try c.decode(DiskAnchor.self, forKey: .anchor).anchor,
            rehearsal: try c.decode(Bool.self, forKey: .rehearsal),
            history: try c.decode([DiskEvent].self, forKey: .history).map(\.event),
            continues: try c.decodeIfPresent(DiskContinuation.self, forKey: .continues)?.continuation,
            registrationDigest: try c.decodeIfPresent(String.self, forKey: .registrationDigest))
        header.version = version
    }

    /// Always in the current version, whatever version the header was read from.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(JournalFormat.name, forKey: .format)
        try c.encode(JournalHeader.currentVersion, forKey: .version)
        try c.encode(header.program, forKey: .program)
        try c.encode(DiskPlan(header.plan), forKey: .plan)
        try c.encode(header.speakers.map(DiskSpeaker.init), forKey: .speakers)
        try c.encode(DiskAnchor(header.anchor), forKey: .anchor)
        try c.encode(header.rehearsal, forKey: .rehearsal)
        try c.encode(header.history.map(DiskEvent.init), forKey: .history)
        try c.encodeIfPresent(header.continues.map(DiskContinuation.init), forKey: .continues)
        try c.encodeIfPresent(header.registrationDigest, forKey: .registrationDigest)
    }
}

/// A duration: `[high, low]` attoseconds in version 1 (Swift's own `Duration` coding,
/// read exactly), whole milliseconds under the `…Ms` key from version 2.
private func duration<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ v1: K, _ v2: K, version: Int) throws -> Duration {
    version == 1 ? try c.decode(Duration.self, forKey: v1) : .milliseconds(try c.decode(Int64.self, forKey: v2))
}

/// The session plan.
struct DiskPlan: Encodable {
    var plan: SessionPlan

    init(_ plan: SessionPlan) { self.plan = plan }

    enum CodingKeys: String, CodingKey {
        case title, timeZone, start, end, segments, warnings, registrationDeadline
        case utcOffset, openingAllowance, closingAllowance, expectedChangeover  // version 1
        case utcOffsetMs, openingAllowanceMs, closingAllowanceMs, expectedChangeoverMs
        /// Absent from journals written before the plan had it: 30 s, as the key always added.
        case extensionStepMs
        /// From version 3; absent before: no category limits, the General Assembly's
        /// replies, no point-of-order limit.
        case categoryLimitsMs, replies, pointOfOrderLimitMs
    }
    enum ReplyKeys: String, CodingKey { case placement, perDelegation, limitsMs }

    init(from decoder: any Decoder, version: Int) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var segments: [SegmentPlan] = []
        var warnings: [WarningThreshold] = []
        var s = try c.nestedUnkeyedContainer(forKey: .segments)
        while !s.isAtEnd { segments.append(try DiskSegment(from: try s.superDecoder(), version: version).segment) }
        var w = try c.nestedUnkeyedContainer(forKey: .warnings)
        while !w.isAtEnd { warnings.append(try DiskWarning(from: try w.superDecoder(), version: version).warning) }
        plan = SessionPlan(
            title: try c.decode(String.self, forKey: .title), timeZone: try c.decode(String.self, forKey: .timeZone),
            utcOffset: try duration(c, .utcOffset, .utcOffsetMs, version: version),
            start: Instant(milliseconds: try c.decode(Int64.self, forKey: .start)),
            end: Instant(milliseconds: try c.decode(Int64.self, forKey: .end)),
            openingAllowance: try duration(c, .openingAllowance, .openingAllowanceMs, version: version),
            closingAllowance: try duration(c, .closingAllowance, .closingAllowanceMs, version: version),
            segments: segments, warnings: warnings,
            registrationDeadline: Instant(milliseconds: try c.decode(Int64.self, forKey: .registrationDeadline)),
            expectedChangeover: try duration(c, .expectedChangeover, .expectedChangeoverMs, version: version),
            extensionStep: .milliseconds(try c.decodeIfPresent(Int64.self, forKey: .extensionStepMs) ?? 30_000))
        for (name, ms) in try c.decodeIfPresent([String: Int64].self, forKey: .categoryLimitsMs) ?? [:] {
            guard let category = Category(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .categoryLimitsMs, in: c, debugDescription: "unknown category \(name)")
            }
            plan.categoryLimits[category] = .milliseconds(ms)
        }
        if c.contains(.replies) {
            let r = try c.nestedContainer(keyedBy: ReplyKeys.self, forKey: .replies)
            guard let placement = ReplyRules.Placement(rawValue: try r.decode(String.self, forKey: .placement)) else {
                throw DecodingError.dataCorruptedError(forKey: .placement, in: r, debugDescription: "unknown placement")
            }
            plan.replies = ReplyRules(
                placement: placement, perDelegation: try r.decode(Int.self, forKey: .perDelegation),
                limits: try r.decode([Int64].self, forKey: .limitsMs).map { .milliseconds($0) })
        }
        plan.pointOfOrderLimit = try c.decodeIfPresent(Int64.self, forKey: .pointOfOrderLimitMs).map {
            .milliseconds($0)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan.title, forKey: .title)
        try c.encode(plan.timeZone, forKey: .timeZone)
        try c.encode(plan.utcOffset.wholeMilliseconds, forKey: .utcOffsetMs)
        try c.encode(plan.start.milliseconds, forKey: .start)
        try c.encode(plan.end.milliseconds, forKey: .end)
        try c.encode(plan.openingAllowance.wholeMilliseconds, forKey: .openingAllowanceMs)
        try c.encode(plan.closingAllowance.wholeMilliseconds, forKey: .closingAllowanceMs)
        try c.encode(plan.segments.map(DiskSegment.init), forKey: .segments)
        try c.encode(plan.warnings.map(DiskWarning.init), forKey: .warnings)
        try c.encode(plan.registrationDeadline.milliseconds, forKey: .registrationDeadline)
        try c.encode(plan.expectedChangeover.wholeMilliseconds, forKey: .expectedChangeoverMs)
        try c.encode(plan.extensionStep.wholeMilliseconds, forKey: .extensionStepMs)
        if !plan.categoryLimits.isEmpty {
            try c.encode(
                Dictionary(
                    uniqueKeysWithValues: plan.categoryLimits.map { ($0.key.rawValue, $0.value.wholeMilliseconds) }),
                forKey: .categoryLimitsMs)
        }
        if plan.replies != .generalAssembly {
            var r = c.nestedContainer(keyedBy: ReplyKeys.self, forKey: .replies)
            try r.encode(plan.replies.placement.rawValue, forKey: .placement)
            try r.encode(plan.replies.perDelegation, forKey: .perDelegation)
            try r.encode(plan.replies.limits.map(\.wholeMilliseconds), forKey: .limitsMs)
        }
        try c.encodeIfPresent(plan.pointOfOrderLimit?.wholeMilliseconds, forKey: .pointOfOrderLimitMs)
    }
}

struct DiskSegment: Encodable {
    var segment: SegmentPlan

    init(_ segment: SegmentPlan) { self.segment = segment }

    enum CodingKeys: String, CodingKey {
        case id, title
        case budget, interventionLimit  // version 1
        case budgetMs, interventionLimitMs
    }

    init(from decoder: any Decoder, version: Int) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        segment = SegmentPlan(
            id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            budget: try duration(c, .budget, .budgetMs, version: version),
            interventionLimit: try duration(c, .interventionLimit, .interventionLimitMs, version: version))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(segment.id, forKey: .id)
        try c.encode(segment.title, forKey: .title)
        try c.encode(segment.budget.wholeMilliseconds, forKey: .budgetMs)
        try c.encode(segment.interventionLimit.wholeMilliseconds, forKey: .interventionLimitMs)
    }
}

/// A warning threshold. Version 1 spells the stage `{"wrapUp":{}}` or
/// `{"overrun":{"_0":1}}`; version 2 `"stage":"wrapUp"`, or `"stage":"overrun","level":1`.
struct DiskWarning: Encodable {
    var warning: WarningThreshold

    init(_ warning: WarningThreshold) { self.warning = warning }

    enum CodingKeys: String, CodingKey { case stage, level, bell, remaining, remainingMs }
    enum StageKeys: String, CodingKey { case onTime, wrapUp, final, time, overrun }
    enum LevelKeys: String, CodingKey { case level = "_0" }

    init(from decoder: any Decoder, version: Int) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name: StageKeys
        let level: () throws -> Int
        if version == 1 {
            let s = try c.nestedContainer(keyedBy: StageKeys.self, forKey: .stage)
            guard s.allKeys.count == 1, let key = s.allKeys.first else {
                throw DecodingError.dataCorruptedError(forKey: .stage, in: c, debugDescription: "not one stage")
            }
            name = key
            level = {
                try s.nestedContainer(keyedBy: LevelKeys.self, forKey: .overrun).decode(Int.self, forKey: .level)
            }
        } else {
            guard let key = StageKeys(stringValue: try c.decode(String.self, forKey: .stage)) else {
                throw DecodingError.dataCorruptedError(forKey: .stage, in: c, debugDescription: "unknown stage")
            }
            name = key
            level = { try c.decode(Int.self, forKey: .level) }
        }
        let stage: Stage
        switch name {
        case .onTime: stage = .onTime
        case .wrapUp: stage = .wrapUp
        case .final: stage = .final
        case .time: stage = .time
        case .overrun: stage = .overrun(try level())
        }
        warning = WarningThreshold(
            stage: stage, remaining: try duration(c, .remaining, .remainingMs, version: version),
            bell: try c.decode(Bool.self, forKey: .bell))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let name: StageKeys
        switch warning.stage {
        case .onTime: name = .onTime
        case .wrapUp: name = .wrapUp
        case .final: name = .final
        case .time: name = .time
        case .overrun(let level):
            name = .overrun
            try c.encode(level, forKey: .level)
        }
        try c.encode(name.stringValue, forKey: .stage)
        try c.encode(warning.remaining.wholeMilliseconds, forKey: .remainingMs)
        try c.encode(warning.bell, forKey: .bell)
    }
}

/// A speaker, registered or walk-in. Category and kind by their names.
struct DiskSpeaker: Codable {
    var speaker: Speaker

    init(_ speaker: Speaker) { self.speaker = speaker }

    enum CodingKeys: String, CodingKey {
        case id, delegation, function, category, segment, kind, received
        /// From version 3, and only when set.
        case limitMs, onBehalfOf
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let category = Category(rawValue: try c.decode(String.self, forKey: .category)) else {
            throw DecodingError.dataCorruptedError(forKey: .category, in: c, debugDescription: "unknown category")
        }
        guard let kind = SpeakerKind(rawValue: try c.decode(String.self, forKey: .kind)) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown kind")
        }
        speaker = Speaker(
            id: SpeakerID(try c.decode(Int.self, forKey: .id)),
            delegation: try c.decode(String.self, forKey: .delegation),
            function: try c.decode(String.self, forKey: .function), category: category,
            segment: try c.decode(Int.self, forKey: .segment), kind: kind,
            received: try c.decodeIfPresent(Int64.self, forKey: .received)
                .map(Instant.init(milliseconds:)),
            limit: try c.decodeIfPresent(Int64.self, forKey: .limitMs).map { .milliseconds($0) },
            onBehalfOf: try c.decodeIfPresent([String].self, forKey: .onBehalfOf) ?? [])
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker.id.rawValue, forKey: .id)
        try c.encode(speaker.delegation, forKey: .delegation)
        try c.encode(speaker.function, forKey: .function)
        try c.encode(speaker.category.rawValue, forKey: .category)
        try c.encode(speaker.segment, forKey: .segment)
        try c.encode(speaker.kind.rawValue, forKey: .kind)
        try c.encodeIfPresent(speaker.received?.milliseconds, forKey: .received)
        try c.encodeIfPresent(speaker.limit?.wholeMilliseconds, forKey: .limitMs)
        if !speaker.onBehalfOf.isEmpty { try c.encode(speaker.onBehalfOf, forKey: .onBehalfOf) }
    }
}

/// An event: `{"action": n, "at": ms, "fact": {"<name>": {payload}}}`, the same in
/// every version. `init(from:)` and `encode(to:)` are the one place where a disk event
/// and the core's `Event` meet; `"action"` 0 is an event the system recorded itself.
struct DiskEvent: Codable {
    var event: Event

    init(_ event: Event) { self.event = event }

    /// Action 0 on disk is the system's; any other number is the operator's action.
    static func origin(journalAction number: Int) -> Origin {
        number == 0 ? .system : .operator(ActionID(number: number))
    }

    enum CodingKeys: String, CodingKey { case action, at, fact }
    enum FactKeys: String, CodingKey {
        case sessionOpened, segmentStarted, closingStarted, speakerCalled, floorGiven, interventionPaused
        case interventionResumed, interventionEnded, speakerSkipped, speakerAbsent, speakerWithdrawn
        case speakerRestored, walkInAdded, speakerMoved, timeExtended, startCorrected, actionUndone
        case sessionClosed, suspendDetected, actionRedone, registrationsAdded
        /// From version 3.
        case pointOfOrderRaised, pointOfOrderEnded, replyRequested, limitChanged, statementSubmittedInWriting
        case messageShown, messageCleared, meetingSuspended, meetingResumed, noteAdded
    }
    enum PayloadKeys: String, CodingKey {
        case segment, speaker, position, milliseconds, reason, to, action, from, speakers
        case by, canned, text
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let f = try c.nestedContainer(keyedBy: FactKeys.self, forKey: .fact)
        guard f.allKeys.count == 1, let name = f.allKeys.first else {
            throw DecodingError.dataCorruptedError(
                forKey: .fact, in: c,
                debugDescription: "a fact has exactly one known name")
        }
        let p = try f.nestedContainer(keyedBy: PayloadKeys.self, forKey: name)
        func speaker() throws -> SpeakerID { SpeakerID(try p.decode(Int.self, forKey: .speaker)) }
        func instant(_ key: PayloadKeys) throws -> Instant {
            Instant(milliseconds: try p.decode(Int64.self, forKey: key))
        }
        let fact: Fact
        switch name {
        case .sessionOpened: fact = .sessionOpened
        case .segmentStarted: fact = .segmentStarted(segment: try p.decode(Int.self, forKey: .segment))
        case .closingStarted: fact = .closingStarted
        case .speakerCalled: fact = .speakerCalled(speaker: try speaker())
        case .floorGiven: fact = .floorGiven(speaker: try speaker())
        case .interventionPaused: fact = .interventionPaused
        case .interventionResumed: fact = .interventionResumed
        case .interventionEnded: fact = .interventionEnded(speaker: try speaker())
        case .speakerSkipped: fact = .speakerSkipped(speaker: try speaker())
        case .speakerAbsent: fact = .speakerAbsent(speaker: try speaker())
        case .speakerWithdrawn: fact = .speakerWithdrawn(speaker: try speaker())
        case .speakerRestored: fact = .speakerRestored(speaker: try speaker())
        case .walkInAdded:
            fact = .walkInAdded(
                speaker: try p.decode(DiskSpeaker.self, forKey: .speaker).speaker,
                position: try p.decodeIfPresent(Int.self, forKey: .position))
        case .speakerMoved:
            fact = .speakerMoved(speaker: try speaker(), position: try p.decode(Int.self, forKey: .position))
        case .timeExtended:
            fact = .timeExtended(
                milliseconds: try p.decode(Int64.self, forKey: .milliseconds),
                reason: try p.decode(String.self, forKey: .reason))
        case .startCorrected: fact = .startCorrected(to: try instant(.to))
        case .actionUndone: fact = .actionUndone(action: ActionID(number: try p.decode(Int.self, forKey: .action)))
        case .actionRedone: fact = .actionRedone(action: ActionID(number: try p.decode(Int.self, forKey: .action)))
        case .registrationsAdded:
            fact = .registrationsAdded(speakers: try p.decode([DiskSpeaker].self, forKey: .speakers).map(\.speaker))
        case .sessionClosed: fact = .sessionClosed
        case .suspendDetected: fact = .suspendDetected(from: try instant(.from))
        case .pointOfOrderRaised: fact = .pointOfOrderRaised(by: try p.decode(String.self, forKey: .by))
        case .pointOfOrderEnded: fact = .pointOfOrderEnded
        case .replyRequested:
            fact = .replyRequested(speaker: try p.decode(DiskSpeaker.self, forKey: .speaker).speaker)
        case .limitChanged:
            fact = .limitChanged(
                speaker: try speaker(), milliseconds: try p.decode(Int64.self, forKey: .milliseconds),
                reason: try p.decode(String.self, forKey: .reason))
        case .statementSubmittedInWriting: fact = .statementSubmittedInWriting(speaker: try speaker())
        case .messageShown:
            if let name = try p.decodeIfPresent(String.self, forKey: .canned) {
                guard let canned = CannedMessage(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: .canned, in: p, debugDescription: "unknown message")
                }
                fact = .messageShown(.canned(canned))
            } else {
                fact = .messageShown(.text(try p.decode(String.self, forKey: .text)))
            }
        case .messageCleared: fact = .messageCleared
        case .meetingSuspended:
            fact = .meetingSuspended(
                milliseconds: try p.decode(Int64.self, forKey: .milliseconds),
                reason: try p.decode(String.self, forKey: .reason))
        case .meetingResumed: fact = .meetingResumed
        case .noteAdded: fact = .noteAdded(speaker: try speaker(), text: try p.decode(String.self, forKey: .text))
        }
        event = Event(
            origin: Self.origin(journalAction: try c.decode(Int.self, forKey: .action)),
            at: Instant(milliseconds: try c.decode(Int64.self, forKey: .at)), fact: fact)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event.origin.action?.number ?? 0, forKey: .action)
        try c.encode(event.at.milliseconds, forKey: .at)
        var f = c.nestedContainer(keyedBy: FactKeys.self, forKey: .fact)
        func payload(_ name: FactKeys) -> KeyedEncodingContainer<PayloadKeys> {
            f.nestedContainer(keyedBy: PayloadKeys.self, forKey: name)
        }
        func speaker(_ name: FactKeys, _ id: SpeakerID) throws {
            var p = payload(name)
            try p.encode(id.rawValue, forKey: .speaker)
        }
        switch event.fact {
        case .sessionOpened: _ = payload(.sessionOpened)
        case .segmentStarted(let segment):
            var p = payload(.segmentStarted)
            try p.encode(segment, forKey: .segment)
        case .closingStarted: _ = payload(.closingStarted)
        case .speakerCalled(let id): try speaker(.speakerCalled, id)
        case .floorGiven(let id): try speaker(.floorGiven, id)
        case .interventionPaused: _ = payload(.interventionPaused)
        case .interventionResumed: _ = payload(.interventionResumed)
        case .interventionEnded(let id): try speaker(.interventionEnded, id)
        case .speakerSkipped(let id): try speaker(.speakerSkipped, id)
        case .speakerAbsent(let id): try speaker(.speakerAbsent, id)
        case .speakerWithdrawn(let id): try speaker(.speakerWithdrawn, id)
        case .speakerRestored(let id): try speaker(.speakerRestored, id)
        case .walkInAdded(let s, let position):
            var p = payload(.walkInAdded)
            try p.encode(DiskSpeaker(s), forKey: .speaker)
            try p.encodeIfPresent(position, forKey: .position)
        case .speakerMoved(let id, let position):
            var p = payload(.speakerMoved)
            try p.encode(id.rawValue, forKey: .speaker)
            try p.encode(position, forKey: .position)
        case .timeExtended(let ms, let reason):
            var p = payload(.timeExtended)
            try p.encode(ms, forKey: .milliseconds)
            try p.encode(reason, forKey: .reason)
        case .startCorrected(let to):
            var p = payload(.startCorrected)
            try p.encode(to.milliseconds, forKey: .to)
        case .actionUndone(let action):
            var p = payload(.actionUndone)
            try p.encode(action.number, forKey: .action)
        case .actionRedone(let action):
            var p = payload(.actionRedone)
            try p.encode(action.number, forKey: .action)
        case .registrationsAdded(let list):
            var p = payload(.registrationsAdded)
            try p.encode(list.map(DiskSpeaker.init), forKey: .speakers)
        case .sessionClosed: _ = payload(.sessionClosed)
        case .suspendDetected(let from):
            var p = payload(.suspendDetected)
            try p.encode(from.milliseconds, forKey: .from)
        case .pointOfOrderRaised(let by):
            var p = payload(.pointOfOrderRaised)
            try p.encode(by, forKey: .by)
        case .pointOfOrderEnded: _ = payload(.pointOfOrderEnded)
        case .replyRequested(let s):
            var p = payload(.replyRequested)
            try p.encode(DiskSpeaker(s), forKey: .speaker)
        case .limitChanged(let id, let ms, let reason):
            var p = payload(.limitChanged)
            try p.encode(id.rawValue, forKey: .speaker)
            try p.encode(ms, forKey: .milliseconds)
            try p.encode(reason, forKey: .reason)
        case .statementSubmittedInWriting(let id): try speaker(.statementSubmittedInWriting, id)
        case .messageShown(let message):
            var p = payload(.messageShown)
            switch message {
            case .canned(let canned): try p.encode(canned.rawValue, forKey: .canned)
            case .text(let text): try p.encode(text, forKey: .text)
            }
        case .messageCleared: _ = payload(.messageCleared)
        case .meetingSuspended(let ms, let reason):
            var p = payload(.meetingSuspended)
            try p.encode(ms, forKey: .milliseconds)
            try p.encode(reason, forKey: .reason)
        case .meetingResumed: _ = payload(.meetingResumed)
        case .noteAdded(let id, let text):
            var p = payload(.noteAdded)
            try p.encode(id.rawValue, forKey: .speaker)
            try p.encode(text, forKey: .text)
        }
    }
}

/// A note: `{"repaired": {...}}`, `{"resumed": {...}}` or `{"clockAcknowledged": {}}`.
struct DiskNote: Codable {
    var note: JournalNote

    init(_ note: JournalNote) { self.note = note }

    enum CodingKeys: String, CodingKey { case repaired, resumed, clockAcknowledged }
    enum PayloadKeys: String, CodingKey { case droppedBytes, brokenCopy, anchor, reconstructed }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard c.allKeys.count == 1, let name = c.allKeys.first else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath,
                    debugDescription: "a note has exactly one known name"))
        }
        let p = try c.nestedContainer(keyedBy: PayloadKeys.self, forKey: name)
        switch name {
        case .repaired:
            note = .repaired(
                droppedBytes: try p.decode(Int.self, forKey: .droppedBytes),
                brokenCopy: try p.decode(String.self, forKey: .brokenCopy))
        case .resumed:
            note = .resumed(
                anchor: try p.decode(DiskAnchor.self, forKey: .anchor).anchor,
                reconstructed: try p.decode(Bool.self, forKey: .reconstructed))
        case .clockAcknowledged: note = .clockAcknowledged
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch note {
        case .repaired(let dropped, let copy):
            var p = c.nestedContainer(keyedBy: PayloadKeys.self, forKey: .repaired)
            try p.encode(dropped, forKey: .droppedBytes)
            try p.encode(copy, forKey: .brokenCopy)
        case .resumed(let anchor, let reconstructed):
            var p = c.nestedContainer(keyedBy: PayloadKeys.self, forKey: .resumed)
            try p.encode(DiskAnchor(anchor), forKey: .anchor)
            try p.encode(reconstructed, forKey: .reconstructed)
        case .clockAcknowledged:
            _ = c.nestedContainer(keyedBy: PayloadKeys.self, forKey: .clockAcknowledged)
        }
    }
}

/// A clock anchor: `{"bootID", "bootNanoseconds", "wall"}` (a clock reading, not a duration).
struct DiskAnchor: Codable {
    var anchor: ClockAnchor

    init(_ anchor: ClockAnchor) { self.anchor = anchor }

    enum CodingKeys: String, CodingKey { case wall, bootNanoseconds, bootID }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        anchor = ClockAnchor(
            wall: Instant(milliseconds: try c.decode(Int64.self, forKey: .wall)),
            bootNanoseconds: try c.decode(Int64.self, forKey: .bootNanoseconds),
            bootID: try c.decode(String.self, forKey: .bootID))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(anchor.wall.milliseconds, forKey: .wall)
        try c.encode(anchor.bootNanoseconds, forKey: .bootNanoseconds)
        try c.encode(anchor.bootID, forKey: .bootID)
    }
}

/// Where a continuation's history came from: `{"lastSeq", "path", "reason"}`.
struct DiskContinuation: Codable {
    var continuation: JournalHeader.Continuation

    init(_ continuation: JournalHeader.Continuation) { self.continuation = continuation }

    enum CodingKeys: String, CodingKey { case path, lastSeq, reason }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        continuation = .init(
            path: try c.decode(String.self, forKey: .path),
            lastSeq: try c.decode(Int.self, forKey: .lastSeq),
            reason: try c.decode(String.self, forKey: .reason))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(continuation.path, forKey: .path)
        try c.encode(continuation.lastSeq, forKey: .lastSeq)
        try c.encode(continuation.reason, forKey: .reason)
    }
}
