// Why a command or a form was refused, in the operator's language. The core says
// which rule refused and about whom (`Rejection`); the words are here, one switch
// per language, so a new refusal without words in both languages does not build.
import PlenaryCore

/// What is wrong with a form the operator submitted, before any command is decided.
public enum FormProblem: Error, Sendable, Hashable {
    case delegationMissing
    /// The segment typed, which the plan does not name.
    case noSuchSegment(String)
    case positionNotANumber
    case noListToMoveIn
    /// The list number is not between 1 and `count`.
    case listNumberOutOfRange(count: Int)
    case startTimeUnreadable
    /// The extension's amount is not a number of seconds or m:ss above zero.
    case amountUnreadable
}

extension Strings {
    /// The refusal `r`, as the message line shows it.
    public func refusal(_ r: Rejection) -> String {
        switch language {
        case .english: EnglishRefusals.text(r)
        case .french: FrenchRefusals.text(r)
        }
    }

    /// The form problem `p`, as the form's footer shows it.
    public func formProblem(_ p: FormProblem) -> String {
        switch language {
        case .english: EnglishRefusals.text(p)
        case .french: FrenchRefusals.text(p)
        }
    }
}

enum EnglishRefusals {
    static func text(_ r: Rejection) -> String {
        switch r {
        case .sessionClosed: "The session is closed. Undo reopens it if it was closed by mistake."
        case .sessionAlreadyOpen: "The session is already open."
        case .sessionNotOpened: "The session has not been opened."
        case .planHasNoSegments: "The plan has no segments."
        case .closingUnderway: "This is the closing: close the session when the chair has finished."
        case .noSegmentUnderway(let c, let started):
            started ? "No segment is under way to \(infinitive(c))." : "Start Segment I first to \(infinitive(c))."
        case .speakerCalled(let sp, let c):
            "\(sp.delegation) has been called: give the floor, skip or mark absent before \(gerund(c))."
        case .speakerHasFloor(let sp, let c):
            switch c {
            case .skip, .markAbsent, .withdraw: "\(sp.delegation) has the floor: end the intervention first."
            default: "\(sp.delegation) has the floor: end the intervention before \(gerund(c))."
            }
        case .noneWaiting(let seg): "No speaker is waiting in Segment \(seg.id)."
        case .speakerInOtherSegment(let sp, let seg):
            "\(sp.delegation) is on the list of Segment \(seg.id), not this segment."
        case .speakerNotWaiting(let sp, let st, let c):
            if case .move = c {
                "Only a waiting speaker can be moved; \(sp.delegation) is \(status(st))."
            } else {
                "\(sp.delegation) is not waiting (\(status(st)))."
            }
        case .floorAlreadyGiven(let sp): "\(sp.delegation) already has the floor."
        case .alreadyPaused: "The intervention is already paused."
        case .notPaused: "The intervention is not paused."
        case .nobodyOnFloor(let c):
            if case .extend = c { "Nobody has the floor to extend." } else { "Nobody has the floor." }
        case .nobodyCalled(let c): "Nobody has been called to \(infinitive(c))."
        case .speakerCannotLeave(let sp, let st, let c): "Cannot \(infinitive(c)) \(sp.delegation): \(status(st))."
        case .speakerNotWithdrawnOrAbsent(let sp, let st):
            "\(sp.delegation) is not withdrawn or absent (\(status(st)))."
        case .unknownSpeaker(let id): "There is no speaker \(id) on the list."
        case .walkInWithoutDelegation: "A walk-in needs a delegation."
        case .noSuchSegment(let i): "There is no segment \(i + 1) in this plan."
        case .positionBelowOne: "Positions start at 1 (next)."
        case .extensionAddsNoTime: "An extension must add time."
        case .correctedStartInFuture: "The corrected start is in the future."
        case .correctedStartBeforeCall(let sp): "The corrected start is before \(sp.delegation) was called."
        case .correctedStartBeforePreviousEnd: "The corrected start is before the previous intervention ended."
        case .correctedStartAfterPause: "The intervention was paused before that time."
        case .nothingToUndo: "Nothing to undo."
        case .nothingToRedo: "Nothing to redo: only what the last undo took back, before anything else is done."
        case .noRegistrationsToAdd: "There are no new registrations to add."
        case .pointOfOrderUnderway(let c):
            "A point of order is under way: end it (the President has ruled) before \(gerund(c))."
        case .meetingSuspended(let c): "The meeting is suspended: resume it before \(gerund(c))."
        case .noPointOfOrder: "No point of order is under way."
        case .notSuspended: "The meeting is not suspended."
        case .replyLimitReached(let d, let n):
            n == 0
                ? "This plan gives no rights of reply."
                : "\(d) has already had \(n == 1 ? "its right" : "its \(n) rights") of reply on this item."
        case .replyListClosed: "The list of replies is closed: the segment it belongs to is over."
        case .replyWithoutDelegation: "A right of reply needs a delegation."
        case .limitNotPositive: "A limit must be more than zero."
        case .suspensionWithoutLength: "Say how long the meeting is suspended for."
        case .emptyMessage: "Type the message to show the speaker."
        case .noMessageShown: "No message is shown to the speaker."
        case .emptyNote: "Type the note."
        }
    }

