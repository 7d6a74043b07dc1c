// The `plenary` command line. Each subcommand is a small value in its own file whose
// only side-effecting method is `run()`; `main` (CommandFailure.swift) gives every
// command the same exit statuses.
import ArgumentParser
import PlenaryJournalFormat

@main
struct Plenary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plenary",
        abstract: "Live timekeeping console for diplomatic plenary sessions.",
        discussion: """
            With no file, commands use the embedded default session: the cooperation plenary \
            of the 22nd Assembly of States Parties, 8 December 2023, 11:30–13:00, The Hague. \
            A FILE of - is standard input (a registration CSV).

            Exit status, for every command: 0 done; 1 the data has errors (a registration list, \
            a journal, a theme or model file, a statement over the limit); 2 a file (or the terminal) could not be \
            read or written; 64 a usage error (the only one that prints the usage).

            Files: the default session's journals, and a journal's continuation when its own \
            disk fails, are kept in $XDG_STATE_HOME/plenary (~/.local/state/plenary); your own \
            themes, NAME.theme for --theme NAME, in $XDG_CONFIG_HOME/plenary/themes \
            (~/.config/plenary/themes).
            """,
        version: ProgramVersion.current,
        subcommands: [
            PlanCommand.self, CheckCommand.self, RunCommand.self, ExportCommand.self, JournalCommand.self,
            ForecastCommand.self, EstimateCommand.self, RehearseCommand.self, DisplayCommand.self, ServeCommand.self,
            VersionCommand.self,
        ])
}

/// `plenary version`: the same line as `plenary --version`, the one journals record.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print the version (as --version does).")

    func run() {
        print(ProgramVersion.current)
    }
}
