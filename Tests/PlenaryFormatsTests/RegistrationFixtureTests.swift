import PlenaryCore
import PlenaryFormats
import PlenarySystem
import PlenaryView
import PlenaryZones
import Testing

/// Loads a fixture's bytes under the default plan and compares everything it gives.
func check(_ fixture: RegistrationFixture, sourceLocation: SourceLocation = #_sourceLocation) {
    let reg = RegistrationLoader.csv(
        fixture.bytes, file: "f.csv", encoding: fixture.encoding, dateOrder: fixture.dateOrder, zones: .system)
    let e = fixture.expected
    let accepted = zip(reg.speakers, reg.accepted).map { s, a in
        "\(reg.plan.segments[s.segment].id) \(s.label)" + (a.delegation == s.delegation ? "" : " (mismatch)")
    }
    #expect(accepted == e.accepted, sourceLocation: sourceLocation)
    #expect(reg.late.map(\.line) == e.late, sourceLocation: sourceLocation)
    #expect(reg.duplicates.map { "\($0.entry.line)>\($0.keptLine)" } == e.duplicates, sourceLocation: sourceLocation)
    #expect(reg.rejectedLines == e.rejected, sourceLocation: sourceLocation)
    #expect(reg.blankLines == e.blank, sourceLocation: sourceLocation)
    #expect(reg.rowCount == e.rows, sourceLocation: sourceLocation)
    let words = Strings.english
    let diagnostics = reg.diagnostics.map {
        "\($0.line):\($0.column) \($0.severity.rawValue): \(words.message($0))"
            + (words.hint($0).isEmpty ? "" : " — \(words.hint($0))")
    }
    #expect(diagnostics == e.diagnostics, sourceLocation: sourceLocation)
    // The invariants that hold for every file.
    #expect(
        reg.rowsAccountedFor, "accepted + late + duplicates + rejected + blank = rows",
        sourceLocation: sourceLocation)
    #expect(
        reg.speakers.map(\.id.rawValue) == reg.speakers.indices.map { $0 + 1 },
        sourceLocation: sourceLocation)
    let usable = e.usable ?? !e.diagnostics.contains { $0.contains(" error: ") }
    #expect(reg.isUsable == usable, sourceLocation: sourceLocation)
    for s in reg.speakers {
        #expect(
            !TerminalSafeCheck.hasUnsafe(s.delegation) && !TerminalSafeCheck.hasUnsafe(s.function),
            sourceLocation: sourceLocation)
    }
    for d in reg.diagnostics {
        #expect(!TerminalSafeCheck.hasUnsafe(words.diagnostic(d).replacingOccurrences(of: "\n", with: " ")))
    }
}

@Suite("Registration fixtures")
struct RegistrationFixtureTests {
    @Test(arguments: corpus + spreadsheetCorpus)
    func fixture(_ f: RegistrationFixture) { check(f) }

    @Test func tenThousandRows() {
        var text = header
        for n in 0..<10_000 {
            let minute = n % 60
            let hour = 8 + n / 60 % 10
            let day = 1 + n / 600
            text +=
                "\(day < 10 ? "0" : "")\(day)/11/2023 "
                + "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute),"
                + "\(n % 2 + 1),Delegation \(n),Speaker \(n)\n"
        }
        let reg = RegistrationLoader.csv(Array(text.utf8), file: "big.csv", zones: .system)
        #expect(reg.rowCount == 10_000)
        #expect(reg.accepted.count == 10_000)
        #expect(reg.isUsable)
        // Rows were written in time order within each segment, so running order is file order.
        let first = reg.speakers.filter { $0.segment == 0 }.prefix(3).map(\.delegation)
        #expect(first == ["Delegation 0", "Delegation 2", "Delegation 4"])
        #expect(reg.speakers.last?.id == SpeakerID(10_000))
    }

    @Test func oversizedBytesAreAnErrorNotATruncation() {
        let oversized = [UInt8](repeating: 0x41, count: RegistrationLoader.sizeLimit + 1)
        let reg = RegistrationLoader.csv(oversized, file: "x.csv", zones: .system)
        #expect(
            reg.errors.map(\.message).first?
                .hasPrefix("the file is \(RegistrationLoader.sizeLimit + 1) bytes") == true)
        #expect(!reg.isUsable)
    }
}

enum TerminalSafeCheck {
    /// Any C0/C1 control, DEL, bidi control or format character.
    static func hasUnsafe(_ s: String) -> Bool {
        s.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.generalCategory == .format
        }
    }
}
