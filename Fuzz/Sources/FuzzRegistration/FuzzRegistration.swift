// Feeds arbitrary bytes to the decoder, the CSV reader and the whole loader (TOML plans are
// FuzzPlan's), and checks the promises that must hold for every input: no crash, every row
// accounted for, nothing unsafe in a name or a diagnostic, positions inside the file.
import FuzzSupport
import PlenaryCore
import PlenaryFormats
import PlenaryReports
import PlenaryText
import PlenaryZones

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegistration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for encoding in [nil, TextEncoding.cp1252] {
        // No zone files: times are read at the default plan's fixed offset.
        let reg = RegistrationLoader.csv(bytes, file: "fuzz.csv", encoding: encoding, zones: ZoneDatabase { _ in nil })
        precondition(reg.rowsAccountedFor, "rows not accounted for")
        precondition(reg.speakers.map(\.id.rawValue) == reg.speakers.indices.map { $0 + 1 })
        for s in reg.speakers {
            precondition(!unsafe(s.delegation) && !unsafe(s.function), "unsafe text in a speaker")
            precondition(s.delegation.count <= SafeText.fieldLimit)
            precondition(s.onBehalfOf.allSatisfy { !unsafe($0) && $0.count <= SafeText.fieldLimit && !$0.isEmpty })
        }
        precondition(!unsafe(CheckReport.text(reg).replacing("\n", with: " ")), "unsafe text in the report")
        _ = CheckReport.json(reg)
    }
    let text = TextDecoding.decode(bytes).scalars
    let table = CSVReader.read(text)
    var previous = 0
    for r in table.records {
        precondition(r.scalarRange.lowerBound >= previous && r.scalarRange.upperBound <= text.count)
        previous = r.scalarRange.upperBound
    }
    let cleaned = SafeText.field(String(String.UnicodeScalarView(text)))
    precondition(!unsafe(cleaned))
    return 0
}
