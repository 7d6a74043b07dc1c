// The sentence the chair reads out when giving the floor, in English or French.
// French needs the delegation's article and gender ("à la Belgique, suivie du
// Japon"), so known names carry them; unknown names fall back to "la délégation de",
// which is always grammatical.

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
        let lower = name.lowercased()
        let withThe = ["netherlands", "philippines", "gambia", "bahamas", "united kingdom", "united states",
                       "czech republic", "dominican republic", "central african republic", "comoros",
                       "maldives", "marshall islands", "solomon islands", "cook islands",
                       "democratic republic of the congo", "republic of korea", "state of palestine",
                       "united republic of tanzania", "plurinational state of bolivia",
                       "presidency", "registry", "office of the prosecutor", "european union",
                       "trust fund for victims", "coalition for the international criminal court",
                       "international criminal court", "president of the assembly",
                       "bureau of the assembly", "presidency of the court", "united nations"]
        if lower.hasPrefix("the ") { return name }
        return withThe.contains(lower) ? "the " + name : name
    }
}

/// A delegation's name as French grammar needs it.
struct FrenchName {
    enum Form { case feminine, masculine, plural, elided, bare }
    var name: String
    var form: Form

    /// "à la Belgique", "au Japon", "aux Pays-Bas", "à l'Italie", "à Chypre".
    var to: String {
        switch form {
        case .feminine: "à la \(name)"
        case .masculine: "au \(name)"
        case .plural: "aux \(name)"
        case .elided: "à l'\(name)"
        case .bare: "à \(name)"
        }
    }

    /// "de la Belgique", "du Japon", "des Pays-Bas", "de l'Italie", "de Chypre".
    var of: String {
        switch form {
        case .feminine: "de la \(name)"
        case .masculine: "du \(name)"
        case .plural: "des \(name)"
        case .elided: "de l'\(name)"
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
        case .elided: elidedFeminine ? "suivie" : "suivi"
        case .bare: "suivie"
        }
    }

    private var elidedFeminine: Bool { FrenchName.elidedMasculine.contains(name) == false }

    static func of(_ delegation: String) -> FrenchName {
        let key = delegation.lowercased()
        if let known = table[key] { return known }
        // Unknown to the table: speak of the delegation, which is feminine.
        return FrenchName(name: "délégation \(FrenchName(name: delegation, form: .bare).of)", form: .feminine)
    }

    static let elidedMasculine: Set<String> = ["Équateur", "Uruguay", "Ouganda", "Afghanistan", "Azerbaïdjan"]

    static let table: [String: FrenchName] = {
        let f: [(String, String, Form)] = [
            ("belgium", "Belgique", .feminine), ("belgique", "Belgique", .feminine),
            ("france", "France", .feminine), ("germany", "Allemagne", .elided),
            ("italy", "Italie", .elided), ("spain", "Espagne", .elided),
            ("netherlands", "Pays-Bas", .plural), ("the netherlands", "Pays-Bas", .plural),
            ("japan", "Japon", .masculine), ("canada", "Canada", .masculine),
            ("switzerland", "Suisse", .feminine), ("austria", "Autriche", .elided),
            ("portugal", "Portugal", .masculine), ("luxembourg", "Luxembourg", .masculine),
            ("poland", "Pologne", .feminine), ("sweden", "Suède", .feminine),
            ("norway", "Norvège", .feminine), ("denmark", "Danemark", .masculine),
            ("finland", "Finlande", .feminine), ("ireland", "Irlande", .elided),
            ("united kingdom", "Royaume-Uni", .masculine), ("ukraine", "Ukraine", .elided),
            ("argentina", "Argentine", .elided), ("brazil", "Brésil", .masculine),
            ("chile", "Chili", .masculine), ("colombia", "Colombie", .feminine),
            ("mexico", "Mexique", .masculine), ("costa rica", "Costa Rica", .masculine),
            ("peru", "Pérou", .masculine), ("ecuador", "Équateur", .elided),
            ("uruguay", "Uruguay", .elided), ("senegal", "Sénégal", .masculine),
            ("sierra leone", "Sierra Leone", .feminine), ("nigeria", "Nigéria", .masculine),
            ("south africa", "Afrique du Sud", .elided), ("uganda", "Ouganda", .elided),
            ("kenya", "Kenya", .masculine), ("ghana", "Ghana", .masculine),
            ("côte d'ivoire", "Côte d'Ivoire", .feminine), ("mali", "Mali", .masculine),
            ("burkina faso", "Burkina Faso", .masculine), ("tunisia", "Tunisie", .feminine),
            ("democratic republic of the congo", "République démocratique du Congo", .feminine),
            ("central african republic", "République centrafricaine", .feminine),
            ("republic of korea", "République de Corée", .feminine),
            ("state of palestine", "État de Palestine", .elided),
            ("australia", "Australie", .elided), ("new zealand", "Nouvelle-Zélande", .feminine),
            ("bangladesh", "Bangladesh", .masculine), ("georgia", "Géorgie", .feminine),
            ("czech republic", "République tchèque", .feminine), ("czechia", "Tchéquie", .feminine),
            ("estonia", "Estonie", .elided), ("latvia", "Lettonie", .feminine),
            ("lithuania", "Lituanie", .feminine), ("slovenia", "Slovénie", .feminine),
            ("croatia", "Croatie", .feminine), ("greece", "Grèce", .feminine),
            ("cyprus", "Chypre", .bare), ("malta", "Malte", .bare),
            ("liechtenstein", "Liechtenstein", .masculine), ("iceland", "Islande", .elided),
            ("european union", "Union européenne", .elided),
            ("united nations", "Organisation des Nations Unies", .elided),
            ("presidency", "Présidence", .feminine), ("presidency of the court", "Présidence de la Cour", .feminine),
            ("office of the prosecutor", "Bureau du Procureur", .masculine),
            ("registry", "Greffe", .masculine), ("trust fund for victims", "Fonds au profit des victimes", .masculine),
            ("coalition for the international criminal court", "Coalition pour la Cour pénale internationale", .feminine),
            ("international federation for human rights", "Fédération internationale pour les droits humains", .feminine),
            ("fidh", "FIDH", .feminine), ("interpol", "INTERPOL", .bare),
        ]
        var table: [String: FrenchName] = [:]
        for (k, n, form) in f { table[k] = FrenchName(name: n, form: form) }
        return table
    }()
}
