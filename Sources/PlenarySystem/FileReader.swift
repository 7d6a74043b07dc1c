// The one way Plenary reads a file: a registration list, a plan, a theme, a model,
// a journal, the tail a follower has not read yet. Reading never changes the file
// (no lock, no repair), and a file that cannot be read is a `FileError` naming it.
#if canImport(Glibc)
    import Glibc
#endif

public enum FileReader {
    /// The whole file. Over `limit` bytes it is not read (EFBIG), so a wrong file
    /// given by mistake (a video, a disk image) is refused before it fills memory.
    public static func read(_ path: String, limit: Int = .max) throws(FileError) -> [UInt8] {
        try read(path, from: 0, limit: limit)
    }

    /// The bytes from `offset` to the end: what was appended since an earlier read.
    /// Only a regular file is read: a FIFO, a device or a socket is refused at once
    /// (ESPIPE; a socket cannot even be opened, ENXIO). The file is opened without
    /// blocking, so a FIFO with no writer cannot hang the command, and checked before
    /// a byte is read, so `/dev/zero` or `/dev/tty` is not read at all.
    public static func read(_ path: String, from offset: Int, limit: Int = .max) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw FileError("read", path, code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError("read", path, code: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileError("read", path, code: EISDIR)
        default: throw FileError("read", path, code: ESPIPE)
        }
        var at = off_t(offset)
        return try drain(path, limit: limit) { buffer in
            let n = pread(fd, buffer.baseAddress, buffer.count, at)
            if n > 0 { at += off_t(n) }
            return n
        }
    }

    /// Reads chunks with `next` (read(2) or pread(2): bytes read, 0 at the end, -1 and
    /// errno on failure) until the end, retrying on EINTR. The size is checked as bytes
    /// arrive, not from `stat`: a file may grow while it is read.
    private static func drain(
        _ name: String, limit: Int, _ next: (UnsafeMutableRawBufferPointer) -> Int
    ) throws(FileError) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { next($0) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError("read", name, code: errno)
            }
            if n == 0 { return out }
            guard out.count + n <= limit else { throw FileError("read", name, code: EFBIG) }
            out += chunk[0..<n]
        }
    }

    /// The name a file argument of `-` stands for, in messages and diagnostics.
    public static let standardInputName = "standard input"

    /// Standard input to its end (a file argument of `-`): a pipe or a redirected file,
    /// read with read(2) since a pipe has no offsets, under the same `limit`.
    public static func readStandardInput(limit: Int = .max) throws(FileError) -> [UInt8] {
        try drain(standardInputName, limit: limit) { Glibc.read(0, $0.baseAddress, $0.count) }
    }

    /// The working directory, absolute ("" when it cannot be known), so a file can be
    /// named as the user would type it.
    public static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
