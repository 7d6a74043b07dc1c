// The `plenary` command line. Each subcommand is a small value in its own file whose
// only side-effecting method is `run()`.
import ArgumentParser

@main
struct Plenary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plenary",
        abstract: "Live timekeeping console for diplomatic plenary sessions.",
        discussion: """
            With no file, commands use the embedded default session: the cooperation plenary \
            of the 22nd Assembly of States Parties, 8 December 2023, 11:30–13:00, The Hague.
            """,
        subcommands: [
            PlanCommand.self, CheckCommand.self, RunCommand.self, ExportCommand.self, JournalCommand.self,
            ForecastCommand.self, EstimateCommand.self, RehearseCommand.self, DisplayCommand.self,
        ])
}
