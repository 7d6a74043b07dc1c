// Every word an export writes, in one table per language (`export --lang`). Adding a
// language is adding one `ExportWords` value; the formats hold no words of their own.
// JSON keys and codes are not words: they are the schema, the same in every language.
import PlenaryCore

/// The words of the actual-times log in one language.
public struct ExportWords: Sendable {
    var language: Language
    /// The statuses of a turn, as a reader of the log says them.
    var status: @Sendable (TurnStatus) -> String
    var kind: @Sendable (SpeakerKind) -> String
    var noReasonGiven: String
    var none: String

    // The lines every format opens with.
    var actualTimes: @Sendable (String) -> String
    var rehearsalMark: String
    var rehearsalNote: String
    var finalRecord: @Sendable (String) -> String
    var provisionalRecord: @Sendable (String) -> String
    /// The day, then the plan's time zone: "2023-12-08 (Europe/Amsterdam, times are local)".
    var dateLine: @Sendable (String, String) -> String

    // The report's tables (Markdown and HTML).
    var segmentName: @Sendable (String) -> String
    var sessionName: String
    /// The chair's timed opening or closing, as a row of the periods tables.
    var chairPeriodName: @Sendable (ChairPart) -> String
    var periodsTitle: String
    var periodsNote: String
    var periodsHeader: [String]
    /// Count, total, largest.
    var overruns: @Sendable (Int, String, String) -> String
    var segmentTitle: @Sendable (String, String) -> String
    var segmentNote: @Sendable (String) -> String
    var interventionsHeader: [String]
    var walkInMark: String
    var delegationsTitle: String
    var delegationsNote: String
    var delegationsHeader: [String]

    // The timeline chart.
    var timeline: String
    var timelineTitle: String
    var legendPlanned, legendActual, legendOverrun, legendSegments: String
    /// Spoken, limit.
    var spoke: @Sendable (String, String) -> String
    var overrunBy: @Sendable (String) -> String
    var outsideChart: String
    /// The planned start and the actual opening, as clock times, and how late.
    var openedLate: @Sendable (String, String, String) -> String
    /// First time, last time, the chart's window start and end (dates and times), rows outside.
    var clipped: @Sendable (String, String, String, String, Int) -> String

    // The CSV tables' column names (tools read the English ones; docs/export.md lists them).
    var rehearsalColumn: String
    var rehearsalCell: String
    var salvagedColumn: String
    var salvagedCell: String
    var interventionsColumns: [String]
    var periodsColumns: [String]
    var delegationsColumns: [String]
    /// The whole-seconds column the `--excel` CSV puts after each duration column.
    var secondsColumn: @Sendable (String) -> String

    // What the journal says about the record (`export` passes these as remarks).
    public var stillBeingWritten: String
    /// Path, last record, reason.
    public var continues: @Sendable (String, Int, String) -> String
    /// When, bytes, the copy's path.
    public var repaired: @Sendable (String, Int, String) -> String
    public var resumedAfterRestart: @Sendable (String) -> String
    public var tornTail: @Sendable (Int) -> String
    /// `export --salvage` of a damaged journal: the damaged line, its reason, the records kept.
    public var salvaged: @Sendable (Int, String, Int) -> String

    public static func of(_ language: Language) -> ExportWords {
        switch language {
        case .english: .english
        case .french: .french
        }
    }
}

