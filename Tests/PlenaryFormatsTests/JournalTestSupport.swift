// A scripted session on the default plan, driven through `Session.handle` with
// explicit instants, and journals built from it in memory. Shared by the journal and
// export tests.
import PlenaryCore
import PlenaryFormats
import Testing

@testable import PlenaryJournalFormat

/// 8 December 2023, local time (UTC+1).
func journalAt(_ hour: Int, _ minute: Int, _ second: Int = 0) -> Instant {
    Instant(year: 2023, month: 12, day: 8, hour: hour, minute: minute, second: second, utcOffset: .minutes(60))
}

enum ScriptedSession {
    /// A full morning: opening, both segments, pauses, extensions, overruns, a skip
    /// then spoke, absences, a withdrawal, a walk-in, a corrected start, an undo,
    /// speakers not reached, the closing.
    static func events() -> [Event] {
        var s = DefaultSession.session()
        var now = journalAt(11, 30, 40)
        func run(_ c: Command, at t: Instant, sourceLocation: SourceLocation = #_sourceLocation) {
            now = t
            if case .failure(let r) = s.handle(c, at: t) {
                Issue.record("\(c) rejected: \(String(describing: r))", sourceLocation: sourceLocation)
            }
        }
        func after(_ seconds: Int) -> Instant { now + .seconds(seconds) }
        func speak(_ seconds: Int, changeover: Int = 15) {
            run(.giveFloor, at: after(changeover))
            run(.endIntervention, at: after(seconds))
        }

        run(.openSession, at: now)
        run(.startNextSegment, at: journalAt(11, 35, 10))
        speak(105, changeover: 10)  // President: 1:45
        run(.callNext, at: after(5))  // Prosecutor
        run(.giveFloor, at: after(20))
        run(.pause, at: after(60))
        run(.resume, at: after(30))
        run(.extend(by: .seconds(30), reason: "interpretation interrupted"), at: after(70))
        run(.endIntervention, at: after(35))  // 2:45 spoken of 2:30: +0:15
        run(.callNext, at: after(5))  // Registry
        run(.skip(nil), at: after(10))  // not in the room
        speak(140, changeover: 5)  // Belgium: 2:20, +0:20
        run(.withdraw(SpeakerID(5)), at: after(5))  // France withdraws
        run(.callNext, at: after(5))  // Sierra Leone
        run(.giveFloor, at: after(10))
        run(.correctStart(to: now - .seconds(5)), at: after(10))  // the timer was late
        run(.endIntervention, at: after(100))
        run(
            .addWalkIn(delegation: "Kenya", function: "Ambassador", category: .stateParty, segment: 0, position: 1),
            at: after(10))
        speak(70, changeover: 20)  // Kenya, walk-in
        run(.callNext, at: after(10))  // Netherlands
        run(.markAbsent(nil), at: after(5))
        speak(110, changeover: 5)  // Argentina
        run(.giveFloor, at: after(10))  // Japan, given by mistake...
        run(.undo, at: after(10))  // ...and taken back
        speak(115, changeover: 5)  // Japan
        for seconds in [110, 125, 118, 120, 90, 100] { speak(seconds) }  // Senegal … Coalition, Registry
        run(.startNextSegment, at: after(20))  // Segment II
        for seconds in [120, 131, 95, 150, 118, 120, 122, 119, 100] { speak(seconds) }
        run(.startNextSegment, at: after(30))  // the closing; three not reached
        run(.closeSession, at: after(240))
        return s.events
    }

    static let header = JournalHeader(
        program: "plenary test", plan: DefaultSession.plan, speakers: DefaultSession.speakers,
        anchor: ClockAnchor(wall: journalAt(11, 0), bootNanoseconds: 5_000_000_000, bootID: "boot-a"),
        rehearsal: false)
}

/// A journal's bytes built in memory, as the writer would produce them.
enum JournalBytes {
    static func make(header: JournalHeader = ScriptedSession.header, entries: [JournalEntry]) throws -> [UInt8] {
        let encoder = JournalLine.makeEncoder()
        var out: [UInt8] = []
        var prev: UInt64 = 0
        for (seq, entry) in ([JournalEntry.header(header)] + entries).enumerated() {
            let record = JournalRecord(
                seq: seq, prev: prev, wall: journalAt(11, 0) + .seconds(seq),
                bootNanoseconds: 5_000_000_000 + Int64(seq), bootID: "boot-a", entry: entry)
            let line = try JournalLine.encode(record, with: encoder)
            prev = JournalLine.chainHash(ofLine: line)
            out += line
        }
        return out
    }

    /// Byte offsets where each line ends (just after its newline).
    static func lineEnds(_ bytes: [UInt8]) -> [Int] {
        bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }
}
