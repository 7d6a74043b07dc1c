import ArgumentParser
import PlenaryCore

/// Where a command's session comes from: a registration file, or the embedded default.
enum SessionSource {
    static func load(_ file: String?) throws -> Session {
        guard let file else { return DefaultSession.session() }
        throw ValidationError("Reading registration files arrives with `plenary check`; \(file) was not read.")
    }
}
