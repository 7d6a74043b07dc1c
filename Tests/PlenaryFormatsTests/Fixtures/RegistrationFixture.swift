// The fixture corpus: registration files as exact bytes, each with what loading it
// must give. Fixtures are Swift values rather than files so CRLF, BOMs, lone CRs and
// undecodable bytes survive editors and git untouched.
import PlenaryCore
import PlenaryFormats
import Testing

struct RegistrationFixture: CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var encoding: TextEncoding? = nil
    /// The convention for dates that do not show their order (`--date-order`).
    var dateOrder: DateOrder? = nil
    var expected: Expected

    var testDescription: String { name }

    /// What loading must give. Speakers are written `I Belgium (Ambassador)` in running
    /// order; diagnostics `line:column severity: message` in file order.
    struct Expected {
        var accepted: [String] = []
        var late: [Int] = []
        /// `line>kept line`
        var duplicates: [String] = []
        var rejected: [Int] = []
        var blank = 0
        var rows: Int
        var diagnostics: [String] = []
        var usable: Bool? = nil
    }

    init(
        _ name: String, _ text: String, encoding: TextEncoding? = nil, dateOrder: DateOrder? = nil,
        _ expected: Expected
    ) {
        self.name = name
        self.bytes = Array(text.utf8)
        self.encoding = encoding
        self.dateOrder = dateOrder
        self.expected = expected
    }

    init(_ name: String, bytes: [UInt8], encoding: TextEncoding? = nil, _ expected: Expected) {
        self.name = name
        self.bytes = bytes
        self.encoding = encoding
        self.expected = expected
    }
}

/// Bytes of `text` in UTF-16 with a byte-order mark.
func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for u in text.utf16 {
        let (hi, lo) = (UInt8(u >> 8), UInt8(u & 0xFF))
        out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
}

/// Bytes of `text` in Windows-1252 (Latin-1 letters, and the specials the fixtures use).
func cp1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { s in
        switch s.value {
        case 0x2019: 0x92
        case 0x20AC: 0x80
        case 0x2026: 0x85
        case 0x0153: 0x9C
        default: UInt8(s.value)
        }
    }
}
