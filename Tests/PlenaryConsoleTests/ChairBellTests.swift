// The chair's opening and closing ring the bell as a speaker's turn does: once per
// stage that asks for it, and a new phase starts its own count.
import PlenaryConsole
import PlenaryCore
import Testing

@Suite struct ChairBellTests {
    @Test func theOpeningRingsAtTimeAndAtEachEscalation() {
        let c = ConsoleController(session: DefaultSession.session(), sink: MemoryEventSink())
        for k: Key in [.char("g"), .char("y")] { _ = c.handle(k, at: at(11, 30)) }
        #expect(c.state.chairTurn?.part == .opening)
        #expect(c.tick(at: at(11, 31)).isEmpty)
        #expect(c.tick(at: at(11, 34, 31)).isEmpty)  // wrap up: no bell by default
        #expect(c.tick(at: at(11, 35, 0, ms: 1)) == [.bell])  // time
        #expect(c.tick(at: at(11, 35, 2)).isEmpty)
        #expect(c.tick(at: at(11, 35, 16)) == [.bell])  // overrun 1
        for k: Key in [.char("g"), .char("y")] { _ = c.handle(k, at: at(11, 35, 20)) }
        #expect(c.tick(at: at(11, 35, 40)).isEmpty, "Segment I is not the chair's turn")
    }
}
