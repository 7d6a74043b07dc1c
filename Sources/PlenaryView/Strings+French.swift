// La console en français (`--lang fr`).
import PlenaryCore

extension Strings {
    public static let french = Strings(
        language: .french,
        speaking: "EN COURS", wrapUp: "CONCLURE", final: "DERNIÈRES SECONDES", time: "TEMPS ÉCOULÉ",
        overrun: { "DÉPASSEMENT \($0)" }, paused: "EN PAUSE", left: "restant", over: "de dépassement",
        onTheFloor: "À LA PAROLE", called: "APPELÉ", walking: "se rend au micro",
        floorFree: "PAROLE LIBRE", spaceGives: { "Espace donne la parole : \($0)" },
        next: "SUIVANT", then: "PUIS", noneWaiting: "personne en attente", limit: "limite", extended: "prolongé",
        notOpened: "SÉANCE NON OUVERTE", startsAt: { "début prévu \($0)" },
        pressToStart: "g ouvre la séance : ouverture par la présidence",
        opening: "OUVERTURE PAR LA PRÉSIDENCE", closing: "CLÔTURE PAR LA PRÉSIDENCE", closed: "SÉANCE CLOSE",
        segment: "Segment", session: "Séance", behind: "de retard", ahead: "d'avance", onSchedule: "à l'heure",
        projectedEnd: "fin",
        willNotBeReached: { n, names in
            "À ce rythme, \(n) orateur\(n == 1 ? "" : "s") ne pourr\(n == 1 ? "a" : "ont") pas parler : \(names)"
        },
        suspended: { from, to in "Machine en veille \(from)–\(to) : enregistré ; les temps incluent l'interruption" },
        statusDone: "fait", statusSpeaking: "parole", statusCalled: "appelé", statusWaiting: "attente",
        statusSkipped: "reporté", statusAbsent: "absent", statusWithdrawn: "retiré", walkInMark: "en séance",
        emptyList: "Aucun orateur dans ce segment.",
        tooSmall: { w, h in "terminal trop petit (il faut \(w)×\(h))" },
        notSaved: { "NON ENREGISTRÉ : \($0) — l'action n'a PAS été enregistrée" },
        continuedIn: { "Le journal continue dans \($0) : refaites la dernière action" },
        clockRebuilt: "Redémarrage après extinction : heures reconstruites d'après l'horloge murale. "
            + "Vérifiez-les, puis K",
        clockConfirmed: "Heures reconstruites confirmées", clockNothingToConfirm: "L'horloge n'a rien à confirmer",
        noneToRestore: "Personne de retiré ou d'absent dans ce segment",
        help: "Touches", helpClose: "une touche ferme l'aide",
        confirmYes: "o", confirmHint: "o = oui, autre touche = non",
        formHint: "Entrée suivant/valider · Tab compléter · Échap annuler",
        suggestionHint: "Tab :", done: "Fait", cancelled: "Abandonné",
        happened: { h, name in
            switch h {
            case .opened: "Séance ouverte"
            case .called: "\(name) appelé"
            case .floorGiven: "\(name) a la parole"
            case .paused(let t): "\(name) en pause à \(t)"
            case .resumed: "\(name) reprend la parole"
            case .ended(let t): "\(name) a terminé en \(t)"
            case .skipped: "\(name) reporté en fin de liste"
            case .absent: "\(name) marqué absent"
            case .withdrawn: "\(name) retiré"
            case .restored: "\(name) de retour sur la liste"
            case .added(let n): "\(name) ajouté au n° \(n)"
            case .moved(let n): "\(name) déplacé au n° \(n)"
            case .extended(let amount): "\(name) : \(amount) de plus"
            case .startCorrected(let t): "\(name) : début corrigé à \(t)"
            case .segmentStarted: "\(name) commencé"
            case .closingStarted: "Clôture par la présidence"
            case .closed: "Séance close"
            case .registrationsAdded(let n):
                "\(n) inscription\(n == 1 ? "" : "s") ajoutée\(n == 1 ? "" : "s") en fin de liste"
            case .pointOfOrderRaised(let by, let stopped):
                (by.isEmpty ? "Motion d'ordre" : "Motion d'ordre soulevée par \(by)")
                    + (name.isEmpty ? "" : " : " + ProcedureStrings.french.clockStopped(name, stopped))
            case .pointOfOrderEnded(let after):
                "Fin de la motion d'ordre après \(after)" + (name.isEmpty ? "" : " : \(name) reprend")
            case .replyRequested(let ordinal, let limit, let n, let segment):
                "\(name) : droit de réponse \(ordinal) (\(limit)) ajouté au n° \(n) (\(segment))"
            case .limitChanged(let limit): "\(name) : limite portée à \(limit)"
            case .inWriting: "\(name) : déclaration remise par écrit"
            case .messageShown(let text): "Affiché pour l'orateur : \(text)"
            case .messageCleared: "Message à l'orateur effacé"
            case .meetingSuspended(let length, let at): "Séance suspendue pour \(length) : reprise à \(at)"
            case .meetingResumed(let after): "Reprise de la séance après \(after)"
            case .noteAdded: "Note ajoutée pour \(name)"
            }
        },
        actions: { a in
            switch a {
            case .floor: "donner la parole / terminer"
            case .pause: "pause / reprise"
            case .callNext: "appeler le suivant"
            case .skip: "reporter (fin de liste)"
            case .extend: "prolonger du temps prévu par le programme"
            case .extendWithReason: "prolonger : durée et motif"
            case .undo: "annuler (demande si quelqu'un a la parole)"
            case .redo: "rétablir ce que l'annulation a retiré"
            case .walkIn: "ajouter un orateur"
            case .move: "déplacer un orateur"
            case .correctStart: "corriger l'heure de début"
            case .nextSegment: "segment suivant"
            case .withdraw: "retirer un orateur"
            case .absent: "marquer absent"
            case .restore: "réintégrer le dernier retiré ou absent"
            case .acknowledgeClock: "confirmer les heures reconstruites"
            case .registrationWarnings: "lister les avertissements du fichier d'inscription"
            case .closeSession: "clore la séance"
            case .quit: "quitter"
            case .help: "aide"
            case .scrollUp: "liste vers le haut"
            case .scrollDown: "liste vers le bas"
            case .pointOfOrder: "motion d'ordre : soulever/fin"
            case .pointOfOrderNamed: "motion d'ordre : nommer qui"
            case .endPointOfOrder: "mettre fin à la motion d'ordre"
            case .reply: "droit de réponse (1er, 2e)"
            case .changeLimit: "limite d'un orateur"
            case .inWriting: "remise par écrit (demande)"
            case .message: "message à l'orateur / effacer"
            case .suspend: "suspendre / reprendre séance"
            case .note: "note sur une intervention"
            }
        },
        legendLabels: { a in
            switch a {
            case .floor: "parole/fin"
            case .pause: "pause"
            case .callNext: "appeler"
            case .skip: "reporter"
            case .extend: "prolonger"
            case .extendWithReason: "prolonger…"
            case .undo: "annuler"
            case .redo: "rétablir"
            case .nextSegment: "suivant"
            case .closeSession: "clore"
            case .move: "déplacer"
            case .absent: "absent"
            case .walkIn: "ajout"
            case .help: "aide"
            case .quit: "quitter"
            case .pointOfOrder, .pointOfOrderNamed: "motion d'ordre"
            case .endPointOfOrder: "fin de la motion"
            case .reply: "réponse"
            case .changeLimit: "limite"
            case .inWriting: "par écrit"
            case .message: "message"
            case .suspend: "suspendre"
            case .note: "note"
            default: ""
            }
        },
        confirmations: { FrenchPodium.confirmation($0) },
        fields: { f in
            switch f {
            case .delegation: "Délégation"
            case .function: "Fonction"
            case .segment: "Segment"
            case .position: "Position (1 = suivant, vide = fin)"
            case .listNumber: "N° de l'orateur dans la liste"
            case .toPosition: "Nouvelle position (1 = suivant)"
            case .startTime: "Parole donnée à (hh:mm:ss, ou -N secondes)"
            case .amount: "Temps ajouté (secondes, ou m:ss)"
            case .reason: "Motif"
            case .limit: "Nouvelle limite (m:ss, ou secondes)"
            case .message: "1 à 4, ou le texte à afficher"
            case .length: "Durée (minutes, ou m:ss)"
            case .note: "Note"
            }
        },
        forms: { k in
            switch k {
            case .walkIn: "Ajouter un orateur en séance"
            case .move: "Déplacer un orateur en attente"
            case .correctStart: "Corriger le début de l'intervention"
            case .extend: "Prolonger l'intervention"
            case .pointOfOrder: "Motion d'ordre : la délégation qui la soulève (aucune : Entrée)"
            case .reply: "Droit de réponse"
            case .limit: "Changer la limite d'un orateur en attente"
            case .message: "Message à l'orateur"
            case .suspension: "Suspendre la séance"
            case .note: "Note sur l'intervention d'un orateur"
            }
        })
}
