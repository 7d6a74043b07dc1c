// A time zone's offsets from the system's tz database (TZif files, RFC 8536), parsed
// from the file's bytes (PlenarySystem reads them: this target does no I/O). After the
// last listed transition the file's POSIX rule (its footer) decides, so "slim" tz files
// work as well as "fat" ones. The same files glibc reads, read the same way: checked
// against glibc's localtime_r for every zone at every transition 1970–2037 in
// GlibcZoneTests. Foundation's named zones would bring ICU and its own, older tz data.
import PlenaryCore

/// A zone's offsets from UTC over time.
public struct ZoneRules: Sendable {
    /// Transition instants (UTC seconds), ascending, and the offset that starts at each.
    private let transitions: [Int64]
    private let offsets: [Int]
    /// The offset before the first transition (or always, when there are none).
    private let initial: Int
    private let rule: PosixZoneRule?

    /// A zone that is always `seconds` east of UTC.
    public init(fixed seconds: Int) {
        transitions = []
        offsets = []
        initial = seconds
        rule = nil
    }

    /// Parses a TZif file (version 1, 2, 3 or 4); nil if it is not one.
    public init?(tzif b: [UInt8]) {
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= b.count else { return nil }
            return Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3])
        }
        func i64(_ at: Int, width: Int) -> Int64? {
            guard at + width <= b.count else { return nil }
            var v: UInt64 = 0
            for i in 0..<width { v = v << 8 | UInt64(b[at + i]) }
            return width == 4 ? Int64(Int32(bitPattern: UInt32(v))) : Int64(bitPattern: v)
        }
        guard b.count >= 44, b[0..<4].elementsEqual("TZif".utf8) else { return nil }
        // Counts: UT/local indicators, standard/wall indicators, leap seconds, transitions, types, designation bytes.
        func counts(_ at: Int) -> [Int]? {
            let c = (0..<6).compactMap { u32(at + 20 + 4 * $0) }
            return c.count == 6 && c.allSatisfy({ $0 < 1 << 20 }) ? c : nil
        }
        guard var c = counts(0) else { return nil }
        var start = 44
        var width = 4
        if b[4] >= UInt8(ascii: "2") {
            // Skip the 32-bit block; the 64-bit one after it is complete.
            start += c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0]
            guard let c2 = counts(start) else { return nil }
            c = c2
            start += 44
            width = 8
        }
        let timeCount = c[3]
        let typeCount = c[4]
        let indexAt = start + timeCount * width
        let typesAt = indexAt + timeCount
        let end = typesAt + typeCount * 6 + c[5] + c[2] * (width + 4) + c[1] + c[0]
        guard typeCount > 0, end <= b.count else { return nil }
        var typeOffsets: [Int] = []
        for t in 0..<typeCount {
            guard let raw = u32(typesAt + 6 * t) else { return nil }
            typeOffsets.append(Int(Int32(bitPattern: UInt32(raw))))
        }
        var times: [Int64] = []
        var after: [Int] = []
        for i in 0..<timeCount {
            guard let t = i64(start + i * width, width: width) else { return nil }
            let type = Int(b[indexAt + i])
            guard type < typeCount, times.last.map({ $0 < t }) ?? true else { return nil }
            times.append(t)
            after.append(typeOffsets[type])
        }
        transitions = times
        offsets = after
        initial = typeOffsets[0]
        // Version 2+ ends with "\n<POSIX TZ string>\n".
        var footer: PosixZoneRule?
        if width == 8, end < b.count, b[end] == UInt8(ascii: "\n"),
            let close = b[(end + 1)...].firstIndex(of: UInt8(ascii: "\n"))
        {
            footer = PosixZoneRule(String(decoding: b[(end + 1)..<close], as: UTF8.self))
        }
        rule = footer
    }

    /// The offset from UTC, in seconds, at `t` seconds since the epoch.
    public func offset(at t: Int64) -> Int {
        guard let last = transitions.last else { return rule?.offset(at: t) ?? initial }
        if t >= last, let rule { return rule.offset(at: t) }
        // The last transition at or before t.
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? initial : offsets[low - 1]
    }

    /// The transitions listed in the file, as (instant in UTC seconds, offset from then on).
    var listedTransitions: [(at: Int64, offset: Int)] { Array(zip(transitions, offsets)) }
}
