// The real `plenary-serve` for the serve tests, on loopback, and the raw clients that
// speak to it: byte for byte, so the requests (and the silences) are exactly the ones a
// test means, with no client library tidying them up.
import Foundation
import Glibc
import PlenaryCore
import PlenarySystem
import PlenaryTestSupport
import Synchronization
import Testing

/// The real `plenary-serve` on an ephemeral loopback port, following `journal` in a
/// directory of its own. A process of its own, so the tests' blocking calls never hold
/// the threads it answers on.
final class LoopbackServer: Sendable {
    static let hostile = "<script>alert(1)</script>\u{1b}[2J\u{7}Ruritania & \"Co\" 'x'"
    let port: Int
    let process: Process
    let dir: URL
    let journal: String

    /// By default the journal's first speaker has a hostile name and has the floor;
    /// `prepare` writes another journal at the path given (or none: the server waits).
    /// `registration`: the registration file `plenary serve` was given, if any.
    init(
        language: String = "en", registration: String? = nil,
        prepare: (String) throws -> Void = LoopbackServer.hostileSession
    ) async throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-serve-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        journal = dir.appendingPathComponent("s.journal").path
        try prepare(journal)
        let bin = try #require(PlenaryBinary.path, "\(PlenaryBinary.missing)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: bin).deletingLastPathComponent()
            .appendingPathComponent("plenary-serve")
        process.arguments = [journal, "127.0.0.1", "0", language, "1"] + (registration.map { [$0] } ?? [])
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = out.fileHandleForReading
        // The port it bound, from the addresses it prints.
        let printed = try await Self.offPool { () -> String in
            var text = ""
            while !text.contains("/report") {
                let data = handle.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            return text
        }
        let match = try #require(printed.firstMatch(of: /127\.0\.0\.1:(\d+)\//), "no address in \(printed)")
        port = try #require(Int(match.1))
    }

    /// The default session, its first speaker named `hostile`, on the floor.
    static func hostileSession(_ journal: String) throws {
        var speakers = DefaultSession.speakers
        speakers[0].delegation = Self.hostile
        var store = try SessionStore.open(
            plan: DefaultSession.plan, speakers: speakers, path: journal, rehearsal: false)
        try perform(&store, [.openSession, .startNextSegment, .giveFloor])
    }

    /// What the console does for each command: decide, persist, then record.
    static func perform(_ store: inout OpenedSession, _ commands: [Command]) throws {
        for c in commands {
            let events = try store.session.decide(c, at: SessionClock(anchor: store.anchor).now()).get()
            try store.journal.persist(events)
            store.session.record(events)
        }
    }

    /// SIGTERM, as a service manager or Ctrl-C stops it: it must end at once and cleanly.
    func stop(sourceLocation: SourceLocation = #_sourceLocation) async {
        process.terminate()
        process.waitUntilExit()
        let how = process.terminationReason == .exit ? "exit" : "signal"
        #expect(
            process.terminationReason == .exit && process.terminationStatus == 0,
            "plenary-serve ended by \(how) \(process.terminationStatus) on SIGTERM", sourceLocation: sourceLocation)
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs blocking socket and browser calls on a thread of their own.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            Thread { c.resume(with: Result { try work() }) }.start()
        }
    }

    func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await Self.offPool(work)
    }

    /// Sends `request` as it is and reads the answer until the server closes or
    /// `timeout` passes.
    func exchange(_ request: String, timeout: Double = 30) throws -> String {
        let fd = try connected()
        defer { close(fd) }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may refuse before reading it all
            sent += n
        }
        return read(fd, timeout: timeout)
    }

    /// A connection to the server; `receiveBuffer` shrinks its socket's receive buffer
    /// (set before connecting, so the window it offers is that small from the start).
    func connected(receiveBuffer: Int32? = nil) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(ok == 0, "could not connect to 127.0.0.1:\(port)")
        return fd
    }

    /// What arrives on `fd` until it closes or `timeout` passes.
    func read(_ fd: Int32, timeout: Double, until stop: (String) -> Bool = { _ in false }) -> String {
        var out: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) >= 0 else { break }
            if p.revents == 0 { continue }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            out += buffer[..<n]
            if stop(String(decoding: out, as: UTF8.self)) { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Sends all of `text` on `fd`.
    func sendText(_ fd: Int32, _ text: String) {
        _ = text.withCString { Glibc.send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    /// Whether the server has closed `fd`: everything it sent is read, then the end.
    func isClosedByServer(_ fd: Int32, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) >= 0 else { return false }
            if p.revents == 0 { continue }
            if recv(fd, &buffer, buffer.count, 0) <= 0 { return true }
        }
        return false
    }

    func get(_ target: String, method: String = "GET", headers: String = "") async throws -> String {
        let request = "\(method) \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\(headers)\r\n"
        return try await offPool { try self.exchange(request) }
    }

}

