// The sentence the chair reads out when giving the floor, in English or French.
// French needs the delegation's article and gender ("à la Belgique, suivie du
// Japon"), which `KnownDelegations` gives for every spelling it knows. A name it does
// not know is called by its name when the speaker is an organization ("à Human Rights
// Watch": organizations and NGOs are not delegations), and otherwise as "la délégation
// de …", which is always grammatical. A name is never elided before an *h* unless the
// table says so ("de Human Rights Watch", but "d'Haïti").

public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case french = "fr"
}

extension SessionState {
    /// The call line for the speaker at the floor (or the next one) and the one after.
    public func callLine(_ language: Language) -> String? {
        var queue = upcoming
        if let at = speakerAtFloor {
            if floor.intervention != nil { return nil }
            queue.insert(at, at: 0)
        }
        guard let first = queue.first.flatMap({ speakers[$0] }) else { return nil }
        let then = queue.dropFirst().first.flatMap { speakers[$0] }
        return CallLine.text(language, first, then)
    }
}

public enum CallLine {
    /// The call line for two speakers: their category decides how a name the table
    /// does not know is called.
    /// A joint statement says for whom it is made, and a reply that it is one, as the
    /// chair announces them.
    public static func text(_ language: Language, _ speaker: Speaker, _ following: Speaker?) -> String {
        text(
            language, (speaker.delegation, speaker.category), following.map { ($0.delegation, $0.category) },
            onBehalfOf: speaker.onBehalfOf, reply: speaker.kind == .reply)
    }

    /// The call line for two names; a name the table does not know is called as a delegation.
    public static func text(_ language: Language, _ speaker: String, _ following: String?) -> String {
        text(language, (speaker, nil), following.map { ($0, nil) })
    }

    private static func text(
        _ language: Language, _ speaker: (String, Category?), _ following: (String, Category?)?,
        onBehalfOf: [String] = [], reply: Bool = false
    ) -> String {
        let others = onBehalfOf.filter { $0 != speaker.0 }
        switch language {
        case .english:
            var head = "I now give the floor to the representative of \(englishName(speaker.0))"
            if !others.isEmpty { head += ", " + Self.onBehalfOf(.english, others) }
            if reply { head += ", in exercise of the right of reply" }
            guard let f = following else { return head + "." }
            return head + ", to be followed by \(englishName(f.0))."
        case .french:
            let who = FrenchName.of(speaker.0, speaker.1)
            var head = "Je donne maintenant la parole \(who.to)"
            if !others.isEmpty { head += ", " + Self.onBehalfOf(.french, others) }
            if reply { head += ", dans l'exercice du droit de réponse" }
            guard let f = following else { return head + "." }
            return head + ", \(who.followed) \(FrenchName.of(f.0, f.1).of)."
        }
    }

    /// For whom a joint statement is made, as the chair says it: "on behalf of Albania and
    /// the Netherlands", "au nom de l'Albanie et des Pays-Bas". The call line, the room
    /// display and the console say it by this.
    public static func onBehalfOf(_ language: Language, _ names: [String]) -> String {
        switch language {
        case .english: "on behalf of " + list(names.map(englishName), and: "and")
        case .french: "au nom " + list(names.map { FrenchName.of($0, nil).of }, and: "et")
        }
    }

    /// "A", "A and B", "A, B and C".
    private static func list(_ names: [String], and word: String) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(word) " + names[names.count - 1]
    }

    /// Names that read with an article in English ("the Netherlands", "the Registry").
    static func englishName(_ name: String) -> String {
        if name.lowercased().hasPrefix("the ") { return name }
        return KnownDelegations.named(name)?.readsWithThe == true ? "the " + name : name
    }
}

/// A delegation's name as French grammar needs it: the name without its article, the
/// article it takes, and the gender and number the participle agrees with.
public struct FrenchName: Sendable, Hashable {
    /// The article before the name: "la Belgique", "le Japon", "l'Italie", "les Pays-Bas",
    /// none ("Chypre", "Human Rights Watch"), or none but "de" elides ("d'Haïti").
    public enum Article: Sendable, Hashable { case le, la, elided, les, bare, bareElided }
    public enum Gender: Sendable, Hashable { case masculine, feminine }
    public enum Number: Sendable, Hashable { case singular, plural }

    public var name: String
    public var article: Article
    public var gender: Gender
    public var number: Number

    /// The name with its article, as a heading would write it: "la Belgique", "Chypre".
    public var withArticle: String {
        switch article {
        case .le: "le \(name)"
        case .la: "la \(name)"
        case .elided: "l'\(name)"
        case .les: "les \(name)"
        case .bare, .bareElided: name
        }
    }

    /// "à la Belgique", "au Japon", "aux Pays-Bas", "à l'Italie", "à Chypre".
    var to: String {
        switch article {
        case .le: "au \(name)"
        case .la: "à la \(name)"
        case .elided: "à l'\(name)"
        case .les: "aux \(name)"
        case .bare, .bareElided: "à \(name)"
        }
    }

    /// "de la Belgique", "du Japon", "des Pays-Bas", "de l'Italie", "de Chypre", "d'Israël",
    /// "de Human Rights Watch" (a foreign *h* does not elide).
    public var of: String {
        switch article {
        case .le: "du \(name)"
        case .la: "de la \(name)"
        case .elided: "de l'\(name)"
        case .les: "des \(name)"
        case .bare: FrenchName.startsWithVowel(name) ? "d'\(name)" : "de \(name)"
        case .bareElided: "d'\(name)"
        }
    }

    /// The participle agrees with the delegation: "la Belgique, suivie", "le Japon, suivi",
    /// "les Pays-Bas, suivis", "les Philippines, suivies". The preposition comes with the
    /// next name's `of` ("suivie du Japon").
    var followed: String {
        switch (gender, number) {
        case (.masculine, .singular): "suivi"
        case (.feminine, .singular): "suivie"
        case (.masculine, .plural): "suivis"
        case (.feminine, .plural): "suivies"
        }
    }

    /// A vowel, accented or not; *h* and *y* are not ("le Honduras", "le Yémen").
    public static func startsWithVowel(_ text: String) -> Bool {
        guard let first = text.first?.lowercased().first else { return false }
        return "aeiouàâäéèêëîïôöùûüœæ".contains(first)
    }

    /// How French names `delegation`: the table's name, an organization by its name, or
    /// "la délégation de …".
    public static func of(_ delegation: String, _ category: Category?) -> FrenchName {
        if let known = KnownDelegations.named(delegation)?.french { return known }
        switch category {
        case .internationalOrganization, .civilSociety, .court:
            // An organization is called by its name, which the participle treats as "l'organisation".
            return FrenchName(name: delegation, article: .bare, gender: .feminine, number: .singular)
        case .stateParty, .observerState, .other, nil:
            let of = FrenchName(name: delegation, article: .bare, gender: .feminine, number: .singular).of
            return FrenchName(name: "délégation \(of)", article: .la, gender: .feminine, number: .singular)
        }
    }
}
