import ArgumentParser
import PlenaryCore
import PlenaryFormats
import PlenaryReports

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the session plan and the ordered speakers list.")

    @Argument(help: "A registration file (CSV or TOML plan). Default: the embedded session.")
    var file: String?

    @OptionGroup var reading: RegistrationOptions

    func run() throws {
        let session = try SessionSource.load(file, reading: reading)
        print(PlanReport.text(session.state), terminator: "")
    }
}
