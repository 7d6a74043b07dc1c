// The delegations Plenary knows by name, in one table: which are States Parties (a
// walk-in's category), which the podium's completion offers, and how each reads in
// the chair's call line (the English "the", the French name, article and gender).
// A name not in the table is still welcome everywhere; it reads "the representative
// of <name>" and "la délégation de <name>".

/// One delegation the table knows.
public struct KnownDelegation: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// A State Party to the Rome Statute: a walk-in from it is a state party.
        case stateParty
        /// An organ of the Court or a frequent observer, offered for completion.
        case participant
        /// Another spelling or name, known to the call line only.
        case otherName
    }

    /// The name as lists write it (English, or the other spelling).
    public let name: String
    public let role: Role
    /// The English call line reads "the" before it ("the Netherlands", "the Registry").
    let readsWithThe: Bool
    /// How French names it, when the table knows.
    let french: FrenchName?

    init(_ name: String, _ role: Role, the: Bool = false, french: (name: String, form: FrenchName.Form)? = nil) {
        self.name = name
        self.role = role
        self.readsWithThe = the
        self.french = french.map { FrenchName(name: $0.name, form: $0.form) }
    }
}

public enum KnownDelegations {
    /// The names the podium offers when a walk-in's delegation is typed: the States
    /// Parties, then the organs and observers. The session's own list comes first there.
    public static let names: [String] = table.filter { $0.role != .otherName }.map(\.name)

    /// Whether `name` is exactly a State Party's name as the table writes it.
    public static func isStateParty(_ name: String) -> Bool { statePartyNames.contains(name) }

    /// The entry for a name, ignoring case.
    public static func named(_ name: String) -> KnownDelegation? { byLowercasedName[name.lowercased()] }

    private static let statePartyNames = Set(table.filter { $0.role == .stateParty }.map(\.name))

