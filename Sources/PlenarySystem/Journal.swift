// The session journal on disk: one durable record per line (docs/journal-format.md).
// `persist` is what the console's sink calls before it shows anything as done:
// it returns only once the records are fdatasync'ed. After the first failure the
// journal refuses every further write — the disk's state is unknown after a failed
// sync — and the console continues into a new file with `continueAfterFailure`.
import FoundationEssentials
import Glibc
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat

/// Why a journal cannot be used, in words for the operator.
public enum JournalError: Error, Sendable, CustomStringConvertible {
    /// Damage in the middle: the file is left exactly as it is.
    case damaged(path: String, JournalDamage)
    case file(FileError)
    /// A write or sync failed: what was being written is NOT saved.
    case notSaved(FileError)
    /// An earlier write failed; this journal takes nothing more.
    case stopped(path: String)
    case alreadyExists(path: String)
    case wrongKind(path: String, isRehearsal: Bool)
    case closed(path: String, at: Instant)
    /// Another plenary holds the journal: two consoles never write one session.
    case inUse(path: String)
    /// The pointer beside `journal` names a continuation that cannot be read: resuming
    /// the older journal would fork the session, so nothing is opened.
    case continuationMissing(journal: String, continuation: String)

    /// What went wrong, without the NOT SAVED that `description` starts with for a
    /// refused write (the console's banner says NOT SAVED in the operator's language).
    public var reason: String {
        switch self {
        case .notSaved(let e): "\(e)"
        case .stopped(let path): "writing \(path) failed earlier; continue in a new journal."
        default: description
        }
    }

    public var description: String {
        switch self {
        case .damaged(let path, let d):
            "\(path):\(d.line): the journal is damaged: \(d.reason). It was not changed. Keep a copy; "
                + "`plenary journal verify` shows what it holds before the damage and `plenary export --salvage` "
                + "exports it; start a new journal with --journal."
        case .file(let e): "\(e)"
        case .notSaved, .stopped: "NOT SAVED: \(reason)"
        case .alreadyExists(let path): "\(path) already exists; a new journal never overwrites one."
        case .wrongKind(let path, let rehearsal):
            "\(path) is a \(rehearsal ? "rehearsal" : "live session") journal; "
                + "a \(rehearsal ? "live session" : "rehearsal") never writes into it."
        case .inUse(let path): "\(path) is in use: another plenary is writing it."
        case .continuationMissing(let journal, let continuation):
            "\(journal) continues in \(continuation) (\(JournalFile.pointer(of: journal))), which cannot be read; "
                + "the older journal is not used in its place. Put the continuation back, or remove the pointer to "
                + "resume the older journal as it is."
        case .closed(let path, let at):
            "The session in \(path) was closed at \(at). It is not reopened by accident: export it, or pass --reopen."
        }
    }
}

public final class Journal {
    public let path: String
    public let header: JournalHeader
    private let file: DurableFile
    private let clocks: MachineClock
    private let encoder = JournalLine.makeEncoder()
    public private(set) var nextSeq: Int
    private var lastHash: UInt64
    /// The torn tail cut off when the journal was opened, and where it was kept.
    public private(set) var repaired: (droppedBytes: Int, brokenCopy: String)?
    /// The first write that failed; set once, never cleared.
    public private(set) var failure: FileError?
    /// Why the pointer to this journal's continuation could not be written beside it.
    public private(set) var pointerFailure: FileError?

    init(path: String, header: JournalHeader, file: DurableFile, clocks: MachineClock, nextSeq: Int, lastHash: UInt64) {
        self.path = path
        self.header = header
        self.file = file
        self.clocks = clocks
        self.nextSeq = nextSeq
        self.lastHash = lastHash
    }

