// Reading a journal back, and the recovery rules (docs/journal-format.md):
// - every complete line (ending in a newline) must check: frame, CRC, JSON, the
//   sequence number and the hash of the line before. The first that does not is
//   damage in the middle: reading stops with the line and the reason, and nothing
//   is repaired, because dropping it would silently drop acknowledged events;
// - bytes after the last newline are a torn tail: a write cut off by a crash or a
//   power cut. Such a record was never acknowledged (a record counts once its
//   newline is durable), so the reader reports it for the writer to cut off —
//   unless it is a whole record that checks, whose newline alone is missing or
//   damaged: that record was acknowledged and is kept.
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
    /// The last record is complete and checks but its newline is missing or damaged
    /// (`tornBytes` then counts the damaged byte): a writer ends the line before
    /// appending.
    public var unterminated = false

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
    /// `keepingUnterminated`: a last record that checks but lost its newline is kept
    /// (false for a follower, which waits for the writer to finish the line).
    public static func read(more bytes: [UInt8], after earlier: JournalReading?, keepingUnterminated: Bool = true)
        throws(JournalDamage) -> JournalReading
    {
        let scan = scan(bytes, after: earlier, keepingUnterminated: keepingUnterminated)
        if let damage = scan.damage { throw damage }
        guard let reading = scan.reading else {
            throw JournalDamage(line: 1, reason: "the journal is empty")
        }
        return reading
    }

    /// What a damaged journal still holds: the intact records before the damage (nil
    /// when not even the header is intact) and the damage, if any. For `journal verify`
    /// and `export --salvage`, which show and export the prefix and say where it ends.
    public static func salvage(_ bytes: [UInt8]) -> (reading: JournalReading?, damage: JournalDamage?) {
        scan(bytes, after: nil, keepingUnterminated: true)
    }

    /// Checks line after line and stops at the first that does not check: the reading
    /// of everything before it (nil without an intact header) and the damage.
    static func scan(_ bytes: [UInt8], after earlier: JournalReading?, keepingUnterminated: Bool)
        -> (reading: JournalReading?, damage: JournalDamage?)
    {
        var lines = lineRanges(bytes)
        let terminated = lines.count
        // A last record complete but for its newline (cut off, or the newline itself
        // damaged: one byte that is not LF) was acknowledged once its newline was
        // durable, so it is kept when it checks; the reader never guesses more than that.
        let tailStart = lines.last.map { $0.upperBound + 1 } ?? 0
        if keepingUnterminated, tailStart < bytes.count {
            let tail = tailStart..<bytes.count
            if bytes[tail].last == UInt8(ascii: "}") {
                lines.append(tail)
            } else if tail.count > 1, bytes[tail.upperBound - 2] == UInt8(ascii: "}") {
                lines.append(tail.lowerBound..<(tail.upperBound - 1))
            }
        }
        let decoder = JSONDecoder()
        var records: [JournalRecord] = earlier?.records ?? []
        records.reserveCapacity(records.count + lines.count)
        var prevHash: UInt64 = earlier?.lastHash ?? 0
        var header: JournalHeader? = earlier?.header
        var intact = 0
        var unterminated = false
        var damage: JournalDamage?
        lines: for index in lines.indices {
            let line = bytes[lines[index]]
            let isTail = index >= terminated
            switch check(line, decoder: decoder, seq: records.count, prev: prevHash, first: records.isEmpty) {
            case .failure(let d):
                // A tail that does not check is a torn record, not damage.
                if !isTail { damage = d }
                break lines
            case .success(let record):
                if case .header(let h) = record.entry { header = h }
                records.append(record)
                prevHash = FNV1a64.hash(line)
                intact = isTail ? lines[index].upperBound : lines[index].upperBound + 1
                unterminated = isTail
            }
        }
        guard let header else {
            let reason = bytes.isEmpty ? "the journal is empty" : "the header record is incomplete"
            return (nil, damage ?? JournalDamage(line: 1, reason: reason))
        }
        let reading = JournalReading(
            header: header, records: records, intactLength: (earlier?.intactLength ?? 0) + intact,
            tornBytes: damage == nil ? bytes.count - intact : 0, lastHash: prevHash, unterminated: unterminated)
        return (reading, damage)
    }

    /// Whether one complete line is the record expected next.
    static func check(
        _ line: ArraySlice<UInt8>, decoder: JSONDecoder, seq: Int, prev: UInt64, first: Bool
    ) -> Result<JournalRecord, JournalDamage> {
        let lineNumber = seq + 1
        let record: JournalRecord
        switch JournalLine.decode(line, with: decoder) {
        case .success(let r): record = r
        case .failure(let problem): return .failure(JournalDamage(line: lineNumber, reason: problem.reason))
        }
        guard record.seq == seq else {
            return .failure(
                JournalDamage(line: lineNumber, reason: "sequence number \(record.seq) where \(seq) was expected"))
        }
        guard record.prev == prev else {
            return .failure(
                JournalDamage(
                    line: lineNumber, reason: "the chain is broken: this record does not follow the line before it"))
        }
        switch (record.entry, first) {
        case (.header, true): return .success(record)
        case (.header, false): return .failure(JournalDamage(line: lineNumber, reason: "a second header"))
        case (_, true): return .failure(JournalDamage(line: 1, reason: "the first record is not a header"))
        default: return .success(record)
        }
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
