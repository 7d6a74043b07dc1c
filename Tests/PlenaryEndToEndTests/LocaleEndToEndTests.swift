// The console and the room display under the locales a secretariat's laptop really
// has: C, POSIX, a French locale the machine never generated, and none at all. Under
// each, curses must still write UTF-8, so every digit sits where it belongs and "—",
// "█" and "ô" are themselves (they came out as "~@~T" and shifted the digits:
// "1:89 left" for 1:59).
import Foundation
import Testing

/// A locale environment, named as the user would set it.
enum LocaleCase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case cLocale = "LC_ALL=C"
    case posix = "LANG=POSIX"
    case notGenerated = "LANG=fr_FR.UTF-8 (not generated)"
    case none = "no locale variable"

    var testDescription: String { rawValue }

    /// The pane's locale variables (Tmux unsets every other one; LANG="" sets none).
    var env: [String: String] {
        switch self {
        case .cLocale: ["LANG": "", "LC_ALL": "C"]
        case .posix: ["LANG": "POSIX"]
        case .notGenerated: ["LANG": "fr_FR.UTF-8"]
        case .none: ["LANG": ""]
        }
    }
}

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct LocaleEndToEndTests {
    func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test(arguments: LocaleCase.allCases)
    func theConsoleShowsEveryDigitAndCharacter(_ locale: LocaleCase) throws {
        // The session clock starts at 11:29:50 in the default session.
        let t = try Tmux(env: locale.env)
        try t.startSpeaking()
        let s = try #require(t.waitFor { countdown($0) != nil }, "no countdown:\n\(t.screen())")
        let rows = lines(s)
        #expect(rows[0].hasPrefix(" Plenary session on cooperation — 22nd session of the As…  2023-12-08  11:"), "\(s)")
        #expect(matches(rows[0], #"  11:(29:5\d|30:[0-5]\d)$"#), "\(rows[0])")
        #expect(matches(rows[1], #"^ Segment I 39:[0-5]\d left │ Session 1:[23]\d:[0-5]\d left │ "#), "\(rows[1])")
        #expect(rows.contains(" Presidency of the Court — President of the Court"), "\(s)")
        #expect(matches(countdown(s) ?? "", #"^(2:00|1:[0-5]\d)$"#), "\(s)")
        // Typed accents are read as one character each, and shown.
        try t.keys("w")
        try t.type("côte")
        let form = try #require(t.expectText("[Côte d'Ivoire]"))
        #expect(form.contains("Delegation: côte▏"), "\(form)")
    }

    @Test(arguments: LocaleCase.allCases)
    func theRoomDisplayShowsEveryDigitAndCharacter(_ locale: LocaleCase) throws {
        let displays = DisplayEndToEndTests()
        let journal = try SharedJournal()
        let c = try displays.console(journal)
        try c.startSpeaking()
        let d = try displays.display(journal, env: locale.env)
        let s = try #require(d.waitFor { $0.contains("█") && $0.contains("SPEAKING") }, "\(d.screen())")
        let rows = lines(s)
        #expect(rows[0].hasPrefix(" Plenary session on cooperation — 22nd session of the Assembly"), "\(s)")
        #expect(matches(rows[0], #" \d\d:[0-5]\d:[0-5]\d$"#), "\(rows[0])")
        #expect(s.contains("Presidency of the Court"))
        #expect(!s.contains("~"), "\(s)")
        // Too small for big digits, the time is text: the same as the console's.
        try d.resize(24, 6)
        #expect(d.waitFor { plainDisplayTime($0) != nil } != nil, "\(d.screen())")
        try displays.agree(c, d)
    }
}