    /// Creates a journal holding only `header`. The header is written to a temporary
    /// name and linked into place, so a journal never exists without its header, and
    /// an existing journal is never overwritten.
    public static func create(
        at path: String, header: JournalHeader, clocks: MachineClock = .system,
        io: FileIO = .system
    ) throws(JournalError) -> Journal {
        guard !DurableFiles.exists(path) else { throw .alreadyExists(path: path) }
        var header = header
        header.version = JournalHeader.currentVersion  // a continuation of an older journal is written as of today
        let record = JournalRecord(
            seq: 0, prev: 0, wall: clocks.wallNow(), bootNanoseconds: clocks.bootNow(),
            bootID: clocks.bootID, entry: .header(header))
        let line: [UInt8]
        do { line = try JournalLine.encode(record, with: JournalLine.makeEncoder()) } catch {
            throw .file(FileError("encode header", path, code: EINVAL))
        }
        let temp = "\(path).new-\(getpid())"
        do {
            try DurableFiles.writeAtomically(line, to: temp, io: io)
            defer { unlink(temp) }
            guard link(temp, path) == 0 else {
                let code = errno
                if code == EEXIST { throw JournalError.alreadyExists(path: path) }
                throw JournalError.file(FileError("link", path, code: code))
            }
            try DurableFiles.syncDirectory(of: path, io: io)
            JournalFile.reservePointer(for: path, io: io)
            let file = try DurableFile(appendingTo: path, io: io)
            return Journal(
                path: path, header: header, file: file, clocks: clocks, nextSeq: 1,
                lastHash: JournalLine.chainHash(ofLine: line))
        } catch let e as JournalError {
            throw e
        } catch let e as FileError {
            throw .file(e)
        } catch {
            throw .file(FileError("create", path, code: EIO))
        }
    }

    /// Opens an existing journal for appending, applying the recovery rules: a torn
    /// last record is copied to `<path>.broken`, cut off, and noted in the journal;
    /// damage in the middle throws and leaves the file untouched.
    public static func open(
        at path: String, clocks: MachineClock = .system,
        io: FileIO = .system
    ) throws(JournalError) -> (Journal, JournalReading) {
        try open(at: path, clocks: clocks, io: io, alreadyRead: nil)
    }

    /// `alreadyRead`: a reading taken before the lock; reused when the file has not
    /// changed length since (a 100,000-event journal takes seconds to check).
    static func open(
        at path: String, clocks: MachineClock, io: FileIO,
        alreadyRead: JournalReading?
    ) throws(JournalError) -> (Journal, JournalReading) {
        let file: DurableFile
        do { file = try DurableFile(appendingTo: path, io: io) } catch {
            if error.code == EWOULDBLOCK { throw .inUse(path: path) }
            throw .file(error)
        }
        let reading: JournalReading
        if let r = alreadyRead, r.intactLength + r.tornBytes == file.length {
            reading = r
        } else {
            reading = try JournalFile.read(path)
        }
        let journal = Journal(
            path: path, header: reading.header, file: file, clocks: clocks,
            nextSeq: reading.nextSeq, lastHash: reading.lastHash)
        if reading.tornBytes > 0 {
            let bytes: [UInt8]
            do { bytes = try FileReader.read(path) } catch { throw .file(error) }
            let broken = JournalFile.freshName("\(path).broken")
            do {
                try DurableFiles.writeAtomically(Array(bytes[reading.intactLength...]), to: broken, io: io)
                try file.truncate(to: reading.intactLength)
            } catch { throw .file(error) }
            if reading.unterminated { try journal.endLastLine() }
            try journal.note(.repaired(droppedBytes: reading.tornBytes, brokenCopy: broken))
            journal.repaired = (reading.tornBytes, broken)
        } else if reading.unterminated {
            try journal.endLastLine()
        }
        return (journal, reading)
    }

    /// Writes the newline a kept last record had lost, so the next record starts a line.
    private func endLastLine() throws(JournalError) {
        do { try file.append([UInt8(ascii: "\n")]) } catch {
            failure = error
            throw .notSaved(error)
        }
    }

    /// Releases the file and its lock (when the console quits). Writes after this fail.
    public func close() { file.close() }

    /// Makes `events` durable, one record each, in one write and one fdatasync.
    public func persist(_ events: [Event]) throws {
        try write(events.map(JournalEntry.event))
    }