    private static let byLowercasedName: [String: KnownDelegation] = Dictionary(
        table.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    static let table: [KnownDelegation] = [
        // States Parties to the Rome Statute.
        .init("Afghanistan", .stateParty),
        .init("Albania", .stateParty),
        .init("Andorra", .stateParty),
        .init("Antigua and Barbuda", .stateParty),
        .init("Argentina", .stateParty, french: ("Argentine", .elidedFeminine)),
        .init("Armenia", .stateParty),
        .init("Australia", .stateParty, french: ("Australie", .elidedFeminine)),
        .init("Austria", .stateParty, french: ("Autriche", .elidedFeminine)),
        .init("Bangladesh", .stateParty, french: ("Bangladesh", .masculine)),
        .init("Barbados", .stateParty),
        .init("Belgium", .stateParty, french: ("Belgique", .feminine)),
        .init("Belize", .stateParty),
        .init("Benin", .stateParty),
        .init("Bolivia", .stateParty),
        .init("Bosnia and Herzegovina", .stateParty),
        .init("Botswana", .stateParty),
        .init("Brazil", .stateParty, french: ("Brésil", .masculine)),
        .init("Bulgaria", .stateParty),
        .init("Burkina Faso", .stateParty, french: ("Burkina Faso", .masculine)),
        .init("Cabo Verde", .stateParty),
        .init("Cambodia", .stateParty),
        .init("Canada", .stateParty, french: ("Canada", .masculine)),
        .init("Central African Republic", .stateParty, the: true, french: ("République centrafricaine", .feminine)),
        .init("Chad", .stateParty),
        .init("Chile", .stateParty, french: ("Chili", .masculine)),
        .init("Colombia", .stateParty, french: ("Colombie", .feminine)),
        .init("Comoros", .stateParty, the: true),
        .init("Congo", .stateParty),
        .init("Cook Islands", .stateParty, the: true),
        .init("Costa Rica", .stateParty, french: ("Costa Rica", .masculine)),
        .init("Côte d'Ivoire", .stateParty, french: ("Côte d'Ivoire", .feminine)),
        .init("Croatia", .stateParty, french: ("Croatie", .feminine)),
        .init("Cyprus", .stateParty, french: ("Chypre", .bare)),
        .init("Czechia", .stateParty, french: ("Tchéquie", .feminine)),
        .init(
            "Democratic Republic of the Congo", .stateParty, the: true,
            french: ("République démocratique du Congo", .feminine)),
        .init("Denmark", .stateParty, french: ("Danemark", .masculine)),
        .init("Djibouti", .stateParty),
        .init("Dominica", .stateParty),
        .init("Dominican Republic", .stateParty, the: true),
        .init("Ecuador", .stateParty, french: ("Équateur", .elidedMasculine)),
        .init("El Salvador", .stateParty),
        .init("Estonia", .stateParty, french: ("Estonie", .elidedFeminine)),
        .init("Fiji", .stateParty),
        .init("Finland", .stateParty, french: ("Finlande", .feminine)),
        .init("France", .stateParty, french: ("France", .feminine)),
        .init("Gabon", .stateParty),
        .init("Gambia", .stateParty, the: true),
        .init("Georgia", .stateParty, french: ("Géorgie", .feminine)),
        .init("Germany", .stateParty, french: ("Allemagne", .elidedFeminine)),
        .init("Ghana", .stateParty, french: ("Ghana", .masculine)),
        .init("Greece", .stateParty, french: ("Grèce", .feminine)),
        .init("Grenada", .stateParty),
        .init("Guatemala", .stateParty),
        .init("Guinea", .stateParty),
        .init("Guyana", .stateParty),
        .init("Honduras", .stateParty),
        .init("Hungary", .stateParty),
        .init("Iceland", .stateParty, french: ("Islande", .elidedFeminine)),
        .init("Ireland", .stateParty, french: ("Irlande", .elidedFeminine)),
        .init("Italy", .stateParty, french: ("Italie", .elidedFeminine)),
        .init("Japan", .stateParty, french: ("Japon", .masculine)),
        .init("Jordan", .stateParty),
        .init("Kenya", .stateParty, french: ("Kenya", .masculine)),
        .init("Kiribati", .stateParty),
        .init("Latvia", .stateParty, french: ("Lettonie", .feminine)),
        .init("Lesotho", .stateParty),
        .init("Liberia", .stateParty),
        .init("Liechtenstein", .stateParty, french: ("Liechtenstein", .masculine)),
        .init("Lithuania", .stateParty, french: ("Lituanie", .feminine)),
        .init("Luxembourg", .stateParty, french: ("Luxembourg", .masculine)),
        .init("Madagascar", .stateParty),
        .init("Malawi", .stateParty),
        .init("Maldives", .stateParty, the: true),
        .init("Mali", .stateParty, french: ("Mali", .masculine)),
        .init("Malta", .stateParty, french: ("Malte", .bare)),
        .init("Marshall Islands", .stateParty, the: true),
        .init("Mauritius", .stateParty),
        .init("Mexico", .stateParty, french: ("Mexique", .masculine)),
        .init("Mongolia", .stateParty),
        .init("Montenegro", .stateParty),
        .init("Namibia", .stateParty),
        .init("Nauru", .stateParty),
        .init("Netherlands", .stateParty, the: true, french: ("Pays-Bas", .plural)),
        .init("New Zealand", .stateParty, french: ("Nouvelle-Zélande", .feminine)),
        .init("Niger", .stateParty),
        .init("Nigeria", .stateParty, french: ("Nigéria", .masculine)),
        .init("North Macedonia", .stateParty),
        .init("Norway", .stateParty, french: ("Norvège", .feminine)),
        .init("Panama", .stateParty),
        .init("Paraguay", .stateParty),
        .init("Peru", .stateParty, french: ("Pérou", .masculine)),
        .init("Poland", .stateParty, french: ("Pologne", .feminine)),
        .init("Portugal", .stateParty, french: ("Portugal", .masculine)),
        .init("Republic of Korea", .stateParty, the: true, french: ("République de Corée", .feminine)),
        .init("Republic of Moldova", .stateParty),
        .init("Romania", .stateParty),
        .init("Saint Kitts and Nevis", .stateParty),
        .init("Saint Lucia", .stateParty),
        .init("Saint Vincent and the Grenadines", .stateParty),
        .init("Samoa", .stateParty),
        .init("San Marino", .stateParty),
        .init("Senegal", .stateParty, french: ("Sénégal", .masculine)),
        .init("Serbia", .stateParty),
        .init("Seychelles", .stateParty),
        .init("Sierra Leone", .stateParty, french: ("Sierra Leone", .feminine)),
        .init("Slovakia", .stateParty),
        .init("Slovenia", .stateParty, french: ("Slovénie", .feminine)),
        .init("South Africa", .stateParty, french: ("Afrique du Sud", .elidedFeminine)),
        .init("Spain", .stateParty, french: ("Espagne", .elidedFeminine)),
        .init("State of Palestine", .stateParty, the: true, french: ("État de Palestine", .elidedFeminine)),
        .init("Suriname", .stateParty),
        .init("Sweden", .stateParty, french: ("Suède", .feminine)),
        .init("Switzerland", .stateParty, french: ("Suisse", .feminine)),
        .init("Tajikistan", .stateParty),
        .init("Timor-Leste", .stateParty),
        .init("Trinidad and Tobago", .stateParty),
        .init("Tunisia", .stateParty, french: ("Tunisie", .feminine)),
        .init("Uganda", .stateParty, french: ("Ouganda", .elidedMasculine)),
        .init("Ukraine", .stateParty, french: ("Ukraine", .elidedFeminine)),
        .init("United Kingdom", .stateParty, the: true, french: ("Royaume-Uni", .masculine)),
        .init("United Republic of Tanzania", .stateParty, the: true),
        .init("Uruguay", .stateParty, french: ("Uruguay", .elidedMasculine)),
        .init("Vanuatu", .stateParty),
        .init("Venezuela", .stateParty),
        .init("Zambia", .stateParty),
        // The Court's organs and frequent observers.
        .init("Presidency of the Court", .participant, the: true, french: ("Présidence de la Cour", .feminine)),
        .init("Office of the Prosecutor", .participant, the: true, french: ("Bureau du Procureur", .masculine)),
        .init("Registry", .participant, the: true, french: ("Greffe", .masculine)),
        .init("Trust Fund for Victims", .participant, the: true, french: ("Fonds au profit des victimes", .masculine)),
        .init("European Union", .participant, the: true, french: ("Union européenne", .elidedFeminine)),
        .init("United Nations", .participant, the: true, french: ("Organisation des Nations Unies", .elidedFeminine)),
        .init("INTERPOL", .participant, french: ("INTERPOL", .bare)),
        .init("African Union", .participant),
        .init("Organization of American States", .participant),
        .init(
            "Coalition for the International Criminal Court", .participant, the: true,
            french: ("Coalition pour la Cour pénale internationale", .feminine)),
        .init(
            "International Federation for Human Rights", .participant,
            french: ("Fédération internationale pour les droits humains", .feminine)),
        .init("Amnesty International", .participant),
        .init("Human Rights Watch", .participant),
        .init("International Committee of the Red Cross", .participant),
        .init("President of the Assembly", .participant, the: true),
        .init("Bureau of the Assembly", .participant, the: true),
        // Other spellings and names, for the call line only (not offered as completions).
        .init("Philippines", .otherName, the: true),
        .init("Bahamas", .otherName, the: true),
        .init("United States", .otherName, the: true),
        .init("Czech Republic", .otherName, the: true, french: ("République tchèque", .feminine)),
        .init("Solomon Islands", .otherName, the: true),
        .init("Plurinational State of Bolivia", .otherName, the: true),
        .init("Presidency", .otherName, the: true, french: ("Présidence", .feminine)),
        .init("International Criminal Court", .otherName, the: true),
        .init("Belgique", .otherName, french: ("Belgique", .feminine)),
        .init("The Netherlands", .otherName, french: ("Pays-Bas", .plural)),
        .init("FIDH", .otherName, french: ("FIDH", .feminine)),
    ]
}
