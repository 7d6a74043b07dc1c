// Feeds arbitrary bytes to the journal reader, twice: as they are (damage, torn tails,
// framing) and with every line's CRC and chain hash recomputed, so that the fuzzer gets
// past the checksums into the JSON, the replay and the exports. What must hold for every
// input: no crash; a reading is a prefix that reads the same again; the replayed state
// keeps the core's invariants; every export (each format, table, language) renders.
import Glibc
import PlenaryCore
import PlenaryExport
import PlenaryJournalFormat

/// The invariant violations seen so far, each reported once.
nonisolated(unsafe) var seenViolations: Set<String> = []

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    check(bytes)
    check(reframed(bytes))
    return 0
}

/// Reads `bytes` as a journal and, if it reads, checks the reading and uses it as the console and export would.
func check(_ bytes: [UInt8]) {
    let reading: JournalReading
    do { reading = try JournalReader.read(bytes) } catch {
        precondition(error.line >= 1, "damage before line 1")
        precondition(error.line <= bytes.filter { $0 == 10 }.count + 1, "damage after the last line")
        return
    }
    precondition(reading.intactLength + reading.tornBytes == bytes.count, "bytes not accounted for")
    precondition(reading.intactLength == 0 || bytes[reading.intactLength - 1] == 10, "intact part not whole lines")
    precondition(reading.records.enumerated().allSatisfy { $0.offset == $0.element.seq }, "sequence numbers")
    // A follower reading the intact part and then the rest sees the same records.
    let again = try? JournalReader.read(Array(bytes[..<reading.intactLength]))
    precondition(again?.records == reading.records, "the intact prefix reads differently")
    let header = reading.header
    let session = Session(plan: header.plan, speakers: header.speakers, events: reading.events)
    report(session.state.invariantViolations(), input: bytes)
    let log = ActualTimesLog.build(
        plan: header.plan, speakers: header.speakers, events: reading.events, remarks: ["fuzz"],
        rehearsal: header.rehearsal)
    for language in [Language.english, .french] {
        for format in ExportFormat.allCases where format != .csv { _ = log.render(format, language: language) }
        for table in ExportTable.allCases {
            for excel in [false, true] { _ = log.render(.csv, table: table, language: language, excel: excel) }
        }
    }
}

/// A replay that breaks the core's invariants is a finding, not a crash, so that one such journal does not end
/// the run: each distinct violation is printed once to standard error and its input kept as
/// `invariant-<n>` in the working directory. `PLENARY_FUZZ_INVARIANTS=fatal` makes it a crash (to replay one).
func report(_ violations: [String], input: [UInt8]) {
    guard let first = violations.first else { return }
    if getenv("PLENARY_FUZZ_INVARIANTS").map({ String(cString: $0) }) == "fatal" {
        fatalError("invariant violated: \(violations)")
    }
    let kind = String(first.prefix { !$0.isNumber })
    guard seenViolations.insert(kind).inserted else { return }
    let line = Array("invariant violated: \(violations)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, line.count) }
    if let file = fopen("invariant-\(seenViolations.count)", "wb") {
        _ = input.withUnsafeBytes { fwrite($0.baseAddress, 1, input.count, file) }
        fclose(file)
    }
}

/// `bytes` with each line that looks like a journal line given the CRC of its body and the
/// chain hash of the line before it, as a writer would have written them.
func reframed(_ bytes: [UInt8]) -> [UInt8] {
    let prefix = Array(#"{"crc":""#.utf8)
    let middle = Array(#"","rec":"#.utf8)
    let prevKey = Array(#""prev":""#.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var previous: UInt64 = 0
    let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    for (n, piece) in lines.enumerated() {
        var line = Array(piece)
        let framed =
            line.count > prefix.count + 8 + middle.count + 1 && line.starts(with: prefix)
            && Array(line[16..<24]) == middle && line.last == UInt8(ascii: "}")
        if framed {
            if let at = find(prevKey, in: line, from: 24), at + prevKey.count + 16 <= line.count - 1 {
                line.replaceSubrange((at + prevKey.count)..<(at + prevKey.count + 16), with: hex(previous, digits: 16))
            }
            let body = line[24..<(line.count - 1)]
            line.replaceSubrange(8..<16, with: hex(UInt64(CRC32.checksum(body)), digits: 8))
        }
        previous = FNV1a64.hash(line)
        out += line
        if n < lines.count - 1 { out.append(10) }
    }
    return out
}

func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    for i in start...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) {
        return i
    }
    return nil
}

func hex(_ value: UInt64, digits: Int) -> [UInt8] {
    let symbols = Array("0123456789abcdef".utf8)
    return (0..<digits).reversed().map { symbols[Int((value >> (UInt64($0) * 4)) & 0xF)] }
}
