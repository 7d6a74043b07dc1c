// Writes the golden journals with the build of the day they were recorded (run once,
// with RECORD_GOLDEN_JOURNALS=1; the files go to /tmp/plenary-golden and are copied
// into Tests/PlenaryFormatsTests/Golden/Journals by hand). Not a test of anything.
import Foundation
import PlenaryCore
import PlenaryFormats
@testable import PlenarySystem
import Testing

enum GoldenSession {
    static let cet = Duration.minutes(60)
    static func at(_ h: Int, _ m: Int) -> Instant { Instant(year: 2023, month: 12, day: 8, hour: h, minute: m, utcOffset: cet) }

    static let plan = SessionPlan(
        title: "Golden plenary", timeZone: "Europe/Amsterdam", utcOffset: cet,
        start: at(11, 30), end: at(12, 30), openingAllowance: .minutes(3), closingAllowance: .minutes(3),
        segments: [SegmentPlan(id: "I", title: "High-level", budget: .minutes(20), interventionLimit: .minutes(3)),
                   SegmentPlan(id: "II", title: "Technical", budget: .minutes(20), interventionLimit: .minutes(2))],
        registrationDeadline: Instant(year: 2023, month: 12, day: 7, utcOffset: cet))

    static let speakers: [Speaker] = [
        Speaker(id: SpeakerID(1), delegation: "Presidency of the Court", function: "President", category: .court,
                segment: 0, received: Instant(year: 2023, month: 11, day: 20, hour: 9, utcOffset: cet)),
        Speaker(id: SpeakerID(2), delegation: "Belgium", function: "Ambassador", category: .stateParty, segment: 0,
                received: Instant(year: 2023, month: 11, day: 21, hour: 10, utcOffset: cet)),
        Speaker(id: SpeakerID(3), delegation: "Côte d'Ivoire", function: "Minister of Justice", category: .stateParty,
                segment: 0, received: Instant(year: 2023, month: 11, day: 22, hour: 11, utcOffset: cet)),
        Speaker(id: SpeakerID(4), delegation: "Japan", category: .stateParty, segment: 1,
                received: Instant(year: 2023, month: 11, day: 23, hour: 12, utcOffset: cet)),
        Speaker(id: SpeakerID(5), delegation: "European Union", function: "Head of Delegation",
                category: .internationalOrganization, segment: 1),
        Speaker(id: SpeakerID(6), delegation: "Coalition for the ICC", category: .civilSociety, segment: 1,
                received: Instant(year: 2023, month: 12, day: 7, hour: 9, utcOffset: cet)),
    ]
}

@Suite(.enabled(if: ProcessInfo.processInfo.environment["RECORD_GOLDEN_JOURNALS"] == "1"))
struct GoldenJournalRecorder {
    static let dir = "/tmp/plenary-golden"

    final class Disk: @unchecked Sendable {
        var full = false
        var io: FileIO {
            FileIO(write: { fd, b in
                       if self.full { return -Int(ENOSPC) }
                       return FileIO.system.write(fd, b)
                   },
                   fdatasync: { FileIO.system.fdatasync($0) },
                   fsync: { FileIO.system.fsync($0) })
        }
    }

