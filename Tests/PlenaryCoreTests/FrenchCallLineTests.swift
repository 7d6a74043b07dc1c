// The French call line names the next speaker with one preposition, not two.
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
}
