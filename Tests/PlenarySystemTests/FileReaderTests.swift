// The one file reader: whole files, the appended tail, and errors that name the file
// in words a user acts on.
import Foundation
import PlenaryFormats
import PlenarySystem
import Testing

@Suite struct FileReaderTests {
    let dir = journalScratch()

    func scratch(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = dir + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsTheWholeFileAndTheTailFromAnOffset() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try scratch("big.bin", bytes)
        #expect(try FileReader.read(path) == bytes)
        #expect(try FileReader.read(path, from: 150_000) == Array(bytes[150_000...]))
        #expect(try FileReader.read(path, from: bytes.count) == [])
        #expect(try FileReader.read(try scratch("empty", [])) == [])
    }

    @Test func aMissingFileADirectoryAndAnOversizedFileAreNamed() throws {
        #expect(throws: FileError("read", dir + "/gone.csv", code: ENOENT)) { try FileReader.read(dir + "/gone.csv") }
        #expect("\(FileError("read", dir + "/gone.csv", code: ENOENT))" == dir + "/gone.csv: no such file")
        #expect(throws: FileError("read", dir, code: EISDIR)) { try FileReader.read(dir) }
        #expect("\(FileError("read", dir, code: EISDIR))" == dir + ": is a directory, not a file")
        let path = try scratch("ten", Array(repeating: 65, count: 10))
        #expect(throws: FileError("read", path, code: EFBIG)) { try FileReader.read(path, limit: 9) }
        #expect(try FileReader.read(path, limit: 10).count == 10)
    }

    @Test func aPlanAndTheListBesideItAreReadFromDisk() throws {
        _ = try scratch("r.csv", Array("received,segment,delegation\n2023-12-05 10:00,I,Chad\n".utf8))
        let plan = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Examples/asp-2023-cooperation.toml"), encoding: .utf8)
        let path = try scratch(
            "plan.toml",
            Array(
                plan.replacingOccurrences(
                    of: #"speakers = "asp-2023-cooperation.csv""#, with: #"speakers = "r.csv""#
                ).utf8))
        let reg = try RegistrationFile.load(path)
        #expect(reg.speakers.map(\.delegation) == ["Chad"], "\(reg.diagnostics)")
        let missing = dir + "/none.toml"
        #expect(throws: FileError("read", missing, code: ENOENT)) { try RegistrationFile.load(missing) }
    }

    /// A FIFO with a writer that opens it as soon as a reader does, and closes it at
    /// once: a reader that blocks in open(2) gets an empty file instead of an error
    /// (and without the writer would wait forever, which a test must not). The writer
    /// is released afterwards whatever the reader did.
    func withFIFO(_ name: String, _ body: (String) throws -> Void) throws {
        let path = dir + "/" + name
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let fd = open(path, O_WRONLY)
            if fd >= 0 { close(fd) }
        }
        writer.start()
        defer {
            // Opens the reading end without blocking, so a writer still waiting goes on.
            let fd = open(path, O_RDONLY | O_NONBLOCK)
            usleep(50_000)
            if fd >= 0 { close(fd) }
        }
        try body(path)
    }

    @Test func aFIFOIsRefusedAtOnceNamingTheFile() throws {
        try withFIFO("list.csv") { path in
            #expect(throws: FileError("read", path, code: ESPIPE)) { try FileReader.read(path) }
            #expect(
                "\(FileError("read", path, code: ESPIPE))"
                    == path + ": is not a regular file (a FIFO, device or socket); only files are read")
        }
    }

    @Test func aDeviceIsRefusedBeforeAByteIsRead() {
        // /dev/zero would give its limit's worth of zeros; /dev/null an empty "file".
        #expect(throws: FileError("read", "/dev/zero", code: ESPIPE)) { try FileReader.read("/dev/zero", limit: 10) }
        #expect(throws: FileError("read", "/dev/null", code: ESPIPE)) { try FileReader.read("/dev/null") }
    }

    @Test func aPlansSpeakersPathNamingAFIFOIsRefused() throws {
        let plan = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Examples/asp-2023-cooperation.toml"), encoding: .utf8)
        let path = try scratch(
            "fifo-plan.toml",
            Array(
                plan.replacingOccurrences(
                    of: #"speakers = "asp-2023-cooperation.csv""#, with: #"speakers = "pipe.csv""#
                ).utf8))
        try withFIFO("pipe.csv") { fifo in
            #expect(throws: FileError("read", fifo, code: ESPIPE)) { try RegistrationFile.load(path) }
        }
    }

    @Test func aHostileFileNameIsShownNotObeyed() {
        let path = dir + "/a\u{1B}[2Jb\u{202E}c.csv"
        #expect(
            "\(FileError("read", path, code: ENOENT))" == dir + "/a\\u{1B}[2Jb\\u{202E}c.csv: no such file")
    }
}
