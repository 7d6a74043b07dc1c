// Bytes to Unicode scalars, exactly. A byte-order mark decides; otherwise the encoding
// asked for; otherwise UTF-8 when the bytes are valid UTF-8, else strict Windows-1252
// (French and Belgian Excel's CSV) when every byte is defined there. Never ISO-8859-1:
// it would map byte 0x9B to U+009B, a terminal's CSI. Bytes that do not decode become
// U+FFFD and are reported by position, so the loader can reject exactly the rows that
// hold them. A file that is no text at all (`NotText`) is recognised before decoding.
//
// Windows-1252 is our own table, not Foundation's `.windowsCP1252`: on Linux only the
// full Foundation decodes it, through ICU, which the shipped binary does not link
// (LinkageTests). `SpreadsheetExportTests` checks the table against Python's codecs.

/// The text encodings a registration file may use.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case cp1252 = "windows-1252"

    /// Accepts the names people type: `utf8`, `UTF-8`, `cp1252`, `windows-1252`, `utf-16le`.
    public init?(name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "cp1252", "windows1252", "win1252": self = .cp1252
        default: return nil
        }
    }
}

/// A run of bytes that is not valid in the file's encoding, at a scalar offset.
public struct UndecodableBytes: Sendable, Hashable {
    /// Index in `DecodedText.scalars` of the U+FFFD that stands for the bytes.
    public var offset: Int
    public var bytes: [UInt8]

    public init(offset: Int, bytes: [UInt8]) {
        self.offset = offset
        self.bytes = bytes
    }
}

public struct DecodedText: Sendable {
    public var scalars: [Unicode.Scalar]
    public var encoding: TextEncoding
    public var hadByteOrderMark: Bool
    public var undecodable: [UndecodableBytes]
    /// True when nothing said the encoding (no BOM, none asked for) and the bytes were
    /// not UTF-8, so they were read as Windows-1252: worth one warning.
    public var guessed = false
}

/// What a registration file that is not text in any encoding Plenary reads looks like:
/// the one error it gets, before any header or row is read.
public enum NotText: Sendable, Hashable {
    /// NUL bytes in every other place: UTF-16 that lost its byte-order mark.
    case utf16WithoutByteOrderMark
    /// A spreadsheet workbook (.xlsx, .ods: a zip archive; .xls) instead of its CSV export.
    case workbook
    /// A NUL byte: no text file holds one.
    case binary
    /// Not valid UTF-8, and `byte` is one of the five Windows-1252 leaves undefined.
    case unknownEncoding(byte: UInt8)
}

