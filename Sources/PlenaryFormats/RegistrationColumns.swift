// The columns of a registration file and the words that name them, in English and
// French, as the secretariat's spreadsheets head them. Matching ignores case, accents
// and spacing, so "Délégation", "DELEGATION" and "delegation " are one column.
import FoundationEssentials
import PlenaryCore

/// A column Plenary reads from a registration file.
public enum Column: String, Sendable, Hashable, Codable, CaseIterable {
    case received, segment, delegation, speaker, category, email, order, note
    /// The length of the written statement, in words (for rehearsals and forecasts).
    case words
    /// The speaker's own limit (m:ss or seconds), over the plan's for the category or segment.
    case limit
    /// A joint statement: the delegations and groups it is also made for, separated by `;`.
    case onBehalfOf = "on behalf of"

    /// Without these a row cannot be placed on the list.
    public static let required: [Column] = [.received, .segment, .delegation]

    /// The header words accepted for the column (compared folded, see `Column.key`): the
    /// one table of them, as the secretariat's own sheets (Excel, LibreOffice), Google
    /// Forms and Microsoft Forms head them, in English and French. The first is the
    /// column's name; docs/registration-format.md lists the others (a test compares).
    public var names: [String] {
        switch self {
        case .received:
            [
                "received", "reçu", "reçu le", "date received", "date de réception", "timestamp", "horodateur",
                "horodatage", "completion time", "heure de fin",
            ]
        case .segment: ["segment"]
        case .delegation: ["delegation", "délégation", "delegation name", "nom de la délégation", "country", "pays"]
        case .speaker: ["speaker", "orateur", "oratrice", "intervenant", "intervenante", "name", "nom"]
        case .category: ["category", "catégorie"]
        case .email:
            [
                "email", "e-mail", "courriel", "email address", "adresse e-mail", "adresse électronique",
                "adresse courriel", "adresse de messagerie",
            ]
        case .order: ["order", "ordre"]
        case .note: ["note", "remarque", "notes", "remarques", "comment", "commentaire"]
        case .words: ["words", "mots", "word count", "nombre de mots"]
        case .limit: ["limit", "durée", "time limit", "temps de parole", "limite", "speaking time"]
        case .onBehalfOf: ["on behalf of", "au nom de"]
        }
    }

    /// The column a header cell names, if any.
    public init?(header: String) {
        guard let c = Column.byKey[Column.key(header)] else { return nil }
        self = c
    }

    /// Every accepted header word, folded once.
    private static let byKey: [String: Column] = {
        var out: [String: Column] = [:]
        for column in allCases {
            for name in column.names { out[key(name)] = column }
        }
        return out
    }()

    /// Header words folded for comparison: NFC, lower case, no accents, no spaces or hyphens.
    static func key(_ text: String) -> String {
        SafeText.foldedKey(text).filter { $0 != "-" && $0 != "_" }
    }

    /// "received/reçu, segment, delegation/délégation, ..." for hints.
    public static var summary: String {
        allCases.map { $0.names.prefix(2).joined(separator: "/") }.joined(separator: ", ")
    }
}

extension PlenaryCore.Category {
    /// Reads a category as a spreadsheet writes it, in English or French; empty is `.other`.
    public init?(registration text: String) {
        if text.isEmpty {
            self = .other
            return
        }
        guard let hit = Self.words[text.lowercased()] ?? Self.words[Column.key(text)] else { return nil }
        self = hit
    }

    /// Folded once: folding is costly and every row has a category.
    private static let words: [String: PlenaryCore.Category] = {
        let table: [(PlenaryCore.Category, [String])] = [
            (.stateParty, ["state party", "states party", "État partie", "États parties"]),
            (.observerState, ["observer state", "observer", "État observateur", "observateur"]),
            (.court, ["court", "cour", "organ of the Court", "organe de la Cour", "ICC", "CPI"]),
            (
                .internationalOrganization,
                ["international organization", "international organisation", "organisation internationale", "IO", "OI"]
            ),
            (.civilSociety, ["civil society", "société civile", "NGO", "ONG"]),
            (.other, ["other", "autre"]),
        ]
        var out: [String: PlenaryCore.Category] = [:]
        for (category, names) in table {
            // As written (the common case, no folding needed) and folded.
            for name in names {
                out[name.lowercased()] = category
                out[Column.key(name)] = category
            }
        }
        return out
    }()
}

/// How the header of a CSV file maps to columns, and what was wrong with it.
struct HeaderMap {
    /// Field index for each recognised column (the first cell naming it).
    var index: [Column: Int] = [:]
    var width = 0
    var diagnostics: [Diagnostic] = []

    var missing: [Column] { Column.required.filter { index[$0] == nil } }

    init(_ header: CSVRecord, file: String) {
        width = header.fields.count
        for (n, field) in header.fields.enumerated() {
            let name = field.text
            guard let column = Column(header: name) else {
                if !name.trimming(.spaces).isEmpty {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: field.position.line, column: field.position.column,
                            warning: .unknownColumn, excerpt: SafeText.excerpt(name)))
                }
                continue
            }
            if let first = index[column] {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: field.position.line, column: field.position.column, severity: .error,
                        message: "column \(column.rawValue) appears twice (first in field \(first + 1))",
                        excerpt: SafeText.excerpt(name), hint: "delete or rename one of the two columns"))
                continue
            }
            index[column] = n
        }
        if !missing.isEmpty {
            diagnostics.append(
                Diagnostic(
                    file: file, line: header.line, column: 1, severity: .error,
                    message: "the header has no \(missing.map(\.rawValue).joined(separator: ", ")) column",
                    excerpt: SafeText.excerpt(header.fields.map(\.text).joined(separator: " | ")),
                    hint: "the first row must name received, segment and delegation (English or French); "
                        + "known columns: \(Column.summary)"))
        }
    }
}
