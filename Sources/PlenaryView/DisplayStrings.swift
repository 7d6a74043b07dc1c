// The room display's own words, beside the console's `Strings` (whose stage words,
// phases and labels the display reuses so both screens name a stage the same way).
import PlenaryCore

/// What only the room display says, in one language.
public struct DisplayStrings: Sendable {
    public var waiting: String
    public var following: @Sendable (String) -> String
    /// The journal followed does not exist yet.
    public var toBeCreated: @Sendable (String) -> String
    public var unreadable: String
    /// "ended 12:58:30 (planned 13:00)".
    public var ended: @Sendable (String, String) -> String
    /// "14 interventions · 3 over time".
    public var interventions: @Sendable (Int, Int) -> String
    public var spoken: @Sendable (String) -> String
    public var rehearsal: String

    public static func of(_ language: Language) -> DisplayStrings {
        switch language {
        case .english: .english
        case .french: .french
        }
    }

    public static let english = DisplayStrings(
        waiting: "WAITING FOR THE SESSION", following: { "following \($0)" },
        toBeCreated: { "waiting for \($0) to be created" }, unreadable: "JOURNAL UNREADABLE",
        ended: { actual, planned in "ended \(actual) (planned \(planned))" },
        interventions: { n, over in "\(n) intervention\(n == 1 ? "" : "s") · \(over) over time" },
        spoken: { "\($0) spoken" }, rehearsal: "REHEARSAL")

    public static let french = DisplayStrings(
        waiting: "EN ATTENTE DE LA SÉANCE", following: { "journal suivi : \($0)" },
        toBeCreated: { "en attente de la création de \($0)" }, unreadable: "JOURNAL ILLISIBLE",
        ended: { actual, planned in "levée à \(actual) (prévue à \(planned))" },
        interventions: { n, over in "\(n) intervention\(n == 1 ? "" : "s") · \(over) hors délai" },
        spoken: { "\($0) de parole" }, rehearsal: "RÉPÉTITION")
}
