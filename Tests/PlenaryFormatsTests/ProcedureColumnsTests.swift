// The secretariat's files for the rules of procedure (issue 16): a speaker's own limit
// (`limit`, `durée`) and a joint statement's delegations (`on behalf of`, `au nom de`)
// in registration files, and the plan's `[limits]`, `[replies]` and `point_of_order`.
import PlenaryCore
import PlenaryFormats
import PlenaryView
import Testing

/// A CSV under the default plan, as UTF-8 text.
func loadCSV(_ text: String) -> Registration {
    RegistrationLoader.csv(Array(text.utf8), file: "f.csv", zones: .system)
}

/// `line:column severity: message` of every problem, as `plenary check` places them.
func placed(_ reg: Registration) -> [String] {
    reg.diagnostics.map { "\($0.line):\($0.column) \($0.severity.rawValue): \(Strings.english.message($0))" }
}

@Suite("Registration files: own limits and joint statements")
struct ProcedureColumnsTests {
    @Test(arguments: [
        ("limit", "3:00", 180), ("Durée", "1:30", 90), ("temps de parole", "90", 90), ("Time limit", "0:45", 45),
        ("LIMITE", "00:03:00", 180), ("speaking time", "1:00:00", 3600), ("durée", " 4:00 ", 240),
    ])
    func aLimitIsReadFromEitherLanguagesHeader(header: String, cell: String, seconds: Int64) {
        let reg = loadCSV("received,segment,delegation,\(header)\n2023-12-01 10:00,I,Chad,\(cell)\n")
        #expect(reg.isUsable, "\(placed(reg))")
        #expect(reg.speakers.map(\.limit) == [.seconds(seconds)])
        #expect(reg.accepted.map(\.limit) == [.seconds(seconds)])
    }

    @Test func anEmptyLimitTakesThePlans() {
        let reg = loadCSV("received,segment,delegation,limit\n2023-12-01 10:00,I,Chad,\n")
        #expect(reg.isUsable)
        #expect(reg.speakers.map(\.limit) == [nil])
        #expect(reg.speakers.map(reg.plan.limit(for:)) == [.minutes(2)])
    }

    @Test(arguments: ["3 min", "0:00", "0", "-1:00", "2:75", "61:00", "03:00:00", "1,5", "3'", "trois minutes"])
    func aBadLimitIsAnErrorAtItsCell(cell: String) {
        let reg = loadCSV("received,segment,delegation,limit\n2023-12-01 10:00,I,Chad,\"\(cell)\"\n")
        #expect(!reg.isUsable)
        #expect(reg.speakers.isEmpty && reg.rejectedLines == [2])
        #expect(placed(reg) == ["2:25 error: the limit is not a time from 0:01 to 60:00"])
        let d = reg.diagnostics[0]
        #expect(d.excerpt == cell)
        #expect(d.hint == "write minutes and seconds (3:00) or seconds (180); leave it empty for the plan's limit")
        #expect(Strings.english.diagnostic(d).hasPrefix("f.csv:2:25: error: the limit is not a time"))
    }

    @Test func everyBadLimitOfTheFileIsReported() {
        let reg = loadCSV(
            "received,segment,delegation,limit\n2023-12-01 10:00,I,Chad,3:00\n"
                + "2023-12-01 10:05,I,Peru,x\n2023-12-01 10:10,II,Fiji,0:00\n")
        #expect(placed(reg).map { $0.prefix(4) } == ["3:25", "4:26"])
        #expect(reg.speakers.map(\.delegation) == ["Chad"])
        #expect(reg.rowsAccountedFor)
    }