extension ExportWords {
    static let english = ExportWords(
        language: .english,
        status: { s in
            switch s {
            case .spoke: "spoke"
            case .skippedThenSpoke: "skipped then spoke"
            case .absent: "absent"
            case .withdrawn: "withdrawn"
            case .inWriting: "submitted in writing"
            case .notReached: "not reached"
            case .waiting: "waiting"
            case .called: "called"
            case .onFloor: "on the floor"
            }
        },
        kind: { k in
            switch k {
            case .registered: "registered"
            case .walkIn: "walk-in"
            case .reply: "right of reply"
            }
        },
        noReasonGiven: "no reason given", none: "none",
        actualTimes: { "Actual times: \($0)" }, rehearsalMark: "REHEARSAL — ",
        rehearsalNote: "REHEARSAL with simulated speakers: not the record of a real session.",
        finalRecord: { "Final record: the session was closed at \($0)." },
        provisionalRecord: { "Provisional record: the session was not closed; times run to \($0)." },
        dateLine: { day, zone in "\(day) (\(zone), times are local)" },
        segmentName: { "Segment \($0)" }, sessionName: "Session",
        chairPeriodName: { $0 == .opening ? "Opening by the chair" : "Closing by the chair" },
        periodsTitle: "Planned and actual",
        periodsNote: "Gaps: from one intervention's end (or the segment's start) to the next floor. "
            + "Walks: from calling a speaker to giving the floor.",
        periodsHeader: [
            "", "Planned", "Actual", "End vs plan", "Interventions", "Speaking", "Gaps between speakers",
            "Walks to the microphone", "Overruns", "Not reached",
        ],
        overruns: { n, total, largest in "\(n), total \(total), largest \(largest)" },
        segmentTitle: { id, title in "Segment \(id): \(title)" },
        segmentNote: { "Limit \($0) per intervention; speaking time excludes pauses." },
        interventionsHeader: [
            "#", "Speaker", "Status", "Planned", "Called", "Floor", "Ended", "Spoke", "Pauses", "Limit",
            "Extensions", "Overrun",
        ],
        walkInMark: " (walk-in)",
        delegationsTitle: "Equal treatment",
        delegationsNote:
            "Per delegation: the time allotted under the rule, the time used, extensions granted and overruns.",
        delegationsHeader: ["Delegation", "Interventions", "Allotted", "Used", "Extensions", "Overruns"],
        timeline: "Timeline", timelineTitle: "Planned and actual floor time per intervention",
        legendPlanned: "planned at the opening", legendActual: "floor given to end", legendOverrun: "overrun",
        legendSegments: "planned segment start and end",
        spoke: { t, limit in "spoke \(t) of \(limit)" }, overrunBy: { "overrun +\($0)" },
        outsideChart: "outside the chart",
        openedLate: { planned, opened, late in
            "The session opened at \(opened), \(late) after its planned start (\(planned)): "
                + "the chart spans the session as held."
        },
        clipped: { first, last, from, to, n in
            "The recorded times run from \(first) to \(last), too far apart to draw: the chart shows "
                + "\(from) to \(to), where most of them lie"
                + (n == 0 ? "." : "; \(n) intervention\(n == 1 ? " lies" : "s lie") partly or wholly outside it.")
        },
        rehearsalColumn: "rehearsal", rehearsalCell: "REHEARSAL",
        salvagedColumn: "salvaged", salvagedCell: "SALVAGED",
        interventionsColumns: [
            "segment", "order", "speaker_id", "delegation", "speaker", "kind", "status",
            "planned_start", "planned_end", "called_at", "floor_given_at", "ended_at",
            "speaking_time", "pauses", "paused_total", "limit", "extensions", "extension_total",
            "overrun", "start_corrected_from", "walk_to_microphone", "gap_between_speakers",
        ],
        periodsColumns: [
            "period", "planned_start", "actual_start", "planned_end", "actual_end", "interventions",
            "speaking_total", "paused_total", "gap_between_speakers_total", "overrun_count", "overrun_total",
            "overrun_largest", "not_reached", "walk_to_microphone_total",
        ],
        delegationsColumns: [
            "delegation", "interventions", "allotted", "used", "extensions", "extension_total",
            "overruns", "overrun_total",
        ],
        secondsColumn: { "\($0)_seconds" },
        stillBeingWritten: "This journal is still being written by a running console: "
            + "the log runs to its last durable record.",
        continues: { path, seq, reason in "This journal continues \(path) after record \(seq): \(reason)" },
        repaired: { when, n, copy in
            "At \(when) an incomplete last record (\(n) bytes, never acknowledged) was cut off; it is kept in \(copy)."
        },
        resumedAfterRestart: {
            "At \($0) the session resumed after the computer restarted: "
                + "times spanning the restart are reconstructed from the wall clock."
        },
        tornTail: { "The journal ends in an incomplete record (\($0) bytes, never acknowledged), left out here." },
        salvaged: { line, reason, records in
            "SALVAGED: the journal is damaged at line \(line) (\(reason)); this log holds only the \(records) "
                + "intact records before it, and what followed is missing."
        })

