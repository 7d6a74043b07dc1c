// The room display's journal follower: a reader that follows what a console appends,
// through torn tails, restarts, continuations and replaced files, and never writes.
import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat
import Testing

@testable import PlenarySystem

@Suite struct JournalFollowerTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    /// The session the follower sees, or nil.
    func followed(_ f: JournalFollower) -> FollowedSession? {
        if case .following(let s) = f.state { return s }
        return nil
    }

    func append(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_APPEND)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func waitsForTheJournalThenFollowsEveryAppendedEvent() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        let follower = JournalFollower(path: path, clocks: m.clocks)
        #expect(!follower.poll())
        guard case .waiting = follower.state else {
            Issue.record("not waiting: \(follower.state)")
            return
        }

        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        #expect(follower.poll())
        #expect(followed(follower)?.session.state.phase == .notStarted)
        #expect(followed(follower)?.anchor == s.anchor)
        #expect(followed(follower)?.clockKind == .sameBoot)

        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        m.advance(.seconds(2))
        try s.perform(.giveFloor, at: m.now(s.anchor))
        #expect(follower.poll())
        #expect(!follower.poll(), "nothing new was written")
        let seen = try #require(followed(follower))
        #expect(seen.session.state == s.session.state)
        m.advance(.seconds(30))
        #expect(seen.session.state.speakingTime(at: m.now(seen.anchor)) == .seconds(30))
        // Undo replays: the follower ends with the console's state, not a stale one.
        try s.perform(.undo, at: m.now(s.anchor))
        #expect(follower.poll())
        #expect(followed(follower)?.session.state == s.session.state)
    }

    @Test func aTornLastLineIsLeftAloneAndReadOnceComplete() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        try s.perform(.giveFloor, at: m.now(s.anchor))
        s.journal.close()
        // Take the last line back off and write it in two halves, as a slow write would.
        let whole = try FileReader.read(path)
        let lastStart = try #require(whole.dropLast().lastIndex(of: 10)) + 1
        #expect(truncate(path, off_t(lastStart)) == 0)
        let line = Array(whole[lastStart...])
        append(Array(line.prefix(line.count / 2)), to: path)

        let follower = JournalFollower(path: path, clocks: m.clocks)
        #expect(follower.poll())
        let before = try #require(followed(follower))
        #expect(before.session.events.count == s.session.events.count - 1)
        let torn = try FileReader.read(path)
        #expect(!follower.poll())
        #expect(try FileReader.read(path) == torn, "a follower never cuts a torn tail")

        append(Array(line.dropFirst(line.count / 2)), to: path)
        #expect(follower.poll())
        #expect(followed(follower)?.session.state == s.session.state)
    }

    @Test func followsTheConsoleThroughARestartAndAContinuation() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        try s.perform(.giveFloor, at: m.now(s.anchor))
        let follower = JournalFollower(path: path, clocks: m.clocks)
        #expect(follower.poll())

        // kill -9 and start again: the console resumes (a note), the display carries on.
        s.journal.close()
        m.advance(.seconds(20))
        var again = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        _ = follower.poll()
        let resumed = try #require(followed(follower))
        #expect(resumed.anchor == s.anchor)
        #expect(resumed.session.state.speakingTime(at: m.now(resumed.anchor)) == .seconds(20))

        // The disk fails: the console continues into path.continued-1 with the full history.
        let next = try again.journal.continueAfterFailure(
            history: again.session.events,
            anchor: again.anchor)
        again.journal = next
        m.advance(.seconds(5))
        try again.perform(.endIntervention, at: m.now(again.anchor))
        #expect(follower.poll())
        let continued = try #require(followed(follower))
        #expect(continued.path == path + ".continued-1")
        #expect(continued.session.state == again.session.state)
        #expect(continued.session.state.records.count == 1)
    }

    @Test func aReplacedFileIsReadAgainFromItsStart() throws {
        let m = FakeMachine()
        let dir = journalScratch()
        let path = dir + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        try s.perform(.giveFloor, at: m.now(s.anchor))
        let follower = JournalFollower(path: path, clocks: m.clocks)
        #expect(follower.poll())
        #expect(followed(follower)?.session.state.floor.intervention != nil)

        // Another session's journal is moved into place (a new inode, shorter).
        let other = dir + "/other.journal"
        _ = try SessionStore.open(plan: plan, speakers: speakers, path: other, rehearsal: false, clocks: m.clocks)
        #expect(rename(other, path) == 0)
        #expect(follower.poll())
        #expect(followed(follower)?.session.state.phase == .notStarted)

        // Removed: back to waiting.
        #expect(unlink(path) == 0)
        #expect(follower.poll())
        guard case .waiting = follower.state else {
            Issue.record("not waiting: \(follower.state)")
            return
        }
    }

    @Test func damageIsReportedOnlyOnceItPersistsAndTheFileIsNeverTouched() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        let follower = JournalFollower(path: path, clocks: m.clocks)
        #expect(follower.poll())
        try s.perform(.giveFloor, at: m.now(s.anchor))
        s.journal.close()
        let good = try FileReader.read(path)
        var bytes = good
        let lineEnds = bytes.indices.filter { bytes[$0] == 10 }
        #expect(lineEnds.count == 5)
        bytes[lineEnds[3] + 30] ^= 0x01
        // Damage in place, in a line the follower has not read yet (lines already
        // read are not checked again).
        let fd = open(path, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        close(fd)

        // A glimpse of damage keeps what was shown; only damage that stays counts.
        for _ in 1..<JournalFollower.damageConfirmations {
            #expect(!follower.poll())
            #expect(followed(follower)?.session.state.phase != nil)
        }
        #expect(follower.poll())
        guard case .damaged(_, let damage) = follower.state else {
            Issue.record("not damaged")
            return
        }
        #expect(damage.line == 5)
        #expect(!follower.poll(), "an unchanged damaged file is not read again")
        #expect(try FileReader.read(path) == bytes)

        // Put back in order: followed again.
        try DurableFiles.writeAtomically(good, to: path)
        #expect(follower.poll())
        #expect(followed(follower)?.session.state.floor.intervention != nil)
    }

    @Test func onAnotherBootTheTimeComesFromTheWallClock() throws {
        let console = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: console.clocks)
        try s.perform(.openSession, at: console.now(s.anchor))
        try s.perform(.startNextSegment, at: console.now(s.anchor))
        try s.perform(.giveFloor, at: console.now(s.anchor))
        // A machine whose boot is not the journal's (the file read over a shared disk).
        let elsewhere = FakeMachine()
        elsewhere.reboot(id: "boot-z", downtime: .seconds(12))
        let follower = JournalFollower(path: path, clocks: elsewhere.clocks)
        #expect(follower.poll())
        let seen = try #require(followed(follower))
        #expect(seen.clockKind == .afterReboot(previousBoot: "boot-a"))
        #expect(seen.anchor == ClockAnchor(wall: elsewhere.wall, bootNanoseconds: elsewhere.boot, bootID: "boot-z"))
        #expect(seen.session.state.speakingTime(at: elsewhere.now(seen.anchor)) == .seconds(12))
    }

    @Test func readingOnFromAnEarlierReadingEqualsReadingTheWholeFile() throws {
        let m = FakeMachine()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        let early = try JournalFile.read(path)
        try s.perform(.giveFloor, at: m.now(s.anchor))
        try s.perform(.endIntervention, at: m.now(s.anchor))
        let bytes = try FileReader.read(path)
        let whole = try JournalReader.read(bytes)
        let more = try JournalReader.read(more: Array(bytes[early.intactLength...]), after: early)
        #expect(more.records == whole.records)
        #expect(more.intactLength == whole.intactLength && more.lastHash == whole.lastHash)
    }
}
