// What the podium's new actions leave on disk: an extension's reason in the journal
// and the exports, a redo that replays after a restart, and a registration file edited
// after the session began, told on resume and added as one recorded event.
import Foundation
import PlenaryConsole
import PlenaryCore
import PlenaryExport
import PlenaryFormats
import PlenaryJournalFormat
import PlenaryView
import Testing

@testable import PlenarySystem

@Suite struct PodiumJournalTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    func press(_ c: ConsoleController, _ keys: [Key], at t: Instant) {
        for k in keys { _ = c.handle(k, at: t) }
    }

    func openSegmentI(_ c: ConsoleController, at t: Instant) {
        for _ in 0..<3 where c.state.currentSegment == nil { press(c, [.char("g"), .char("y")], at: t) }
    }

    @Test func anExtensionsReasonReachesTheJournalAndTheExports() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let opened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        let sink = JournalSink(opened)
        let c = ConsoleController(session: opened.session, sink: sink)
        let t = m.now(opened.anchor)
        openSegmentI(c, at: t)
        press(c, [.char(" ")], at: t + .seconds(5))
        let reason = [Key](repeating: .backspace, count: 40) + "point of order".map { .char($0) } + [.enter]
        press(c, [.char("E"), .enter] + reason, at: t + .seconds(60))
        press(c, [.char(" ")], at: t + .seconds(150))
        sink.journal.close()

        let reading = try JournalFile.read(path)
        #expect(reading.events.contains { $0.fact == .timeExtended(milliseconds: 30_000, reason: "point of order") })
        let log = ActualTimesLog.build(
            plan: reading.header.plan, speakers: reading.header.speakers, events: reading.events)
        for format in ExportFormat.allCases {
            #expect(log.render(format).contains("point of order"), "\(format) lost the reason")
        }
    }

    @Test func aRedoReplaysAfterARestart() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let opened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        let sink = JournalSink(opened)
        let c = ConsoleController(session: opened.session, sink: sink)
        let t = m.now(opened.anchor)
        openSegmentI(c, at: t)
        press(c, [.char(" ")], at: t + .seconds(5))
        press(c, [.char("u"), .char("y"), .char("U")], at: t + .seconds(20))
        sink.journal.close()
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        #expect(resumed.session.state == c.state)
        #expect(resumed.session.state.floor.intervention?.floorGivenAt == t + .seconds(5))
        resumed.journal.close()
    }

    @Test func theHeaderKeepsTheRegistrationsDigestAndAResumeComparesIt() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let first = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            registrationDigest: "fnv1a64:00000000000000aa",
            clocks: m.clocks)
        first.journal.close()
        #expect(try JournalFile.read(path).header.registrationDigest == "fnv1a64:00000000000000aa")
        let same = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            registrationDigest: "fnv1a64:00000000000000aa",
            clocks: m.clocks)
        #expect(!same.registrationChanged)
        same.journal.close()
        let edited = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            registrationDigest: "fnv1a64:00000000000000bb",
            clocks: m.clocks)
        #expect(edited.registrationChanged, "an edited file was not noticed")
        edited.journal.close()
    }

    @Test func theDigestFollowsTheFilesBytes() throws {
        let dir = journalScratch()
        let csv = dir + "/list.csv"
        let rows = "received,segment,delegation,speaker,category\n20/11/2023 09:00,I,Belgium,Ambassador,state\n"
        try rows.write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try RegistrationFile.loadWithDigest(csv).digest
        #expect(try RegistrationFile.loadWithDigest(csv).digest == before)
        try (rows + "20/11/2023 09:05,I,Kenya,Ambassador,state\n").write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try RegistrationFile.loadWithDigest(csv).digest != before)
    }

    @Test func newRegistrationsAreOfferedFlaggedAndAddedAsOneEvent() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let opened = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        let t = m.now(opened.anchor)
        opened.journal.close()
        // The file gains a row for Kenya and a second row for Belgium in Segment I.
        var edited = speakers
        let next = (speakers.map(\.id.rawValue).max() ?? 0) + 1
        edited.append(Speaker(id: SpeakerID(next), delegation: "Kenya", function: "Ambassador", segment: 0))
        edited.append(Speaker(id: SpeakerID(next + 1), delegation: "Belgium", function: "Minister", segment: 0))
        let resumed = try SessionStore.open(
            plan: plan, speakers: edited, path: path, rehearsal: false, clocks: m.clocks)
        #expect(resumed.registrationChanged)
        let change = RegistrationChange(file: edited, journal: resumed.session.state)
        #expect(change.new.map(\.delegation) == ["Kenya", "Belgium"])
        #expect(change.duplicates == ["Belgium"])

        let sink = JournalSink(resumed)
        let c = ConsoleController(session: resumed.session, sink: sink)
        c.offerRegistrations(change)
        guard case .confirm(.addRegistrations(2, ["Belgium"]), _) = c.ui.mode else {
            Issue.record("no offer: \(c.ui.mode)")
            return
        }
        let screen = c.render(at: t, width: 120, height: 30).lines().joined(separator: "\n")
        #expect(screen.contains("The registration file has changed since the journal began"))
        #expect(screen.contains("Already on the"), "the duplicates are not flagged on screen")
        #expect(
            Strings.english.confirmations(.addRegistrations(count: 2, duplicates: ["Belgium"]))
                .hasSuffix("Already on the list: Belgium."))
        press(c, [.char("y")], at: t)
        #expect(c.session.events.count == 1, "the new rows are one event")
        guard case .registrationsAdded(let added) = c.session.events.last?.fact else {
            Issue.record("not recorded: \(c.session.events)")
            return
        }
        #expect(added.map(\.id) == [SpeakerID(next), SpeakerID(next + 1)])
        #expect(c.state.order[0].suffix(2) == [SpeakerID(next), SpeakerID(next + 1)])
        #expect(c.ui.message?.text == "2 registrations added at the end of the lists")
        sink.journal.close()
        let again = try SessionStore.open(plan: plan, speakers: edited, path: path, rehearsal: false, clocks: m.clocks)
        #expect(again.session.state == c.state)
        #expect(RegistrationChange(file: edited, journal: again.session.state).new.isEmpty, "offered twice")
        again.journal.close()
    }

    @Test func noMeansTheListStaysAsTheJournalHasIt() throws {
        let state = Session(plan: plan, speakers: speakers).state
        var edited = speakers
        edited.append(Speaker(id: SpeakerID(99), delegation: "Kenya", segment: 0))
        let c = ConsoleController(session: Session(plan: plan, speakers: speakers), sink: MemoryEventSink())
        c.offerRegistrations(RegistrationChange(file: edited, journal: state))
        press(c, [.char("n")], at: plan.start)
        #expect(c.session.events.isEmpty)
        #expect(c.ui.message?.text == "New registrations not added: the list stays as the journal has it")
    }
}
