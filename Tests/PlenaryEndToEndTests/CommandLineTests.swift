// Command-line conventions, on the built binary: `-` is standard input for the files
// commands read and standard output for `export -o -`; the user's themes are found by
// name under $XDG_CONFIG_HOME/plenary/themes.
import Foundation
import Testing

@Suite("command-line conventions")
struct CommandLineTests {
    static let csv = "Examples/asp-2023-cooperation.csv"

    @Test(arguments: [["check"], ["plan"], ["forecast", "--runs", "20"], ["check", "--json"]])
    func dashReadsTheRegistrationFromStandardInput(args: [String]) throws {
        let text = try String(contentsOf: root.appendingPathComponent(Self.csv), encoding: .utf8)
        let piped = try plenary(args + ["-"], input: text)
        let named = try plenary(args + [Self.csv])
        #expect(piped.status == 0, "\(piped.err)")
        #expect(piped.out == named.out.replacingOccurrences(of: Self.csv, with: "standard input"))
        #expect(piped.err == named.err.replacingOccurrences(of: Self.csv, with: "standard input"))
        #expect(args[0] == "plan" || args[0] == "forecast" || piped.out.contains("standard input"))
    }

    @Test func dashWithErrorsOnStandardInputIsOneAndNamesIt() throws {
        let r = try plenary(["check", "-"], input: "received,segment,delegation\n2023-12-05 14:32,VII,B\n")
        #expect(r.status == 1)
        #expect(r.out.contains("standard input:2:18: error: no such segment in this plan: «VII»"), "\(r.out)")
    }

    @Test func estimateReadsAStatementFromStandardInput() throws {
        let r = try plenary(["estimate", "-"], input: String(repeating: "word ", count: 110))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "standard input: 110 words, about 1:00 at 110 words a minute; fits 2:00\n")
    }

    @Test func exportToDashWritesStandardOutputAndNoFileNamedDash() throws {
        let journal = goldenJournals.appendingPathComponent("live.journal").path
        let dir = URL(fileURLWithPath: try temporaryFile("unused", "")).deletingLastPathComponent()
        let toDash = try plenary(["export", journal, "--format", "csv", "-o", "-"], directory: dir)
        let plain = try plenary(["export", journal, "--format", "csv"], directory: dir)
        #expect(toDash.status == 0, "\(toDash.err)")
        #expect(!toDash.out.isEmpty)
        #expect(toDash.out == plain.out)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }

    @Test func aThemeIsFoundByNameInTheUsersConfigDirectory() throws {
        let config = URL(fileURLWithPath: try temporaryFile("unused", "")).deletingLastPathComponent()
        let themes = config.appendingPathComponent("plenary/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        let light = try String(contentsOf: root.appendingPathComponent("Themes/light.theme"), encoding: .utf8)
        try light.write(to: themes.appendingPathComponent("podium.theme"), atomically: true, encoding: .utf8)
        try "floor = chartreuse\n".write(
            to: themes.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": config.path]
        let journal = config.appendingPathComponent("s.journal").path
        // Found and read: the console then stops only for want of a terminal.
        let found = try plenary(["run", "--journal", journal, "--theme", "podium"], environment: env)
        #expect(found.status == 2, "\(found.err)")
        #expect(found.err.contains("needs a terminal"), "\(found.err)")
        let broken = try plenary(["display", "--theme", "broken", "x.journal"], environment: env)
        #expect(broken.status == 1, "\(broken.err)")
        #expect(broken.err.hasPrefix("plenary: theme \(themes.path)/broken.theme:1"), "\(broken.err)")
        // Elsewhere, the name means nothing.
        let other = try plenary(["run", "--theme", "podium"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(other.status == 64)
        #expect(other.err.contains("unknown theme podium"))
    }

    @Test func completionsOfferTheFilesEachArgumentTakesAndTheThemes() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try plenary(["--generate-completion-script", shell])
            #expect(r.status == 0 && !r.out.isEmpty, "\(shell): \(r.err)")
        }
        let bash = try plenary(["--generate-completion-script", "bash"]).out
        #expect(bash.contains("-fX '!*.@(csv|toml)'"))
        #expect(bash.contains("-fX '!*.@(journal)'"))
        #expect(bash.contains("-fX '!*.@(journal|csv|toml)'"))
        #expect(bash.contains("---completion run -- --theme"))
        // The theme names the shell is given: built-in, then the user's.
        let config = URL(fileURLWithPath: try temporaryFile("unused", "")).deletingLastPathComponent()
        let themes = config.appendingPathComponent("plenary/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "".write(to: themes.appendingPathComponent("podium.theme"), atomically: true, encoding: .utf8)
        let names = try plenary(
            ["---completion", "run", "--", "--theme", "3", "0", "plenary", "run", "--theme", ""],
            environment: ["XDG_CONFIG_HOME": config.path])
        #expect(names.out.split(separator: "\n") == ["dark", "high-contrast", "light", "monochrome", "podium"])
    }
}