    @Test func onBehalfOfIsSplitAtSemicolonsTrimmedAndEachNameKeptWhole() {
        let reg = loadCSV(
            "received,segment,delegation,on behalf of\n"
                + "2023-12-01 10:00,I,European Union,"
                + "\" European Union and its member States ;Albania;; North Macedonia ; \"\n")
        #expect(reg.isUsable, "\(placed(reg))")
        #expect(
            reg.speakers.first?.onBehalfOf == ["European Union and its member States", "Albania", "North Macedonia"])
        #expect(
            reg.speakers.first?.creditedDelegations == [
                "European Union", "European Union and its member States", "Albania", "North Macedonia",
            ])
    }

    @Test(arguments: ["au nom de", "Au_nom_de", "on_behalf_of", "On Behalf Of", "AU NOM DE"])
    func onBehalfOfIsReadFromEitherLanguagesHeader(header: String) {
        let reg = loadCSV("received,segment,delegation,\(header)\n2023-12-01 10:00,I,Senegal,African Group\n")
        #expect(reg.diagnostics.isEmpty, "\(placed(reg))")
        #expect(reg.speakers.first?.onBehalfOf == ["African Group"])
    }

    @Test func theSpeakersOwnDelegationAndRepeatsAreNamedOnce() {
        let reg = loadCSV(
            "received,segment,delegation,on behalf of\n"
                + "2023-12-01 10:00,I,Costa Rica,costa rica; Chile; CHILE ; Mexico;chile\n"
                + "2023-12-01 10:05,I,Peru,\n")
        #expect(reg.speakers.map(\.onBehalfOf) == [["Chile", "Mexico"], []])
    }

    @Test func eachNameIsSanitisedWithAWarningAtItsCell() {
        let reg = loadCSV(
            "received,segment,delegation,on behalf of\n2023-12-01 10:00,I,Peru,Chile;\u{1B}[31mBolivia\u{202E}\n")
        #expect(reg.isUsable)
        #expect(reg.speakers.first?.onBehalfOf == ["Chile", "Bolivia"])
        #expect(placed(reg) == ["2:25 warning: 2 control or formatting characters removed from on behalf of"])
    }

    /// Thirty co-sponsors are longer than one name may be: none is cut or dropped.
    @Test func aLongListOfCosponsorsIsNotCut() {
        let names = (1...30).map { "Cosponsoring State Number \($0)" }
        let reg = loadCSV(
            "received,segment,delegation,on behalf of\n2023-12-01 10:00,I,Peru,\"\(names.joined(separator: "; "))\"\n")
        #expect(reg.diagnostics.isEmpty, "\(placed(reg))")
        #expect(reg.speakers.first?.onBehalfOf == names)
    }

    @Test func moreDelegationsThanTheWorldHasIsAnError() {
        let names = (1...251).map { "State \($0)" }.joined(separator: ";")
        let reg = loadCSV("received,segment,delegation,on behalf of\n2023-12-01 10:00,I,Peru,\(names)\n")
        #expect(placed(reg) == ["2:25 error: the statement is made on behalf of 251 delegations, more than 250"])
    }

    /// French Excel writes `;` between cells, so a list of delegations is a quoted cell;
    /// left unquoted, the row has too many fields and is refused, never misread.
    @Test func aSemicolonSeparatedFileQuotesTheList() {
        let header = "Reçu le;Segment;Délégation;Durée;Au nom de\r\n"
        let quoted = loadCSV(header + "28/11/2023 08:05;I;Netherlands;2:30;\"Belgium; Luxembourg\"\r\n")
        #expect(quoted.delimiter == ";")
        #expect(quoted.isUsable, "\(placed(quoted))")
        #expect(quoted.speakers.first?.onBehalfOf == ["Belgium", "Luxembourg"])
        #expect(quoted.speakers.first?.limit == .seconds(150))
        let unquoted = loadCSV(header + "28/11/2023 08:05;I;Netherlands;2:30;Belgium; Luxembourg\r\n")
        #expect(placed(unquoted) == ["2:45 error: this row has 6 fields; the header has 5"])
    }

    @Test func theShippedFrenchExcelExampleHasLimitsAndJointStatements() throws {
        let reg = try loadShipped("Examples/excel-fr-declarations-conjointes.csv")
        #expect(reg.isUsable)
        #expect(reg.encoding == .cp1252 && reg.delimiter == ";")
        #expect(reg.rowsAccountedFor && reg.rowCount == 13)
        #expect(reg.late.map(\.delegation) == ["Kenya"])
        let byName = Dictionary(uniqueKeysWithValues: reg.speakers.map { ($0.delegation, $0) })
        #expect(
            byName["European Union"]?.onBehalfOf == [
                "European Union and its member States", "Albania", "North Macedonia", "Montenegro",
                "Republic of Moldova", "Ukraine",
            ])
        #expect(byName["European Union"]?.limit == .minutes(4))
        #expect(byName["Senegal"]?.onBehalfOf == ["Group of African States"])
        #expect(byName["Costa Rica"]?.limit == .seconds(180))
        #expect(byName["Costa Rica"]?.onBehalfOf == ["Argentina", "Chile", "Mexico", "Uruguay"])
        #expect(byName["Netherlands (Kingdom of the)"]?.onBehalfOf == ["Belgium", "Luxembourg"])
        #expect(byName["France"]?.limit == nil && byName["France"]?.onBehalfOf == [])
        #expect(reg.accepted.contains { $0.note == "déclaration commune; texte distribué" })
        #expect(reg.speakers.compactMap(\.limit).count == 5)
    }

    @Test func inlineSpeakersTakeTheSameKeys() throws {
        let reg = try loadPlan(
            minimalPlan + """
                [[speakers]]
                received = 2023-12-05T10:00:00
                segment = "I"
                delegation = "European Union"
                limit = "4:00"
                on_behalf_of = "European Union and its member States; Albania"

                [[speakers]]
                received = 2023-12-05T10:05:00
                segment = "I"
                delegation = "Senegal"
                limit = 150
                "au nom de" = "Group of African States"

                [[speakers]]
                received = 2023-12-05T10:10:00
                segment = "I"
                delegation = "Peru"
                limit = "soon"

                """)
        #expect(reg.speakers.map(\.limit) == [.minutes(4), .seconds(150)])
        #expect(
            reg.speakers.map(\.onBehalfOf) == [
                ["European Union and its member States", "Albania"], ["Group of African States"],
            ])
        #expect(placed(reg) == ["31:9 error: the limit is not a time from 0:01 to 60:00"])
    }
}

