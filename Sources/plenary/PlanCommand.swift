import ArgumentParser
import PlenaryCore
import PlenaryFormats
import PlenaryReports

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the session plan and the ordered speakers list.")

    @Argument(
        help:
            "A registration file (CSV or TOML plan; - reads a CSV from standard input). Default: the embedded session.",
        completion: .registration)
    var file: String?

    @OptionGroup var reading: RegistrationOptions

    func run() throws {
        let session = try SessionSource.load(file, reading: reading)
        print(PlanReport.text(session.state), terminator: "")
    }
}
