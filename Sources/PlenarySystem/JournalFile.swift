// Journal files by name: reading one without changing it, and the names of the
// files that sit next to it (the `.broken` copy of a torn tail, continuations).
import FoundationEssentials
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

    /// Where a journal that can no longer be written continues: next to it first,
    /// then in the home directory and /tmp in case its disk is the one that failed.
    public static func continuationCandidates(for path: String) -> [String] {
        [nextContinuation(of: path)] + elsewhere(path).map(freshName)
    }

    /// The home directory's and /tmp's names for a continuation of `path`.
    static func elsewhere(_ path: String) -> [String] {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var out: [String] = []
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty {
            out.append("\(home)/\(name).continued")
        }
        out.append("/tmp/\(name).continued")
        return out
    }

    /// `<path>.continued-N` with the first free N.
    static func nextContinuation(of path: String) -> String {
        var n = 1
        while DurableFiles.exists("\(path).continued-\(n)") { n += 1 }
        return "\(path).continued-\(n)"
    }

    /// The end of the chain of continuations that starts at `path`, or `path` itself:
    /// a restarted console resumes where the last journal was written, whether that
    /// is next to it or, after its disk failed, in the home directory or /tmp.
    public static func latest(_ path: String) -> String {
        var current = path
        var seen: Set<String> = [DurableFiles.absolute(path)]
        while let next = continuation(of: current), seen.insert(DurableFiles.absolute(next)).inserted {
            current = next
        }
        return current
    }

    /// The journal whose header says it continues `path`, if any. Next to it first
    /// (`.continued-N`, the latest N), then the home directory and /tmp.
    static func continuation(of path: String) -> String? {
        let target = DurableFiles.absolute(path)
        var nextTo: [String] = []
        var n = 1
        while DurableFiles.exists("\(path).continued-\(n)") {
            nextTo.append("\(path).continued-\(n)")
            n += 1
        }
        var away: [String] = []
        for base in elsewhere(path) {
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