    @Test func live() throws {
        try? FileManager.default.createDirectory(atPath: Self.dir, withIntermediateDirectories: true)
        let path = Self.dir + "/live.journal"
        try? FileManager.default.removeItem(atPath: path)
        let m = FakeMachine()
        m.bootID = "4b1c9e2a-7d3f-4e8a-9c61-0f2d5a7b8e31"
        var s = try SessionStore.open(plan: GoldenSession.plan, speakers: GoldenSession.speakers, path: path,
                                      rehearsal: false, program: ProgramVersion.current, clocks: m.clocks)
        func run(_ c: Command, after seconds: Int) throws {
            m.advance(.seconds(Int64(seconds)))
            try s.perform(c, at: m.now(s.anchor))
        }
        try run(.openSession, after: 60)
        try run(.startNextSegment, after: 170)
        try run(.giveFloor, after: 12)                 // #1 called and given the floor
        try run(.pause, after: 50)
        try run(.resume, after: 20)
        try run(.extend(by: .seconds(30), reason: "interpretation interrupted"), after: 100)
        try run(.endIntervention, after: 75)           // 3:45 of 3:30: +0:15
        try run(.callNext, after: 4)                   // Belgium
        try run(.skip(nil), after: 9)                  // not in the room
        try run(.addWalkIn(delegation: "Kenya", function: "Ambassador", category: .stateParty, segment: 0,
                           position: 1), after: 6)
        try run(.giveFloor, after: 18)                 // Kenya
        try run(.endIntervention, after: 95)
        try run(.callNext, after: 3)                   // Côte d'Ivoire
        try run(.markAbsent(nil), after: 8)
        try run(.giveFloor, after: 14)                 // Belgium, skipped then spoke
        try run(.endIntervention, after: 170)
        try run(.startNextSegment, after: 25)          // Segment II
        try run(.giveFloor, after: 16)                 // Japan
        try run(.endIntervention, after: 100)
        try run(.giveFloor, after: 7)                  // the European Union, by mistake...
        try run(.undo, after: 5)                       // ...taken back
        try run(.giveFloor, after: 10)                 // and again
        try run(.endIntervention, after: 125)          // 2:05 of 2:00
        try run(.startNextSegment, after: 20)          // closing: the Coalition not reached
        try run(.closeSession, after: 150)
        s.journal.close()
    }

    @Test func rebootAndContinuation() throws {
        try? FileManager.default.createDirectory(atPath: Self.dir, withIntermediateDirectories: true)
        let path = Self.dir + "/reboot.journal"
        for f in [path, path + ".broken", path + ".continued-1"] { try? FileManager.default.removeItem(atPath: f) }
        let m = FakeMachine(), disk = Disk()
        m.bootID = "4b1c9e2a-7d3f-4e8a-9c61-0f2d5a7b8e31"
        var s = try SessionStore.open(plan: GoldenSession.plan, speakers: GoldenSession.speakers, path: path,
                                      rehearsal: false, clocks: m.clocks, io: disk.io)
        func run(_ c: Command, after seconds: Int) throws {
            m.advance(.seconds(Int64(seconds)))
            try s.perform(c, at: m.now(s.anchor))
        }
        try run(.openSession, after: 60)
        try run(.startNextSegment, after: 170)
        try run(.giveFloor, after: 12)
        try run(.endIntervention, after: 150)
        try run(.giveFloor, after: 20)                 // Belgium on the floor when the power goes
        m.advance(.seconds(30))
        s.journal.close()
        // The power cut tore a record being written.
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        h.seekToEndOfFile()
        h.write(Data(#"{"crc":"0badf00d","rec":{"boot":"4b1c"#.utf8))
        try h.close()

        m.reboot(id: "e7a05c3b-1f94-4d26-8b0e-6c3a9d1f2b47", downtime: .seconds(90))
        s = try SessionStore.open(plan: GoldenSession.plan, speakers: GoldenSession.speakers, path: path,
                                  rehearsal: false, clocks: m.clocks, io: disk.io)
        m.advance(.seconds(5))
        try SessionStore.acknowledgeClock(&s)
        try run(.endIntervention, after: 40)
        try run(.callNext, after: 4)                   // Côte d'Ivoire
        try run(.giveFloor, after: 15)

        // The disk fills up: the end is NOT SAVED, and the console continues in a new file.
        let sink = JournalSink(s, candidates: { [$0 + ".continued-1"] }, io: disk.io)
        disk.full = true
        m.advance(.seconds(80))
        let end = try s.session.decide(.endIntervention, at: m.now(s.anchor)).get()
        #expect(throws: JournalError.self) { try sink.persist(end) }
        disk.full = false
        m.advance(.seconds(3))
        let next = try sink.continueAfterFailure(history: s.session.events)
        #expect(next == path + ".continued-1")
        func again(_ c: Command, after seconds: Int) throws {
            m.advance(.seconds(Int64(seconds)))
            let events = try s.session.decide(c, at: m.now(s.anchor)).get()
            try sink.persist(events)
            s.session.record(events)
        }
        try again(.endIntervention, after: 2)
        try again(.startNextSegment, after: 20)
        try again(.giveFloor, after: 15)
        try again(.pause, after: 30)
        try again(.resume, after: 10)
        try again(.endIntervention, after: 90)
        try again(.startNextSegment, after: 10)
        try again(.closeSession, after: 100)
        sink.journal.close()
    }
}
