// What the console says about the operator's own actions, in the operator's language:
// an action named from its events (for undo and redo), what an undo will do to the
// floor, the questions asked before a key that can hurt, and the notices on the main
// screen after a restart. Words from the events, one switch per language.
import PlenaryCore

/// One recorded operator action, as its events name it: who and what, without words.
public enum Deed: Sendable, Hashable {
    case opened
    /// A segment started: its name ("Segment II").
    case segmentStarted(String)
    case closingStarted, closed
    case called(String)
    case floorGiven(String)
    case paused(String)
    case resumed(String)
    case ended(String)
    case skipped(String)
    case absent(String)
    case withdrawn(String)
    case restored(String)
    /// A walk-in and the number the list shows for it.
    case added(String, number: Int)
    case moved(String, number: Int)
    /// The speaker and the time added ("30 s").
    case extended(String, amount: String)
    /// The speaker and the corrected start ("11:42:05").
    case startCorrected(String, to: String)
    /// Registrations added from a changed registration file, in one action.
    case registrationsAdded(Int)
    /// A point of order: the delegation that raised it, "" when not named.
    case pointOfOrderRaised(String)
    case pointOfOrderEnded
    /// A right of reply: the delegation, and its number for the delegation.
    case replyRequested(String, ordinal: Int)
    /// The speaker and the new limit ("3:00").
    case limitChanged(String, to: String)
    case inWriting(String)
    /// The message as the room read it.
    case messageShown(String)
    case messageCleared
    /// The length announced ("10:00").
    case meetingSuspended(String)
    case meetingResumed
    case noteAdded(String)
}

/// What an undo does to the floor, said before the operator answers.
public enum UndoConsequence: Sendable, Hashable {
    /// The speaker on the floor leaves it; `spoken` will not count.
    case leavesFloor(String, spoken: String)
    /// The speaker on the floor keeps it.
    case keepsFloor(String)
    /// The speaker is back on the floor, timed from `since` as recorded.
    case backOnFloor(String, since: String)
    /// The chair's timed opening or closing stops; `spoken` will not count.
    case chairStops(ChairPart, spoken: String)
}

extension Strings {
    /// `deed` done at `time`, as a phrase: "floor given to Belgium at 11:42:10".
    public func deed(_ deed: Deed, at time: String) -> String {
        switch language {
        case .english: EnglishPodium.deed(deed, at: time)
        case .french: FrenchPodium.deed(deed, at: time)
        }
    }

    /// "Undone: floor given to Belgium at 11:42:10".
    public func undone(_ deed: String) -> String {
        switch language {
        case .english: "Undone: \(deed) (U redoes it)"
        case .french: "Annulé : \(deed) (U rétablit)"
        }
    }

    /// "Redone: floor given to Belgium at 11:42:10".
    public func redone(_ deed: String) -> String {
        switch language {
        case .english: "Redone: \(deed)"
        case .french: "Rétabli : \(deed)"
        }
    }

    /// After a restart, on the main screen: where the session stood in the journal.
    /// `floor` names the speaker on the floor and since when, nil when the floor is free.
    public func resumedFromJournal(speaker: String?, since: String) -> String {
        switch (language, speaker) {
        case (.english, let name?): "Resumed from the journal: \(name) on the floor since \(since)"
        case (.english, nil): "Resumed from the journal: the floor is free"
        case (.french, let name?): "Reprise d'après le journal : \(name) a la parole depuis \(since)"
        case (.french, nil): "Reprise d'après le journal : personne n'a la parole"
        }
    }

    /// The status line's count of registration warnings, with the key that lists them.
    public func registrationWarningCount(_ n: Int, key: String) -> String {
        switch language {
        case .english: "⚠ \(n) warning\(n == 1 ? "" : "s"): \(key)"
        case .french: "⚠ \(n) avertissement\(n == 1 ? "" : "s") : \(key)"
        }
    }

