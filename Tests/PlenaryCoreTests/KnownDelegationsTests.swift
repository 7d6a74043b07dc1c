// The one table of delegations: what completion offers, who is a State Party, and how
// the call line reads the names it knows.
import PlenaryCore
import Testing

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
    }

    @Test func lookupIgnoresCase() {
        #expect(KnownDelegations.named("the NETHERLANDS")?.name == "The Netherlands")
        #expect(KnownDelegations.named("Atlantis") == nil)
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
}