public enum TextDecoding {
    /// Decodes `bytes`: a BOM wins; otherwise `forced`; otherwise UTF-8, or Windows-1252
    /// (`guessed`) when the bytes are not UTF-8 and all defined in Windows-1252.
    public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) -> DecodedText {
        if hasByteOrderMark(bytes) {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes[3...], bom: true) }
            return utf16(bytes[2...], bigEndian: bytes[0] == 0xFE)
        }
        switch forced {
        case .cp1252: return cp1252(bytes[...])
        case .utf16LE: return utf16(bytes[...], bigEndian: false, bom: false)
        case .utf16BE: return utf16(bytes[...], bigEndian: true, bom: false)
        case .utf8: return utf8(bytes[...], bom: false)
        case nil:
            let text = utf8(bytes[...], bom: false)
            guard !text.undecodable.isEmpty, isStrictCP1252(bytes) else { return text }
            var guessed = cp1252(bytes[...])
            guessed.guessed = true
            return guessed
        }
    }

    /// Whether the file starts with a UTF-8 or UTF-16 byte-order mark.
    public static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// What the file looks like when it is no text `decode` could read without being
    /// told its encoding, and the offset of the byte that shows it; nil for text.
    /// Only for files with no byte-order mark and no encoding asked for.
    public static func notText(_ bytes: [UInt8]) -> (looks: NotText, offset: Int)? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return (.workbook, 0)
        }
        if looksLikeUTF16WithoutBOM(bytes) { return (.utf16WithoutByteOrderMark, 0) }
        if let nul = bytes.firstIndex(of: 0) { return (.binary, nul) }
        guard bytes.contains(where: { cp1252Undefined.contains($0) }) else { return nil }
        // The first undefined byte outside valid UTF-8 (an "Á" is C3 81 and is fine).
        var i = 0
        while i < bytes.count {
            let (scalar, length) = decodeUTF8(bytes[...], at: i)
            if scalar == nil, cp1252Undefined.contains(bytes[i]) { return (.unknownEncoding(byte: bytes[i]), i) }
            i += length
        }
        return nil
    }

    /// Whether every byte is defined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D are not).
    public static func isStrictCP1252(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { cp1252Undefined.contains($0) }
    }

    /// A file without BOM whose first bytes are often NUL is UTF-16 that lost its mark.
    public static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(512)
        return head.count >= 4 && head.filter { $0 == 0 }.count * 4 >= head.count
    }

    static func utf8(_ b: ArraySlice<UInt8>, bom: Bool) -> DecodedText {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(b.count)
        var bad: [UndecodableBytes] = []
        var i = b.startIndex
        while i < b.endIndex {
            let (scalar, length) = decodeUTF8(b, at: i)
            if let scalar {
                out.append(scalar)
            } else {
                bad.append(UndecodableBytes(offset: out.count, bytes: Array(b[i..<i + length])))
                out.append("\u{FFFD}")
            }
            i += length
        }
        return DecodedText(scalars: out, encoding: .utf8, hadByteOrderMark: bom, undecodable: bad)
    }

    /// One scalar at `i` and the bytes it took, or nil and 1 for an invalid sequence
    /// (overlong forms, surrogates and values past U+10FFFF are invalid).
    static func decodeUTF8(_ b: ArraySlice<UInt8>, at i: Int) -> (Unicode.Scalar?, Int) {
        let lead = b[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let (length, minimum, initial): (Int, UInt32, UInt32) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (3, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (4, 0x10000, UInt32(lead & 0x07))
            default: (0, 0, 0)
            }
        guard length > 0, i + length <= b.endIndex else { return (nil, 1) }
        var value = initial
        for k in 1..<length {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(c & 0x3F)
        }
        guard value >= minimum, let s = Unicode.Scalar(value) else { return (nil, 1) }
        return (s, length)
    }

    static func utf16(_ b: ArraySlice<UInt8>, bigEndian: Bool, bom: Bool = true) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i + 1 < b.endIndex {
            let (hi, lo) = bigEndian ? (b[i], b[i + 1]) : (b[i + 1], b[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var out: [Unicode.Scalar] = []
        var bad: [UndecodableBytes] = []
        var k = 0
        while k < units.count {
            let u = units[k]
            if (0xD800...0xDBFF).contains(u), k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) {
                let v = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(units[k + 1] - 0xDC00)
                out.append(Unicode.Scalar(v)!)
                k += 2
            } else if let s = Unicode.Scalar(u) {
                out.append(s)
                k += 1
            } else {
                bad.append(UndecodableBytes(offset: out.count, bytes: [UInt8(u >> 8), UInt8(u & 0xFF)]))
                out.append("\u{FFFD}")
                k += 1
            }
        }
        if i < b.endIndex {  // an odd byte at the end
            bad.append(UndecodableBytes(offset: out.count, bytes: [b[i]]))
            out.append("\u{FFFD}")
        }
        return DecodedText(
            scalars: out, encoding: bigEndian ? .utf16BE : .utf16LE, hadByteOrderMark: bom,
            undecodable: bad)
    }

    static func cp1252(_ b: ArraySlice<UInt8>) -> DecodedText {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(b.count)
        var bad: [UndecodableBytes] = []
        for byte in b {
            if (0x80...0x9F).contains(byte) {
                let v = cp1252High[Int(byte - 0x80)]
                if v == 0 {
                    bad.append(UndecodableBytes(offset: out.count, bytes: [byte]))
                    out.append("\u{FFFD}")
                } else {
                    out.append(Unicode.Scalar(v)!)
                }
            } else {
                out.append(Unicode.Scalar(byte))
            }
        }
        return DecodedText(scalars: out, encoding: .cp1252, hadByteOrderMark: false, undecodable: bad)
    }

    static let cp1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Windows-1252 bytes 0x80–0x9F; 0 marks the five undefined bytes.
    static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
