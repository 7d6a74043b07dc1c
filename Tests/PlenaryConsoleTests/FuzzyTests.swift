// Completion of a walk-in's delegation from a few typed letters, in English or French.
import PlenaryConsole
import PlenaryCore
import PlenaryView
import Testing

@Suite struct FuzzyTests {
    @Test(arguments: [
        ("belg", "Belgium"), ("cote", "Côte d'Ivoire"), ("dem rep", "Democratic Republic of the Congo"),
        ("prosec", "Office of the Prosecutor"), ("SWITZ", "Switzerland"), ("nethrl", "Netherlands"),
    ])
    func findsTheName(query: String, expected: String) {
        let names = [
            "Belgium", "Belize", "Côte d'Ivoire", "Democratic Republic of the Congo", "Dominican Republic",
            "Office of the Prosecutor", "Switzerland", "Sweden", "Netherlands", "New Zealand",
        ]
        #expect(Fuzzy.matches(query, in: names, limit: 3).first == expected)
    }

    @Test func nothingForNonsenseOrEmpty() {
        #expect(Fuzzy.matches("qqqzzz", in: ["Belgium"], limit: 3).isEmpty)
        #expect(Fuzzy.matches("", in: ["Belgium"], limit: 3).isEmpty)
    }

    /// The table's delegations, each found by its English and French spellings, as the walk-in form offers them.
    static let known = KnownDelegations.names.map { Fuzzy.Candidate($0, spellings: KnownDelegations.spellings(of: $0)) }

    @Test(arguments: [
        ("Pays-B", "Netherlands"), ("Cote", "Côte d'Ivoire"), ("allem", "Germany"), ("Royaume-U", "United Kingdom"),
        ("Corée", "Republic of Korea"), ("Korea, Rep", "Republic of Korea"), ("Greffe", "Registry"),
        ("Bureau du Proc", "Office of the Prosecutor"), ("Suisse", "Switzerland"), ("Netherlands (K", "Netherlands"),
        ("Francophonie", "International Organisation of La Francophonie"),
    ])
    func findsTheDelegationInEitherLanguage(query: String, expected: String) {
        #expect(Fuzzy.matches(query, in: Self.known, limit: 4).first == expected)
    }

    @Test func theWalkInFormCompletesAFrenchName() {
        let c = ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(), config: ConsoleConfig(language: .french))
        for k in [Key.char("w")] + "Pays-B".map({ Key.char($0) }) { _ = c.handle(k, at: at(11, 30)) }
        guard case .form(let form) = c.ui.mode else {
            Issue.record("no form")
            return
        }
        #expect(form.suggestions.first == "Netherlands")
    }

    @Test func theListsOwnSpellingIsOfferedOncePerDelegation() {
        let speakers = [
            Speaker(id: SpeakerID(1), delegation: "Netherlands (Kingdom of the)", category: .stateParty, segment: 0)
        ]
        let c = ConsoleController(
            session: Session(plan: DefaultSession.plan, speakers: speakers), sink: MemoryEventSink(),
            config: ConsoleConfig(language: .french))
        for k in [Key.char("w")] + "Pays-B".map({ Key.char($0) }) { _ = c.handle(k, at: at(11, 30)) }
        guard case .form(let form) = c.ui.mode else {
            Issue.record("no form")
            return
        }
        #expect(form.suggestions == ["Netherlands (Kingdom of the)"])
    }
}
