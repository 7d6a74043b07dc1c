// Feeds arbitrary bytes to the decoder, the CSV reader and the whole loader, and
// checks the promises that must hold for every input: no crash, every row accounted
// for, nothing unsafe in a name or a diagnostic, positions inside the file.
import PlenaryCore
import PlenaryFormats
import PlenaryText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegistration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for encoding in [nil, TextEncoding.cp1252] {
        let reg = RegistrationLoader.csv(bytes, file: "fuzz.csv", encoding: encoding)
        precondition(reg.rowsAccountedFor, "rows not accounted for")
        precondition(reg.speakers.map(\.id.rawValue) == reg.speakers.indices.map { $0 + 1 })
        for s in reg.speakers {
            precondition(!unsafe(s.delegation) && !unsafe(s.function), "unsafe text in a speaker")
            precondition(s.delegation.count <= SafeText.fieldLimit)
        }
        for d in reg.diagnostics {
            precondition(!unsafe(d.description.replacingOccurrences(of: "\n", with: " ")), "unsafe diagnostic")
        }
        _ = CheckReport.text(reg)
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

/// C0/C1 controls, DEL, bidi controls and format characters.
func unsafe(_ s: String) -> Bool {
    s.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.generalCategory == .format
    }
}
