// `plenary plan --script` as the chair's office runs it before the day.
import Testing

@Suite("plenary plan --script")
struct PlanScriptCommandTests {
    @Test func printsTheFrenchScriptOfAListWithTheUNSpellings() throws {
        let r = try plenary(["plan", "--script", "--lang", "fr", "Examples/asp-2023-un-spellings.csv"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Déroulé pour la présidence — "))
        #expect(r.out.contains("  7.  Je donne maintenant la parole aux Pays-Bas (Royaume des), suivis de\n"))
        #expect(r.out.contains("  9.  Je donne maintenant la parole à Sao Tomé-et-Principe, suivi de la\n"))
        #expect(!r.out.contains("Netherlands") && !r.out.contains("délégation"))
    }

    @Test func withoutScriptThePlanIsPrintedAsBefore() throws {
        let r = try plenary(["plan", "Examples/asp-2023-un-spellings.csv"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("   7. Netherlands (Kingdom of the)"))
    }
}