    /// Records a note about the journal or the machine.
    public func note(_ note: JournalNote) throws(JournalError) {
        try write([.note(note)])
    }

    private func write(_ entries: [JournalEntry]) throws(JournalError) {
        if failure != nil { throw .stopped(path: path) }
        guard !entries.isEmpty else { return }
        let wall = clocks.wallNow()
        let boot = clocks.bootNow()
        var bytes: [UInt8] = []
        var seq = nextSeq
        var hash = lastHash
        for entry in entries {
            let record = JournalRecord(
                seq: seq, prev: hash, wall: wall, bootNanoseconds: boot,
                bootID: clocks.bootID, entry: entry)
            let line: [UInt8]
            do { line = try JournalLine.encode(record, with: encoder) } catch {
                throw .notSaved(FileError("encode", path, code: EINVAL))
            }
            hash = JournalLine.chainHash(ofLine: line)
            bytes += line
            seq += 1
        }
        do {
            try file.append(bytes)
        } catch {
            failure = error
            throw .notSaved(error)
        }
        nextSeq = seq
        lastHash = hash
    }

    /// After a failure: a new journal holding the full history so far in its header,
    /// in the first of `candidates` that can be written (by default next to this one,
    /// then the user's state directory, `JournalFile.continuationCandidates`). The caller
    /// tells the operator its path.
    public func continueAfterFailure(
        history: [Event], anchor: ClockAnchor, candidates: [String]? = nil,
        io: FileIO = .system
    ) throws(JournalError) -> Journal {
        let (next, pointerFailure) = try Journal.continuing(
            path, header: header, lastSeq: nextSeq - 1,
            reason: failure.map { "\($0)" } ?? "continued by the operator",
            history: history, anchor: anchor, candidates: candidates ?? JournalFile.continuationCandidates(for: path),
            clocks: clocks, io: io)
        self.pointerFailure = pointerFailure
        return next
    }

    /// The continuation of the journal at `path` (whose header is `header` and whose
    /// last durable record is `lastSeq`), and the pointer to it written beside `path`,
    /// or why the pointer could not be written.
    static func continuing(
        _ path: String, header: JournalHeader, lastSeq: Int, reason: String, history: [Event],
        anchor: ClockAnchor, candidates: [String], clocks: MachineClock, io: FileIO
    ) throws(JournalError) -> (Journal, pointerFailure: FileError?) {
        var h = header
        h.history = history
        h.anchor = anchor
        h.continues = .init(path: DurableFiles.absolute(path), lastSeq: lastSeq, reason: reason)
        var lastError = JournalError.stopped(path: path)
        for candidate in candidates {
            let next: Journal
            do { next = try Journal.create(at: candidate, header: h, clocks: clocks, io: io) } catch {
                lastError = error
                continue
            }
            // Anchor the chain here, so whoever resumes this journal finds the new one.
            do { try JournalFile.writePointer(from: path, to: next.path, io: io) } catch {
                return (next, error)
            }
            return (next, nil)
        }
        throw lastError
    }

    /// A continuation of the journal at `path` for a console that could not resume it
    /// (its disk refused the first write), holding `history`.
    public static func continuation(
        of path: String, header: JournalHeader, lastSeq: Int, reason: String, history: [Event],
        anchor: ClockAnchor, candidates: [String], clocks: MachineClock, io: FileIO
    ) throws(JournalError) -> Journal {
        try continuing(
            path, header: header, lastSeq: lastSeq, reason: reason, history: history, anchor: anchor,
            candidates: candidates, clocks: clocks, io: io
        ).0
    }
}

extension JournalError {
    /// The disk refused a write (full, failing, read-only, outside damage): a console
    /// continues in a new journal rather than stop the session.
    public var isWriteFailure: Bool {
        switch self {
        case .notSaved, .stopped: true
        case .file(let e): [ENOSPC, EDQUOT, EIO, EROFS, EFBIG].contains(e.code) && e.operation != "read"
        default: false
        }
    }
}
