// Reused still parts against fresh frames: a console that reuses the clock-free part of
// the frame before shows exactly what a fresh render shows, through a whole session of
// keys, times, sizes, forms and both languages.
import PlenaryConsole
import PlenaryCore
import PlenaryView
import Testing

@Suite struct StillPartTests {
    /// Keys an officer presses, each followed by a few seconds of frames.
    static let script: [[Key]] = [
        [.char("g"), .char("y")], [.char("g"), .char("y")], [.char(" ")], [], [.char("p")], [.char("p")], [.char("e")],
        [], [.down], [.down],
        [.up], [.char(" ")], [.char("n")], [.char(" ")], [.char("?")], [.escape], [.char("s")],
        [.char("u"), .char("y")],
        [.char("w")] + "Côte d'Ivoire".map { .char($0) } + [.enter, .enter, .enter, .enter], [.char(" ")], [],
        [.char(" ")], [.char("n")],
        [.char("x")], [.char("y")], [.char(" ")], [.char("g")], [.char("y")], [.char(" ")], [.pageDown], [.home],
    ]

    static let sizes = [(80, 24), (120, 40), (50, 14), (100, 30), (200, 60), (39, 11), (80, 24)]

    @Test(arguments: [Language.english, .french])
    func cachedFramesAreFreshFrames(language: Language) {
        let c = ConsoleController(
            session: DefaultSession.session(), sink: MemoryEventSink(),
            config: ConsoleConfig(language: language))
        var t = at(11, 29, 58)
        var frames = 0
        var step = 0
        for keys in Self.script {
            for k in keys { _ = c.handle(k, at: t) }
            // Frames at uneven instants over up to 50 s: stages, overruns, the clock.
            for _ in 0..<(4 + step % 5) {
                step += 1
                let (w, h) = Self.sizes[(step / 3) % Self.sizes.count]
                let cached = c.render(at: t, width: w, height: h)
                let fresh = ConsoleScreen.render(
                    state: c.state, now: t, view: c.view, config: c.config,
                    extras: c.extras, width: w, height: h)
                let same = cached == fresh
                #expect(same, "frame \(frames) at \(t), \(w)x\(h):\n\(cached.lines().joined(separator: "\n"))")
                frames += 1
                t = t + .milliseconds(Int64(317 + (step * 7919) % 9_000))
            }
        }
        #expect(frames > 150)
        // Most frames only turned a second over: their still parts were reused.
        #expect(c.frames.reused > c.frames.drawn, "reused \(c.frames.reused), drawn \(c.frames.drawn)")
        #expect(c.state.records.count >= 3, "the script should get through several speakers")
    }

    /// Only the clock moves while a speaker runs far over: speakers drop out of reach one
    /// by one and the list must show it, though the state, the view and the size are equal
    /// (who is unreached is part of the still picture).
    @Test func speakersFallingOutOfReachAreShown() {
        let c = ConsoleController(session: DefaultSession.session(), sink: MemoryEventSink())
        for k in [Key.char("g"), .char("y"), .char("g"), .char("y"), .char(" ")] { _ = c.handle(k, at: at(11, 30)) }
        var t = at(11, 30, 1)
        var counts: Set<Int> = []
        while t < at(12, 10) {
            let cached = c.render(at: t, width: 100, height: 30)
            let fresh = ConsoleScreen.render(
                state: c.state, now: t, view: c.view, config: c.config,
                extras: c.extras, width: 100, height: 30)
            let same = cached == fresh
            #expect(same, "at \(t):\n\(cached.lines().joined(separator: "\n"))")
            counts.insert(c.state.projection(at: t).unreached.count)
            t = t + .milliseconds(7_001)
        }
        #expect(counts.count > 3, "unreached counts seen: \(counts.sorted())")
        #expect(c.frames.reused > c.frames.drawn)
    }
}
