// Where Plenary keeps what it writes on its own and finds what the user adds, where the
// XDG Base Directory specification puts them (and so where users and backups look).
#if canImport(Glibc)
    import Glibc
#endif

public struct UserDirectories: Sendable, Hashable {
    /// `$XDG_STATE_HOME/plenary` (default `~/.local/state/plenary`): the default session's
    /// journals (it has no registration file to sit next to) and continuations written
    /// after a journal's disk failed. Nil when neither variable gives a place.
    public var state: String?
    /// `$XDG_CONFIG_HOME/plenary/themes` (default `~/.config/plenary/themes`): the user's
    /// own `.theme` files, found by name.
    public var themes: String?

    /// The directories for an environment. The specification ignores a relative
    /// `XDG_*_HOME` (it would depend on the working directory), as an unset or empty one.
    public static func of(_ environment: (String) -> String?) -> UserDirectories {
        func absolute(_ name: String) -> String? {
            environment(name).flatMap { $0.hasPrefix("/") ? $0 : nil }
        }
        let home = absolute("HOME")
        let stateHome = absolute("XDG_STATE_HOME") ?? home.map { "\($0)/.local/state" }
        let configHome = absolute("XDG_CONFIG_HOME") ?? home.map { "\($0)/.config" }
        return UserDirectories(
            state: stateHome.map { "\($0)/plenary" }, themes: configHome.map { "\($0)/plenary/themes" })
    }

    /// This process's directories.
    public static var current: UserDirectories {
        of { name in getenv(name).map { String(cString: $0) } }
    }

    /// The names of the user's themes (`NAME.theme` in `themes`), sorted; none when the
    /// directory is missing.
    public func themeNames() -> [String] {
        guard let themes, let dir = opendir(themes) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".theme"), name.count > 6 { names.append(String(name.dropLast(6))) }
        }
        return names.sorted()
    }

    /// The state directory, created (with its parents, private to the user as the
    /// specification asks) when it is missing; nil when it cannot be made.
    public func makeState() -> String? {
        guard let state else { return nil }
        var built = ""
        for part in state.split(separator: "/") {
            built += "/\(part)"
            if mkdir(built, 0o700) != 0 && errno != EEXIST { return nil }
        }
        return state
    }
}
