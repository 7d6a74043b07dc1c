// The two checks a journal line carries. Both are implemented here, in a few lines,
// rather than taken from a package: neither needs to resist a forger (an unkeyed
// chain can always be recomputed by someone who edits the file on purpose), they
// must catch accidents — a torn write, a flipped bit, a line deleted, reordered or
// pasted in from another journal — and be cheap enough to run on every append.

/// CRC-32 (IEEE 802.3, the zlib and PNG polynomial): detects every single-bit and
/// burst error up to 32 bits in a record body. Reflected, one table of 256, a byte at
/// a time: a record is a few hundred bytes.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// FNV-1a, 64 bits: the hash each record carries of the line before it, so a line
/// removed, moved or spliced in from another file breaks the chain. Chosen over
/// SHA-256 because the chain is not a signature (see above) and FNV is ten lines.
public enum FNV1a64 {
    public static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// A registration file's content, as the journal header records it: FNV-1a 64 over
/// the bytes of every file the registration was read from, in reading order (a TOML
/// plan, then the CSV it names). Like the chain, it catches an edited file, not a forger.
public enum RegistrationDigest {
    public static func of(_ files: [[UInt8]]) -> String {
        var bytes: [UInt8] = []
        for f in files {
            // Each file's length first, so moving bytes from one file to the next shows.
            bytes += withUnsafeBytes(of: UInt64(f.count).littleEndian, Array.init)
            bytes += f
        }
        return "fnv1a64:" + Hex.encode(FNV1a64.hash(bytes))
    }
}

/// Lower-case, fixed-width hexadecimal, and its strict inverse (no upper case, no
/// sign, exact width), so a changed digit can never decode to the same value.
enum Hex {
    static func encode<T: FixedWidthInteger & UnsignedInteger>(_ v: T) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: T.bitWidth / 4 - digits.count) + digits
    }

    static func decode<T: FixedWidthInteger & UnsignedInteger>(_ s: some Collection<UInt8>, as: T.Type) -> T? {
        guard s.count == T.bitWidth / 4 else { return nil }
        var v: T = 0
        for b in s {
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            default: return nil
            }
            v = v << 4 | T(d)
        }
        return v
    }
}
