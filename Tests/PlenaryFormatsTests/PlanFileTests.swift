import Foundation
import PlenaryCore
import PlenaryFormats
import PlenarySystem
import PlenaryView
import PlenaryZones
import Testing

/// The repository root, found from this file, for the shipped examples.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A file a test did not provide.
struct MissingFile: Error, Equatable { var path: String }

/// Loads `path` from files held in memory: the formats target reads no file itself.
func load(_ path: String, files: [String: String], workingDirectory: String = "/session") throws(MissingFile)
    -> Registration
{
    try RegistrationLoader.load(
        path: path, zones: .system,
        workingDirectory: workingDirectory
    ) { (name: String) throws(MissingFile) in
        guard let text = files[name] else { throw MissingFile(path: name) }
        return Array(text.utf8)
    }
}

/// Loads a file of the repository (the shipped examples), read with Foundation.
func loadShipped(_ relativePath: String) throws -> Registration {
    try RegistrationLoader.load(
        path: repositoryRoot.appendingPathComponent(relativePath).path, zones: .system, workingDirectory: "/"
    ) {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))
    }
}

/// Loads `text` as /session/plan.toml, with `extra` files beside it.
func loadPlan(_ text: String, extra: [String: String] = [:]) throws(MissingFile) -> Registration {
    var files = ["/session/plan.toml": text]
    for (name, body) in extra { files["/session/" + name] = body }
    return try load("/session/plan.toml", files: files)
}

let minimalPlan = """
    title = "Test"
    date = 2023-12-08
    time_zone = "Europe/Amsterdam"
    start = "11:30"
    end = "13:00"
    registration_deadline = "2023-12-07 00:00"

    [[segments]]
    id = "I"
    title = "One"
    budget = "40:00"
    limit = "2:00"

    """

@Suite("Plan files")
struct PlanFileTests {
    @Test func theShippedExampleIsTheEmbeddedDefault() throws {
        let reg = try loadShipped("Examples/asp-2023-cooperation.toml")
        #expect(reg.isUsable)
        #expect(reg.plan == DefaultSession.plan)
        #expect(reg.speakers == DefaultSession.speakers)
        #expect(reg.late.map(\.delegation) == ["Kenya", "Mexico"])
        #expect(reg.duplicates.map(\.entry.delegation) == ["belgium"])
        #expect(reg.rowsAccountedFor)
    }

    @Test func theShippedCSVAloneUsesTheDefaultPlan() throws {
        let reg = try loadShipped("Examples/asp-2023-cooperation.csv")
        #expect(reg.plan == DefaultSession.plan)
        #expect(reg.speakers == DefaultSession.speakers)
        // The optional words column gives two statement lengths, by speaker.
        let named = Dictionary(
            uniqueKeysWithValues: reg.words.map { (reg.speakers[$0.key.rawValue - 1].delegation, $0.value) })
        #expect(named == ["Belgium": 260, "France": 210])
    }

    @Test func inlineSpeakersWithTOMLDateTimes() throws {
        let reg = try loadPlan(
            minimalPlan + """
                [[speakers]]
                received = 2023-12-05T10:00:00
                segment = "I"
                delegation = "Chad"

                [[speakers]]
                "reçu" = 2023-12-05T08:00:00+01:00
                segment = 1
                "délégation" = "Peru"
                orateur = "Ambassador"
                """)
        #expect(reg.isUsable, "\(reg.diagnostics)")
        #expect(reg.speakers.map(\.label) == ["Peru (Ambassador)", "Chad"])
        #expect(reg.accepted.map(\.line) == [18, 13])
        #expect(reg.plan.utcOffset == .seconds(3600))
        #expect(reg.plan.registrationDeadline == Instant(year: 2023, month: 12, day: 7, utcOffset: .seconds(3600)))
    }

    @Test func syntaxErrorsHaveTheirPosition() throws {
        let reg = try loadPlan("title = \"x\"\ndate = \n")
        #expect(!reg.isUsable && !reg.planLoaded)
        #expect(reg.diagnostics.map { "\($0.line):\($0.column)" } == ["2:8"])
    }

