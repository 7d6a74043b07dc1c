// The controller and the input state machine, without a terminal: keys become
// commands, commands go through the sink before they count, refusals and failed
// writes are shown, and every key path ends back in normal mode.
import PlenaryConsole
import PlenaryCore
import PlenaryView
import Testing

struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }

@Suite struct ControllerTests {
    func controller(_ sink: MemoryEventSink = MemoryEventSink()) -> ConsoleController {
        ConsoleController(session: DefaultSession.session(), sink: sink)
    }

    func press(_ c: ConsoleController, _ keys: [Key], at t: Instant) {
        for k in keys { _ = c.handle(k, at: t) }
    }

    @Test func spaceGivesTheFloorThenEndsTheIntervention() {
        let sink = MemoryEventSink()
        let c = controller(sink)
        press(c, [.char("g"), .char("y"), .char("g"), .char("y")], at: at(11, 30))
        press(c, [.char(" ")], at: at(11, 30, 5))
        #expect(c.state.floor.intervention?.speaker == SpeakerID(1))
        #expect(c.ui.message?.text == "Presidency of the Court has the floor")
        press(c, [.char(" ")], at: at(11, 32, 8))
        #expect(c.state.records.count == 1)
        #expect(c.ui.message?.text == "Presidency of the Court finished after 2:03")
        // Everything recorded went through the sink first.
        #expect(sink.events == c.session.events)
    }

    @Test func aFailingSinkRecordsNothingAndRaisesNotSaved() {
        let sink = MemoryEventSink()
        let c = controller(sink)
        press(c, [.char("g"), .char("y"), .char("g"), .char("y")], at: at(11, 30))
        sink.failure = DiskFull()
        press(c, [.char(" ")], at: at(11, 30, 5))
        #expect(c.state.floor.intervention == nil, "shown as done though not saved")
        #expect(c.ui.notSaved == "disk full")
        let g = c.render(at: at(11, 30, 6), width: 80, height: 24)
        #expect(g.lines().contains { $0.contains("NOT SAVED: disk full") })
        sink.failure = nil
        press(c, [.char(" ")], at: at(11, 30, 7))
        #expect(c.ui.notSaved == nil)
        #expect(c.state.floor.intervention?.floorGivenAt == at(11, 30, 7))
    }

    @Test func refusalsAreShownAsErrors() {
        let c = controller()
        press(c, [.char("p")], at: at(11, 30))
        #expect(c.ui.message?.isError == true)
        #expect(c.ui.message?.text == "Nobody has the floor.")
    }

    @Test func quitAndCloseAskFirst() {
        let c = controller()
        #expect(c.handle(.char("q"), at: at(11, 30)).isEmpty)
        #expect(c.ui.mode == .confirm(.quit, onYes: [.quit]))
        #expect(c.handle(.char("n"), at: at(11, 30)).isEmpty)
        #expect(c.ui.mode == .normal)
        _ = c.handle(.char("q"), at: at(11, 30))
        #expect(c.handle(.char("y"), at: at(11, 30)).contains(.quit))
    }

