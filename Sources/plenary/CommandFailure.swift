// One exit-status table for every command (README "Exit status", the man page):
//   0  done
//   1  the data has errors (a registration list, a journal, a theme or model file)
//   2  a file could not be read or written (or the terminal could not be taken)
//   64 a usage error: the only one that prints the usage text
import ArgumentParser
import Glibc
import PlenaryRehearsal
import PlenarySystem

/// Why a command stopped short, and the exit status the shell sees. Thrown from `run()`
/// by every command; `Plenary.main` prints it in one line, without the usage text that
/// ArgumentParser gives a `ValidationError` (which stays for usage errors only).
struct CommandFailure: Error, CustomStringConvertible {
    enum Status: Int32 {
        /// The data has errors: the file was read, and what it says cannot be used.
        case dataErrors = 1
        /// A file could not be read or written (missing, a directory, no permission, a full disk).
        case fileAccess = 2
    }

    var status: Status
    /// The line printed on standard error; empty when the command has already said why
    /// (`check` prints its report, `estimate` each statement's verdict).
    var description: String

    init(_ status: Status, _ description: String = "") {
        self.status = status
        self.description = description
    }

    /// A file that could not be read or written.
    init(_ error: FileError) {
        self.init(.fileAccess, error.description)
    }

    /// A journal that could not be opened, read or written, or that refuses this use.
    init(_ error: JournalError) {
        switch error {
        case .file, .notSaved, .stopped, .alreadyExists, .inUse, .continuationMissing:
            self.init(.fileAccess, error.description)
        case .damaged, .wrongKind, .closed: self.init(.dataErrors, error.description)
        }
    }

    /// A headless rehearsal that could not write its journal or exports, or whose
    /// simulated officer was refused.
    init(_ error: RehearsalError) {
        switch error {
        case .journal(let e): self.init(e)
        case .journalExists, .export: self.init(.fileAccess, error.description)
        case .refused: self.init(.dataErrors, error.description)
        }
    }
}

extension Plenary {
    /// ArgumentParser's `main`, with the one table above: a `CommandFailure` is one line
    /// and its own status; a `ValidationError` thrown while running (a value only `run`
    /// can judge) is a usage error shown with that subcommand's usage, not the top level's.
    static func main() {
        let command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        var running = command
        do {
            try running.run()
        } catch let failure as CommandFailure {
            if !failure.description.isEmpty { warn("plenary: \(failure.description)") }
            Glibc.exit(failure.status.rawValue)
        } catch let usage as ValidationError {
            let names = ["plenary"] + (path(to: type(of: command)) ?? [])
            warn("Error: \(usage.message)\nUsage: \(usageString(for: type(of: command)))")
            warn("  See '\(names.joined(separator: " ")) --help' for more information.")
            Glibc.exit(ExitCode.validationFailure.rawValue)
        } catch {
            exit(withError: error)
        }
    }

    /// The subcommand names that lead from `root` to `command` (`journal verify`).
    static func path(to command: any ParsableCommand.Type, from root: any ParsableCommand.Type = Plenary.self)
        -> [String]?
    {
        if command == root { return [] }
        for sub in root.configuration.subcommands {
            if let rest = path(to: command, from: sub) { return [sub._commandName] + rest }
        }
        return nil
    }
}
