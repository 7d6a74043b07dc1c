// What the controller does with each answer a sink can give: a failed write that
// continues elsewhere, one that cannot, and a confirmation that cannot be written.
import PlenaryConsole
import PlenaryCore
import Testing

/// A sink that fails on demand and says where it carries on.
final class ScriptedSink: ConsoleSink {
    var persisted: [Event] = []
    var failWrites = false
    /// What `continueAfterFailure` does: a path, nil (nowhere), or an error.
    var continuation: Result<String?, DiskFull> = .success(nil)
    var failConfirmation = false
    private(set) var history: [Event]?

    func persist(_ events: [Event]) throws {
        if failWrites { throw DiskFull() }
        persisted += events
    }

    func continueAfterFailure(history: [Event]) throws -> String? {
        self.history = history
        failWrites = false
        return try continuation.get()
    }

    func acknowledgeClock() throws {
        if failConfirmation { throw DiskFull() }
    }
}

@Suite struct ConsoleSinkTests {
    @Test func aFailedWriteThatContinuesSaysWhereAndHandsOverTheHistory() {
        let sink = ScriptedSink()
        let c = ConsoleController(session: DefaultSession.session(), sink: sink)
        for k: Key in [.char("g"), .char("y"), .char("g"), .char("y")] { _ = c.handle(k, at: at(11, 30)) }
        sink.failWrites = true
        sink.continuation = .success("/tmp/next.journal")
        _ = c.handle(.char(" "), at: at(11, 30, 5))
        #expect(c.state.floor.intervention == nil, "the refused action is not done")
        #expect(c.ui.notSaved == "disk full")
        #expect(c.ui.continuedIn == "/tmp/next.journal")
        #expect(sink.history == c.session.events, "the new record gets everything recorded so far")
        _ = c.handle(.char(" "), at: at(11, 30, 6))
        #expect(c.ui.notSaved == nil && c.state.floor.intervention != nil)
        #expect(c.ui.continuedIn == "/tmp/next.journal", "shown until the console quits")
    }

    @Test func aContinuationThatFailsIsNamedInTheBanner() {
        let sink = ScriptedSink()
        let c = ConsoleController(session: DefaultSession.session(), sink: sink)
        sink.failWrites = true
        sink.continuation = .failure(DiskFull())
        _ = c.handle(.char("g"), at: at(11, 30))
        _ = c.handle(.char("y"), at: at(11, 30))
        #expect(c.ui.notSaved == "disk full; no new journal could be started: disk full")
        #expect(c.ui.continuedIn == nil)
    }

    @Test func aConfirmationThatCannotBeWrittenKeepsTheBanner() {
        let sink = ScriptedSink()
        let c = ConsoleController(session: DefaultSession.session(), sink: sink, clockUnconfirmed: true)
        sink.failConfirmation = true
        _ = c.handle(.char("K"), at: at(11, 30))
        #expect(c.ui.clockUnconfirmed && c.ui.notSaved == "disk full")
        sink.failConfirmation = false
        _ = c.handle(.char("K"), at: at(11, 30))
        #expect(!c.ui.clockUnconfirmed)
        #expect(c.ui.message?.text == "Rebuilt times confirmed")
    }
}
