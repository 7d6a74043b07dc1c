// The journal format, frozen: journals written by earlier builds (checked in under
// Tests/PlenaryFormatsTests/Golden/Journals, with how they were made) must keep reading,
// and `plenary export` must give, byte for byte, the exports recorded when they were
// written. A change that can no longer read them, or reads them differently, fails here.
import Foundation
import Testing

let goldenJournals = root.appendingPathComponent("Tests/PlenaryFormatsTests/Golden/Journals")

@Suite("golden journals")
struct GoldenJournalTests {
    static let journals = ["live.journal", "rehearsal.journal", "reboot.journal", "reboot.journal.continued-1"]
    static let exports: [(args: [String], suffix: String)] = [
        (["--format", "csv"], "csv"), (["--format", "csv", "--table", "segments"], "segments.csv"),
        (["--format", "csv", "--table", "delegations"], "delegations.csv"), (["--format", "json"], "json"),
        (["--format", "md"], "md"), (["--format", "html"], "html"),
    ]

    @Test(arguments: journals)
    func exportsAsWhenItWasWritten(journal: String) throws {
        let path = goldenJournals.appendingPathComponent(journal).path
        for export in Self.exports {
            let r = try plenary(["export", path] + export.args)
            #expect(r.status == 0, "\(journal) \(export.suffix): \(r.err)")
            let expected = try String(
                contentsOf: goldenJournals.appendingPathComponent("\(journal).\(export.suffix)"),
                encoding: .utf8)
            if r.out != expected {
                let a = r.out.split(separator: "\n", omittingEmptySubsequences: false)
                let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let first = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
                Issue.record(
                    """
                    \(journal).\(export.suffix) differs at line \(first + 1):
                      got:      \(first < a.count ? String(a[first]) : "<end>")
                      expected: \(first < b.count ? String(b[first]) : "<end>")
                    """)
            }
        }
    }

    @Test(arguments: journals)
    func verifiesIntact(journal: String) throws {
        let r = try plenary(["journal", "verify", goldenJournals.appendingPathComponent(journal).path])
        #expect(r.status == 0, "\(r.out)\(r.err)")
    }
}
