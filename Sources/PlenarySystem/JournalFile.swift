// Journal files by name: reading one without changing it, and the names of the
// files that sit next to it (the `.broken` copy of a torn tail, continuations).
import Glibc
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat

public enum JournalFile {
    /// Reads and checks a journal without changing it (for export and verify too).
    public static func read(_ path: String) throws(JournalError) -> JournalReading {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path) } catch { throw .file(error) }
        do { return try JournalReader.read(bytes) } catch { throw .damaged(path: path, error) }
    }

    /// `base`, or `base-2`, `base-3`, ... whichever does not exist yet.
    static func freshName(_ base: String) -> String {
        if !DurableFiles.exists(base) { return base }
        var n = 2
        while DurableFiles.exists("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// Where a journal that can no longer be written continues: next to it first, then
    /// in the user's state directory (`UserDirectories.state`) in case its disk is the
    /// one that failed.
    public static func continuationCandidates(
        for path: String, directories: UserDirectories = .current
    ) -> [String] {
        let away = directories.makeState().map { [freshName("\($0)/\(name(of: path)).continued")] } ?? []
        return [nextContinuation(of: path)] + away
    }

    /// Where continuations of `path` away from it are looked for: the state directory,
    /// then `$HOME` and `/tmp`, where Plenary 0.1.0 wrote them (they are still resumed).
    static func elsewhere(_ path: String, directories: UserDirectories) -> [String] {
        let home = getenv("HOME").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        return ([directories.state, home, "/tmp"].compactMap { $0 }).map { "\($0)/\(name(of: path)).continued" }
    }

    /// The file name of `path`, without its directory.
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `<path>.continued-N` with the first free N.
    static func nextContinuation(of path: String) -> String {
        var n = 1
        while DurableFiles.exists("\(path).continued-\(n)") { n += 1 }
        return "\(path).continued-\(n)"
    }

    /// The end of the chain of continuations that starts at `path`, or `path` itself:
    /// a restarted console resumes where the last journal was written, whether that
    /// is next to it or, after its disk failed, in the state directory.
    public static func latest(_ path: String, directories: UserDirectories = .current) -> String {
        var current = path
        var seen: Set<String> = [DurableFiles.absolute(path)]
        while let next = continuation(of: current, directories: directories),
            seen.insert(DurableFiles.absolute(next)).inserted
        {
            current = next
        }
        return current
    }

    /// The journal whose header says it continues `path`, if any. Next to it first
    /// (`.continued-N`, the latest N), then the state directory (and where 0.1.0 wrote).
    static func continuation(of path: String, directories: UserDirectories) -> String? {
        let target = DurableFiles.absolute(path)
        var nextTo: [String] = []
        var n = 1
        while DurableFiles.exists("\(path).continued-\(n)") {
            nextTo.append("\(path).continued-\(n)")
            n += 1
        }
        var away: [String] = []
        for base in elsewhere(path, directories: directories) {
            if DurableFiles.exists(base) { away.append(base) }
            var k = 2
            while DurableFiles.exists("\(base)-\(k)") {
                away.append("\(base)-\(k)")
                k += 1
            }
        }
        for candidate in nextTo.reversed() + away {
            guard let header = try? read(candidate).header, let from = header.continues else { continue }
            if DurableFiles.absolute(from.path) == target { return candidate }
        }
        return nil
    }
}
