// What a registration or plan file's warnings say, in the reader's language, and the
// line a problem is printed as (`plenary check`, and the commands that load a file).
// PlenaryFormats says which warning (`RegistrationWarning`); the words are here, one
// switch per language, so a new warning without words in both languages does not build.
// An error's words are the reader's own (English) and are printed as they are.
import PlenaryCore
import PlenaryFormats
import PlenaryText

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

    /// The line after the problems shown when more were found and only counted
    /// (`Registration.diagnosticLimit`): how many, errors and warnings.
    public func moreProblems(errors: Int, warnings: Int) -> String {
        let more = errors + warnings
        return switch language {
        case .english:
            "… and \(more) more problem\(more == 1 ? "" : "s") not shown: \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s")."
        case .french:
            // French keeps the singular for 0 and 1.
            "… et \(more) \(more <= 1 ? "autre problème non affiché" : "autres problèmes non affichés") : "
                + "\(errors) erreur\(errors <= 1 ? "" : "s"), \(warnings) avertissement\(warnings <= 1 ? "" : "s")."
        }
    }

    /// The `moreProblems` line for `reg` and, below it, how many of each kind with the
    /// first of each (the ten most frequent kinds); nil when every problem is shown.
    public func moreProblems(_ reg: Registration) -> String? {
        let errors = reg.omitted[.error, default: 0]
        let warnings = reg.omitted[.warning, default: 0]
        guard errors + warnings > 0 else { return nil }
        let kinds = reg.omittedKinds.prefix(10).map { kind in
            let first = diagnostic(kind.first).prefix { $0 != "\n" }
            return switch language {
            case .english: "  \(kind.count) of this kind, the first: \(first)"
            case .french: "  \(kind.count) de ce genre, le premier : \(first)"
            }
        }
        return ([moreProblems(errors: errors, warnings: warnings)] + kinds).joined(separator: "\n")
    }

    /// A byte as a hex editor shows it: `0x81`.
    static func hex(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }

    /// Why a command stops on a list with errors, and where the full report is.
    public func listNotUsable(errors: Int, file: String) -> String {
        let file = TerminalSafe.visible(file)
        return switch language {
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
        case .readAsWindows1252: "the file is not UTF-8 and has no byte-order mark: read as Windows-1252"
        case .notText(.utf16WithoutByteOrderMark): "the file looks like UTF-16 without a byte-order mark"
        case .notText(.workbook): "the file is a spreadsheet workbook (.xlsx, .ods or .xls), not CSV"
        case .notText(.binary): "the file is not text: it holds a NUL byte"
        case .notText(.unknownEncoding(let byte)):
            "the file is neither UTF-8 nor Windows-1252: byte \(Strings.hex(byte)) is in neither"
        case .dateOrderUndecided(let order):
            "no received date says whether it is day-first or month-first: all read \(Self.order(order))"
        case .dateOrderConflict(let order, let other):
            "this date is \(Self.order(order)), but \(other) is \(Self.order(order.other)): "
                + "one column cannot be both"
        }
    }

    static func order(_ o: DateOrder) -> String {
        switch o {
        case .dayFirst: "day-first"
        case .monthFirst: "month-first"
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
        case .readAsWindows1252:
            "check the accents; pass --encoding cp1252 (or encoding = \"windows-1252\" in the plan) to say so, "
                + "or save the sheet as CSV UTF-8"
        case .notText(.utf16WithoutByteOrderMark): "re-save as CSV UTF-8, or pass --encoding utf-16le"
        case .notText(.workbook):
            "in the spreadsheet, save as CSV (UTF-8, or \"CSV (séparateur : point-virgule)\") and give that file"
        case .notText(.binary): "give the CSV export of the registration sheet"
        case .notText(.unknownEncoding): "re-save as CSV UTF-8, or pass --encoding with the file's encoding"
        case .dateOrderUndecided:
            "if the sheet writes the month first, pass --date-order mdy or set date_order = \"mdy\" in the plan; "
                + "--date-order dmy confirms day first"
        case .dateOrderConflict: "write every received date the same way, or in ISO form (2023-11-28 08:05)"
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
        case .readAsWindows1252:
            "le fichier n'est pas en UTF-8 et n'a pas de marque d'ordre des octets : lu en Windows-1252"
        case .notText(.utf16WithoutByteOrderMark):
            "le fichier semble être en UTF-16 sans marque d'ordre des octets"
        case .notText(.workbook): "le fichier est un classeur (.xlsx, .ods ou .xls), pas un CSV"
        case .notText(.binary): "le fichier n'est pas du texte : il contient un octet NUL"
        case .notText(.unknownEncoding(let byte)):
            "le fichier n'est ni en UTF-8 ni en Windows-1252 : "
                + "l'octet \(Strings.hex(byte)) n'existe dans aucun des deux"
        case .dateOrderUndecided(let order):
            "aucune date de réception ne dit si le jour ou le mois vient d'abord : toutes lues \(Self.order(order))"
        case .dateOrderConflict(let order, let other):
            "cette date est écrite \(Self.order(order)), mais \(other) est écrite \(Self.order(order.other)) : "
                + "une colonne ne peut pas être les deux"
        }
    }

    static func order(_ o: DateOrder) -> String {
        switch o {
        case .dayFirst: "jour d'abord"
        case .monthFirst: "mois d'abord"
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
        case .readAsWindows1252:
            "vérifiez les accents ; passez --encoding cp1252 (ou encoding = \"windows-1252\" dans le plan) pour "
                + "l'indiquer, ou enregistrez la feuille en CSV UTF-8"
        case .notText(.utf16WithoutByteOrderMark): "réenregistrez-le en CSV UTF-8, ou passez --encoding utf-16le"
        case .notText(.workbook):
            "dans le tableur, enregistrez en CSV (UTF-8, ou « CSV (séparateur : point-virgule) ») et donnez ce fichier"
        case .notText(.binary): "donnez l'export CSV de la feuille des inscriptions"
        case .notText(.unknownEncoding):
            "réenregistrez-le en CSV UTF-8, ou passez --encoding avec l'encodage du fichier"
        case .dateOrderUndecided:
            "si la feuille écrit le mois d'abord, passez --date-order mdy ou mettez date_order = \"mdy\" dans le "
                + "plan ; --date-order dmy confirme le jour d'abord"
        case .dateOrderConflict:
            "écrivez toutes les dates de réception de la même façon, ou en ISO (2023-11-28 08:05)"
        }
    }
}
