// Reading a journal back, and the recovery rules (docs/journal-format.md):
// - every complete line (ending in a newline) must check: frame, CRC, JSON, the
//   sequence number and the hash of the line before. The first that does not is
//   damage in the middle: reading stops with the line and the reason, and nothing
//   is repaired, because dropping it would silently drop acknowledged events;
// - bytes after the last newline are a torn tail: a write cut off by a crash or a
//   power cut. Such a record was never acknowledged (a record counts once its
//   newline is durable), so the reader reports it for the writer to cut off.
// Reading never invents, reorders or repairs: it returns a prefix of what was written.
import Dispatch
import Glibc
import FoundationEssentials
import PlenaryCore

/// Damage in the middle of a journal: a complete line that does not check.
public struct JournalDamage: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    public var reason: String
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
    public var description: String { "line \(line): \(reason)" }
}

/// What a journal holds, up to its last intact record.
public struct JournalReading: Sendable {
    public var header: JournalHeader
    /// Every intact record, the header first.
    public var records: [JournalRecord]
    /// Bytes of intact lines; the file is sound up to here.
    public var intactLength: Int
    /// Bytes after the last newline (a torn last record); zero when none.
    public var tornBytes: Int
    /// The chain hash the next record must carry.
    public var lastHash: UInt64

    /// The next record's sequence number.
    public var nextSeq: Int { records.count }

    /// The session's events: the carried-over history, then every event record.
    public var events: [Event] {
        header.history + records.compactMap { if case .event(let e) = $0.entry { e } else { nil } }
    }

    public var notes: [(seq: Int, note: JournalNote)] {
        records.compactMap { if case .note(let n) = $0.entry { (seq: $0.seq, note: n) } else { nil } }
    }
}

public enum JournalReader {
    /// Reads a whole journal. Throws `JournalDamage` for damage in the middle or a
    /// journal with no intact header.
    public static func read(_ bytes: [UInt8]) throws(JournalDamage) -> JournalReading {
        try read(more: bytes, after: nil)
    }

    /// Continues `earlier` with `bytes`, the file's bytes from `earlier.intactLength`
    /// on (all of them when `earlier` is nil): a follower reads only what was appended.
    /// The same checks as a whole read, so the result equals reading the whole file.
    public static func read(more bytes: [UInt8], after earlier: JournalReading?) throws(JournalDamage) -> JournalReading {
        let lines = lineRanges(bytes)
        let checked = CheckedLines(count: lines.count)
        checkAndDecode(bytes, lines, into: checked)
        var records: [JournalRecord] = earlier?.records ?? []
        records.reserveCapacity(records.count + lines.count)
        var prevHash: UInt64 = earlier?.lastHash ?? 0
        var header: JournalHeader? = earlier?.header
        var intact = 0
        for index in lines.indices {
            let lineNumber = records.count + 1
            let record: JournalRecord
            // Each line's result is moved out once, never copied: a long journal holds
            // a hundred thousand of them.
            let line = checked.take(index)
            switch line.record {
            case .success(let r): record = r
            case .failure(let problem): throw JournalDamage(line: lineNumber, reason: problem.reason)
            }
            guard record.seq == records.count else {
                throw JournalDamage(line: lineNumber, reason: "sequence number \(record.seq) where \(records.count) was expected")
            }
            guard record.prev == prevHash else {
                throw JournalDamage(line: lineNumber, reason: "the chain is broken: this record does not follow the line before it")
            }
            switch (record.entry, records.isEmpty) {
            case (.header(let h), true):
                guard h.format == JournalHeader.currentFormat else {
                    throw JournalDamage(line: 1, reason: "unknown journal format \(h.format)")
                }
                header = h
            case (.header, false):
                throw JournalDamage(line: lineNumber, reason: "a second header")
            case (_, true):
                throw JournalDamage(line: 1, reason: "the first record is not a header")
            default:
                break
            }
            records.append(record)
            prevHash = line.hash
            intact = lines[index].upperBound + 1
        }
        guard let header else {
            let reason = bytes.isEmpty ? "the journal is empty" : "the header record is incomplete"
            throw JournalDamage(line: 1, reason: reason)
        }
        return JournalReading(header: header, records: records, intactLength: (earlier?.intactLength ?? 0) + intact,
                              tornBytes: bytes.count - intact, lastHash: prevHash)
    }

    /// The complete lines (without their newline); bytes after the last newline are
    /// the torn tail and are not a line.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var start = 0
            // memchr: the C library finds the newlines many bytes at a time.
            while start < b.count, let hit = memchr(base + start, Int32(JournalLine.newline), b.count - start) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                out.append(start..<i)
                start = i + 1
            }
        }
        return out
    }

    /// One line's own checks (frame, CRC, JSON) and its chain hash.
    struct Checked {
        var record: Result<JournalRecord, LineProblem>
        var hash: UInt64
    }

    /// Checks and decodes every line, spread over the cores: lines are independent
    /// until the sequence and chain checks, which `read` then makes in order. A long
    /// journal resumes in a fraction of the time; the result is the same.
    static func checkAndDecode(_ bytes: [UInt8], _ lines: [Range<Int>], into results: CheckedLines) {
        let chunkSize = 2_048
        guard lines.count > chunkSize else {
            let decoder = JSONDecoder()
            for (i, range) in lines.enumerated() {
                results.set(i, Checked(record: JournalLine.decode(bytes[range], with: decoder), hash: FNV1a64.hash(bytes[range])))
            }
            return
        }
        let chunks = (lines.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let decoder = JSONDecoder()
            for i in (chunk * chunkSize)..<min(lines.count, (chunk + 1) * chunkSize) {
                let line = bytes[lines[i]]
                results.set(i, Checked(record: JournalLine.decode(line, with: decoder), hash: FNV1a64.hash(line)))
            }
        }
    }

    /// Slots that concurrent chunks fill, each index by exactly one chunk, and that
    /// `read` then empties in order.
    final class CheckedLines: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Checked?>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }
        deinit {
            slots.deinitialize()
            slots.deallocate()
        }
        func set(_ i: Int, _ c: Checked) { slots[i] = c }
        /// Moves line `i`'s result out (each is taken once).
        func take(_ i: Int) -> Checked { slots[i].take()! }
    }
}
