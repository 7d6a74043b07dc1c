// What a registration or plan file's warnings say, in the reader's language, and the
// line a problem is printed as (`plenary check`, and the commands that load a file).
// PlenaryFormats says which warning (`RegistrationWarning`); the words are here, one
// switch per language, so a new warning without words in both languages does not build.
// An error's words are the reader's own (English) and are printed as they are.
import PlenaryCore
import PlenaryFormats

extension Strings {
    /// The warning `w`, as one line of a report.
    public func registrationWarning(_ w: RegistrationWarning) -> String {
        switch language {
        case .english: EnglishRegistration.text(w)
        case .french: FrenchRegistration.text(w)
        }
    }

    /// How to act on the warning `w`, or nothing.
    public func registrationHint(_ w: RegistrationWarning) -> String {
        switch language {
        case .english: EnglishRegistration.hint(w)
        case .french: FrenchRegistration.hint(w)
        }
    }

    /// What the problem `d` says: a warning's words in this language, an error's own.
    public func message(_ d: Diagnostic) -> String {
        d.warning.map(registrationWarning) ?? d.message
    }

    /// How to fix the problem `d`, or nothing.
    public func hint(_ d: Diagnostic) -> String {
        d.warning.map(registrationHint) ?? d.hint
    }

    /// `file:3:14: warning: message: «excerpt»` and, on the next line, the hint.
    public func diagnostic(_ d: Diagnostic) -> String {
        let english = language == .english
        let severity =
            switch d.severity {
            case .warning: english ? "warning" : "avertissement"
            case .error: english ? "error" : "erreur"
            }
        let colon = english ? ":" : " :"
        var out = "\(d.safeLocation): \(severity)\(colon) \(message(d))"
        if !d.excerpt.isEmpty { out += "\(colon) «\(d.excerpt)»" }
        let hint = hint(d)
        if !hint.isEmpty { out += "\n  \(english ? "hint" : "conseil")\(colon) \(hint)" }
        return out
    }

    /// Why a command stops on a list with errors, and where the full report is.
    public func listNotUsable(errors: Int, file: String) -> String {
        switch language {
        case .english:
            "\(errors) error\(errors == 1 ? "" : "s") in \(file); run `plenary check \(file)` for the full report."
        case .french:
            "\(errors) erreur\(errors == 1 ? "" : "s") dans \(file) ; `plenary check \(file)` donne le rapport complet."
        }
    }

    /// An instant as the secretariat writes it: the plan's local date and time.
    public static func stamp(_ t: Instant, _ off: Duration) -> String {
        "\(TimeText.date(t, utcOffset: off)) \(TimeText.clock(t, utcOffset: off))"
    }
}

enum EnglishRegistration {
    static func text(_ w: RegistrationWarning) -> String {
        switch w {
        case .late(let received, let deadline, let off):
            "received \(Strings.stamp(received, off)), at or after the deadline \(Strings.stamp(deadline, off)): "
                + "listed as late, not on the list"
        case .duplicate(let segment, let keptLine):
            "second registration of this delegation for segment \(segment) (line \(keptLine) is kept): "
                + "set aside as a duplicate"
        case .unknownColumn: "unknown column is ignored"
        case .unsafeCharactersRemoved(let count, let column):
            "\(count) control or formatting character\(count == 1 ? "" : "s") removed from \(column.rawValue)"
        case .cut(let column, let length, let limit): "\(column.rawValue) is \(length) characters long; cut to \(limit)"
        case .unknownCategory: "unknown category; read as other"
        case .noRegistrations: "the file has a header but no registrations"
        case .unknownPlanKey: "unknown key is ignored"
        case .noSpeakersInPlan: "the plan names no speakers"
        case .unknownSpeakerKey: "unknown speaker key is ignored"
        }
    }

    static func hint(_ w: RegistrationWarning) -> String {
        switch w {
        case .late, .cut, .noRegistrations: ""
        case .duplicate: "if two people speak for one delegation, register one speaker and name both"
        case .unknownColumn: "known columns: \(Column.summary)"
        case .unknownSpeakerKey: "known keys: \(Column.summary)"
        case .unknownPlanKey: "known keys: \(PlanFile.knownKeys.sorted().joined(separator: ", "))"
        case .noSpeakersInPlan: "add speakers = \"registrations.csv\" or [[speakers]] tables"
        case .unsafeCharactersRemoved:
            "escape sequences and bidi overrides are never shown; check the spreadsheet cell"
        case .unknownCategory:
            "use state party, observer state, court, international organization or civil society"
        }
    }
}

enum FrenchRegistration {
    static func text(_ w: RegistrationWarning) -> String {
        switch w {
        case .late(let received, let deadline, let off):
            "reçue le \(Strings.stamp(received, off)), à la date limite \(Strings.stamp(deadline, off)) ou après : "
                + "inscrite en retard, pas sur la liste"
        case .duplicate(let segment, let keptLine):
            "deuxième inscription de cette délégation au segment \(segment) (la ligne \(keptLine) est gardée) : "
                + "écartée comme doublon"
        case .unknownColumn: "colonne inconnue, ignorée"
        case .unsafeCharactersRemoved(let count, let column):
            count == 1
                ? "1 caractère de contrôle ou de mise en forme retiré de \(column.rawValue)"
                : "\(count) caractères de contrôle ou de mise en forme retirés de \(column.rawValue)"
        case .cut(let column, let length, let limit): "\(column.rawValue) fait \(length) caractères ; coupé à \(limit)"
        case .unknownCategory: "catégorie inconnue ; lue comme autre"
        case .noRegistrations: "le fichier a un en-tête mais aucune inscription"
        case .unknownPlanKey: "clé inconnue, ignorée"
        case .noSpeakersInPlan: "le plan ne nomme aucun orateur"
        case .unknownSpeakerKey: "clé d'orateur inconnue, ignorée"
        }
    }

    static func hint(_ w: RegistrationWarning) -> String {
        switch w {
        case .late, .cut, .noRegistrations: ""
        case .duplicate: "si deux personnes parlent pour une délégation, inscrivez un orateur et nommez les deux"
        case .unknownColumn: "colonnes connues : \(Column.summary)"
        case .unknownSpeakerKey: "clés connues : \(Column.summary)"
        case .unknownPlanKey: "clés connues : \(PlanFile.knownKeys.sorted().joined(separator: ", "))"
        case .noSpeakersInPlan: "ajoutez speakers = \"registrations.csv\" ou des tables [[speakers]]"
        case .unsafeCharactersRemoved:
            "les séquences d'échappement et les inversions bidi ne sont jamais affichées ; vérifiez la cellule"
        case .unknownCategory:
            "écrivez État partie, État observateur, Cour, organisation internationale ou société civile"
        }
    }
}
