// Completion of a walk-in's delegation from a few typed letters.
import PlenaryConsole
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
}
