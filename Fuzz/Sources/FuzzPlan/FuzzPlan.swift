// Feeds arbitrary bytes to the TOML reader and, as a plan file, to the whole plan loader
// (its speakers file is a small fixed list), and checks the promises that must hold for every
// input: no crash, positions inside the text, nothing unsafe in an error, every row accounted for.
import FuzzSupport
import PlenaryCore
import PlenaryFormats
import PlenaryReports
import PlenaryText
import PlenaryZones

let speakers = Array(
    """
    received,segment,delegation,speaker,category
    20/11/2023 09:00,I,Presidency of the Court,President of the Court,court
    20/11/2023 09:05,II,Chad,Minister for Justice,state party

    """.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkTOML(TextDecoding.decode(bytes).scalars)
    let reg = RegistrationLoader.load(
        path: "/fuzz/plan.toml", zones: ZoneDatabase { _ in nil }, workingDirectory: "/fuzz",
        read: { path in path == "/fuzz/plan.toml" ? bytes : speakers })
    precondition(reg.rowsAccountedFor, "rows not accounted for")
    for s in reg.speakers {
        precondition(!unsafe(s.delegation) && !unsafe(s.function), "unsafe text in a speaker")
        precondition(!s.onBehalfOf.contains(where: unsafe), "unsafe text in a joint statement")
    }
    precondition(!unsafe(CheckReport.text(reg).replacing("\n", with: " ")), "unsafe text in the report")
    _ = CheckReport.json(reg)
    return 0
}

/// A TOML reading is a table whose every value lies inside the text, or an error that does.
func checkTOML(_ text: [Unicode.Scalar]) {
    let lines = text.filter { $0 == "\n" }.count + 1
    func inside(_ p: SourcePosition) { precondition((1...lines).contains(p.line) && p.column >= 1, "position outside") }
    func walk(_ v: TOMLValue) {
        inside(v.position)
        for element in v.array ?? [] { walk(element) }
        for entry in v.table?.entries ?? [] {
            inside(entry.keyPosition)
            walk(entry.value)
        }
    }
    do {
        for entry in try TOMLReader.read(text).entries {
            inside(entry.keyPosition)
            walk(entry.value)
        }
    } catch {
        inside(error.position)
        precondition(!unsafe(error.message), "unsafe TOML error")
    }
}
