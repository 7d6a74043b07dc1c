import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryReports
import PlenarySystem
import PlenaryView
import PlenaryZones
import Testing

/// A file's warnings are said by `Strings`, in English and in French; PlenaryFormats gives only the value.
@Suite("Registration warnings in words")
struct RegistrationWarningTextTests {
    static let deadline = DefaultSession.plan.registrationDeadline
    static let every: [RegistrationWarning] = [
        .late(received: deadline + .seconds(3600), deadline: deadline, utcOffset: .seconds(3600)),
        .duplicate(segment: "II", keptLine: 3), .unknownColumn, .unsafeCharactersRemoved(count: 2, column: .speaker),
        .cut(column: .delegation, length: 300, limit: 200), .unknownCategory, .noRegistrations, .unknownPlanKey,
        .noSpeakersInPlan, .unknownSpeakerKey, .readAsWindows1252, .notText(.utf16WithoutByteOrderMark),
        .notText(.workbook), .notText(.binary), .notText(.unknownEncoding(byte: 0x81)),
        .dateOrderUndecided(readAs: .dayFirst), .dateOrderConflict(order: .monthFirst, other: "f.csv:3:1"),
    ]

    @Test(arguments: every)
    func everyWarningHasWordsInBothLanguages(_ w: RegistrationWarning) {
        let english = Strings.english.registrationWarning(w)
        let french = Strings.french.registrationWarning(w)
        #expect(!english.isEmpty && !french.isEmpty)
        #expect(english != french)
        #expect(Strings.english.registrationHint(w).isEmpty == Strings.french.registrationHint(w).isEmpty)
    }

    @Test func aWarningLineInFrench() {
        var d = Diagnostic(
            file: "inscriptions.csv", line: 4, column: 0, severity: .warning, message: "",
            excerpt: "France")
        d.warning = .duplicate(segment: "I", keptLine: 2)
        #expect(
            Strings.french.diagnostic(d) == "inscriptions.csv:4: avertissement : deuxième inscription de cette "
                + "délégation au segment I (la ligne 2 est gardée) : écartée comme doublon : «France»\n"
                + "  conseil : si deux personnes parlent pour une délégation, inscrivez un orateur et nommez les deux")
        #expect(
            Strings.english.diagnostic(d) == "inscriptions.csv:4: warning: second registration of this "
                + "delegation for segment I (line 2 is kept): set aside as a duplicate: «France»\n"
                + "  hint: if two people speak for one delegation, register one speaker and name both")
    }

    @Test func anErrorKeepsItsOwnWords() {
        let d = Diagnostic(
            file: "p.toml", line: 3, column: 13, severity: .error, message: "unknown time zone",
            hint: "use an IANA name")
        #expect(Strings.french.diagnostic(d) == "p.toml:3:13: erreur : unknown time zone\n  conseil : use an IANA name")
        #expect(Strings.english.diagnostic(d) == "p.toml:3:13: error: unknown time zone\n  hint: use an IANA name")
    }

    @Test func aListThatCannotBeUsedIsRefusedInTheReadersLanguage() {
        #expect(
            Strings.french.listNotUsable(errors: 2, file: "l.csv")
                == "2 erreurs dans l.csv ; `plenary check l.csv` donne le rapport complet.")
        #expect(
            Strings.english.listNotUsable(errors: 1, file: "l.csv")
                == "1 error in l.csv; run `plenary check l.csv` for the full report.")
    }

    @Test func checkJSONCarriesTheWarningsEnglishWords() throws {
        let text = "received,segment,delegation\n2023-12-01 10:00,I,Chile\n2023-12-08 09:00,II,Lateland\n"
        let reg = RegistrationLoader.csv(Array(text.utf8), file: "late.csv", zones: .system)
        let data = Data(CheckReport.json(reg).utf8)
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let diagnostics = try #require(doc["diagnostics"] as? [[String: Any]])
        #expect(
            diagnostics.map { $0["message"] as? String } == [
                "received 2023-12-08 09:00, at or after the deadline 2023-12-07 00:00: listed as late, not on the list"
            ])
        #expect(diagnostics.map { $0["hint"] as? String } == [""])
        #expect(diagnostics.map { $0["excerpt"] as? String } == ["Lateland"])
    }
}