    static func text(_ p: FormProblem) -> String {
        switch p {
        case .delegationMissing: "Type the delegation."
        case .noSuchSegment(let typed): "No segment \"\(typed)\" in the plan."
        case .positionNotANumber: "Position is a number from 1."
        case .noListToMoveIn: "No segment list to move in."
        case .listNumberOutOfRange(let n): "Type a speaker number from the list (1–\(n))."
        case .startTimeUnreadable: "Write hh:mm:ss, hh:mm, or -N for N seconds ago."
        case .amountUnreadable: "Write the time to add in seconds (45) or as m:ss (1:30)."
        }
    }

    /// What the refused command was doing, after "before".
    private static func gerund(_ c: Command) -> String {
        switch c {
        case .startNextSegment: "moving on"
        case .callNext: "calling the next speaker"
        case .call: "calling another speaker"
        case .closeSession: "closing the session"
        default: "going on"
        }
    }

    /// What the refused command was for, after "to".
    private static func infinitive(_ c: Command) -> String {
        switch c {
        case .callNext, .call: "call a speaker"
        case .giveFloor: "give the floor"
        case .skip: "skip"
        case .markAbsent: "mark absent"
        case .withdraw: "withdraw"
        default: "go on"
        }
    }

    private static func status(_ s: SpeakerStatus?) -> String {
        switch s {
        case .waiting: "waiting"
        case .called: "called"
        case .speaking: "speaking"
        case .spoke: "has spoken"
        case .absent: "absent"
        case .withdrawn: "withdrawn"
        case .inWriting: "submitted in writing"
        case nil: "not on the list"
        }
    }
}