    /// The title of the list of registration warnings.
    public var registrationWarningsTitle: String {
        switch language {
        case .english: "Registration warnings"
        case .french: "Avertissements d'inscription"
        }
    }

    /// Shown by the warnings key when the file had none.
    public var noRegistrationWarnings: String {
        switch language {
        case .english: "The registration file had no warnings"
        case .french: "Le fichier d'inscription n'a donné aucun avertissement"
        }
    }

    /// A changed registration file was left as it is.
    public var registrationsNotAdded: String {
        switch language {
        case .english: "New registrations not added: the list stays as the journal has it"
        case .french: "Nouvelles inscriptions non ajoutées : la liste reste celle du journal"
        }
    }

    /// On the main screen after a resume: the registration file is not the one the
    /// journal began with; `newRows` of it are not on the list.
    public func registrationFileChanged(newRows: Int) -> String {
        switch (language, newRows) {
        case (.english, 0): "The registration file has changed since the journal began; no new rows: the list stays"
        case (.english, let n):
            "The registration file has changed since the journal began: \(n) new row\(n == 1 ? "" : "s")"
        case (.french, 0):
            "Le fichier d'inscription a changé depuis le début du journal ; aucune nouvelle ligne : la liste reste"
        case (.french, let n):
            "Le fichier d'inscription a changé depuis le début du journal : \(n) nouvelle\(n == 1 ? "" : "s") "
                + "ligne\(n == 1 ? "" : "s")"
        }
    }

    /// The legend's word for `g` before the session opens.
    public var legendOpen: String {
        switch language {
        case .english: "open"
        case .french: "ouvrir"
        }
    }

    /// The legend's words for Space with someone on the floor, and for `p` in a pause.
    public var legendEnd: String {
        switch language {
        case .english: "end"
        case .french: "fin"
        }
    }

    public var legendResume: String {
        switch language {
        case .english: "resume"
        case .french: "reprise"
        }
    }

    /// The reason the extend key records: the amount, at the podium.
    public func extensionReason(_ amount: String) -> String {
        switch language {
        case .english: "extended by \(amount) at the podium"
        case .french: "prolongé de \(amount) au pupitre"
        }
    }

    /// Double Space: the intervention that has just started is kept.
    public func keptFloor(_ speaker: String) -> String {
        switch language {
        case .english: "\(speaker) keeps the floor"
        case .french: "\(speaker) garde la parole"
        }
    }
}

enum EnglishPodium {
    static func deed(_ d: Deed, at t: String) -> String {
        switch d {
        case .opened: "session opened at \(t)"
        case .segmentStarted(let name): "\(name) started at \(t)"
        case .closingStarted: "closing started at \(t)"
        case .closed: "session closed at \(t)"
        case .called(let n): "\(n) called at \(t)"
        case .floorGiven(let n): "floor given to \(n) at \(t)"
        case .paused(let n): "\(n) paused at \(t)"
        case .resumed(let n): "\(n) resumed at \(t)"
        case .ended(let n): "intervention of \(n) ended at \(t)"
        case .skipped(let n): "\(n) skipped at \(t)"
        case .absent(let n): "\(n) marked absent at \(t)"
        case .withdrawn(let n): "\(n) withdrawn at \(t)"
        case .restored(let n): "\(n) put back on the list at \(t)"
        case .added(let n, let number): "walk-in \(n) added as No. \(number) at \(t)"
        case .moved(let n, let number): "\(n) moved to No. \(number) at \(t)"
        case .extended(let n, let amount): "\(amount) more for \(n) at \(t)"
        case .startCorrected(let n, let to): "start of \(n) corrected to \(to) at \(t)"
        case .registrationsAdded(let count): "\(count) registration\(count == 1 ? "" : "s") added at \(t)"
        case .pointOfOrderRaised(let by): by.isEmpty ? "point of order at \(t)" : "point of order by \(by) at \(t)"
        case .pointOfOrderEnded: "end of the point of order at \(t)"
        case .replyRequested(let n, let ordinal): "right of reply \(ordinal) for \(n) at \(t)"
        case .limitChanged(let n, let to): "limit of \(n) changed to \(to) at \(t)"
        case .inWriting(let n): "statement of \(n) submitted in writing at \(t)"
        case .messageShown(let text): "message “\(text)” shown at \(t)"
        case .messageCleared: "message cleared at \(t)"
        case .meetingSuspended(let length): "suspension for \(length) at \(t)"
        case .meetingResumed: "resumption of the meeting at \(t)"
        case .noteAdded(let n): "note on \(n) at \(t)"
        }
    }