@Suite("Plan files: limits by category, rights of reply, points of order")
struct ProcedurePlanTests {
    /// `minimalPlan` with `top` among its top-level keys and `tables` after its segment.
    func plan(top: String = "", _ tables: String = "") throws -> Registration {
        let text = minimalPlan.replacing(
            "registration_deadline = \"2023-12-07 00:00\"\n",
            with: "registration_deadline = \"2023-12-07 00:00\"\n" + top)
        return try loadPlan(text + tables)
    }

    @Test func withoutTheKeysThePlanIsTheGeneralAssemblys() throws {
        let reg = try plan()
        #expect(reg.planLoaded)
        #expect(reg.plan.categoryLimits.isEmpty)
        #expect(reg.plan.replies == .generalAssembly)
        #expect(reg.plan.pointOfOrderLimit == nil)
    }

    @Test func limitsByCategoryWithTheirShortForms() throws {
        let reg = try plan(
            """

            [limits]
            observer = "1:30"
            organization = "3:00"
            civil_society = 60
            court = "5:00"
            state_party = "2:30"
            other = "1:00"

            """)
        #expect(placed(reg) == ["0:0 warning: the plan names no speakers"])
        #expect(
            reg.plan.categoryLimits == [
                .observerState: .seconds(90), .internationalOrganization: .minutes(3), .civilSociety: .minutes(1),
                .court: .minutes(5), .stateParty: .seconds(150), .other: .minutes(1),
            ])
        let observer = Speaker(id: SpeakerID(1), delegation: "Holy See", category: .observerState, segment: 0)
        #expect(reg.plan.limit(for: observer) == .seconds(90))
    }

    @Test func aBadCategoryLimitIsAnErrorAtItsValue() throws {
        let reg = try plan("\n[limits]\nobserver_state = \"soon\"\ncivil_society = \"0:00\"\n")
        #expect(!reg.planLoaded)
        #expect(
            placed(reg) == [
                "15:18 error: limits: observer_state is not a positive duration",
                "16:17 error: limits: civil_society is not a positive duration",
            ])
    }

    @Test func anUnknownCategoryKeyIsAnErrorWithTheKeyMeant() throws {
        let reg = try plan("\n[limits]\nobserver_sate = \"1:30\"\nngo = \"1:00\"\n")
        #expect(!reg.planLoaded)
        #expect(
            placed(reg) == [
                "15:1 error: unknown key observer_sate is not read: the plan would differ from the file",
                "16:1 error: unknown key ngo",
            ])
        #expect(reg.diagnostics[0].hint == "did you mean `observer_state`?")
        #expect(reg.diagnostics[1].hint.hasPrefix("known keys: civil_society, court, international_organization"))
    }

    @Test func aCategoryNamedTwiceIsAnError() throws {
        let reg = try plan("\n[limits]\nobserver_state = \"1:30\"\nobserver = \"1:00\"\n")
        #expect(placed(reg) == ["16:1 error: limits: observer and observer_state name the same category"])
    }

    @Test func aTopLevelLimitIsTakenForTheTable() throws {
        let reg = try plan(top: "limit = \"2:00\"\n")
        #expect(placed(reg) == ["7:1 error: unknown key limit is not read: the plan would differ from the file"])
        #expect(reg.diagnostics[0].hint == "did you mean `limits`?")
    }

    @Test func repliesAsTheBodySetsThem() throws {
        let reg = try plan(
            "\n[replies]\nwhere = \"segment\"\nper_delegation = 1\nlimits = [\"5:00\", 180]\n")
        #expect(reg.planLoaded, "\(placed(reg))")
        #expect(
            reg.plan.replies
                == ReplyRules(placement: .eachSegment, perDelegation: 1, limits: [.minutes(5), .minutes(3)]))
    }

    @Test func aRepliesKeyLeftOutIsTheGeneralAssemblys() throws {
        let reg = try plan("\n[replies]\nper_delegation = 3\n")
        #expect(
            reg.plan.replies
                == ReplyRules(placement: .endOfSession, perDelegation: 3, limits: [.minutes(10), .minutes(5)]))
    }

    @Test func badRepliesAreErrorsAtTheirValues() throws {
        let reg = try plan(
            "\n[replies]\nwhere = \"end of day\"\nper_delegation = -1\nlimits = [\"10:00\", \"five\"]\n")
        #expect(!reg.planLoaded)
        #expect(
            placed(reg) == [
                "15:9 error: replies: where is \"segment\" or \"session\"",
                "16:18 error: replies: per_delegation is not a whole number from 0 to 100",
                "17:20 error: replies: limits is not a list of positive durations, the first reply's first",
            ])
    }

    @Test func emptyReplyLimitsAreAnError() throws {
        let reg = try plan("\n[replies]\nlimits = []\n")
        #expect(
            placed(reg) == ["15:10 error: replies: limits is not a list of positive durations, the first reply's first"]
        )
    }

    @Test func firstAndSecondPointAtTheOneList() throws {
        let reg = try plan("\n[replies]\nfirst = \"10:00\"\nsecnd = \"5:00\"\n")
        #expect(
            placed(reg) == [
                "15:1 error: replies: the limits of the replies are one list, limits",
                "16:1 error: unknown key secnd",
            ])
        #expect(reg.diagnostics[0].hint == "limits = [\"10:00\", \"5:00\"] (the first reply's, the second's)")
    }

    @Test func aReplyKeyNearAKnownOneHasTheHint() throws {
        let reg = try plan("\n[replies]\nper-delegation = 2\n")
        #expect(reg.diagnostics.map(\.hint) == ["did you mean `per_delegation`?"])
    }

    @Test func aPointOfOrderLimit() throws {
        let reg = try plan(top: "point_of_order = \"3:00\"\n")
        #expect(reg.plan.pointOfOrderLimit == .minutes(3))
        let bad = try plan(top: "point_of_order = \"-3:00\"\n")
        #expect(placed(bad) == ["7:18 error: point_of_order is not a positive duration"])
        let typo = try plan(top: "points_of_order = \"3:00\"\n")
        #expect(typo.diagnostics.map(\.hint) == ["did you mean `point_of_order`?"])
    }

    @Test func theTablesMustBeTables() throws {
        let reg = try plan(top: "limits = \"1:30\"\nreplies = 2\n")
        #expect(
            placed(reg) == [
                "7:10 error: limits must be a table ([limits])", "8:11 error: replies must be a table ([replies])",
            ])
    }

    @Test func theShippedPlanSetsThemAll() throws {
        let reg = try loadShipped("Examples/asp-2023-procedure.toml")
        #expect(reg.isUsable, "\(placed(reg))")
        #expect(reg.diagnostics.allSatisfy { $0.warning?.isRuleDecision == true }, "\(placed(reg))")
        #expect(reg.plan.categoryLimits == [.observerState: .seconds(90), .civilSociety: .seconds(90)])
        #expect(reg.plan.replies == .generalAssembly)
        #expect(reg.plan.pointOfOrderLimit == .minutes(3))
        let turkey = try #require(reg.speakers.first { $0.delegation == "Türkiye" })
        #expect(turkey.limit == nil && reg.plan.limit(for: turkey) == .seconds(90))
    }
}
