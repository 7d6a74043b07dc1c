// A one-character typo in a plan must never give a different plan marked usable
// (issue 15.5), and a file of a million bad rows is refused with the first fifty
// reasons and a count (15.10).
import PlenaryCore
import PlenaryView
import Testing

@testable import PlenaryFormats

@Suite struct PlanTypoTests {
    static let twoSegments = """
        title = "Test"
        date = 2023-12-08
        time_zone = "Europe/Amsterdam"
        start = "11:30"
        end = "13:00"
        registration_deadline = "2023-12-07 00:00"

        [[segment]]
        id = "I"
        title = "One"
        budget = "40:00"
        limit = "2:00"

        [[segments]]
        id = "II"
        title = "Two"
        budget = "40:00"
        limit = "2:00"

        [[speakers]]
        received = 2023-12-05T10:00:00
        segment = "I"
        delegation = "Chad"

        """

    @Test func anUnknownTableIsAnErrorWithTheTableMeant() throws {
        let reg = try loadPlan(Self.twoSegments)
        #expect(!reg.isUsable)
        let found = reg.errors.map { "\($0.location): \($0.message) / \($0.hint)" }
        #expect(
            found.first
                == "/session/plan.toml:8:1: unknown table [[segment]] is not read: the plan would differ from the file"
                + " / did you mean `segments`?", "\(found)")
    }

    @Test func aRowForASegmentThePlanLacksIsAnErrorNotMoved() throws {
        // The typo fixed by deleting Segment I: Chad's "I" must not become Segment II.
        let text = Self.twoSegments.replacingOccurrences(
            of: "[[segment]]\nid = \"I\"\ntitle = \"One\"\nbudget = \"40:00\"\nlimit = \"2:00\"\n\n", with: "")
        let reg = try loadPlan(text)
        #expect(reg.plan.segments.map(\.id) == ["II"])
        #expect(reg.speakers.isEmpty)
        #expect(reg.errors.map(\.message) == ["no such segment in this plan"], "\(reg.diagnostics)")
        // A plan whose ids are words still takes numerals by position.
        let named = try loadPlan(
            minimalPlan.replacingOccurrences(of: "id = \"I\"", with: "id = \"general\"") + """
                [[speakers]]
                received = 2023-12-05T10:00:00
                segment = "I"
                delegation = "Chad"
                """)
        #expect(named.isUsable, "\(named.diagnostics)")
        #expect(named.speakers.map(\.segment) == [0])
    }

    @Test func aNearMissOfAKnownKeyIsAnErrorAndANoteStaysAWarning() throws {
        let reg = try loadPlan(
            minimalPlan.replacingOccurrences(
                of: "[[segments]]", with: "changover = \"0:30\"\nauthor = \"me\"\n\n[[segments]]"))
        #expect(reg.errors.map { "\($0.line):\($0.column) \($0.hint)" } == ["8:1 did you mean `changeover`?"])
        #expect(reg.diagnostics.filter { $0.severity == .warning }.map(\.warning) == [.unknownPlanKey])
        let note = try loadPlan(
            minimalPlan.replacingOccurrences(of: "[[segments]]", with: "author = \"me\"\n\n[[segments]]"))
        #expect(note.isUsable)
    }

    @Test func everyUnknownKeyOfASegmentOrWarningTableIsAnError() throws {
        let reg = try loadPlan(
            minimalPlan.replacingOccurrences(
                of: "limit = \"2:00\"", with: "limit = \"2:00\"\ntitel = \"x\"\nchair = \"y\"")
                + "[[warnings]]\nstage = \"final\"\nat = \"0:10\"\nbel = true\n")
        #expect(
            reg.errors.map { "\($0.line):\($0.column) \($0.message) / \($0.hint)" } == [
                "13:1 unknown key titel is not read: the plan would differ from the file / did you mean `title`?",
                "14:1 unknown key chair / known keys: budget, id, limit, title",
                "18:1 unknown key bel is not read: the plan would differ from the file / did you mean `bell`?",
            ])
    }

    @Test func aSpeakerKeyNearAColumnIsAnError() throws {
        let reg = try loadPlan(
            minimalPlan + """
                [[speakers]]
                received = 2023-12-05T10:00:00
                segment = "I"
                delegation = "Chad"
                ordr = 1
                """)
        #expect(reg.errors.map(\.hint) == ["did you mean `order`?"])
    }

    @Test func nearMissesAreCloseAndOnlyClose() {
        #expect(UnknownPlanKey.nearest("segment", in: ["segments", "speakers"]) == "segments")
        #expect(UnknownPlanKey.nearest("Time-Zone", in: ["time_zone"]) == "time_zone")
        #expect(UnknownPlanKey.nearest("tilte", in: ["title"]) == "title")
        #expect(UnknownPlanKey.nearest("author", in: PlanFile.knownKeys.sorted()) == nil)
        #expect(UnknownPlanKey.nearest("note", in: ["date"]) == nil)
    }
}

@Suite struct DiagnosticCapTests {
    @Test func aThousandBadRowsKeepTheFirstFiftyAndCountTheRest() throws {
        let text = "received,segment,delegation\n" + String(repeating: "x\n", count: 1000)
        let reg = try load("/session/bad.csv", files: ["/session/bad.csv": text])
        #expect(reg.diagnostics.count == Registration.diagnosticLimit)
        #expect(reg.diagnostics.first?.line == 2 && reg.diagnostics.last?.line == 51)
        #expect(reg.errorCount == 1000 && reg.omitted == [.error: 950])
        #expect(reg.omittedKinds.map(\.count) == [950] && reg.omittedKinds.first?.first.line == 52)
        #expect(!reg.isUsable && reg.rejectedLines.count == 1000 && reg.rowsAccountedFor)
        #expect(
            Strings.english.moreProblems(reg)
                == "… and 950 more problems not shown: 950 errors, 0 warnings.\n"
                + "  950 of this kind, the first: /session/bad.csv:52: error: "
                + "this row has 1 fields; the header has 3: «x»"
        )
        #expect(
            Strings.french.moreProblems(reg)?.hasPrefix(
                "… et 950 autres problèmes non affichés : 950 erreurs, 0 avertissement.\n"
                    + "  950 de ce genre, le premier : /session/bad.csv:52: erreur : this row has 1 fields") == true)
    }

    @Test func theFirstInFileOrderAreKeptWhateverOrderTheyAreFoundIn() throws {
        // Late rows are found after every row is read; a late row on line 2 still comes first.
        let rows = ["2023-12-07 10:00,I,Late"] + (0..<300).map { _ in "x" }
        let text = "received,segment,delegation\n" + rows.joined(separator: "\n") + "\n"
        let reg = try load("/session/bad.csv", files: ["/session/bad.csv": text])
        #expect(reg.diagnostics.first?.line == 2)
        #expect(reg.count(.warning) == 1 && reg.errorCount == 300)
        #expect(reg.late.count == 1)
    }

    @Test func theProblemsNotShownAreCountedPerKindWithTheFirstOfEach() throws {
        let rows = (0..<200).map { $0 % 2 == 0 ? "x" : "2023-12-01 10:00,IX,State \($0)" }
        let text = "received,segment,delegation\n" + rows.joined(separator: "\n") + "\n"
        let reg = try load("/session/bad.csv", files: ["/session/bad.csv": text])
        #expect(reg.omitted == [.error: 150])
        #expect(
            reg.omittedKinds.map { "\($0.count) \($0.first.line) \($0.first.message)" } == [
                "75 52 this row has 1 fields; the header has 3", "75 53 no such segment in this plan",
            ])
    }
}
