import ArgumentParser
import PlenarySystem
import PlenaryView

/// `--theme` for the commands that draw (run, rehearse, display): a built-in theme, one
/// of the user's by name, or a theme file by path.
struct ThemeOption: ParsableArguments {
    @Option(
        name: .customLong("theme"),
        help: """
            Theme: dark, light, high-contrast, monochrome, a NAME.theme in \
            $XDG_CONFIG_HOME/plenary/themes (~/.config/plenary/themes), or a path to a .theme file.
            """,
        completion: .theme)
    var name: String = "dark"

    func validate() throws {
        guard Self.resolve(name, in: .current) != nil else {
            throw ValidationError(
                "unknown theme \(name); built in: \(Theme.builtInNames.joined(separator: ", ")), "
                    + "a name from \(UserDirectories.current.themes ?? "~/.config/plenary/themes"), or give a path")
        }
    }

    /// The theme; a file that cannot be read is a file error, a broken one names its line.
    func load(directories: UserDirectories = .current) throws -> Theme {
        switch Self.resolve(name, in: directories) {
        case .builtIn(let theme): return theme
        case .file(let path): return try Self.read(path)
        case nil: throw ValidationError("unknown theme \(name)")
        }
    }

    enum Source {
        case builtIn(Theme)
        case file(String)
    }

    /// Where `name` comes from: built-in themes first (a podium always gets the known
    /// ones), then the user's themes directory, then a path.
    static func resolve(_ name: String, in directories: UserDirectories) -> Source? {
        if let t = Theme.builtIn(name) { return .builtIn(t) }
        if !name.contains("/"), let dir = directories.themes {
            let own = "\(dir)/\(name.hasSuffix(".theme") ? name : name + ".theme")"
            if DurableFiles.exists(own) { return .file(own) }
        }
        return name.contains("/") || name.hasSuffix(".theme") ? .file(name) : nil
    }

    private static func read(_ path: String) throws -> Theme {
        let text: String
        do { text = String(decoding: try FileReader.read(path, limit: 1_000_000), as: UTF8.self) } catch {
            throw CommandFailure(.fileAccess, "cannot read theme file \(error)")
        }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        do {
            return try Theme.parse(text, name: base, source: path)
        } catch {
            throw CommandFailure(.dataErrors, "theme \(error.description)")
        }
    }
}
