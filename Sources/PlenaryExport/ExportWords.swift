// Every word an export writes, in one table per language (`export --lang`). Adding a
// language is adding one `ExportWords` value; the formats hold no words of their own.
// JSON keys and codes are not words: they are the schema, the same in every language.
import PlenaryCore
import PlenaryView

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

    // The rules of procedure. What the room also reads (canned messages, "on behalf of",
    // a reply's number) is `ProcedureStrings`', shared with the console and the display.
    var procedure: ProcedureStrings
    /// The intervention's own facts in the report's last column. Limit, reason:
    var limitChanged: @Sendable (String, String) -> String
    /// The time its clock stood still for points of order.
    var pointOfOrderInside: @Sendable (String) -> String
    var note: @Sendable (String) -> String
    /// A point of order raised without naming the delegation.
    var notNamed: String
    /// A point of order raised with no speaker at the floor, or a message shown to none.
    var noSpeaker: String
    var stillShown: String
    /// The periods table's note, when the meeting was suspended or a point of order raised.
    var periodsMeetingNote: String
    /// The equal-treatment note, when a statement was made on behalf of others.
    var delegationsJointNote: String
    var pointsOfOrderTitle, pointsOfOrderNote: String
    var pointsOfOrderHeader: [String]
    var suspensionsTitle, suspensionsNote: String
    var suspensionsHeader: [String]
    var messagesTitle: String
    var messagesHeader: [String]
    var legendPointOfOrder, legendSuspension: String
    /// Raised by, length.
    var pointOfOrderTip: @Sendable (String, String) -> String
    /// Length, announced length, reason.
    var suspensionTip: @Sendable (String, String, String) -> String
    var pointsOfOrderColumns: [String]
    var suspensionsColumns: [String]
    var messagesColumns: [String]

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
            "Walks to the microphone", "Overruns", "Not reached", "Submitted in writing", "Suspended",
            "Points of order",
        ],
        overruns: { n, total, largest in "\(n), total \(total), largest \(largest)" },
        segmentTitle: { id, title in "Segment \(id): \(title)" },
        segmentNote: { "Limit \($0) per intervention; speaking time excludes pauses." },
        interventionsHeader: [
            "#", "Speaker", "Status", "Planned", "Called", "Floor", "Ended", "Spoke", "Pauses", "Limit",
            "Extensions", "Overrun", "Notes",
        ],
        walkInMark: " (walk-in)",
        delegationsTitle: "Equal treatment",
        delegationsNote:
            "Per delegation: the time allotted under the rule, the time used, extensions granted and overruns.",
        delegationsHeader: [
            "Delegation", "Interventions", "Allotted", "Used", "Extensions", "Overruns", "Statements on its behalf",
        ],
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
            "on_behalf_of", "reply", "limit_change_reason", "point_of_order_time", "notes",
        ],
        periodsColumns: [
            "period", "planned_start", "actual_start", "planned_end", "actual_end", "interventions",
            "speaking_total", "paused_total", "gap_between_speakers_total", "overrun_count", "overrun_total",
            "overrun_largest", "not_reached", "walk_to_microphone_total",
            "in_writing", "suspended_total", "points_of_order", "point_of_order_total",
        ],
        delegationsColumns: [
            "delegation", "interventions", "allotted", "used", "extensions", "extension_total",
            "overruns", "overrun_total", "statements_on_its_behalf",
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
        },
        procedure: .english,
        limitChanged: { limit, reason in "limit changed to \(limit): \(reason)" },
        pointOfOrderInside: { "clock stopped \($0) for a point of order" }, note: { "note: \($0)" },
        notNamed: "not named", noSpeaker: "none (the floor was free)", stillShown: "still shown",
        periodsMeetingNote: "Suspended: the meeting's time while suspended, which is no speaker's. "
            + "Points of order: their number and total time; one raised during an intervention stopped the "
            + "speaker's clock, one raised with the floor free is the meeting's time.",
        delegationsJointNote: "A joint statement counts for each delegation it was made on behalf of: "
            + "it is in their statements on its behalf; its time is the speaking delegation's.",
        pointsOfOrderTitle: "Points of order",
        pointsOfOrderNote: "Each point of order, and the speaker whose clock it stopped until the President ruled.",
        pointsOfOrderHeader: [
            "Segment", "Raised", "Raised by", "Speaker interrupted", "Ended", "Length", "Limit",
            "Overrun",
        ],
        suspensionsTitle: "Suspensions of the meeting",
        suspensionsNote: "Time no speaker used: the session's drift includes it.",
        suspensionsHeader: ["Segment", "Suspended", "Announced", "Resumed", "Length", "Reason"],
        messagesTitle: "Messages to the speaker",
        messagesHeader: ["Shown", "Cleared", "Speaker", "Message"],
        legendPointOfOrder: "point of order", legendSuspension: "suspension",
        pointOfOrderTip: { by, length in "Point of order (\(by)): \(length)" },
        suspensionTip: { length, announced, reason in
            "Meeting suspended \(length) (announced \(announced)): \(reason)"
        },
        pointsOfOrderColumns: [
            "segment", "raised_at", "ended_at", "raised_by", "interrupted_speaker_id", "interrupted_delegation",
            "length", "limit", "overrun",
        ],
        suspensionsColumns: ["segment", "suspended_at", "announced", "resumed_at", "length", "reason"],
        messagesColumns: ["shown_at", "cleared_at", "speaker_id", "delegation", "message", "canned"])

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
            "Trajets jusqu'au micro", "Dépassements", "Non atteints", "Déclarations écrites", "Temps de suspension",
            "Motions d'ordre",
        ],
        overruns: { n, total, largest in "\(n), total \(total), le plus long \(largest)" },
        segmentTitle: { id, title in "Segment \(id) : \(title)" },
        segmentNote: { "Limite de \($0) par intervention ; le temps de parole exclut les pauses." },
        interventionsHeader: [
            "n°", "Orateur", "Statut", "Prévu", "Appelé", "Parole", "Fin", "Parlé", "Pauses", "Limite",
            "Prolongations", "Dépassement", "Observations",
        ],
        walkInMark: " (en séance)",
        delegationsTitle: "Égalité de traitement",
        delegationsNote: "Par délégation : le temps alloué selon la règle, le temps utilisé, les prolongations "
            + "accordées et les dépassements.",
        delegationsHeader: [
            "Délégation", "Interventions", "Alloué", "Utilisé", "Prolongations", "Dépassements",
            "Déclarations en son nom",
        ],
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
            "au_nom_de", "réponse", "motif_de_la_limite", "durée_des_motions_d_ordre", "observations",
        ],
        periodsColumns: [
            "période", "début_prévu", "début_effectif", "fin_prévue", "fin_effective", "interventions",
            "temps_de_parole_total", "durée_des_pauses", "intervalles_entre_orateurs_total", "dépassements",
            "dépassement_total", "dépassement_le_plus_long", "non_atteints", "trajets_jusqu_au_micro_total",
            "déclarations_écrites", "durée_des_suspensions", "motions_d_ordre", "durée_des_motions_d_ordre",
        ],
        delegationsColumns: [
            "délégation", "interventions", "alloué", "utilisé", "prolongations", "durée_des_prolongations",
            "dépassements", "dépassement_total", "déclarations_en_son_nom",
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
        },
        procedure: .french,
        limitChanged: { limit, reason in "limite modifiée à \(limit) : \(reason)" },
        pointOfOrderInside: { "temps arrêté \($0) pour une motion d'ordre" }, note: { "note : \($0)" },
        notNamed: "non précisée", noSpeaker: "aucun (la parole était libre)", stillShown: "toujours affiché",
        periodsMeetingNote: "Suspensions : le temps de la séance pendant qu'elle était suspendue, qui n'est celui "
            + "d'aucun orateur. Motions d'ordre : leur nombre et leur durée totale ; une motion soulevée pendant "
            + "une intervention a arrêté le temps de l'orateur, une motion soulevée parole libre est le temps "
            + "de la séance.",
        delegationsJointNote: "Une déclaration commune compte pour chaque délégation au nom de laquelle elle a été "
            + "faite : elle figure dans ses déclarations en son nom ; son temps est celui de la délégation qui parle.",
        pointsOfOrderTitle: "Motions d'ordre",
        pointsOfOrderNote: "Chaque motion d'ordre, et l'orateur dont elle a arrêté le temps jusqu'à la décision "
            + "de la présidence.",
        pointsOfOrderHeader: [
            "Segment", "Soulevée", "Soulevée par", "Orateur interrompu", "Fin", "Durée",
            "Limite", "Dépassement",
        ],
        suspensionsTitle: "Suspensions de séance",
        suspensionsNote: "Temps qu'aucun orateur n'a utilisé : le retard de la séance l'inclut.",
        suspensionsHeader: ["Segment", "Suspendue", "Annoncée", "Reprise", "Durée", "Motif"],
        messagesTitle: "Messages à l'orateur",
        messagesHeader: ["Affiché", "Retiré", "Orateur", "Message"],
        legendPointOfOrder: "motion d'ordre", legendSuspension: "suspension",
        pointOfOrderTip: { by, length in "Motion d'ordre (\(by)) : \(length)" },
        suspensionTip: { length, announced, reason in
            "Séance suspendue \(length) (annoncée \(announced)) : \(reason)"
        },
        pointsOfOrderColumns: [
            "segment", "soulevée_à", "fin_à", "soulevée_par", "id_orateur_interrompu", "délégation_interrompue",
            "durée", "limite", "dépassement",
        ],
        suspensionsColumns: ["segment", "suspendue_à", "annoncée", "reprise_à", "durée", "motif"],
        messagesColumns: ["affiché_à", "retiré_à", "id_orateur", "délégation", "message", "prédéfini"])
}
