// Feeds arbitrary bytes to the decoder, the CSV reader, the whole loader and the TOML
// reader, and checks the promises that must hold for every input: no crash, every row
// accounted for, nothing unsafe in a name or a diagnostic, positions inside the file.
import PlenaryCore
import PlenaryFormats
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
        }
        for d in reg.diagnostics {
            precondition(!unsafe(d.description.replacing("\n", with: " ")), "unsafe diagnostic")
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
    checkTOML(text)
    return 0
}

/// A TOML reading is a table whose every value lies inside the text, or an error that does.
func checkTOML(_ text: [Unicode.Scalar]) {
    let lines = text.filter { $0 == "\n" }.count + 1
    func inside(_ p: SourcePosition) { precondition((1...lines).contains(p.line) && p.column >= 1, "position outside") }
    func walk(_ v: TOMLValue) {
        inside(v.position)
        v.array?.forEach(walk)
        v.table?.entries.forEach { inside($0.keyPosition); walk($0.value) }
    }
    do {
        try TOMLReader.read(text).entries.forEach { inside($0.keyPosition); walk($0.value) }
    } catch {
        inside(error.position)
        precondition(!unsafe(error.message), "unsafe TOML error")
    }
}

/// C0/C1 controls, DEL, bidi controls and format characters.
func unsafe(_ s: String) -> Bool {
    s.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.generalCategory == .format
    }
}
