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
    /// is next to it or, after its disk failed, in the state directory. A follower
    /// uses it; resuming, export and verify use `newest`, which refuses a broken chain.
    public static func latest(_ path: String, directories: UserDirectories = .current) -> String {
        (try? newest(path, directories: directories)) ?? path
    }

    /// The end of the chain of continuations that starts at `path`, found from the
    /// pointer beside each journal whatever `HOME` is, else where continuations are
    /// written. Throws `continuationMissing` when a pointer names a journal that is
    /// gone or does not continue this one: the stale journal is never taken for the newest.
    public static func newest(
        _ path: String, directories: UserDirectories = .current
    ) throws(JournalError) -> String {
        var current = path
        var seen: Set<String> = [DurableFiles.absolute(path)]
        while let next = try continuation(of: current, directories: directories),
            seen.insert(DurableFiles.absolute(next)).inserted
        {
            current = next
        }
        return current
    }

    /// The pointer beside a journal: its continuation's absolute path on the first line
    /// once it has one, blank lines until then. It anchors the chain at the original,
    /// so the chain is found whoever runs Plenary next, with whatever `HOME`.
    public static func pointer(of path: String) -> String { "\(path).continued-in" }

    /// Bytes reserved for the pointer when a journal is created (a path is at most
    /// PATH_MAX, 4096), so that the pointer can still be written when the disk that
    /// just refused the journal is full.
    static let pointerReserve = 4096

    /// Reserves the pointer beside a new journal: blank lines, durably. Best effort: a
    /// journal whose pointer could not be reserved still works, and its continuation
    /// writes the pointer as a new file when the directory lets it.
    static func reservePointer(for path: String, io: FileIO) {
        guard !DurableFiles.exists(pointer(of: path)) else { return }
        try? DurableFiles.writeAtomically(
            [UInt8](repeating: UInt8(ascii: "\n"), count: pointerReserve), to: pointer(of: path), io: io)
    }

    /// Writes the pointer beside `path` to `continuation`, durably: in place into its
    /// reserved bytes when it has them (no new block is needed, so a full disk takes
    /// it), else as a new file. A later link of the chain replaces an earlier one.
    static func writePointer(from path: String, to continuation: String, io: FileIO) throws(FileError) {
        let line = Array((DurableFiles.absolute(continuation) + "\n").utf8)
        let file = pointer(of: path)
        let fd = open(file, O_WRONLY | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            var info = stat()
            if fstat(fd, &info) == 0, Int(info.st_size) >= line.count {
                var written = 0
                while written < line.count {
                    let n = line.withUnsafeBytes { io.write(fd, UnsafeRawBufferPointer(rebasing: $0[written...])) }
                    if n == -Int(EINTR) { continue }
                    guard n > 0 else { throw FileError("write", file, code: n == 0 ? ENOSPC : Int32(-n)) }
                    written += n
                }
                let r = io.fdatasync(fd)
                guard r == 0 else { throw FileError("fdatasync", file, code: -r) }
                return
            }
        }
        try DurableFiles.writeAtomically(line, to: file, io: io)
    }

    /// The journal the pointer beside `path` names, if there is a pointer.
    static func pointed(from path: String) -> String? {
        guard let bytes = try? FileReader.read(pointer(of: path), limit: 1 << 16) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return line.isEmpty ? nil : line
    }

    /// The journal whose header says it continues `path`, if any: the one the pointer
    /// beside it names first, then next to it (`.continued-N`, the latest N), then the
    /// state directory (and where 0.1.0 wrote).
    static func continuation(of path: String, directories: UserDirectories) throws(JournalError) -> String? {
        let target = DurableFiles.absolute(path)
        if let named = pointed(from: path) {
            let header: JournalHeader
            do { header = try read(named).header } catch {
                // It is there but damaged: reading it again says where.
                if case .damaged = error { return named }
                throw .continuationMissing(journal: path, continuation: named)
            }
            guard let from = header.continues, DurableFiles.absolute(from.path) == target else {
                throw .continuationMissing(journal: path, continuation: named)
            }
            return named
        }
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
