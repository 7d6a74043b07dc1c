import ArgumentParser
import PlenaryCore
import PlenaryFormats
import PlenaryReports

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the session plan and the ordered speakers list, or the chair's script.")

    @Argument(
        help:
            "A registration file (CSV or TOML plan; - reads a CSV from standard input). Default: the embedded session.",
        completion: .registration)
    var file: String?

    @OptionGroup var reading: RegistrationOptions

    @Flag(help: "Print the chair's script: the call lines in order, segment by segment, ready to print.")
    var script = false

    @Option(help: "The script's language, and the warnings': en or fr.")
    var lang: Language = .english

    func run() throws {
        let session = try SessionSource.load(file, reading: reading, language: lang)
        let text = script ? PlanReport.script(session.state, language: lang) : PlanReport.text(session.state)
        print(text, terminator: "")
    }
}
