// Reading a journal back, and the recovery rules (docs/journal-format.md):
// - every complete line (ending in a newline) must check: frame, CRC, JSON, the
//   sequence number and the hash of the line before. The first that does not is
//   damage in the middle: reading stops with the line and the reason, and nothing
//   is repaired, because dropping it would silently drop acknowledged events;
// - bytes after the last newline are a torn tail: a write cut off by a crash or a
//   power cut. Such a record was never acknowledged (a record counts once its
//   newline is durable), so the reader reports it for the writer to cut off.
// Reading never invents, reorders or repairs: it returns a prefix of what was written.
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
    public static func read(more bytes: [UInt8], after earlier: JournalReading?) throws(JournalDamage)
        -> JournalReading
    {
        let lines = lineRanges(bytes)
        let decoder = JSONDecoder()
        var records: [JournalRecord] = earlier?.records ?? []
        records.reserveCapacity(records.count + lines.count)
        var prevHash: UInt64 = earlier?.lastHash ?? 0
        var header: JournalHeader? = earlier?.header
        var intact = 0
        for index in lines.indices {
            let lineNumber = records.count + 1
            let record: JournalRecord
            let line = bytes[lines[index]]
            switch JournalLine.decode(line, with: decoder) {
            case .success(let r): record = r
            case .failure(let problem): throw JournalDamage(line: lineNumber, reason: problem.reason)
            }
            guard record.seq == records.count else {
                throw JournalDamage(
                    line: lineNumber,
                    reason: "sequence number \(record.seq) where \(records.count) was expected")
            }
            guard record.prev == prevHash else {
                throw JournalDamage(
                    line: lineNumber,
                    reason: "the chain is broken: this record does not follow the line before it")
            }
            switch (record.entry, records.isEmpty) {
            case (.header(let h), true):
                header = h
            case (.header, false):
                throw JournalDamage(line: lineNumber, reason: "a second header")
            case (_, true):
                throw JournalDamage(line: 1, reason: "the first record is not a header")
            default:
                break
            }
            records.append(record)
            prevHash = FNV1a64.hash(line)
            intact = lines[index].upperBound + 1
        }
        guard let header else {
            let reason = bytes.isEmpty ? "the journal is empty" : "the header record is incomplete"
            throw JournalDamage(line: 1, reason: reason)
        }
        return JournalReading(
            header: header, records: records, intactLength: (earlier?.intactLength ?? 0) + intact,
            tornBytes: bytes.count - intact, lastHash: prevHash)
    }

    /// The complete lines (without their newline); bytes after the last newline are
    /// the torn tail and are not a line.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        while let end = bytes[start...].firstIndex(of: JournalLine.newline) {
            out.append(start..<end)
            start = end + 1
        }
        return out
    }
}
