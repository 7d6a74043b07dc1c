// Journal files by name: reading one without changing it, and the names of the
// files that sit next to it (the `.broken` copy of a torn tail, continuations).
import Foundation
import PlenaryCore
import PlenaryFormats

public enum JournalFile {
    /// Reads and checks a journal without changing it (for export and verify too).
    public static func read(_ path: String) throws(JournalError) -> JournalReading {
        let bytes: [UInt8]
        do { bytes = try DurableFiles.read(path) } catch { throw .file(error) }
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
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var out = [nextContinuation(of: path)]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty {
            out.append(freshName("\(home)/\(name).continued"))
        }
        out.append(freshName("/tmp/\(name).continued"))
        return out
    }

    /// `<path>.continued-N` with the first free N.
    static func nextContinuation(of path: String) -> String {
        var n = 1
        while DurableFiles.exists("\(path).continued-\(n)") { n += 1 }
        return "\(path).continued-\(n)"
    }

    /// The most recent continuation of `path` next to it, or `path` itself: a
    /// restarted console resumes where the last journal was written.
    public static func latest(_ path: String) -> String {
        var n = 1, found = path
        while DurableFiles.exists("\(path).continued-\(n)") { found = "\(path).continued-\(n)"; n += 1 }
        return found
    }
}
