import Testing

// The one table of delegations: what completion offers, who is a State Party, how
// the call line reads the names it knows, and that every row keeps French grammar.
@testable import PlenaryCore

@Suite struct KnownDelegationsTests {
    @Test func completionOffersStatesThenOrgansOnceEach() {
        let names = KnownDelegations.names
        #expect(names.first == "Afghanistan")
        #expect(names.last == "Bureau of the Assembly")
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(!names.contains("Belgique"), "other spellings serve the call line only")
    }

    @Test func statePartiesAreTheStatesOnly() {
        #expect(KnownDelegations.isStateParty("Belgium"))
        #expect(!KnownDelegations.isStateParty("Registry"))
        #expect(!KnownDelegations.isStateParty("Atlantis"))
        #expect(!KnownDelegations.isStateParty("China"), "a UN member that has not joined the Rome Statute")
        for inverted in ["Netherlands (Kingdom of the)", "Korea, Republic of", "Congo, Republic of the"] {
            #expect(KnownDelegations.isStateParty(inverted), "\(inverted)")
        }
    }

    @Test func lookupIgnoresCase() {
        #expect(KnownDelegations.named("the NETHERLANDS")?.name == "The Netherlands")
        #expect(KnownDelegations.named("Atlantis") == nil)
        #expect(KnownDelegations.named("Côte d\u{2019}Ivoire")?.code == "CIV", "a typographic apostrophe")
    }

    @Test func elidedNamesAgreeInGender() {
        #expect(
            CallLine.text(.french, "Uruguay", "Italy")
                == "Je donne maintenant la parole à l'Uruguay, suivi de l'Italie.")
        #expect(
            CallLine.text(.french, "Italy", "Uruguay")
                == "Je donne maintenant la parole à l'Italie, suivie de l'Uruguay.")
        #expect(
            CallLine.text(.english, "Registry", "Belgique")
                == "I now give the floor to the representative of the Registry, to be followed by Belgique.")
    }

    @Test func everyUNMemberAndObserverStateAndEveryStateParty() {
        let table = KnownDelegations.table
        #expect(Set(table.filter { $0.kind == .memberState }.map(\.code)).count == 193)
        #expect(Set(table.filter { $0.kind == .observerState }.map(\.code)) == ["VAT", "PSE"])
        #expect(Set(table.filter(\.isStateParty).map(\.code)).count == 125)
        #expect(table.filter(\.isStateParty).allSatisfy { $0.kind.isState })
    }

    /// A spelling the table held twice would be read as only one of its meanings.
    @Test func everySpellingIsOneDelegationsAndItsRowsAgree() {
        let table = KnownDelegations.table
        #expect(Set(table.map { $0.name.lowercased() }).count == table.count)
        for rows in Dictionary(grouping: table, by: \.code).values {
            #expect(Set(rows.map(\.kind)).count == 1, "\(rows[0].code)")
            #expect(Set(rows.map(\.isStateParty)).count == 1, "\(rows[0].code)")
        }
        var seen = Set<String>()
        var last = ""
        for code in table.map(\.code) where code != last {
            #expect(seen.insert(code).inserted, "the rows of \(code) are together, its main name first")
            last = code
        }
    }

    /// The article agrees with the name's gender, number and first letter: "le"/"la"
    /// never before a vowel, "l'" only before a vowel or an h, "les" only for a plural.
    @Test func everyFrenchNameIsWellFormed() {
        for entry in KnownDelegations.table {
            let f = entry.french
            let what = "\(entry.name) → \(f.withArticle)"
            #expect(!f.name.isEmpty && f.name.trimming() == f.name, "\(what)")
            let lower = f.name.lowercased()
            #expect(
                !["le ", "la ", "les ", "l'"].contains { lower.hasPrefix($0) }, "the article is a column: \(what)")
            let vowel = FrenchName.startsWithVowel(f.name)
            let h = lower.hasPrefix("h")
            switch f.article {
            case .le:
                #expect(f.gender == .masculine && f.number == .singular && !vowel, "\(what)")
            case .la:
                #expect(f.gender == .feminine && f.number == .singular && !vowel, "\(what)")
            case .elided:
                #expect(f.number == .singular && (vowel || h), "\(what)")
            case .les:
                #expect(f.number == .plural, "\(what)")
            case .bare:
                break
            case .bareElided:
                #expect(h, "only an h needs to be told to elide: \(what)")
            }
        }
    }

    @Test func aFrenchTextNamesTheDelegationInFrench() {
        #expect(KnownDelegations.name("Netherlands (Kingdom of the)", in: .french) == "Pays-Bas (Royaume des)")
        #expect(KnownDelegations.name("Netherlands (Kingdom of the)", in: .english) == "Netherlands (Kingdom of the)")
        #expect(KnownDelegations.name("Atlantis", in: .french) == "Atlantis")
    }

    @Test func spellingsCoverBothLanguagesOfTheDelegation() {
        let netherlands = KnownDelegations.spellings(of: "netherlands")
        for s in ["Netherlands", "Pays-Bas", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)"] {
            #expect(netherlands.contains(s), "\(s)")
        }
        #expect(KnownDelegations.spellings(of: "Atlantis").isEmpty)
    }
}
