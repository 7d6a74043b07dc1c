// Failure injection: a disk that fills up and an fdatasync that fails. The journal
// must say NOT SAVED at once, acknowledge nothing more, leave the file readable, and
// continue into a new journal holding the full history.
import Foundation
import PlenaryCore
import PlenaryFormats
import Testing

@testable import PlenarySystem

/// A FileIO whose calls fail on cue.
final class FaultyDisk: @unchecked Sendable {
    var failWritesAfter: Int?  // bytes accepted before ENOSPC
    var failSync = false
    var written = 0
    /// Only files under this directory fail (the disk that is full); nil: all.
    var onlyUnder: String?

    func affects(_ fd: Int32) -> Bool {
        guard let dir = onlyUnder else { return true }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")) ?? ""
        return target.hasPrefix(dir + "/")
    }

    /// A write into bytes the file already has: a full disk still takes it (no new block).
    static func overwrites(_ fd: Int32, _ count: Int) -> Bool {
        var info = stat()
        guard fcntl(fd, F_GETFL) & O_APPEND == 0, fstat(fd, &info) == 0 else { return false }
        return lseek(fd, 0, SEEK_CUR) + off_t(count) <= info.st_size
    }

    var io: FileIO {
        FileIO(
            write: { fd, bytes in
                if let limit = self.failWritesAfter, self.affects(fd), !Self.overwrites(fd, bytes.count) {
                    let room = max(0, limit - self.written)
                    if room == 0 { return -Int(ENOSPC) }
                    let n = FileIO.system.write(fd, UnsafeRawBufferPointer(rebasing: bytes.prefix(room)))
                    if n > 0 { self.written += n }
                    return n
                }
                return FileIO.system.write(fd, bytes)
            },
            fdatasync: { fd in self.failSync ? -EIO : FileIO.system.fdatasync(fd) },
            fsync: { fd in FileIO.system.fsync(fd) })
    }
}

@Suite struct JournalFailureTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    @Test func aFailingSyncIsNotSavedAndStopsTheJournal() throws {
        let m = FakeMachine()
        let disk = FaultyDisk()
        let dir = journalScratch()
        let path = dir + "/s.journal"
        var s = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks, io: disk.io)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        disk.failSync = true
        let floor = try s.session.decide(.giveFloor, at: m.now(s.anchor)).get()
        #expect {
            try s.journal.persist(floor)
        } throws: { error in
            guard case JournalError.notSaved(let e) = error else { return false }
            return e.operation == "fdatasync" && "\(error)".hasPrefix("NOT SAVED")
        }
        #expect(s.journal.failure != nil)
        // Even once the disk recovers, this journal acknowledges nothing more.
        disk.failSync = false
        #expect(throws: JournalError.self) { try s.journal.persist(floor) }
        #expect(s.session.events.count == 2, "nothing was recorded as done")

        // Continue into a new journal with the full state.
        let next = try s.journal.continueAfterFailure(
            history: s.session.events, anchor: s.anchor,
            io: disk.io)
        #expect(next.path == path + ".continued-1")
        try next.persist(floor)
        s.session.record(floor)
        next.close()
        s.journal.close()

        // A restart resumes from the continuation, with every acknowledged event.
        let resumed = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks)
        #expect(resumed.journal.path == path + ".continued-1")
        #expect(resumed.session.events == s.session.events)
        #expect(resumed.session.state == s.session.state)
        let header = try JournalFile.read(next.path).header
        #expect(header.continues?.path == path)
        #expect(header.continues?.reason.contains("fdatasync") == true)
    }

    @Test func aFullDiskLeavesNoTornRecordAndTheContinuationGoesElsewhere() throws {
        let m = FakeMachine()
        let disk = FaultyDisk()
        let path = journalScratch() + "/s.journal"
        var s = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false,
            clocks: m.clocks, io: disk.io)
        try s.perform(.openSession, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        let before = try FileReader.read(path)
        disk.written = 0
        disk.failWritesAfter = 100  // room for part of the next record only
        disk.onlyUnder = DurableFiles.directory(of: path)
        let floor = try s.session.decide(.giveFloor, at: m.now(s.anchor)).get()
        #expect(throws: JournalError.self) { try s.journal.persist(floor) }
        // The partial record was cut back off: the file is exactly as acknowledged.
        #expect(try FileReader.read(path) == before)
        // Next to it there is no room either; the next candidate takes it.
        let elsewhere = journalScratch() + "/rescue.journal"
        let next = try s.journal.continueAfterFailure(
            history: s.session.events, anchor: s.anchor,
            candidates: [path + ".continued-1", elsewhere], io: disk.io)
        #expect(next.path == elsewhere)
        #expect(!FileManager.default.fileExists(atPath: path + ".continued-1"))
        #expect(try JournalFile.read(elsewhere).events == s.session.events)
    }

    @Test func exportsAreWrittenAtomically() throws {
        let disk = FaultyDisk()
        let path = journalScratch() + "/log.csv"
        try DurableFiles.writeAtomically(Array("old\n".utf8), to: path)
        disk.failWritesAfter = 3
        #expect(throws: FileError.self) {
            try DurableFiles.writeAtomically(Array("new and longer\n".utf8), to: path, io: disk.io)
        }
        #expect(try FileReader.read(path) == Array("old\n".utf8), "a failed export leaves the old file whole")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: DurableFiles.directory(of: path))
        #expect(leftovers == ["log.csv"], "no temporary file is left behind")
    }
}
