import ArgumentParser
import FoundationEssentials
import PlenaryCore
import PlenaryFormats
import PlenarySystem
import PlenaryZones

/// Where a command's session comes from: a registration file, or the embedded default.
enum SessionSource {
    /// The session of `file` (CSV or TOML plan). Problems go to stderr; errors stop the
    /// command, because a wrong speakers list must never reach the podium. Warnings
    /// (late or duplicate rows) are shown and the session is used.
    static func load(_ file: String?) throws -> Session {
        try loadWithWords(file).session
    }

    /// The session and, where the file has a words column, each speaker's statement
    /// length in words (for rehearsals and forecasts).
    static func loadWithWords(_ file: String?) throws -> (session: Session, words: [SpeakerID: Int]) {
        guard let file else { return (DefaultSession.session(), [:]) }
        let reg: Registration
        do {
            reg = try RegistrationLoader.load(path: file, zones: .system)
        } catch let e as UnreadableFile {
            throw ValidationError(e.description)
        }
        for d in reg.diagnostics {
            warn(d.description)
        }
        guard reg.isUsable else {
            throw ValidationError("\(reg.errors.count) error(s) in \(file); run `plenary check \(file)` for the full report.")
        }
        return (reg.session(), reg.words)
    }
}
