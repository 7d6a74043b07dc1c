// Framing: one record per line, `{"crc":"<8 hex>","rec":<body>}` and a newline. The
// CRC covers exactly the body's bytes as written, so checking a line never depends
// on re-encoding it. The body is JSON with sorted keys, so the same record always
// gives the same bytes, and the line as a whole is still valid JSON (JSON Lines).
import FoundationEssentials
import PlenaryCore

public enum JournalLine {
    static let prefix = Array(#"{"crc":""#.utf8)
    static let middle = Array(#"","rec":"#.utf8)
    static let newline = UInt8(ascii: "\n")

    /// The encoder every journal line is written with. Sorted keys: key order is
    /// otherwise not stable between runs on Linux.
    public static func makeEncoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// The full line for `record`, newline included.
    public static func encode(_ record: JournalRecord, with encoder: JSONEncoder) throws -> [UInt8] {
        let body = Array(try encoder.encode(DiskRecord(record)))
        var line = prefix
        line.reserveCapacity(body.count + 32)
        line += Array(Hex.encode(CRC32.checksum(body)).utf8)
        line += middle
        line += body
        line.append(UInt8(ascii: "}"))
        line.append(newline)
        return line
    }

    /// The hash the next record carries of this line (its bytes without the newline).
    public static func chainHash(ofLine line: some Collection<UInt8>) -> UInt64 {
        var bytes = Array(line)
        if bytes.last == newline { bytes.removeLast() }
        return FNV1a64.hash(bytes)
    }

    /// The record in one line (without its newline), or why it is not one.
    static func decode(_ line: ArraySlice<UInt8>, with decoder: JSONDecoder) -> Result<JournalRecord, LineProblem> {
        let minimum = prefix.count + 8 + middle.count + 1
        guard line.count > minimum, line.starts(with: prefix), line.last == UInt8(ascii: "}") else {
            return .failure(LineProblem("not a journal line"))
        }
        let crcStart = line.startIndex + prefix.count
        guard let crc = Hex.decode(line[crcStart..<crcStart + 8], as: UInt32.self) else {
            return .failure(LineProblem("the checksum is not 8 lower-case hex digits"))
        }
        let bodyStart = crcStart + 8 + middle.count
        guard line[(crcStart + 8)..<bodyStart].elementsEqual(middle) else {
            return .failure(LineProblem("not a journal line"))
        }
        let body = line[bodyStart..<(line.endIndex - 1)]
        let actual = CRC32.checksum(body)
        guard actual == crc else {
            return .failure(
                LineProblem(
                    "checksum mismatch (recorded \(Hex.encode(crc)), "
                        + "computed \(Hex.encode(actual)))"))
        }
        return decodeBody(body, with: decoder)
    }

    /// The record in a line's checked body, or why it does not decode.
    static func decodeBody(_ body: ArraySlice<UInt8>, with decoder: JSONDecoder) -> Result<JournalRecord, LineProblem> {
        do {
            return .success(try decoder.decode(DiskRecord.self, from: Data(body)).record)
        } catch let unknown as UnknownJournalFormat {
            return .failure(LineProblem(unknown.reason))
        } catch {
            return .failure(LineProblem("the record does not decode: \(describe(error))"))
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
        default:
            return "\(error)"
        }
    }
}

/// Why a line is not a sound record.
struct LineProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
