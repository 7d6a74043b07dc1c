// What the pages are sent, against the room display's panel and the console's
// projection at the same instants: one definition of each stage, time and estimate.
import PlenaryCore
import PlenaryView
import Testing

@testable import PlenaryServe

@Suite struct PageSnapshotTests {
    /// The default session with the first speaker on the floor since the plan's start.
    static func speaking() -> (SessionState, Instant) {
        var session = Session(plan: DefaultSession.plan, speakers: DefaultSession.speakers)
        let start = DefaultSession.plan.start
        for c in [Command.openSession, .startNextSegment, .giveFloor] { _ = session.handle(c, at: start) }
        return (session.state, start)
    }

    @Test func eachStageChangeIsWhereTheDisplayChangesItsWord() throws {
        let (st, start) = Self.speaking()
        let now = start + .seconds(5)
        let snap = PageSnapshot.of(.live(st, rehearsal: false), now: now, rate: 1, language: .english, freeze: false)
        let clock = try #require(snap.speaker.clock)
        #expect(clock.rate == -1)
        #expect(clock.value == st.remaining(at: now)?.wholeMilliseconds)
        #expect(snap.speaker.word == "SPEAKING")
        #expect(!snap.speaker.changes.isEmpty)
        let config = DisplayConfig(language: .english, showNext: true, freezeAtZero: false)
        for change in snap.speaker.changes {
            let at = Instant(milliseconds: change.at)
            let before = DisplayScreen.panel(.live(st, rehearsal: false), now: at - .milliseconds(1), config: config)
            let after = DisplayScreen.panel(.live(st, rehearsal: false), now: at, config: config)
            #expect(after.word == change.word && after.role.rawValue == change.role)
            #expect(before.word != after.word || before.role != after.role, "\(change) changes nothing")
        }
        #expect(snap.speaker.changes.contains { $0.word == "TIME" })
    }

    @Test func frozenAtZeroStopsAtTime() throws {
        let (st, start) = Self.speaking()
        let limit = try #require(st.remaining(at: start))
        let late = start + limit + .seconds(40)
        let live = PageSnapshot.of(.live(st, rehearsal: false), now: late, rate: 1, language: .english, freeze: false)
        let frozen = PageSnapshot.of(.live(st, rehearsal: false), now: late, rate: 1, language: .english, freeze: true)
        #expect(live.speaker.digits == "+0:40")
        #expect(frozen.speaker.digits == "0:00")
        #expect(frozen.speaker.word == "TIME" && frozen.speaker.freeze)
        #expect(live.speaker.word != "TIME")
    }

    @Test func everyWaitingSpeakerHasTheProjectionsStart() {
        let (st, start) = Self.speaking()
        let now = start + .seconds(30)
        let snap = PageSnapshot.of(.live(st, rehearsal: false), now: now, rate: 1, language: .english, freeze: false)
        let projection = st.projection(at: now)
        var expected: [String: String] = [:]
        for seg in projection.segments {
            for slot in seg.slots {
                expected[st.speakers[slot.speaker]!.delegation + "#\(seg.segment)"] = TimeText.clock(
                    slot.start, utcOffset: st.plan.utcOffset)
            }
        }
        var waiting = 0
        for (i, seg) in snap.segments.enumerated() {
            for row in seg.rows where row.status == Strings.english.statusWaiting {
                waiting += 1
                #expect(row.estimated == expected[row.delegation + "#\(i)"], "\(row.delegation)")
            }
        }
        #expect(waiting == DefaultSession.speakers.count - 1)
        #expect(snap.segments[0].rows[0].status == Strings.english.statusSpeaking)
        #expect(snap.segments[0].rows[0].estimated == nil)
        #expect(snap.segments[0].current)
    }

    @Test func thePagesSpeakFrench() {
        let (st, start) = Self.speaking()
        let snap = PageSnapshot.of(.live(st, rehearsal: false), now: start, rate: 1, language: .french, freeze: false)
        #expect(snap.language == "fr")
        #expect(snap.labels["estimated"] == WebStrings.french.estimated)
        #expect(snap.speaker.word == Strings.french.speaking)
        #expect(snap.chair?.callLine?.hasPrefix("Je donne") ?? false, "\(snap.chair?.callLine ?? "")")
    }

    @Test func beforeAnyJournalThePagesWait() {
        let snap = PageSnapshot.of(
            .waiting(journal: "/tmp/x.journal"), now: Instant(milliseconds: 0), rate: 1, language: .english,
            freeze: false)
        #expect(snap.speaker.word == DisplayStrings.english.waiting)
        #expect(snap.chair == nil && snap.segments.isEmpty && snap.speaker.clock == nil)
    }
}
