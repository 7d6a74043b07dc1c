// Following a journal that another process writes (the room display). Strictly a
// reader: the file is opened O_RDONLY, never locked, never repaired. A torn last line
// is simply not read yet (the writer finishes it, or cuts it when it resumes); a
// complete line that does not check is retried before it counts as damage, since a
// reader may catch a multi-line write half-way. Each poll reads only what was
// appended; a file replaced, cut back or continued (`<path>.continued-N`) is read again
// from its start, so a console that restarts, resumes or continues is followed.
import Glibc
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat

/// The session a follower sees, and what turns its recorded instants into "now".
public struct FollowedSession: Sendable {
    public var session: Session
    /// The anchor the console itself uses (`SessionStore.resumeAnchor`), so the
    /// display computes the same time from the same recorded instants.
    public var anchor: ClockAnchor
    /// `.sameBoot`: exact boot-time mapping; otherwise the wall clock of this machine.
    public var clockKind: ResumeKind
    /// The file actually read: the journal or its latest continuation.
    public var path: String
    public var rehearsal: Bool
}

/// What a follower knows about the journal it follows.
public enum FollowedJournal: Sendable {
    /// No journal at the path yet, or not even its header is complete.
    case waiting
    case following(FollowedSession)
    /// A complete line that does not check, again and again: the console would refuse it too.
    case damaged(path: String, JournalDamage)
}

/// Follows a journal another process writes, without ever writing to it: `poll()`
/// often, then read `state`.
public final class JournalFollower {
    /// The path given (continuations of it are followed too).
    public let requestedPath: String
    public private(set) var state: FollowedJournal = .waiting
    private let clocks: MachineClock
    private var file: FileIdentity?
    private var reading: JournalReading?
    private var followed: FollowedSession?
    private var recordedAnchor: ClockAnchor?
    private var damageStreak = 0
    /// The last read failed its checks: read again even if the file has not changed.
    private var retry = false
    /// Polls in a row that must fail the same way before damage is reported.
    static let damageConfirmations = 3

    public init(path: String, clocks: MachineClock = .system) {
        requestedPath = path
        self.clocks = clocks
    }

    /// Reads whatever was written since the last call. True when `state` changed.
    @discardableResult
    public func poll() -> Bool {
        let path = JournalFile.latest(requestedPath)
        guard let id = FileIdentity(path) else { return forget() }
        var changed = false
        if !id.sameFile(as: file) || id.size < (reading?.intactLength ?? 0) {
            // New, replaced, continued or cut back: read it from the start.
            changed = forget()
        } else if id.unchanged(since: file), !retry {
            return false  // nothing written since the last read (damage included)
        }
        file = id
        let from = reading?.intactLength ?? 0
        guard let bytes = try? FileReader.read(path, from: from) else { return changed }
        // A header still being written: nothing to show yet.
        if reading == nil, !bytes.contains(UInt8(ascii: "\n")) { return changed }
        do {
            let next = try JournalReader.read(more: bytes, after: reading, keepingUnterminated: false)
            damageStreak = 0
            retry = false
            return take(next, path: path) || changed
        } catch {
            damageStreak += 1
            // Read the same bytes again next time, showing what was shown so far.
            retry = damageStreak < Self.damageConfirmations
            if retry { return changed }
            // Kept as damaged until the file changes: a journal put back in order is
            // followed again.
            reading = nil
            followed = nil
            recordedAnchor = nil
            state = .damaged(path: path, error)
            return true
        }
    }

    /// Forgets the file: the next poll reads from scratch. True when that changed the state.
    private func forget() -> Bool {
        let changed: Bool
        if case .waiting = state { changed = false } else { changed = true }
        file = nil
        reading = nil
        followed = nil
        recordedAnchor = nil
        retry = false
        state = .waiting
        return changed
    }

    /// Takes a new reading: replays from scratch the first time, then records only
    /// the new events, exactly as the console records them.
    private func take(_ next: JournalReading, path: String) -> Bool {
        let before = reading?.records.count ?? 0
        reading = next
        let latest = next.clockAnchors.latest
        let (anchor, kind) =
            latest == recordedAnchor && followed != nil
            ? (followed!.anchor, followed!.clockKind) : SessionStore.resumeAnchor(next, clocks: clocks)
        recordedAnchor = latest
        var f: FollowedSession
        if let existing = followed {
            guard next.records.count > before else { return false }
            f = existing
            let added = next.records[before...].compactMap { r -> Event? in
                if case .event(let e) = r.entry { e } else { nil }
            }
            if !added.isEmpty { f.session.record(added) }
            f.anchor = anchor
            f.clockKind = kind
        } else {
            let h = next.header
            f = FollowedSession(
                session: Session(plan: h.plan, speakers: h.speakers, events: next.events),
                anchor: anchor, clockKind: kind, path: path, rehearsal: h.rehearsal)
        }
        followed = f
        state = .following(f)
        return true
    }
}

/// Which file a path names right now, and how far it has been written.
struct FileIdentity {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Int64

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    /// The same file, not written since `other` was taken.
    func unchanged(since other: FileIdentity?) -> Bool {
        guard let other else { return false }
        return sameFile(as: other) && size == other.size && modified == other.modified
    }

    func sameFile(as other: FileIdentity?) -> Bool {
        guard let other else { return false }
        return device == other.device && inode == other.inode
    }
}
