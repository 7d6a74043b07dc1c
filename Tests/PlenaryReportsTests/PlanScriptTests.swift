// The chair's script (`plenary plan --script`): the call lines of a realistic list in
// order, segment by segment, in English or in French, ready to print.
import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryReports
import PlenarySystem
import Testing

@Suite("Chair's script")
struct PlanScriptTests {
    /// The example list written with the UN's spellings (31 names from the seeds).
    func session() throws -> SessionState {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = root.appendingPathComponent("Examples/asp-2023-un-spellings.csv")
        let reg = RegistrationLoader.csv(Array(try Data(contentsOf: file)), file: file.path, zones: .system)
        #expect(reg.isUsable)
        return reg.session().state
    }

    /// The script's call lines, each joined back from its printed rows.
    func callLines(_ script: String) -> [String] {
        var lines: [String] = []
        for row in script.split(separator: "\n", omittingEmptySubsequences: false) {
            if row.hasPrefix("      "), !lines.isEmpty {
                lines[lines.count - 1] += " " + row.trimming()
            } else if let dot = row.firstIndex(of: "."), row.hasPrefix("  "), Int(row[..<dot].trimming()) != nil {
                lines.append(row[row.index(after: dot)...].trimming())
            }
        }
        return lines
    }

    @Test func frenchHasNoEnglishNameInsideASentence() throws {
        let state = try session()
        let script = PlanReport.script(state, language: .french)
        let lines = callLines(script)
        #expect(lines.count == 31)
        #expect(lines.allSatisfy { $0.hasPrefix("Je donne maintenant la parole ") && $0.hasSuffix(".") })
        for speaker in state.speakers.values {
            let name = speaker.delegation
            guard KnownDelegations.named(name)?.french.name != name else { continue }
            #expect(!script.contains(name), "\(name) is called in French")
        }
        #expect(!script.contains("délégation"), "every name of the list is known")
        for word in [" of the", " and ", "Republic", "Kingdom"] {
            #expect(!lines.contains { $0.contains(word) }, "\(word)")
        }
        #expect(lines[6] == "Je donne maintenant la parole aux Pays-Bas (Royaume des), suivis de l'Argentine.")
        #expect(
            lines[27]
                == "Je donne maintenant la parole à Human Rights Watch, suivie de Parliamentarians for Global Action."
        )
        #expect(script.contains("\nSegment II : Technical interventions relating to arrests"))
        #expect(script.contains("\n12:15–12:55, 16 orateurs\n"))
        #expect(script.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits a printed page")
    }

    @Test func englishCallsEachSpeakerThenTheNextInTheSegment() throws {
        let script = PlanReport.script(try session(), language: .english)
        let lines = callLines(script)
        #expect(script.hasPrefix("Chair's script — Plenary session on cooperation"))
        #expect(
            lines[0]
                == "I now give the floor to the representative of the Presidency of the Court, "
                + "to be followed by the Office of the Prosecutor.")
        #expect(
            lines[14] == "I now give the floor to the representative of the Coalition for the International "
                + "Criminal Court.", "the last of a segment is followed by nobody")
        #expect(lines[15].contains("representative of the Registry, to be followed by the Office of the Prosecutor"))
    }
}
