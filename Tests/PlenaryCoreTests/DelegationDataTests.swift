// The compiled table of delegations is the reviewed data file, row for row: an edit
// of data/delegations.tsv without running scripts/generate-delegations.py fails here.
import Foundation
import Testing

@testable import PlenaryCore

@Suite struct DelegationDataTests {
    @Test func theTableIsTheDataFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("data/delegations.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let articles: [FrenchName.Article: String] = [
            .le: "le", .la: "la", .elided: "l'", .les: "les", .bare: "-", .bareElided: "-'",
        ]
        let kinds: [KnownDelegation.Kind: String] = [
            .memberState: "member", .observerState: "observer", .otherState: "state", .courtOrgan: "organ",
            .assemblyOrgan: "assembly", .organization: "igo", .nonGovernmental: "ngo",
        ]
        let table = KnownDelegations.table
        #expect(rows.count == table.count)
        for (row, entry) in zip(rows, table) {
            let f = entry.french
            let compiled = [
                entry.code, kinds[entry.kind] ?? "?", entry.isStateParty ? "y" : "n", entry.name,
                entry.readsWithThe ? "y" : "n", f.name,
                articles[f.article] ?? "?", f.gender == .masculine ? "m" : "f", f.number == .singular ? "s" : "p",
            ]
            #expect(row == compiled)
        }
    }
}