    static func consequence(_ c: UndoConsequence) -> String {
        switch c {
        case .leavesFloor(let n, let spoken): "\(n) leaves the floor; the \(spoken) spoken will not count"
        case .keepsFloor(let n): "\(n) keeps the floor"
        case .backOnFloor(let n, let since): "\(n) gets the floor back, timed from \(since)"
        case .chairStops(let part, let spoken):
            "the chair's \(part == .opening ? "opening" : "closing") stops; its \(spoken) will not count"
        }
    }

    static func confirmation(_ c: Confirmation) -> String {
        switch c {
        case .closeSession(let n):
            n == 0
                ? "Close the session?"
                : "\(speakers(n)) not spoken and will be marked not reached — close the session?"
        case .quit: "Quit the console? (the record is kept)"
        case .nextSegment(let next, let n, let current):
            n == 0 || current == nil
                ? "Move on to \(next)?"
                : "\(n) speaker\(n == 1 ? "" : "s") in \(current ?? "") \(n == 1 ? "has" : "have") not spoken "
                    + "and will be marked not reached — move on to \(next)?"
        case .withdraw(let name): "Withdraw \(name)?"
        case .absent(let name): "Mark \(name) absent?"
        case .restore(let name): "Put \(name) back on the list?"
        case .undo(let deed, let c): "Undo \(deed)? \(consequence(c))."
        case .endEarly(let n, let after): "\(n) has had the floor for only \(after): end the intervention?"
        case .walkInAgain(let n, let number): "\(n) is already on the list (No. \(number)) — add again?"
        case .addRegistrations(let count, let duplicates):
            "The registration file has changed since the journal began: add \(count) new "
                + "registration\(count == 1 ? "" : "s") as one action?"
                + (duplicates.isEmpty
                    ? "" : " Already on the list: \(duplicates.joined(separator: ", ")).")
        case .inWriting(let n, let called):
            (called ? "\(n) has been called: mark" : "Mark") + " the statement of \(n) as submitted in writing "
                + "(not heard)?"
        }
    }

    private static func speakers(_ n: Int) -> String {
        n == 1 ? "1 speaker has" : "\(n) speakers have"
    }
}

