import ArgumentParser
import FoundationEssentials
import PlenaryFormats
import PlenaryReports
import PlenarySystem

/// `plenary check FILE`: load a registration or plan file and explain the speakers list.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a registration file (CSV) or plan (TOML) and explain the speakers list.",
        discussion: """
            Prints the session, each segment's ordered speakers, the late, duplicate and rejected \
            rows with reasons, and whether each list fits its budget. Exit status: 0 the list is \
            usable, 1 the file has errors, 2 the file cannot be read. See docs/registration-format.md.
            """)

    @Argument(
        help: "The registration CSV or the TOML plan file; - reads a CSV from standard input.",
        completion: .registration)
    var file: String

    @OptionGroup var reading: RegistrationOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let reg: Registration
        do {
            reg = try RegistrationFile.load(file, encoding: reading.encoding, dateOrder: reading.dateOrder)
        } catch {
            throw CommandFailure(error)
        }
        print(json ? CheckReport.json(reg) : CheckReport.text(reg), terminator: "")
        if !reg.isUsable { throw CommandFailure(.dataErrors) }
    }
}
