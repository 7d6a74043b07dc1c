// A small, strict JSON reader for journal records, and a `Decoder` over it. Resuming
// a long session decodes every record, and Foundation's JSONDecoder spends ~17 µs on
// each (coding paths, boxing, metadata lookups): 100,000 records took seconds. This
// one parses a line into a tree and hands it to the same synthesized `Codable`
// conformances, so the format stays defined in one place. Anything it cannot read is
// given to JSONDecoder, which decides and words the error. A test decodes every kind
// of record both ways and requires the same result.

/// A parsed JSON value. Objects keep their keys in order (records have a handful).
enum RecordJSON: Sendable {
    /// A key and its value. A struct, not a tuple: an array of tuples looked up its
    /// type metadata at run time on every use.
    struct Member: Sendable {
        let key: String
        let value: RecordJSON
    }

    case object([Member])
    case array([RecordJSON])
    case string(String)
    case integer(Int64)
    case unsignedInteger(UInt64)
    case double(Double)
    case bool(Bool)
    case null

    struct Malformed: Error {}

    /// Parses exactly one JSON value filling `bytes` (surrounding spaces allowed).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> RecordJSON {
        var p = Parser(bytes: bytes)
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.i == bytes.count else { throw Malformed() }
        return v
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func expect(_ literal: StaticString) throws(Malformed) {
            let n = literal.utf8CodeUnitCount
            guard i + n <= bytes.count else { throw Malformed() }
            for k in 0..<n where bytes[i + k] != literal.utf8Start[k] { throw Malformed() }
            i += n
        }

        mutating func value(depth: Int) throws(Malformed) -> RecordJSON {
            guard depth < 64 else { throw Malformed() }
            skipSpace()
            guard i < bytes.count else { throw Malformed() }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var pairs: [Member] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Malformed() }
                    i += 1
                    pairs.append(Member(key: key, value: try value(depth: depth + 1)))
                    skipSpace()
                    guard i < bytes.count else { throw Malformed() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                    throw Malformed()
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [RecordJSON] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                while true {
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard i < bytes.count else { throw Malformed() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                    throw Malformed()
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            default: return try number()
            }
        }

        mutating func string() throws(Malformed) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw Malformed() }
            i += 1
            let start = i
            // Fast path: no escapes, the bytes are the string; ASCII needs no validation.
            var ascii = true
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
                guard bytes[i] >= 0x20 else { throw Malformed() }
                if bytes[i] >= 0x80 { ascii = false }
                i += 1
            }
            guard i < bytes.count else { throw Malformed() }
            if bytes[i] == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
                let s = ascii ? String(decoding: raw, as: UTF8.self) : try utf8(raw)
                i += 1
                return s
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return try utf8(out) }
                guard b >= 0x20 else { throw Malformed() }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { throw Malformed() }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        try expect("\\u")
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Malformed() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw Malformed() }
                    out += Array(String(Character(u)).utf8)
                default: throw Malformed()
                }
            }
            throw Malformed()
        }

        mutating func hex4() throws(Malformed) -> UInt32 {
            guard i + 4 <= bytes.count else { throw Malformed() }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
                default: throw Malformed()
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }

        func utf8(_ b: some Collection<UInt8>) throws(Malformed) -> String {
            guard let s = String(validating: b, as: UTF8.self) else { throw Malformed() }
            return s
        }

        mutating func number() throws(Malformed) -> RecordJSON {
            let start = i
            var negative = false
            if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            let digitsStart = i
            var magnitude: UInt64 = 0
            var overflow = false
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
                let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(UInt64(bytes[i] - UInt8(ascii: "0")))
                overflow = overflow || o1 || o2
                magnitude = m2
                i += 1
            }
            let digits = i - digitsStart
            guard digits > 0 else { throw Malformed() }
            // JSON forbids leading zeros ("007").
            if digits > 1, bytes[digitsStart] == UInt8(ascii: "0") { throw Malformed() }
            var isInteger = true
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                isInteger = false
                i += 1
                let f = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                guard i > f else { throw Malformed() }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                isInteger = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let f = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                guard i > f else { throw Malformed() }
            }
            if isInteger, !overflow {
                if !negative { return magnitude <= UInt64(Int64.max) ? .integer(Int64(magnitude)) : .unsignedInteger(magnitude) }
                if magnitude <= UInt64(Int64.max) { return .integer(-Int64(magnitude)) }
                if magnitude == UInt64(Int64.max) + 1 { return .integer(.min) }
            }
            guard let d = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) else {
                throw Malformed()
            }
            return .double(d)
        }
    }
}