enum FrenchPodium {
    static func deed(_ d: Deed, at t: String) -> String {
        switch d {
        case .opened: "ouverture de la séance à \(t)"
        case .segmentStarted(let name): "début du \(name.lowercased()) à \(t)"
        case .closingStarted: "début de la clôture à \(t)"
        case .closed: "clôture de la séance à \(t)"
        case .called(let n): "\(n) : appel à \(t)"
        case .floorGiven(let n): "\(n) : parole donnée à \(t)"
        case .paused(let n): "\(n) : pause à \(t)"
        case .resumed(let n): "\(n) : reprise à \(t)"
        case .ended(let n): "\(n) : fin de l'intervention à \(t)"
        case .skipped(let n): "\(n) : reporté à \(t)"
        case .absent(let n): "\(n) : marqué absent à \(t)"
        case .withdrawn(let n): "\(n) : retiré à \(t)"
        case .restored(let n): "\(n) : réintégré à \(t)"
        case .added(let n, let number): "\(n) : ajouté en séance (n° \(number)) à \(t)"
        case .moved(let n, let number): "\(n) : déplacé au n° \(number) à \(t)"
        case .extended(let n, let amount): "\(n) : \(amount) de plus à \(t)"
        case .startCorrected(let n, let to): "\(n) : début corrigé à \(to) (à \(t))"
        case .registrationsAdded(let count):
            "\(count) inscription\(count == 1 ? "" : "s") ajoutée\(count == 1 ? "" : "s") à \(t)"
        case .pointOfOrderRaised(let by): by.isEmpty ? "motion d'ordre à \(t)" : "motion d'ordre de \(by) à \(t)"
        case .pointOfOrderEnded: "fin de la motion d'ordre à \(t)"
        case .replyRequested(let n, let ordinal): "\(n) : droit de réponse \(ordinal) à \(t)"
        case .limitChanged(let n, let to): "\(n) : limite portée à \(to) (à \(t))"
        case .inWriting(let n): "\(n) : déclaration remise par écrit à \(t)"
        case .messageShown(let text): "message « \(text) » affiché à \(t)"
        case .messageCleared: "message effacé à \(t)"
        case .meetingSuspended(let length): "suspension de \(length) à \(t)"
        case .meetingResumed: "reprise de la séance à \(t)"
        case .noteAdded(let n): "\(n) : note ajoutée à \(t)"
        }
    }

    static func consequence(_ c: UndoConsequence) -> String {
        switch c {
        case .leavesFloor(let n, let spoken): "\(n) perd la parole ; les \(spoken) de parole ne compteront pas"
        case .keepsFloor(let n): "\(n) garde la parole"
        case .backOnFloor(let n, let since): "\(n) retrouve la parole, chronométrée depuis \(since)"
        case .chairStops(let part, let spoken):
            "\(part == .opening ? "l'ouverture" : "la clôture") par la présidence s'arrête ; "
                + "ses \(spoken) ne compteront pas"
        }
    }

    static func confirmation(_ c: Confirmation) -> String {
        switch c {
        case .closeSession(let n):
            n == 0
                ? "Clore la séance ?"
                : "\(speakers(n)) et \(notHeard(n)) — clore la séance ?"
        case .quit: "Quitter la console ? (l'enregistrement est conservé)"
        case .nextSegment(let next, let n, let current):
            n == 0 || current == nil
                ? "Passer à : \(next) ?"
                : "\(speakers(n)) (\(current ?? "")) et \(notHeard(n)) — passer à : \(next) ?"
        case .withdraw(let name): "Retirer \(name) ?"
        case .absent(let name): "Marquer \(name) absent ?"
        case .restore(let name): "Réintégrer \(name) dans la liste ?"
        case .undo(let deed, let c): "Annuler « \(deed) » ? \(consequence(c))."
        case .endEarly(let n, let after): "\(n) n'a la parole que depuis \(after) : terminer l'intervention ?"
        case .walkInAgain(let n, let number): "\(n) figure déjà sur la liste (n° \(number)) — l'ajouter quand même ?"
        case .addRegistrations(let count, let duplicates):
            "Le fichier d'inscription a changé depuis le début du journal : ajouter \(count) "
                + "nouvelle\(count == 1 ? "" : "s") inscription\(count == 1 ? "" : "s") en une seule action ?"
                + (duplicates.isEmpty
                    ? "" : " Déjà sur la liste : \(duplicates.joined(separator: ", ")).")
        case .inWriting(let n, let called):
            (called ? "\(n) a été appelé : marquer" : "Marquer") + " la déclaration de \(n) comme remise par écrit "
                + "(non entendue) ?"
        }
    }

    private static func speakers(_ n: Int) -> String {
        n == 1 ? "1 orateur n'a pas parlé" : "\(n) orateurs n'ont pas parlé"
    }

    private static func notHeard(_ n: Int) -> String {
        n == 1 ? "sera marqué non entendu" : "seront marqués non entendus"
    }
}
