// Every refusal the core can return, and every form problem, has words in English
// and in French; the console shows them in the operator's language.
import PlenaryConsole
import PlenaryCore
import PlenaryView
import Testing

/// One refusal of each kind. `kind` is an exhaustive switch: a new `Rejection` case
/// does not build until it has a number here, and the test fails until it has a sample.
enum RefusalSamples {
    static let belgium = Speaker(id: SpeakerID(7), delegation: "Belgium", segment: 0)
    static let segmentII = SegmentPlan(
        id: "II", title: "General debate", budget: .minutes(60),
        interventionLimit: .minutes(2))

    static let all: [Rejection] = [
        .sessionClosed, .sessionAlreadyOpen, .sessionNotOpened, .planHasNoSegments, .closingUnderway,
        .noSegmentUnderway(.callNext, sessionStarted: false), .noSegmentUnderway(.giveFloor, sessionStarted: true),
        .speakerCalled(belgium, blocking: .startNextSegment), .speakerHasFloor(belgium, blocking: .closeSession),
        .speakerHasFloor(belgium, blocking: .skip(nil)), .noneWaiting(in: segmentII),
        .speakerInOtherSegment(belgium, segmentII), .speakerNotWaiting(belgium, .spoke, .call(belgium.id)),
        .speakerNotWaiting(belgium, .absent, .move(belgium.id, toPosition: 2)), .floorAlreadyGiven(to: belgium),
        .alreadyPaused, .notPaused, .nobodyOnFloor(.pause), .nobodyOnFloor(.extend(by: .seconds(30), reason: "")),
        .nobodyCalled(.markAbsent(nil)), .speakerCannotLeave(belgium, .withdrawn, .withdraw(belgium.id)),
        .speakerNotWithdrawnOrAbsent(belgium, .waiting), .unknownSpeaker(SpeakerID(99)), .walkInWithoutDelegation,
        .noSuchSegment(4), .positionBelowOne, .extensionAddsNoTime, .correctedStartInFuture,
        .correctedStartBeforeCall(belgium), .correctedStartBeforePreviousEnd, .correctedStartAfterPause,
        .nothingToUndo, .nothingToRedo, .noRegistrationsToAdd,
        .pointOfOrderUnderway(.endIntervention), .meetingSuspended(.giveFloor), .noPointOfOrder, .notSuspended,
        .replyLimitReached(delegation: "Belgium", allowed: 2), .replyLimitReached(delegation: "Belgium", allowed: 0),
        .replyListClosed, .replyWithoutDelegation, .limitNotPositive, .suspensionWithoutLength, .emptyMessage,
        .noMessageShown, .emptyNote,
    ]

    static let kinds = 42

    static func kind(_ r: Rejection) -> Int {
        switch r {
        case .sessionClosed: 0
        case .sessionAlreadyOpen: 1
        case .sessionNotOpened: 2
        case .planHasNoSegments: 3
        case .closingUnderway: 4
        case .noSegmentUnderway: 5
        case .speakerCalled: 6
        case .speakerHasFloor: 7
        case .noneWaiting: 8
        case .speakerInOtherSegment: 9
        case .speakerNotWaiting: 10
        case .floorAlreadyGiven: 11
        case .alreadyPaused: 12
        case .notPaused: 13
        case .nobodyOnFloor: 14
        case .nobodyCalled: 15
        case .speakerCannotLeave: 16
        case .speakerNotWithdrawnOrAbsent: 17
        case .unknownSpeaker: 18
        case .walkInWithoutDelegation: 19
        case .noSuchSegment: 20
        case .positionBelowOne: 21
        case .extensionAddsNoTime: 22
        case .correctedStartInFuture: 23
        case .correctedStartBeforeCall: 24
        case .correctedStartBeforePreviousEnd: 25
        case .correctedStartAfterPause: 26
        case .nothingToUndo: 27
        case .nothingToRedo: 28
        case .noRegistrationsToAdd: 29
        case .pointOfOrderUnderway: 30
        case .meetingSuspended: 31
        case .noPointOfOrder: 32
        case .notSuspended: 33
        case .replyLimitReached: 34
        case .replyListClosed: 35
        case .replyWithoutDelegation: 36
        case .limitNotPositive: 37
        case .suspensionWithoutLength: 38
        case .emptyMessage: 39
        case .noMessageShown: 40
        case .emptyNote: 41
        }
    }

