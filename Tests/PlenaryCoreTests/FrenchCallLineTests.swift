// The French call line names the next speaker with one preposition, not two, and
// reads every name of a realistic list in French: the UN's spellings, organizations
// called by their name, no elision before a foreign h.
import PlenaryCore
import Testing

@Suite struct FrenchCallLineTests {
    @Test(arguments: [
        ("Belgium", "Japan", "Je donne maintenant la parole à la Belgique, suivie du Japon."),
        (
            "Office of the Prosecutor", "Registry",
            "Je donne maintenant la parole au Bureau du Procureur, suivi du Greffe."
        ),
        ("Netherlands", "Italy", "Je donne maintenant la parole aux Pays-Bas, suivis de l'Italie."),
        ("Cyprus", "Netherlands", "Je donne maintenant la parole à Chypre, suivie des Pays-Bas."),
    ])
    func onePreposition(first: String, next: String, expected: String) {
        #expect(CallLine.text(.french, first, next) == expected)
    }

    /// The seven names of the issue that fell back to English inside the French sentence.
    @Test(arguments: [
        ("Netherlands (Kingdom of the)", "à la Belgique, suivie des Pays-Bas (Royaume des)."),
        ("Bolivia (Plurinational State of)", "à la Belgique, suivie de la Bolivie (État plurinational de)."),
        ("São Tomé and Príncipe", "à la Belgique, suivie de Sao Tomé-et-Principe."),
        ("Congo, Republic of the", "à la Belgique, suivie de la République du Congo."),
        ("Human Rights Watch", "à la Belgique, suivie de Human Rights Watch."),
        ("Parliamentarians for Global Action", "à la Belgique, suivie de Parliamentarians for Global Action."),
        (
            "Organisation internationale de la Francophonie",
            "à la Belgique, suivie de l'Organisation internationale de la Francophonie."
        ),
        ("Venezuela (Bolivarian Republic of)", "à la Belgique, suivie du Venezuela (République bolivarienne du)."),
        ("Korea, Republic of", "à la Belgique, suivie de la République de Corée."),
    ])
    func theUNSpellingsReadInFrench(name: String, expected: String) {
        #expect(CallLine.text(.french, "Belgium", name) == "Je donne maintenant la parole " + expected)
    }

    @Test func organizationsAreCalledByTheirNameAndAForeignHDoesNotElide() {
        #expect(
            CallLine.text(.french, "Human Rights Watch", "Haiti")
                == "Je donne maintenant la parole à Human Rights Watch, suivie d'Haïti.")
        #expect(
            CallLine.text(.french, "Philippines", "Amnesty International")
                == "Je donne maintenant la parole aux Philippines, suivies d'Amnesty International.")
        let ngo = Speaker(id: SpeakerID(1), delegation: "Hague Peace Forum", category: .civilSociety, segment: 0)
        let state = Speaker(id: SpeakerID(2), delegation: "Hyrule", category: .stateParty, segment: 0)
        #expect(
            CallLine.text(.french, state, ngo)
                == "Je donne maintenant la parole à la délégation de Hyrule, suivie de Hague Peace Forum.")
        #expect(CallLine.text(.french, ngo, nil) == "Je donne maintenant la parole à Hague Peace Forum.")
    }

    /// A realistic list from the seeds (the 2023 cooperation plenary's organs, States,
    /// organizations and NGOs), written as secretariats copy names from the UN's list.
    static let realisticList = [
        "Presidency of the Court", "Office of the Prosecutor", "Registry", "Belgium", "France", "Sierra Leone",
        "Netherlands (Kingdom of the)", "Argentina", "Japan", "Senegal", "European Union",
        "Bolivia (Plurinational State of)", "Ukraine", "Organisation internationale de la Francophonie",
        "Coalition for the International Criminal Court", "Trust Fund for Victims", "Switzerland", "Uganda",
        "Germany", "Colombia", "Côte d'Ivoire", "Central African Republic", "São Tomé and Príncipe",
        "Congo, Republic of the", "INTERPOL", "International Federation for Human Rights", "Human Rights Watch",
        "Parliamentarians for Global Action", "Korea, Republic of", "Venezuela (Bolivarian Republic of)",
        "State of Palestine",
    ]

    @Test func everyNameOfARealisticListReadsInFrench() throws {
        #expect(Self.realisticList.count == 31)
        let list = Self.realisticList
        for (i, name) in list.enumerated() {
            let following = list[(i + 1) % list.count]
            let line = CallLine.text(.french, name, following)
            let known = try #require(KnownDelegations.named(name), "\(name) is in the table")
            #expect(!line.contains("délégation"), "known names are called by their own name: \(line)")
            for english in [name, following] where KnownDelegations.named(english)?.french.name != english {
                #expect(!line.contains(english), "no English name inside the French sentence: \(line)")
            }
            for word in [" of ", " the ", " and ", "Republic", "Kingdom", "State "] {
                #expect(!line.contains(word), "\(line)")
            }
            #expect(line.contains(known.french.name))
        }
    }
}