    @Test func frenchConfirmsWithO() {
        let c = ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(),
            config: ConsoleConfig(language: .french))
        _ = c.handle(.char("q"), at: at(11, 30))
        #expect(c.handle(.char("o"), at: at(11, 30)).contains(.quit))
    }

    @Test func undoRevertsTheLastAction() {
        let c = controller()
        press(c, [.char("g"), .char("y"), .char("g"), .char("y"), .char(" ")], at: at(11, 30))
        press(c, [.char("e")], at: at(11, 31))
        #expect(c.state.floor.intervention?.allowance == .seconds(150))
        // With someone on the floor, undo asks first and says the speaker keeps it.
        press(c, [.char("u"), .char("y")], at: at(11, 31, 1))
        #expect(c.state.floor.intervention?.allowance == .seconds(120))
        press(c, [.char("u"), .char("y")], at: at(11, 31, 2))
        #expect(c.state.floor.intervention == nil)
        #expect(c.ui.message?.text == "Undone: floor given to Presidency of the Court at 11:30:00 (U redoes it)")
    }

    @Test func walkInFormWithFuzzyCompletion() {
        let c = controller()
        press(c, [.char("g"), .char("y"), .char("g"), .char("y")], at: at(11, 30))
        press(c, [.char("w")] + "cote".map { .char($0) }, at: at(11, 30, 1))
        guard case .form(let form) = c.ui.mode else {
            Issue.record("no form")
            return
        }
        #expect(form.suggestions.first == "Côte d'Ivoire")
        press(
            c, [.tab, .enter] + "Ministre".map { .char($0) } + [.enter, .enter, .char("2"), .enter],
            at: at(11, 30, 2))
        #expect(c.ui.mode == .normal)
        #expect(c.state.upcoming[1] == SpeakerID(27))
        #expect(c.state.speakers[SpeakerID(27)]?.delegation == "Côte d'Ivoire")
        #expect(c.state.speakers[SpeakerID(27)]?.kind == .walkIn)
    }

    @Test func aBadFormValueKeepsTheFormOpenWithTheReason() {
        let c = controller()
        press(
            c,
            [.char("g"), .char("y"), .char("g"), .char("y"), .char("m")] + "99".map { .char($0) } + [.enter, .enter],
            at: at(11, 30))
        guard case .form(let form) = c.ui.mode else {
            Issue.record("form closed")
            return
        }
        #expect(form.problem == .listNumberOutOfRange(count: 14))
        #expect(Strings.english.formProblem(form.problem!).contains("speaker number"))
        press(c, [.escape], at: at(11, 30))
        #expect(c.ui.mode == .normal)
    }

    @Test func moveAndCorrectStart() {
        let c = controller()
        press(
            c,
            [
                .char("g"), .char("y"), .char("g"), .char("y"), .char("m"), .char("5"), .enter, .backspace, .char("1"),
                .enter,
            ],
            at: at(11, 30))
        #expect(c.state.upcoming.first == SpeakerID(5))
        press(c, [.char(" ")], at: at(11, 30, 20))
        press(
            c, [.char("c")] + Array(repeating: Key.backspace, count: 8) + "11:30:12".map { .char($0) } + [.enter],
            at: at(11, 30, 30))
        #expect(c.state.floor.intervention?.floorGivenAt == at(11, 30, 12))
        press(
            c, [.char("c")] + Array(repeating: Key.backspace, count: 8) + "-25".map { .char($0) } + [.enter],
            at: at(11, 30, 40))
        #expect(c.state.floor.intervention?.floorGivenAt == at(11, 30, 15))
    }

    @Test func bellRingsOncePerStageThatAsksForIt() {
        let c = controller()
        press(c, [.char("g"), .char("y"), .char("g"), .char("y"), .char(" ")], at: at(11, 30))
        #expect(c.tick(at: at(11, 31)).isEmpty)
        #expect(c.tick(at: at(11, 31, 31)).isEmpty)  // wrap up: no bell by default
        #expect(c.tick(at: at(11, 32, 0, ms: 1)) == [.bell])  // time
        #expect(c.tick(at: at(11, 32, 1)).isEmpty)  // still time: rang already
        #expect(c.tick(at: at(11, 32, 16)) == [.bell])  // overrun 1
        c.bell = false
        #expect(c.tick(at: at(11, 32, 31)).isEmpty)
    }

    @Test func aSuspendIsRecordedAndShown() {
        let sink = MemoryEventSink()
        let c = controller(sink)
        c.recordSuspend(from: at(11, 40), to: at(11, 52))
        #expect(c.state.suspends.map(\.start) == [at(11, 40)] && c.state.suspends.map(\.end) == [at(11, 52)])
        #expect(sink.events.last?.fact == .suspendDetected(from: at(11, 40)))
        #expect(sink.events.last?.origin == .system)
        let g = c.render(at: at(11, 52, 1), width: 80, height: 24)
        #expect(g.lines().contains { $0.contains("Machine asleep 11:40:00–11:52:00") })
    }

    @Test func everyBindingIsUniqueAndDescribed() {
        let keys = Keymap.bindings.map(\.key)
        #expect(Set(keys).count == keys.count, "a key is bound twice")
        for action in Action.allCases {
            #expect(Keymap.key(for: action) != nil, "\(action) has no key")
            for lang in Language.allCases { #expect(!Strings.of(lang).actions(action).isEmpty) }
        }
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        let c = controller()
        _ = c.handle(.char("?"), at: at(11, 30))
        #expect(c.ui.mode == .help)
        let g = c.render(at: at(11, 30), width: 80, height: 24)
        #expect(g.lines().contains { $0.contains("Space") && $0.contains("give the floor / end") })
        _ = c.handle(.char("x"), at: at(11, 30))
        #expect(c.ui.mode == .normal)
    }

    @Test func rBringsBackTheLastWithdrawnOrAbsentSpeakerAfterAConfirmation() {
        let c = controller()
        press(c, [.char("g"), .char("y"), .char("g"), .char("y")], at: at(11, 30))
        press(c, [.char("r")], at: at(11, 30))
        #expect(c.ui.message == Message("Nobody withdrawn or absent in this segment", isError: true))
        let first = c.state.upcoming[0]
        let second = c.state.upcoming[1]
        press(c, [.char("x"), .char("y")], at: at(11, 30, 10))  // withdraws the first
        press(c, [.char("a"), .char("y")], at: at(11, 30, 20))  // the second is absent
        #expect(c.state.status(of: first) == .withdrawn && c.state.status(of: second) == .absent)
        press(c, [.char("r")], at: at(11, 30, 30))
        guard case .confirm(.restore(let name), _) = c.ui.mode else {
            Issue.record("no confirmation: \(c.ui.mode)")
            return
        }
        #expect(name == c.state.speakers[second]?.delegation)
        press(c, [.char("n")], at: at(11, 30, 31))
        #expect(c.state.status(of: second) == .absent, "no means no")
        press(c, [.char("r"), .char("y")], at: at(11, 30, 32))
        #expect(c.state.status(of: second) == .waiting)
        press(c, [.char("r"), .char("y")], at: at(11, 30, 33))
        #expect(c.state.status(of: first) == .waiting)
    }
}