    static let french = ExportWords(
        language: .french,
        status: { s in
            switch s {
            case .spoke: "a parlé"
            case .skippedThenSpoke: "reporté, puis a parlé"
            case .absent: "absent"
            case .withdrawn: "retiré"
            case .inWriting: "déclaration écrite"
            case .notReached: "non atteint"
            case .waiting: "en attente"
            case .called: "appelé"
            case .onFloor: "à la parole"
            }
        },
        kind: { k in
            switch k {
            case .registered: "inscrit"
            case .walkIn: "en séance"
            case .reply: "droit de réponse"
            }
        },
        noReasonGiven: "sans motif", none: "aucun",
        actualTimes: { "Temps effectifs : \($0)" }, rehearsalMark: "RÉPÉTITION — ",
        rehearsalNote: "RÉPÉTITION avec des orateurs simulés : ce n'est pas le relevé d'une séance réelle.",
        finalRecord: { "Relevé définitif : la séance a été close à \($0)." },
        provisionalRecord: { "Relevé provisoire : la séance n'a pas été close ; les temps vont jusqu'à \($0)." },
        dateLine: { day, zone in "\(day) (\(zone), heures locales)" },
        segmentName: { "Segment \($0)" }, sessionName: "Séance",
        chairPeriodName: { $0 == .opening ? "Ouverture par la présidence" : "Clôture par la présidence" },
        periodsTitle: "Prévu et effectif",
        periodsNote: "Intervalles : de la fin d'une intervention (ou du début du segment) à la parole suivante. "
            + "Trajets : de l'appel d'un orateur à la parole.",
        periodsHeader: [
            "", "Prévu", "Effectif", "Fin / prévu", "Interventions", "Temps de parole", "Intervalles entre orateurs",
            "Trajets jusqu'au micro", "Dépassements", "Non atteints",
        ],
        overruns: { n, total, largest in "\(n), total \(total), le plus long \(largest)" },
        segmentTitle: { id, title in "Segment \(id) : \(title)" },
        segmentNote: { "Limite de \($0) par intervention ; le temps de parole exclut les pauses." },
        interventionsHeader: [
            "n°", "Orateur", "Statut", "Prévu", "Appelé", "Parole", "Fin", "Parlé", "Pauses", "Limite",
            "Prolongations", "Dépassement",
        ],
        walkInMark: " (en séance)",
        delegationsTitle: "Égalité de traitement",
        delegationsNote: "Par délégation : le temps alloué selon la règle, le temps utilisé, les prolongations "
            + "accordées et les dépassements.",
        delegationsHeader: ["Délégation", "Interventions", "Alloué", "Utilisé", "Prolongations", "Dépassements"],
        timeline: "Chronologie", timelineTitle: "Temps de parole prévu et effectif par intervention",
        legendPlanned: "prévu à l'ouverture", legendActual: "de la parole à la fin", legendOverrun: "dépassement",
        legendSegments: "début et fin prévus des segments",
        spoke: { t, limit in "a parlé \(t) sur \(limit)" }, overrunBy: { "dépassement +\($0)" },
        outsideChart: "hors du graphique",
        openedLate: { planned, opened, late in
            "La séance a été ouverte à \(opened), \(late) après l'heure prévue (\(planned)) : "
                + "le graphique couvre la séance telle qu'elle s'est tenue."
        },
        clipped: { first, last, from, to, n in
            "Les heures enregistrées vont du \(first) au \(last), trop éloignées pour être tracées : le graphique "
                + "montre la période du \(from) au \(to), où se trouvent la plupart d'entre elles"
                + (n == 0
                    ? "."
                    : " ; \(n) intervention\(n == 1 ? " est" : "s sont") en tout ou partie en dehors.")
        },
        rehearsalColumn: "répétition", rehearsalCell: "RÉPÉTITION",
        salvagedColumn: "récupéré", salvagedCell: "RÉCUPÉRÉ",
        interventionsColumns: [
            "segment", "ordre", "id_orateur", "délégation", "orateur", "type", "statut",
            "début_prévu", "fin_prévue", "appelé_à", "parole_à", "fin_à",
            "temps_de_parole", "pauses", "durée_des_pauses", "limite", "prolongations", "durée_des_prolongations",
            "dépassement", "début_corrigé_depuis", "trajet_jusqu_au_micro", "intervalle_entre_orateurs",
        ],
        periodsColumns: [
            "période", "début_prévu", "début_effectif", "fin_prévue", "fin_effective", "interventions",
            "temps_de_parole_total", "durée_des_pauses", "intervalles_entre_orateurs_total", "dépassements",
            "dépassement_total", "dépassement_le_plus_long", "non_atteints", "trajets_jusqu_au_micro_total",
        ],
        delegationsColumns: [
            "délégation", "interventions", "alloué", "utilisé", "prolongations", "durée_des_prolongations",
            "dépassements", "dépassement_total",
        ],
        secondsColumn: { "\($0)_secondes" },
        stillBeingWritten: "Ce journal est encore en cours d'écriture par une console ouverte : "
            + "le relevé va jusqu'à son dernier enregistrement durable.",
        continues: { path, seq, reason in
            "Ce journal fait suite à \(path) après l'enregistrement \(seq) : \(reason)"
        },
        repaired: { when, n, copy in
            "À \(when), un dernier enregistrement incomplet (\(n) octets, jamais confirmé) a été retiré ; "
                + "il est conservé dans \(copy)."
        },
        resumedAfterRestart: {
            "À \($0), la séance a repris après un redémarrage de l'ordinateur : "
                + "les temps qui l'englobent sont reconstruits d'après l'horloge murale."
        },
        tornTail: {
            "Le journal se termine par un enregistrement incomplet (\($0) octets, jamais confirmé), omis ici."
        },
        salvaged: { line, reason, records in
            "RÉCUPÉRÉ : le journal est endommagé à la ligne \(line) (\(reason)) ; ce relevé ne contient que les "
                + "\(records) enregistrements intacts qui la précèdent, et la suite manque."
        })
}
