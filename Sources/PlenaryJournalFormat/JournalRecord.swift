// One journal record: what happened (the header, a session event or a note about the
// file), where it sits in the chain, and when the machine wrote it. These are the
// values a reading gives; how they are spelled on disk is JournalCoding.swift's alone
// (docs/journal-format.md; change both together).
import PlenaryCore

/// The first record: everything needed to replay the journal without the
/// registration file it came from.
public struct JournalHeader: Sendable, Hashable {
    /// The format version the journal was written in: 1 for journals written before
    /// the format had its own record types (1 December 2026), `currentVersion` for new
    /// ones. A reader refuses a version it does not know.
    public var version: Int
    public var program: String
    public var plan: SessionPlan
    public var speakers: [Speaker]
    /// The clock anchor when the journal was created.
    public var anchor: ClockAnchor
    /// A rehearsal journal is never mistaken for a live one, and the other way round.
    public var rehearsal: Bool
    /// Events carried over from an earlier journal that could no longer be written
    /// (a failing disk): the full history so far. Empty for a fresh session.
    public var history: [Event]
    /// The journal this one continues, when it does.
    public var continues: Continuation?
    /// The registration file's content digest when the journal was created
    /// (`RegistrationDigest`), so a resume can tell the file has changed since. Nil
    /// for the embedded session and for journals written before it was recorded.
    public var registrationDigest: String?

    /// The version this build writes.
    public static let currentVersion = 3

    public init(
        program: String, plan: SessionPlan, speakers: [Speaker], anchor: ClockAnchor,
        rehearsal: Bool, history: [Event] = [], continues: Continuation? = nil, registrationDigest: String? = nil
    ) {
        self.registrationDigest = registrationDigest
        self.version = Self.currentVersion
        self.program = program
        self.plan = plan
        self.speakers = speakers
        self.anchor = anchor
        self.rehearsal = rehearsal
        self.history = history
        self.continues = continues
    }

    /// The earlier journal, and the last record of it that was known to be durable.
    public struct Continuation: Sendable, Hashable {
        public var path: String
        public var lastSeq: Int
        public var reason: String
        public init(path: String, lastSeq: Int, reason: String) {
            self.path = path
            self.lastSeq = lastSeq
            self.reason = reason
        }
    }
}

/// Facts about the journal and the machine rather than the session: kept in the
/// record so the log can show them, never fed to the session engine.
public enum JournalNote: Sendable, Hashable {
    /// A torn last record was cut off; its bytes were kept at `brokenCopy`.
    case repaired(droppedBytes: Int, brokenCopy: String)
    /// The program started again on this journal. `anchor` is the clock anchor in force
    /// from here on; `reconstructed` means the machine had rebooted, so boot-time
    /// instants could not be compared and the anchor was taken from the wall clock.
    case resumed(anchor: ClockAnchor, reconstructed: Bool)
    /// The operator confirmed the times reconstructed after a reboot.
    case clockAcknowledged
}

/// What a record holds.
public enum JournalEntry: Sendable, Hashable {
    case header(JournalHeader)
    case event(Event)
    case note(JournalNote)
}

/// One line of the journal, before framing.
public struct JournalRecord: Sendable, Hashable {
    /// 0 for the header, then 1, 2, ... with no gap.
    public var seq: Int
    /// FNV-1a 64 of the previous line's bytes (without its newline); zeros for the header.
    public var prev: UInt64
    /// The wall clock when the record was written.
    public var wall: Instant
    /// CLOCK_BOOTTIME in nanoseconds when the record was written.
    public var bootNanoseconds: Int64
    public var bootID: String
    public var entry: JournalEntry

    public init(seq: Int, prev: UInt64, wall: Instant, bootNanoseconds: Int64, bootID: String, entry: JournalEntry) {
        self.seq = seq
        self.prev = prev
        self.wall = wall
        self.bootNanoseconds = bootNanoseconds
        self.bootID = bootID
        self.entry = entry
    }
}
