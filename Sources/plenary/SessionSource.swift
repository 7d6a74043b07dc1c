import ArgumentParser
import FoundationEssentials
import PlenaryCore
import PlenaryFormats
import PlenarySystem
import PlenaryView

/// Where a command's session comes from: a registration file, or the embedded default.
enum SessionSource {
    /// The session of `file` (CSV or TOML plan). Problems go to stderr; errors stop the
    /// command, because a wrong speakers list must never reach the podium. Warnings
    /// (late or duplicate rows) are shown, in `language`, and the session is used.
    static func load(_ file: String?, reading: RegistrationOptions, language: Language = .english) throws -> Session {
        try loadWithWords(file, reading: reading, language: language).session
    }

    /// For the commands that take the terminal (run, rehearse): their keys come from
    /// standard input, so their list cannot, and `-` is a usage error.
    static func requireNamedFile(_ file: String?) throws {
        guard file == "-" else { return }
        throw ValidationError("- (standard input) is the console's keyboard here; give the registration file by name")
    }

    /// The session and, where the file has a words column, each speaker's statement
    /// length in words (for rehearsals and forecasts).
    static func loadWithWords(_ file: String?, reading: RegistrationOptions, language: Language = .english) throws
        -> (session: Session, words: [SpeakerID: Int])
    {
        let loaded = try loadForConsole(file, reading: reading, language: language)
        return (loaded.session, loaded.words)
    }

    /// The session, the words column, the warnings in `language` (for the console to
    /// count and list once the full screen hides stderr) and the file's digest (for the
    /// journal header; nil for the embedded session).
    static func loadForConsole(_ file: String?, reading: RegistrationOptions, language: Language = .english) throws
        -> (session: Session, words: [SpeakerID: Int], warnings: [String], digest: String?)
    {
        guard let file else { return (DefaultSession.session(), [:], [], nil) }
        let reg: Registration
        let digest: String
        do {
            (reg, digest) = try RegistrationFile.loadWithDigest(
                file, encoding: reading.encoding, dateOrder: reading.dateOrder)
        } catch {
            throw CommandFailure(error)
        }
        let strings = Strings.of(language)
        for d in reg.diagnostics {
            warn(strings.diagnostic(d))
        }
        if let more = strings.moreProblems(reg) { warn(more) }
        guard reg.isUsable else {
            throw CommandFailure(.dataErrors, strings.listNotUsable(errors: reg.errorCount, file: file))
        }
        return (reg.session(), reg.words, reg.diagnostics.map(strings.diagnostic), digest)
    }
}
