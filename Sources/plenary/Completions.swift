// What the shells complete for each kind of argument (bash, zsh and fish scripts from
// `plenary --generate-completion-script SHELL`, installed by `make install`).
import ArgumentParser
import PlenaryView

extension CompletionKind {
    /// A registration list or a plan.
    static var registration: CompletionKind { .file(extensions: ["csv", "toml"]) }
    /// A session journal (or a rehearsal's: `.rehearsal.journal` ends the same way).
    static var journal: CompletionKind { .file(extensions: ["journal"]) }
    /// What `--display` follows: a journal, or the registration file whose journal it is.
    static var journalOrRegistration: CompletionKind { .file(extensions: ["journal", "csv", "toml"]) }
    /// The built-in themes by name; a path to a `.theme` file is typed out.
    static var theme: CompletionKind { .list(Theme.builtInNames) }
}