enum FrenchRefusals {
    static func text(_ r: Rejection) -> String {
        switch r {
        case .sessionClosed: "La séance est close. Annuler la rouvre si elle a été close par erreur."
        case .sessionAlreadyOpen: "La séance est déjà ouverte."
        case .sessionNotOpened: "La séance n'a pas été ouverte."
        case .planHasNoSegments: "Le programme ne compte aucun segment."
        case .closingUnderway: "C'est la clôture : clore la séance quand la présidence a terminé."
        case .noSegmentUnderway(let c, let started):
            started
                ? "Aucun segment n'est en cours pour \(infinitive(c))."
                : "Ouvrir d'abord le segment I pour \(infinitive(c))."
        case .speakerCalled(let sp, let c):
            "\(sp.delegation) a été appelé : donner la parole, reporter ou marquer absent avant \(de(gerund(c)))."
        case .speakerHasFloor(let sp, let c):
            switch c {
            case .skip, .markAbsent, .withdraw: "\(sp.delegation) a la parole : clore d'abord l'intervention."
            default: "\(sp.delegation) a la parole : clore l'intervention avant \(de(gerund(c)))."
            }
        case .noneWaiting(let seg): "Aucun orateur en attente dans le segment \(seg.id)."
        case .speakerInOtherSegment(let sp, let seg):
            "\(sp.delegation) est inscrit au segment \(seg.id), pas à celui-ci."
        case .speakerNotWaiting(let sp, let st, let c):
            if case .move = c {
                "Seul un orateur en attente peut être déplacé ; \(sp.delegation) : \(status(st))."
            } else {
                "\(sp.delegation) n'est pas en attente (\(status(st)))."
            }
        case .floorAlreadyGiven(let sp): "\(sp.delegation) a déjà la parole."
        case .alreadyPaused: "L'intervention est déjà suspendue."
        case .notPaused: "L'intervention n'est pas suspendue."
        case .nobodyOnFloor(let c):
            if case .extend = c { "Personne n'a la parole : rien à prolonger." } else { "Personne n'a la parole." }
        case .nobodyCalled(let c): "Personne n'a été appelé : impossible \(de(infinitive(c)))."
        case .speakerCannotLeave(let sp, let st, let c):
            "Impossible \(de(infinitive(c))) \(sp.delegation) : \(status(st))."
        case .speakerNotWithdrawnOrAbsent(let sp, let st):
            "\(sp.delegation) n'est ni retiré ni absent (\(status(st)))."
        case .unknownSpeaker(let id): "Aucun orateur \(id) dans la liste."
        case .walkInWithoutDelegation: "Un orateur ajouté en séance doit avoir une délégation."
        case .noSuchSegment(let i): "Le programme n'a pas de segment \(i + 1)."
        case .positionBelowOne: "Les positions commencent à 1 (suivant)."
        case .extensionAddsNoTime: "Une prolongation doit ajouter du temps."
        case .correctedStartInFuture: "Le début corrigé est dans le futur."
        case .correctedStartBeforeCall(let sp): "Le début corrigé précède l'appel de \(sp.delegation)."
        case .correctedStartBeforePreviousEnd: "Le début corrigé précède la fin de l'intervention précédente."
        case .correctedStartAfterPause: "L'intervention a été suspendue avant cette heure."
        case .nothingToUndo: "Rien à annuler."
        case .nothingToRedo:
            "Rien à rétablir : seulement ce que la dernière annulation a retiré, avant toute autre action."
        case .noRegistrationsToAdd: "Il n'y a aucune nouvelle inscription à ajouter."
        case .pointOfOrderUnderway(let c):
            "Une motion d'ordre est en cours : la clore (la présidence a statué) avant \(de(gerund(c)))."
        case .meetingSuspended(let c): "La séance est suspendue : la reprendre avant \(de(gerund(c)))."
        case .noPointOfOrder: "Aucune motion d'ordre n'est en cours."
        case .notSuspended: "La séance n'est pas suspendue."
        case .replyLimitReached(let d, let n):
            n == 0
                ? "Ce programme ne prévoit pas de droit de réponse."
                : "\(d) a déjà exercé \(n == 1 ? "son droit" : "ses \(n) droits") de réponse sur ce point."
        case .replyListClosed: "La liste des réponses est close : son segment est terminé."
        case .replyWithoutDelegation: "Un droit de réponse doit avoir une délégation."
        case .limitNotPositive: "Un temps de parole doit être supérieur à zéro."
        case .suspensionWithoutLength: "Indiquer la durée de la suspension."
        case .emptyMessage: "Saisir le message à afficher pour l'orateur."
        case .noMessageShown: "Aucun message n'est affiché pour l'orateur."
        case .emptyNote: "Saisir la note."
        }
    }

    static func text(_ p: FormProblem) -> String {
        switch p {
        case .delegationMissing: "Saisir la délégation."
        case .noSuchSegment(let typed): "Aucun segment « \(typed) » dans le programme."
        case .positionNotANumber: "La position est un nombre à partir de 1."
        case .noListToMoveIn: "Aucune liste de segment où déplacer."
        case .listNumberOutOfRange(let n): "Saisir un numéro d'orateur de la liste (1–\(n))."
        case .startTimeUnreadable: "Écrire hh:mm:ss, hh:mm, ou -N pour N secondes plus tôt."
        case .amountUnreadable: "Écrire le temps ajouté en secondes (45) ou en m:ss (1:30)."
        }
    }

    /// "de" before a verb, elided before a vowel: "d'appeler", "de clore".
    private static func de(_ verb: String) -> String {
        guard let first = verb.first, "aeiouéèêh".contains(first) else { return "de " + verb }
        return "d'" + verb
    }

    /// What the refused command was doing, after "avant de".
    private static func gerund(_ c: Command) -> String {
        switch c {
        case .startNextSegment: "passer à la suite"
        case .callNext: "appeler l'orateur suivant"
        case .call: "appeler un autre orateur"
        case .closeSession: "clore la séance"
        default: "continuer"
        }
    }

    /// What the refused command was for.
    private static func infinitive(_ c: Command) -> String {
        switch c {
        case .callNext, .call: "appeler un orateur"
        case .giveFloor: "donner la parole"
        case .skip: "reporter"
        case .markAbsent: "marquer absent"
        case .withdraw: "retirer"
        default: "continuer"
        }
    }

    private static func status(_ s: SpeakerStatus?) -> String {
        switch s {
        case .waiting: "en attente"
        case .called: "appelé"
        case .speaking: "a la parole"
        case .spoke: "a déjà parlé"
        case .absent: "absent"
        case .withdrawn: "retiré"
        case .inWriting: "déclaration remise par écrit"
        case nil: "absent de la liste"
        }
    }
}
