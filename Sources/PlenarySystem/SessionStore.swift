// Opening the journal of a session: create it on the first run, resume it on every
// later one. Resuming rebuilds the session from the journal alone and picks the
// clock anchor that keeps the speaker on the floor at the right elapsed time.
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat

/// How the clock was recovered when a session was resumed.
public enum ResumeKind: Sendable, Hashable {
    /// A new journal: nothing to resume.
    case created
    /// Same boot: the recorded boot-time anchor still holds, so elapsed times are exact.
    case sameBoot
    /// The machine rebooted: boot-time instants are not comparable across boots, so
    /// the anchor was rebuilt from the wall clock. Times spanning the reboot are as
    /// good as the wall clock, and flagged until the operator acknowledges them.
    case afterReboot(previousBoot: String)
}

/// A session journal opened for writing, and what the console must tell the operator.
public struct OpenedSession {
    /// The session rebuilt from the journal (its own plan and speakers).
    public var session: Session
    /// Where events go: `persist` before `session.record`.
    public var journal: Journal
    /// The anchor for `SessionClock(anchor:rate:)`.
    public var anchor: ClockAnchor
    public var kind: ResumeKind
    /// Times were reconstructed from the wall clock after a reboot and not yet
    /// acknowledged (`SessionStore.acknowledgeClock`).
    public var clockNeedsAcknowledgement: Bool
    /// Bytes of a torn last record that were cut off, and where they were kept.
    public var repaired: (droppedBytes: Int, brokenCopy: String)?
    /// The registration file changed since the journal was created (its digest
    /// differs; for a journal without a digest, its plan or speakers differ from the
    /// registration given). The journal's own are used, since the recorded events
    /// refer to them; the console offers to add what is new.
    public var registrationChanged: Bool
    /// The journal resumed could not be written (`reason`): the session continues in
    /// `journal`, a continuation of `from`.
    public var continuedAtStart: (from: String, reason: String)?
}

public enum SessionStore {
    /// Where a session's journal lives by default: next to its registration file, as
    /// `<stem>.journal` (`<stem>.rehearsal.journal` for rehearsals); for the embedded
    /// default session, which has no file, in the user's state directory (made when
    /// missing), or the current directory when there is none.
    public static func defaultJournalPath(
        registrationFile: String?, rehearsal: Bool, directories: UserDirectories = .current
    ) -> String {
        let suffix = rehearsal ? ".rehearsal.journal" : ".journal"
        guard let file = registrationFile else {
            let name = "plenary-default-session" + suffix
            return directories.makeState().map { "\($0)/\(name)" } ?? name
        }
        let dir = DurableFiles.directory(of: file)
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        let base = (stem.isEmpty ? name : stem) + suffix
        return file.contains("/") ? "\(dir == "/" ? "" : dir)/\(base)" : base
    }

