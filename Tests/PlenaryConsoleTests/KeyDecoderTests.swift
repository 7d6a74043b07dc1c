// What curses reads becomes keys: escape sequences typed or pasted are dropped whole,
// a lone ESC is Escape, a bracketed paste is one `.paste`, and no paste runs commands.
import PlenaryConsole
import PlenaryCore
import Testing

@Suite struct KeyDecoderTests {
    func typed(_ text: String) -> [TerminalInput] { text.unicodeScalars.map { .scalar($0) } }

    func decode(_ batches: [TerminalInput]...) -> [Key] {
        var decoder = KeyDecoder()
        return batches.flatMap { decoder.decode($0) }
    }

    @Test func aLoneEscapeIsTheEscapeKey() {
        #expect(decode(typed("\u{1B}")) == [.escape])
        #expect(decode(typed("a\u{1B}")) == [.char("a"), .escape])
        // Before a function key, ESC is alone too.
        #expect(decode(typed("\u{1B}") + [.key(.up)]) == [.escape, .up])
        // Esc then q, typed within curses' escape delay, starts no sequence.
        #expect(decode(typed("\u{1B}q")) == [.escape, .char("q")])
    }

    @Test func aSequenceTypedWithItsEscapeIsDroppedWhole() {
        #expect(decode(typed("Evil\u{1B}[2J\u{1B}[31m State")) == "Evil State".map { .char($0) })
        #expect(decode(typed("\u{1B}]8;;http://x.example/\u{1B}\\link")) == "link".map { .char($0) })
    }

    @Test func aC1ControlSequenceIsDroppedWhole() {
        #expect(decode(typed("Evil\u{9B}2J\u{9B}31m State")) == "Evil State".map { .char($0) })
        // Other C0 and C1 controls are no key.
        #expect(decode(typed("a\u{01}\u{85}b")) == [.char("a"), .char("b")])
    }

    @Test func controlCharactersThatAreKeys() {
        #expect(decode(typed("\r\n\t\u{7F}\u{08}")) == [.enter, .enter, .tab, .backspace, .backspace])
    }

    @Test func aBracketedPasteIsOneKeyEvenAcrossReads() {
        let keys = decode(
            typed("w") + [.pasteBegins] + typed("Côte\u{1B}[A d'"),
            [.key(.up)] + typed("Ivoire\r") + [.pasteEnds] + typed("n"))
        #expect(keys == [.char("w"), .paste("Côte\u{1B}[A d'Ivoire\r"), .char("n")])
    }

    @Test func aHugePasteIsCapped() {
        let keys = decode([.pasteBegins] + typed(String(repeating: "x", count: 10_000)) + [.pasteEnds])
        #expect(keys == [.paste(String(repeating: "x", count: KeyDecoder.pasteLimit))])
    }
}

@Suite struct PasteTests {
    func controller(_ sink: MemoryEventSink) -> ConsoleController {
        ConsoleController(session: DefaultSession.session(), sink: sink)
    }

    func delegationField(_ c: ConsoleController) -> String? {
        guard case .form(let form) = c.ui.mode else { return nil }
        return form.values[0]
    }

    @Test func aPasteInAFormIsTextWithoutItsSequences() {
        let sink = MemoryEventSink()
        let c = controller(sink)
        for k: Key in [.char("g"), .char("y"), .char("w")] { _ = c.handle(k, at: at(11, 30)) }
        let before = sink.events.count
        _ = c.handle(.paste("Evil\u{1B}]8;;http://x.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\\r n p e s"), at: at(11, 30))
        #expect(delegationField(c) == "Evillink n p e s")
        #expect(sink.events.count == before)
    }

    @Test func aPasteOutsideAFormDoesNothing() {
        let sink = MemoryEventSink()
        let c = controller(sink)
        _ = c.handle(.paste("gy n"), at: at(11, 30))
        #expect(c.ui.mode == .normal)
        #expect(sink.events.isEmpty)
    }

    @Test func aFieldKeepsAtMostFourMarksOnACharacterAndNoneAlone() {
        let c = controller(MemoryEventSink())
        _ = c.handle(.char("w"), at: at(11, 30))
        let marks = String(repeating: "\u{301}", count: 120)
        for s in (marks + "e" + marks + "x").unicodeScalars { _ = c.handle(.char(Character(s)), at: at(11, 30)) }
        #expect(delegationField(c) == "e\u{301}\u{301}\u{301}\u{301}x")
        _ = c.handle(.paste(" " + marks + "y" + marks), at: at(11, 30))
        #expect(delegationField(c) == "e\u{301}\u{301}\u{301}\u{301}xy\u{301}\u{301}\u{301}\u{301}")
    }
}
