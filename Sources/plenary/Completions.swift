// What the shells complete for each kind of argument (bash, zsh and fish scripts from
// `plenary --generate-completion-script SHELL`, installed by `make install`).
import ArgumentParser
import PlenarySystem
import PlenaryView

extension CompletionKind {
    /// A registration list or a plan.
    static var registration: CompletionKind { .file(extensions: ["csv", "toml"]) }
    /// A session journal (or a rehearsal's: `.rehearsal.journal` ends the same way).
    static var journal: CompletionKind { .file(extensions: ["journal"]) }
    /// What `plenary display` follows: a journal, or the registration file whose journal it is.
    static var journalOrRegistration: CompletionKind { .file(extensions: ["journal", "csv", "toml"]) }
    /// The built-in themes and the user's (in `$XDG_CONFIG_HOME/plenary/themes`) by name,
    /// listed when the shell asks; a path to a `.theme` file is typed out.
    static var theme: CompletionKind {
        .custom { _, _, _ in Theme.builtInNames + UserDirectories.current.themeNames() }
    }
}