    /// Creates the journal at `path` (or its latest continuation) or resumes it.
    /// Throws for a damaged journal, a journal of the other kind (rehearsal/live), a
    /// closed session unless `reopenClosed`, and a journal another plenary holds.
    /// A journal that cannot be written to on resuming (its disk is full or failing)
    /// continues at once in a new journal, as a failed write mid-session does:
    /// `continuedAtStart` says from where.
    public static func open(
        plan: SessionPlan, speakers: [Speaker], path requested: String, rehearsal: Bool,
        reopenClosed: Bool = false, registrationDigest: String? = nil, program: String = ProgramVersion.current,
        clocks: MachineClock = .system,
        io: FileIO = .system, directories: UserDirectories = .current
    ) throws(JournalError) -> OpenedSession {
        let path = try JournalFile.newest(requested, directories: directories)
        guard DurableFiles.exists(path) else {
            let anchor = clocks.anchor()
            let header = JournalHeader(
                program: program, plan: plan, speakers: speakers,
                anchor: anchor, rehearsal: rehearsal, registrationDigest: registrationDigest)
            let journal: Journal
            do { journal = try Journal.create(at: path, header: header, clocks: clocks, io: io) } catch {
                // Two first starts at once: the other one created it and holds it.
                if case .alreadyExists = error { throw .inUse(path: path) }
                throw error
            }
            return OpenedSession(
                session: Session(plan: plan, speakers: speakers), journal: journal, anchor: anchor,
                kind: .created, clockNeedsAcknowledgement: false, repaired: nil,
                registrationChanged: false)
        }

        // Check everything that refuses before anything is written.
        let before = try JournalFile.read(path)
        let header = before.header
        guard header.rehearsal == rehearsal else { throw .wrongKind(path: path, isRehearsal: header.rehearsal) }
        let session = Session(plan: header.plan, speakers: header.speakers, events: before.events)
        if case .closed(let at) = session.state.phase, !reopenClosed { throw .closed(path: path, at: at) }

        let (anchor, kind) = resumeAnchor(before, clocks: clocks)
        let pending = before.clockAnchors.unacknowledged || kind != .sameBoot
        let changed = changed(header, plan: plan, speakers: speakers, digest: registrationDigest)
        let resumed = JournalNote.resumed(anchor: anchor, reconstructed: kind != .sameBoot)
        do {
            let (journal, _) = try Journal.open(at: path, clocks: clocks, io: io, alreadyRead: before)
            defer { if journal.failure != nil { journal.close() } }
            try journal.note(resumed)
            // A journal of an earlier build gets its pointer's reserve now (best effort).
            JournalFile.reservePointer(for: path, io: io)
            return OpenedSession(
                session: session, journal: journal, anchor: anchor, kind: kind,
                clockNeedsAcknowledgement: pending, repaired: journal.repaired, registrationChanged: changed)
        } catch {
            guard error.isWriteFailure else { throw error }
            // Nothing of this start is acknowledged yet: carry the recorded events on
            // into a continuation, in the state directory if the disk itself is full.
            let next = try Journal.continuation(
                of: path, header: header, lastSeq: before.nextSeq - 1, reason: error.reason,
                history: session.events, anchor: anchor,
                candidates: JournalFile.continuationCandidates(for: path, directories: directories),
                clocks: clocks, io: io)
            try next.note(resumed)
            var opened = OpenedSession(
                session: session, journal: next, anchor: anchor, kind: kind,
                clockNeedsAcknowledgement: pending, repaired: nil, registrationChanged: changed)
            opened.continuedAtStart = (from: path, reason: error.reason)
            return opened
        }
    }

    /// Whether the registration given differs from the one the journal began with: by
    /// the digests when both are known, else by the plan and speakers themselves.
    static func changed(_ header: JournalHeader, plan: SessionPlan, speakers: [Speaker], digest: String?) -> Bool {
        if let recorded = header.registrationDigest, let digest { return recorded != digest }
        return header.plan != plan || header.speakers != speakers
    }

    /// The clock anchor for a journal read on this machine: the latest anchor recorded
    /// when it was taken on this boot (boot-time instants compare exactly), else a fresh
    /// one from the wall clock. The console resumes with it and the room display
    /// follows with it, so both show the same time.
    public static func resumeAnchor(
        _ reading: JournalReading,
        clocks: MachineClock
    ) -> (anchor: ClockAnchor, kind: ResumeKind) {
        let latest = reading.clockAnchors.latest
        guard latest.bootID == clocks.bootID else {
            return (clocks.anchor(), .afterReboot(previousBoot: latest.bootID))
        }
        return (latest, .sameBoot)
    }

    /// Records that the operator has seen and accepted times reconstructed after a reboot.
    public static func acknowledgeClock(_ opened: inout OpenedSession) throws(JournalError) {
        try opened.journal.note(.clockAcknowledged)
        opened.clockNeedsAcknowledgement = false
    }
}

extension JournalReading {
    /// The clock anchor in force at the end of the journal (the header's, or the last
    /// resume's), and whether a reconstructed anchor is in force unacknowledged.
    var clockAnchors: (latest: ClockAnchor, unacknowledged: Bool) {
        var latest = header.anchor
        var unacknowledged = false
        for (_, note) in notes {
            switch note {
            case .resumed(let a, let reconstructed):
                latest = a
                if reconstructed { unacknowledged = true }
            case .clockAcknowledged: unacknowledged = false
            case .repaired: break
            }
        }
        return (latest, unacknowledged)
    }
}