func status(_ response: String) -> Int? {
    response.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
}

/// A page's event stream, read as a browser reads it, on a thread of its own: every
/// snapshot's data as it arrives.
final class EventStream: Sendable {
    let fd: Int32
    private let received = Mutex<(snapshots: [String], text: String, closed: Bool)>(([], "", false))
    private let stopped = Atomic<Bool>(false)

    init(_ server: LoopbackServer, query: String = "") throws {
        fd = try server.connected()
        server.sendText(fd, "GET /events\(query) HTTP/1.1\r\nHost: x\r\n\r\n")
        Thread { [self] in self.readAll() }.start()
    }

    private func readAll() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var raw: [UInt8] = []
        var headersRead = false
        while !stopped.load(ordering: .relaxed) {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) >= 0 else { break }
            if p.revents == 0 { continue }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 {
                received.withLock { $0.closed = true }
                break
            }
            raw += buffer[..<n]
            let payload = Self.unchunk(&raw, headersRead: &headersRead)
            received.withLock { r in
                r.text += payload
                // Complete events only; the rest waits for the next read.
                while let end = r.text.range(of: "\n\n") {
                    let event = r.text[..<end.lowerBound]
                    r.text.removeSubrange(..<end.upperBound)
                    if event.hasPrefix("event: snapshot\ndata: ") {
                        r.snapshots.append(String(event.dropFirst("event: snapshot\ndata: ".count)))
                    }
                }
            }
        }
    }

    /// The body bytes complete in `raw` (past the response's head, out of HTTP/1.1's
    /// chunks), taken out of it.
    static func unchunk(_ raw: inout [UInt8], headersRead: inout Bool) -> String {
        let crlf: [UInt8] = [13, 10]
        func find(_ needle: [UInt8], from: Int) -> Int? {
            guard raw.count >= needle.count + from else { return nil }
            return (from...(raw.count - needle.count)).first { raw[$0..<$0 + needle.count].elementsEqual(needle) }
        }
        if !headersRead {
            guard let end = find(crlf + crlf, from: 0) else { return "" }
            raw.removeSubrange(..<(end + 4))
            headersRead = true
        }
        var out: [UInt8] = []
        while let line = find(crlf, from: 0),
            let size = Int(String(decoding: raw[..<line], as: UTF8.self), radix: 16),
            raw.count >= line + 2 + size + 2
        {
            out += raw[(line + 2)..<(line + 2 + size)]
            raw.removeSubrange(..<(line + 2 + size + 2))
        }
        return String(decoding: out, as: UTF8.self)
    }

    var snapshots: [String] { received.withLock { $0.snapshots } }
    var isClosed: Bool { received.withLock { $0.closed } }

    /// The newest snapshot once `predicate` holds for it, within `timeout` seconds.
    func waitFor(timeout: Double = 30, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let last = snapshots.last, predicate(last) { return last }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    func close() {
        stopped.store(true, ordering: .relaxed)
        usleep(150_000)
        Glibc.close(fd)
    }
}
