// The sentence the chair reads out when giving the floor, in English or French.
// French needs the delegation's article and gender ("à la Belgique, suivie du
// Japon"), which `KnownDelegations` gives for the names it knows; unknown names fall
// back to "la délégation de", which is always grammatical.

public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case french = "fr"
}

extension SessionState {
    /// The call line for the speaker at the floor (or the next one) and the one after.
    public func callLine(_ language: Language) -> String? {
        var queue = upcoming
        if let at = speakerAtFloor {
            if case .speaking = floor { return nil }
            if case .paused = floor { return nil }
            queue.insert(at, at: 0)
        }
        guard let first = queue.first.flatMap({ speakers[$0] }) else { return nil }
        let then = queue.dropFirst().first.flatMap { speakers[$0] }
        return CallLine.text(language, first.delegation, then?.delegation)
    }
}

public enum CallLine {
    public static func text(_ language: Language, _ speaker: String, _ following: String?) -> String {
        switch language {
        case .english:
            let head = "I now give the floor to the representative of \(englishName(speaker))"
            guard let f = following else { return head + "." }
            return head + ", to be followed by \(englishName(f))."
        case .french:
            let who = FrenchName.of(speaker)
            let head = "Je donne maintenant la parole \(who.to)"
            guard let f = following else { return head + "." }
            return head + ", \(who.followed) \(FrenchName.of(f).of)."
        }
    }

    /// Names that read with an article in English ("the Netherlands", "the Registry").
    static func englishName(_ name: String) -> String {
        if name.lowercased().hasPrefix("the ") { return name }
        return KnownDelegations.named(name)?.readsWithThe == true ? "the " + name : name
    }
}

/// A delegation's name as French grammar needs it.
struct FrenchName: Sendable, Hashable {
    /// The article a name takes, and for an elided one ("l'") the gender the participle agrees with.
    enum Form: Sendable, Hashable { case feminine, masculine, plural, elidedFeminine, elidedMasculine, bare }
    var name: String
    var form: Form

    /// "à la Belgique", "au Japon", "aux Pays-Bas", "à l'Italie", "à Chypre".
    var to: String {
        switch form {
        case .feminine: "à la \(name)"
        case .masculine: "au \(name)"
        case .plural: "aux \(name)"
        case .elidedFeminine, .elidedMasculine: "à l'\(name)"
        case .bare: "à \(name)"
        }
    }

    /// "de la Belgique", "du Japon", "des Pays-Bas", "de l'Italie", "de Chypre".
    var of: String {
        switch form {
        case .feminine: "de la \(name)"
        case .masculine: "du \(name)"
        case .plural: "des \(name)"
        case .elidedFeminine, .elidedMasculine: "de l'\(name)"
        case .bare: name.first.map { "aeiouhéèêâîôûAEIOUHÉ".contains($0) } == true ? "d'\(name)" : "de \(name)"
        }
    }

    /// The participle agrees with the delegation: "la Belgique, suivie", "le Japon, suivi".
    /// The preposition comes with the next name's `of` ("suivie du Japon").
    var followed: String {
        switch form {
        case .feminine: "suivie"
        case .masculine: "suivi"
        case .plural: "suivis"
        case .elidedFeminine: "suivie"
        case .elidedMasculine: "suivi"
        case .bare: "suivie"
        }
    }

    static func of(_ delegation: String) -> FrenchName {
        if let known = KnownDelegations.named(delegation)?.french { return known }
        // Unknown to the table: speak of the delegation, which is feminine.
        return FrenchName(name: "délégation \(FrenchName(name: delegation, form: .bare).of)", form: .feminine)
    }
}
