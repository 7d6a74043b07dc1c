// Where Plenary writes on its own and finds the user's themes: the XDG directories.
import Foundation
import PlenaryCore
import Testing

@testable import PlenarySystem

@Suite struct UserDirectoriesTests {
    let plan = DefaultSession.plan, speakers = DefaultSession.speakers

    @Test func theXDGVariablesWinAndHomeIsTheDefault() {
        let home = UserDirectories.of { ["HOME": "/home/greffe"][$0] }
        #expect(home.state == "/home/greffe/.local/state/plenary")
        #expect(home.themes == "/home/greffe/.config/plenary/themes")
        let xdg = UserDirectories.of {
            ["HOME": "/home/greffe", "XDG_STATE_HOME": "/srv/state", "XDG_CONFIG_HOME": "/srv/config"][$0]
        }
        #expect(xdg.state == "/srv/state/plenary")
        #expect(xdg.themes == "/srv/config/plenary/themes")
        // A relative or empty value is ignored, as the specification says.
        let relative = UserDirectories.of {
            ["HOME": "/home/greffe", "XDG_STATE_HOME": "state", "XDG_CONFIG_HOME": ""][$0]
        }
        #expect(relative == home)
        #expect(UserDirectories.of { _ in nil } == UserDirectories(state: nil, themes: nil))
    }

    @Test func aContinuationAwayFromTheJournalGoesToTheStateDirectoryAndIsResumedFromThere() throws {
        let m = FakeMachine()
        let disk = FaultyDisk()
        let path = journalScratch() + "/s.journal"
        let stateHome = journalScratch() + "/state"
        let dirs = UserDirectories.of { ["XDG_STATE_HOME": stateHome, "HOME": "/nonexistent"][$0] }
        var s = try SessionStore.open(
            plan: plan, speakers: speakers, path: path, rehearsal: false, clocks: m.clocks, io: disk.io)
        // Open into the chair's opening, then start Segment I.
        try s.perform(.startNextSegment, at: m.now(s.anchor))
        try s.perform(.startNextSegment, at: m.now(s.anchor))

        let candidates = JournalFile.continuationCandidates(for: path, directories: dirs)
        #expect(candidates == [path + ".continued-1", stateHome + "/plenary/s.journal.continued"])
        // The directory is made when it is needed, private to the user.
        var info = stat()
        #expect(stat(stateHome + "/plenary", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)

        // The journal's disk is full: the continuation lands in the state directory,
        // and the next start finds it there.
        disk.written = 0
        disk.failWritesAfter = 0
        disk.onlyUnder = DurableFiles.directory(of: path)
        let floor = try s.session.decide(.giveFloor, at: m.now(s.anchor)).get()
        #expect(throws: JournalError.self) { try s.journal.persist(floor) }
        let next = try s.journal.continueAfterFailure(
            history: s.session.events, anchor: s.anchor, candidates: candidates, io: disk.io)
        #expect(next.path == stateHome + "/plenary/s.journal.continued")
        next.close()
        s.journal.close()
        #expect(JournalFile.latest(path, directories: dirs) == next.path)
    }
}
