// The delegations Plenary knows by name, in one table: every UN member and observer
// State, the Court's organs, the Assembly's, and the usual international and
// non-governmental organizations, each under every spelling lists use (the UN's
// inverted forms "Netherlands (Kingdom of the)", "Korea, Republic of" among them).
// The table says which are States Parties (a walk-in's category), which name
// completion offers, and how each spelling reads in the chair's call line: the English
// "the", and the French name with its article, gender and number.
//
// The rows are data, reviewed in `data/delegations.tsv`; `scripts/generate-delegations.py`
// writes them into `KnownDelegations+Table.swift`, so the core reads no file at run time.
// A name not in the table is still welcome everywhere (see `CallLine`).

/// One spelling of a delegation the table knows.
public struct KnownDelegation: Sendable, Hashable {
    /// What the delegation is: it decides whether the call line speaks of a delegation.
    public enum Kind: Sendable, Hashable {
        case memberState, observerState, otherState
        case courtOrgan, assemblyOrgan
        case organization, nonGovernmental

        /// States are called as delegations when unknown; organizations by their name.
        public var isState: Bool { self == .memberState || self == .observerState || self == .otherState }
    }

    /// The delegation this spelling names: an ISO 3166 code for a State, a short tag otherwise.
    public let code: String
    public let kind: Kind
    /// A State Party to the Rome Statute: a walk-in from it is a state party.
    public let isStateParty: Bool
    /// The name as lists write it (in English, or the other spelling).
    public let name: String
    /// The English call line reads "the" before it ("the Netherlands", "the Registry").
    let readsWithThe: Bool
    /// How the French call line names it.
    public let french: FrenchName

    init(
        _ code: String, _ kind: Kind, party: Bool, _ name: String, the: Bool, _ french: String,
        _ article: FrenchName.Article, _ gender: FrenchName.Gender, _ number: FrenchName.Number
    ) {
        self.code = code
        self.kind = kind
        self.isStateParty = party
        self.name = name
        self.readsWithThe = the
        self.french = FrenchName(name: french, article: article, gender: gender, number: number)
    }
}

public enum KnownDelegations {
    /// The names the podium offers when a walk-in's delegation is typed, one per
    /// delegation (its first row): the States, then the Court's organs, the
    /// organizations and the Assembly's organs. The session's own list comes first there.
    public static let names: [String] = mainNames.map(\.name)

    /// Every spelling of the delegation `name` is one of, English and French, so that
    /// completion finds "Netherlands" from "Pays-B" or from "Kingdom of the".
    public static func spellings(of name: String) -> [String] {
        guard let code = named(name)?.code else { return [] }
        var seen = Set<String>()
        return (spellingsByCode[code] ?? []).filter { seen.insert($0.lowercased()).inserted }
    }

    /// How a text in `language` names the delegation, without an article: the table's
    /// French name in French ("Pays-Bas (Royaume des)"), else the name as written.
    public static func name(_ delegation: String, in language: Language) -> String {
        switch language {
        case .english: delegation
        case .french: named(delegation)?.french.name ?? delegation
        }
    }

    /// Whether `name` is a spelling of a State Party's name.
    public static func isStateParty(_ name: String) -> Bool { named(name)?.isStateParty == true }

    /// The entry for a name, ignoring case and which apostrophe it is written with
    /// ("Côte d’Ivoire" is "Côte d'Ivoire").
    public static func named(_ name: String) -> KnownDelegation? { byKey[key(name)] }

    private static func key(_ name: String) -> String {
        String(name.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    }

    private static let mainNames: [KnownDelegation] = {
        var seen = Set<String>()
        return table.filter { seen.insert($0.code).inserted }
    }()

    private static let spellingsByCode: [String: [String]] = Dictionary(
        grouping: table.flatMap { [($0.code, $0.name), ($0.code, $0.french.name)] }, by: \.0
    ).mapValues { $0.map(\.1) }

    /// Every spelling the table lists, then each French name not already a spelling, so
    /// a list written in French ("Sénégal", "Suisse") is called as the English one is.
    private static let byKey: [String: KnownDelegation] = {
        var out = Dictionary(table.map { (key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        for d in table where out[key(d.french.name)] == nil { out[key(d.french.name)] = d }
        return out
    }()
}