    @Test func wrongValuesNameTheirLine() throws {
        let text = minimalPlan.replacingOccurrences(of: "Europe/Amsterdam", with: "Europe/Atlantis")
            .replacingOccurrences(of: "limit = \"2:00\"", with: "limit = \"two\"")
        let reg = try loadPlan(text)
        // Each error points at the value itself (TOMLKit's positions gave column 1).
        #expect(
            reg.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
                "3:13: unknown time zone", "12:9: segment 1: limit is missing or not a duration",
            ])
    }

    @Test func inlineSpeakerProblemsPointAtTheValueOrKey() throws {
        let reg = try loadPlan(
            minimalPlan + """
                [[speakers]]
                received = 2023-12-05T10:00:00
                segment = "VII"
                  delegation = true
                mood = "calm"
                """)
        let found = reg.diagnostics.map { "\($0.line):\($0.column) \(Strings.english.message($0))" }
        #expect(found.contains("15:11 no such segment in this plan"), "\(found)")
        #expect(found.contains("16:16 delegation must be text or a date-time, not a boolean"), "\(found)")
        #expect(found.contains("17:1 unknown speaker key is ignored"), "\(found)")
        #expect(reg.rejectedLines == [13])
    }

    @Test func syntaxProblemsSayHowToWriteIt() throws {
        let reg = try loadPlan(minimalPlan.replacingOccurrences(of: "start = \"11:30\"", with: "start = 11:30"))
        let d = try #require(reg.diagnostics.first)
        #expect("\(d.line):\(d.column) \(d.message)" == "4:9 not valid TOML: ‘11:30’ is not a valid date or time")
        #expect(d.hint.contains("\"11:30\""))
        let twice = try loadPlan(minimalPlan + "[[segments]]\nid = \"II\"\nid = \"III\"\n")
        #expect(
            twice.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
                == ["15:1 not valid TOML: ‘id’ is defined twice (first at line 14, column 1)"])
    }

    @Test func aTOMLTimeIsAStartTime() throws {
        let reg = try loadPlan(minimalPlan.replacingOccurrences(of: "start = \"11:30\"", with: "start = 11:30:00"))
        #expect(reg.isUsable, "\(reg.diagnostics)")
        #expect(
            reg.plan.start
                == Instant(
                    year: 2023, month: 12, day: 8, hour: 11, minute: 30,
                    utcOffset: .seconds(3600)))
    }

    @Test func aMissingSpeakersFileCannotBeRead() {
        let plan = minimalPlan.replacingOccurrences(of: "[[segments]]", with: "speakers = \"gone.csv\"\n[[segments]]")
        #expect(throws: MissingFile(path: "/session/gone.csv")) { try loadPlan(plan) }
    }

    @Test func speakersFileBesideThePlan() throws {
        let reg = try loadPlan(
            minimalPlan.replacingOccurrences(
                of: "[[segments]]",
                with: "speakers = \"r.csv\"\n[[segments]]"),
            extra: [
                "r.csv": "received,segment,delegation\n2023-12-05 10:00,I,Chad\n"
                    + "2023-12-05 10:00,II,Peru\n"
            ])
        #expect(reg.speakers.map(\.delegation) == ["Chad"])
        #expect(reg.errors.map { "\($0.file):\($0.line):\($0.column)" }.first?.hasSuffix("r.csv:3:18") == true)
    }
}

@Suite("Plan files, bytes")
struct PlanFileBytesTests {
    @Test func aPlanThatIsNotUTF8IsRefusedWithItsPosition() throws {
        let bytes = Array("title = \"x\"\ndate = \"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        let reg = RegistrationLoader.load(path: "p.toml", zones: .system, workingDirectory: "/") { _ in bytes }
        #expect(reg.errors.map { "\($0.line):\($0.column) \($0.message)" } == ["2:12 the plan is not valid UTF-8"])
    }
}
