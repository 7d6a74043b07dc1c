// Files that survive a crash. An append is durable when `fdatasync` has returned;
// a new name is durable when the directory holding it has been synced too. Every
// system call goes through `FileIO`, the seam tests use to make the disk fill up or
// a sync fail on cue.
import PlenaryText

#if canImport(Glibc)
    import Glibc
#endif

/// A failed system call, with the file and the operating system's words for it.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32
    public init(_ operation: String, _ path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }
    /// The message, the path shown by `TerminalSafe.visible`: a file name holding ESC or
    /// a bidi override is printed as it is spelled, never obeyed by the terminal.
    public var description: String {
        let path = TerminalSafe.visible(path)
        return switch (operation, code) {
        // What `FileReader` meets most, in the words a user acts on.
        case ("read", ENOENT): "\(path): no such file"
        case ("read", EACCES): "\(path): cannot be opened for reading (permissions?)"
        case ("read", EISDIR): "\(path): is a directory, not a file"
        case ("read", EFBIG): "\(path): too large to be the file meant; it was not read"
        // Outside damage to a journal being written (`DurableFile.checkStillOurs`).
        case ("deleted", _): "\(path) was deleted from outside while it was being written"
        case ("replaced", _): "\(path) was replaced by another file from outside while it was being written"
        case ("resized", _): "\(path) was cut or written to from outside while it was being written"
        // `FileReader` refuses what is not a regular file (ESPIPE); a socket refuses open (ENXIO).
        case ("read", ESPIPE), ("read", ENXIO):
            "\(path): is not a regular file (a FIFO, device or socket); only files are read"
        default: "\(path): \(operation) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// The system calls durable files make. `.system` is the real thing; tests replace
/// single calls. Each returns 0 or the bytes written on success, or `-errno`.
public struct FileIO: Sendable {
    public var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    public var fdatasync: @Sendable (_ fd: Int32) -> Int32
    public var fsync: @Sendable (_ fd: Int32) -> Int32

    public init(
        write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int,
        fdatasync: @escaping @Sendable (Int32) -> Int32,
        fsync: @escaping @Sendable (Int32) -> Int32
    ) {
        self.write = write
        self.fdatasync = fdatasync
        self.fsync = fsync
    }

    public static let system = FileIO(
        write: { fd, b in
            let n = Glibc.write(fd, b.baseAddress, b.count)
            return n < 0 ? -Int(errno) : n
        },
        fdatasync: { fd in Glibc.fdatasync(fd) == 0 ? 0 : -errno },
        fsync: { fd in Glibc.fsync(fd) == 0 ? 0 : -errno })
}

/// A file opened for appending whose every `append` is on disk when it returns.
public final class DurableFile {
    public let path: String
    private var fd: Int32
    private let io: FileIO
    /// Bytes known to be in the file, so a failed append can be cut back off.
    public private(set) var length: Int

    /// Opens an existing file for appending and takes an exclusive lock on it, so two
    /// programs never write one journal. Fails with EWOULDBLOCK when it is in use.
    public init(appendingTo path: String, io: FileIO = .system) throws(FileError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileError("open", path, code: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw FileError("lock (is another plenary using it?)", path, code: code)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw FileError("stat", path, code: code)
        }
        self.path = path
        self.fd = fd
        self.io = io
        self.length = Int(st.st_size)
    }

    deinit { close() }

    /// Releases the file and its lock. Appends after this fail with EBADF.
    public func close() {
        guard fd >= 0 else { return }
        _ = Glibc.close(fd)
        fd = -1
    }

    /// Writes all of `bytes` and syncs them. On failure the file is cut back to its
    /// previous length where the system allows, and the error says what failed; after
    /// a failed sync the file's state on disk is unknown, so callers stop using it.
    public func append(_ bytes: [UInt8]) throws(FileError) {
        try checkStillOurs()
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { io.write(fd, UnsafeRawBufferPointer(rebasing: $0[written...])) }
            if n == -Int(EINTR) { continue }
            guard n > 0 else {
                _ = ftruncate(fd, off_t(length))
                throw FileError("write", path, code: n == 0 ? ENOSPC : Int32(-n))
            }
            written += n
        }
        let r = io.fdatasync(fd)
        guard r == 0 else { throw FileError("fdatasync", path, code: -r) }
        length += bytes.count
    }

    /// Checks that the path still names the file opened, at the length this program
    /// wrote: a journal deleted, replaced or cut from outside would otherwise go on
    /// taking records nobody will read, or append them into the middle of a line.
    /// Two `stat`s per append, far below the cost of its `fdatasync`.
    func checkStillOurs() throws(FileError) {
        var mine = stat()
        guard fstat(fd, &mine) == 0 else { throw FileError("stat", path, code: errno) }
        var named = stat()
        guard stat(path, &named) == 0, mine.st_nlink > 0 else { throw FileError("deleted", path, code: ENOENT) }
        guard named.st_dev == mine.st_dev, named.st_ino == mine.st_ino else {
            throw FileError("replaced", path, code: ESTALE)
        }
        guard Int(mine.st_size) == length else { throw FileError("resized", path, code: EIO) }
    }

    /// Cuts the file to `length` bytes and syncs it.
    public func truncate(to newLength: Int) throws(FileError) {
        guard ftruncate(fd, off_t(newLength)) == 0 else { throw FileError("truncate", path, code: errno) }
        let r = io.fsync(fd)
        guard r == 0 else { throw FileError("fsync", path, code: -r) }
        length = newLength
    }
}

/// Whole files and directories, written so a crash leaves either the old file or
/// the new one, never a mixture.
public enum DurableFiles {
    /// temp file → write → fsync → rename → fsync the directory.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, io: FileIO = .system) throws(FileError) {
        let temp = "\(path).tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError("create", temp, code: errno) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { io.write(fd, UnsafeRawBufferPointer(rebasing: $0[written...])) }
            if n == -Int(EINTR) { continue }
            guard n > 0 else {
                close(fd)
                throw FileError("write", temp, code: n == 0 ? ENOSPC : Int32(-n))
            }
            written += n
        }
        let r = io.fsync(fd)
        close(fd)
        guard r == 0 else { throw FileError("fsync", temp, code: -r) }
        guard rename(temp, path) == 0 else { throw FileError("rename", path, code: errno) }
        ok = true
        try syncDirectory(of: path, io: io)
    }

    /// Makes a whole existing file durable (after writes made with syncing deferred).
    public static func sync(_ path: String, io: FileIO = .system) throws(FileError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError("open", path, code: errno) }
        defer { close(fd) }
        let r = io.fsync(fd)
        guard r == 0 else { throw FileError("fsync", path, code: -r) }
    }

    /// Makes a new or renamed name in the directory durable.
    public static func syncDirectory(of path: String, io: FileIO = .system) throws(FileError) {
        let dir = directory(of: path)
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError("open directory", dir, code: errno) }
        defer { close(fd) }
        let r = io.fsync(fd)
        guard r == 0 else { throw FileError("fsync directory", dir, code: -r) }
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// `path` with symbolic links and `..` resolved, or made absolute against the
    /// current directory when it does not exist (so two spellings compare equal).
    public static func absolute(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if path.hasPrefix("/") { return path }
        let cwd = FileReader.workingDirectory()
        return cwd.isEmpty ? path : cwd + "/" + path
    }

    /// Whether another process holds the file's lock (a console is writing it).
    public static func isLockedByAnother(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }
}