    /// The speaker or segment a refusal is about, which its text must name.
    static func subject(_ r: Rejection) -> String? {
        switch r {
        case .speakerCalled(let sp, _), .speakerHasFloor(let sp, _), .speakerNotWaiting(let sp, _, _),
            .floorAlreadyGiven(let sp), .speakerCannotLeave(let sp, _, _), .speakerNotWithdrawnOrAbsent(let sp, _),
            .correctedStartBeforeCall(let sp), .speakerInOtherSegment(let sp, _):
            sp.delegation
        case .noneWaiting(let seg): seg.id
        case .unknownSpeaker(let id): "\(id)"
        case .noSuchSegment(let i): "\(i + 1)"
        case .replyLimitReached(let d, let n) where n > 0: d
        default: nil
        }
    }

    static let formProblems: [FormProblem] = [
        .delegationMissing, .noSuchSegment("IX"), .positionNotANumber, .noListToMoveIn,
        .listNumberOutOfRange(count: 14), .startTimeUnreadable, .amountUnreadable,
    ]
}

@Suite struct RefusalText {
    @Test func theSamplesCoverEveryKindOfRefusal() {
        #expect(Set(RefusalSamples.all.map(RefusalSamples.kind)) == Set(0..<RefusalSamples.kinds))
    }

    @Test(arguments: RefusalSamples.all)
    func everyRefusalIsSaidInBothLanguages(_ r: Rejection) {
        let english = Strings.english.refusal(r)
        let french = Strings.french.refusal(r)
        #expect(!english.isEmpty && !french.isEmpty)
        #expect(english != french, "\(r) is not translated")
        #expect(english.hasSuffix(".") && french.hasSuffix("."))
        if let subject = RefusalSamples.subject(r) {
            #expect(english.contains(subject) && french.contains(subject), "\(r) does not name \(subject)")
        }
    }

    @Test func noTwoKindsOfRefusalReadTheSame() {
        for strings in [Strings.english, Strings.french] {
            let texts = RefusalSamples.all.map(strings.refusal)
            #expect(Set(texts).count == texts.count, "\(strings.language)")
        }
    }

    @Test func englishReadsAsBefore() {
        let s = Strings.english
        #expect(
            s.refusal(.speakerCalled(RefusalSamples.belgium, blocking: .closeSession))
                == "Belgium has been called: give the floor, skip or mark absent before closing the session.")
        #expect(
            s.refusal(.speakerCannotLeave(RefusalSamples.belgium, .spoke, .skip(nil)))
                == "Cannot skip Belgium: has spoken.")
        #expect(
            s.refusal(.noSegmentUnderway(.callNext, sessionStarted: false))
                == "Start Segment I first to call a speaker.")
    }

    @Test func frenchElidesBeforeAVowel() {
        let s = Strings.french
        #expect(
            s.refusal(.speakerCalled(RefusalSamples.belgium, blocking: .callNext))
                == "Belgium a été appelé : donner la parole, reporter ou marquer absent "
                + "avant d'appeler l'orateur suivant.")
        #expect(
            s.refusal(.speakerHasFloor(RefusalSamples.belgium, blocking: .closeSession))
                == "Belgium a la parole : clore l'intervention avant de clore la séance.")
    }

    @Test(arguments: RefusalSamples.formProblems)
    func everyFormProblemIsSaidInBothLanguages(_ p: FormProblem) {
        let english = Strings.english.formProblem(p)
        let french = Strings.french.formProblem(p)
        #expect(!english.isEmpty && !french.isEmpty && english != french)
    }

    @Test func theConsoleRefusesInTheOperatorsLanguage() {
        let c = ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(),
            config: ConsoleConfig(language: .french))
        _ = c.handle(.char("p"), at: at(11, 30))
        #expect(c.ui.message == Message("Personne n'a la parole.", isError: true))
        let english = ConsoleController(session: DefaultSession.session(), sink: MemoryEventSink())
        _ = english.handle(.char("p"), at: at(11, 30))
        #expect(english.ui.message == Message("Nobody has the floor.", isError: true))
    }
}

