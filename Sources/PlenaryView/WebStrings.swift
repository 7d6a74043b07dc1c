// The words only the web pages of `plenary serve` say, beside the console's `Strings`
// and the room display's `DisplayStrings` (whose stage words, phases and labels the
// pages reuse, so every screen names a stage the same way).
import PlenaryCore

/// What only the web pages say, in one language.
public struct WebStrings: Sendable {
    public var speakerPage: String
    public var chairPage: String
    public var listPage: String
    public var reportPage: String
    public var floor: String
    public var after: String
    public var drift: String
    public var timeOfDay: String
    public var estimated: String
    /// The list's column of each speaker's own limit (the registration file's `limit`/`durée`).
    public var limit: String
    public var status: String
    public var delegation: String
    public var order: String
    /// The console's P(on time) on the chair's page, what it means, and the figure.
    public var onTime: String
    public var onTimeMeaning: @Sendable (_ runs: Int) -> String
    public var percent: @Sendable (Int) -> String
    /// Said after 3 s without a heartbeat from the server.
    public var reconnecting: String
    /// What `plenary serve` prints above the addresses.
    public var open: String
    /// Printed when it listens on this machine only.
    public var localOnly: String
    /// Stands for the machine's address when it listens on every address.
    public var anyAddress: String

    public static func of(_ language: Language) -> WebStrings {
        switch language {
        case .english: .english
        case .french: .french
        }
    }

    public static let english = WebStrings(
        speakerPage: "Speaker", chairPage: "Chair", listPage: "List of speakers", reportPage: "Report",
        floor: "Floor", after: "After", drift: "Drift", timeOfDay: "Time", estimated: "Estimated time", limit: "Limit",
        status: "Status", delegation: "Delegation", order: "No.", onTime: "P(on time)",
        onTimeMeaning: {
            "P(on time): the chance that the session closes by its planned end, from \($0) simulated "
                + "finishes of the session from now, as on the console."
        },
        percent: { "\($0)%" },
        reconnecting: "connection lost, reconnecting", open: "Open in a browser on this network:",
        localOnly: "(this machine only: --bind ADDRESS:PORT to reach it from the room's network)",
        anyAddress: "THIS-MACHINE'S-ADDRESS")

    public static let french = WebStrings(
        speakerPage: "Orateur", chairPage: "Présidence", listPage: "Liste des orateurs", reportPage: "Rapport",
        floor: "Parole", after: "Ensuite", drift: "Écart", timeOfDay: "Heure", estimated: "Heure estimée",
        limit: "Durée",
        status: "Statut", delegation: "Délégation", order: "No", onTime: "P(à l'heure)",
        onTimeMeaning: {
            "P(à l'heure) : la probabilité que la séance soit close à la fin prévue, d'après \($0) fins "
                + "simulées de la séance à partir de maintenant, comme sur la console."
        },
        percent: { "\($0) %" },
        reconnecting: "connexion perdue, reconnexion", open: "Ouvrir dans un navigateur sur ce réseau :",
        localOnly: "(cette machine seulement : --bind ADRESSE:PORT pour l'ouvrir depuis le réseau de la salle)",
        anyAddress: "ADRESSE-DE-CETTE-MACHINE")
}