@Suite struct NoticeText {
    static let notices: [SessionNotice] = [
        .planMoved(from: "2023-12-08", to: "2026-12-01"), .journalCreated("a.journal"), .resumed("a.journal"),
        .resumedAfterRestart, .tornRecordCut(bytes: 17, copy: "a.journal.broken"), .rehearsalJournal("r.journal"),
    ]

    @Test(arguments: notices)
    func everyNoticeIsSaidInBothLanguages(_ n: SessionNotice) {
        let english = Strings.english.notices([n])
        let french = Strings.french.notices([n])
        #expect(!english.isEmpty && !french.isEmpty)
        if case .journalCreated = n { #expect(english == french) } else { #expect(english != french) }
    }

    @Test func noticesJoinIntoOneLine() {
        #expect(
            Strings.english.notices([
                .planMoved(from: "2023-12-08", to: "2026-12-01"),
                .journalCreated("a.journal"),
            ])
                == "plan of 2023-12-08 moved to 2026-12-01; journal a.journal")
        #expect(
            Strings.french.notices([.planMoved(from: "2023-12-08", to: "2026-12-01")])
                == "plan du 2023-12-08 déplacé au 2026-12-01")
    }

    @Test func theExitSummaryIsInTheOperatorsLanguage() {
        let english = ConsoleController(session: DefaultSession.session(), sink: MemoryEventSink())
        for k: Key in [.char("g"), .char("y"), .char("g"), .char("y")] { _ = english.handle(k, at: at(11, 30)) }
        #expect(
            english.summary(at: at(11, 31))
                == "plenary: session in Segment I; 0 interventions (0:00 spoken, 0 over time); 2 events recorded")
        let french = ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(),
            config: ConsoleConfig(language: .french))
        #expect(
            french.summary(at: at(11, 31))
                == "plenary : séance non ouverte ; 0 interventions (0:00 de parole, 0 hors temps) ; "
                + "0 événements enregistrés")
    }

    @Test func oneInterventionIsSingularAndFrenchNoticesTakeASpaceBeforeTheSemicolon() {
        let one = ExitSummary(
            phase: .closed(at: at(13, 0)), segment: nil, interventions: 1, spoken: .seconds(90), overTime: 0, events: 1,
            continuedIn: nil)
        #expect(
            Strings.english.exitSummary(one)
                == "plenary: session closed; 1 intervention (1:30 spoken, 0 over time); 1 event recorded")
        #expect(
            Strings.french.exitSummary(one)
                == "plenary : séance close ; 1 intervention (1:30 de parole, 0 hors temps) ; 1 événement enregistré")
        let notices: [SessionNotice] = [.journalCreated("a.journal"), .rehearsalJournal("b.journal")]
        #expect(Strings.french.notices(notices) == "journal a.journal ; journal de répétition b.journal")
        #expect(Strings.english.notices(notices) == "journal a.journal; rehearsal journal b.journal")
    }

    @Test func theHeadlessSummaryIsInBothLanguages() {
        let s = HeadlessSummary(
            seed: 7, title: "Plenary", opened: "11:30:00", closed: "13:02:10", plannedEnd: "13:00",
            late: "2:10", interventions: 40, overTime: 16, absent: 2, walkIns: 1, events: 300,
            journal: "r.journal", exports: ["r.csv", "r.json"])
        #expect(
            RehearsalStrings.english.headlessSummary(s) == """
                REHEARSAL (headless, seed 7): Plenary
                opened 11:30:00, closed 13:02:10 (planned 13:00): 2:10 late
                40 interventions (16 over time), 2 absent, 1 walk-in; 300 events
                journal: r.journal
                exports: r.csv, r.json
                """)
        #expect(RehearsalStrings.french.headlessSummary(s).hasPrefix("RÉPÉTITION (sans écran, graine 7) : Plenary"))
    }
}
