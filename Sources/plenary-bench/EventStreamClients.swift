// Many `/events` clients on loopback, as plain sockets read by one thread with poll(2):
// each notes when every snapshot arrived and the speaker's stage word it carried, so the
// bench can tell, per client, when the change a key made reached it. "Arrived" is the
// kernel's receive time on the client's socket (SO_TIMESTAMPNS), so 500 clients read by
// one thread of a busy machine are timed as 500 separate devices would see them.
import Foundation

final class EventStreamClients: @unchecked Sendable {
    /// One snapshot as one client received it: CLOCK_REALTIME (ns) when the bytes that
    /// ended it reached the socket, and the speaker's word in it.
    struct Arrival {
        var at: Int64
        var word: String
    }

    private var sockets: [Int32] = []
    private var buffers: [[UInt8]] = []
    /// Written by the reading thread only, read once it has finished.
    private var arrivals: [[Arrival]] = []
    private var beats = 0
    private let lock = NSLock()
    private var running = false
    private var closed = 0
    private var thread: Thread?
    /// Every client receives the same few snapshot texts: each is decoded once.
    private var words: [[UInt8]: String] = [:]

    /// Opens `count` event streams on 127.0.0.1:`port`.
    init(port: Int, count: Int) throws {
        for _ in 0..<count {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard fd >= 0, connected == 0 else {
                throw SpawnError(description: "event stream \(sockets.count + 1): \(String(cString: strerror(errno)))")
            }
            let request = "GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n"
            _ = request.utf8CString.withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count - 1, 0) }
            var on: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS_OLD, &on, socklen_t(MemoryLayout<Int32>.size))
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            sockets.append(fd)
        }
        buffers = Array(repeating: [], count: count)
        arrivals = Array(repeating: [], count: count)
    }

    deinit {
        stop()
        for fd in sockets where fd >= 0 { close(fd) }
    }

    var count: Int { sockets.count }

    /// Starts reading on a thread of its own.
    func start() {
        running = true
        let t = Thread { [self] in readLoop() }
        t.start()
        thread = t
    }

    /// Stops reading; returns each client's snapshots and the number of heartbeats.
    @discardableResult
    func stop() -> (arrivals: [[Arrival]], beats: Int) {
        lock.withLock { running = false }
        while thread?.isFinished == false { Thread.sleep(forTimeInterval: 0.01) }
        return (arrivals, beats)
    }

    /// The clients still connected (the server has not closed them).
    var open: Int { sockets.count - lock.withLock { closed } }

    private func readLoop() {
        var fds = sockets.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        var control = [UInt8](repeating: 0, count: 128)
        while lock.withLock({ running }) {
            guard poll(&fds, nfds_t(fds.count), 100) > 0 else { continue }
            for i in fds.indices where fds[i].revents != 0 {
                fds[i].revents = 0
                let (n, at) = Self.receive(fds[i].fd, into: &chunk, control: &control)
                if n <= 0 {
                    if n == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(fds[i].fd)
                        fds[i].fd = -1  // poll ignores it from now on
                        sockets[i] = -1
                        lock.withLock { closed += 1 }
                    }
                    continue
                }
                buffers[i].append(contentsOf: chunk[..<n])
                received(client: i, at: at)
            }
        }
    }

    /// One recvmsg(2): the bytes, and the kernel's receive time (CLOCK_REALTIME ns) from
    /// the SCM_TIMESTAMPNS control message (the read's time if there is none).
    static func receive(_ fd: Int32, into chunk: inout [UInt8], control: inout [UInt8]) -> (Int, Int64) {
        let capacity = chunk.count
        let room = control.count
        return chunk.withUnsafeMutableBytes { bytes in
            control.withUnsafeMutableBytes { cmsg in
                var iov = iovec(iov_base: bytes.baseAddress, iov_len: capacity)
                return withUnsafeMutablePointer(to: &iov) { iovp in
                    var message = msghdr()
                    message.msg_iov = iovp
                    message.msg_iovlen = 1
                    message.msg_control = cmsg.baseAddress
                    message.msg_controllen = room
                    let n = recvmsg(fd, &message, 0)
                    var at = realtimeNow()
                    // struct cmsghdr { size_t len; int level; int type; } then the timespec.
                    if n > 0, message.msg_controllen >= 32,
                        cmsg.load(fromByteOffset: 8, as: Int32.self) == SOL_SOCKET,
                        cmsg.load(fromByteOffset: 12, as: Int32.self) == SO_TIMESTAMPNS_OLD
                    {
                        let seconds = cmsg.load(fromByteOffset: 16, as: Int64.self)
                        let nanoseconds = cmsg.load(fromByteOffset: 24, as: Int64.self)
                        at = seconds * 1_000_000_000 + nanoseconds
                    }
                    return (n, at)
                }
            }
        }
    }

    /// Takes every whole event out of a client's buffer. The bytes are HTTP chunks around
    /// events, one event to a chunk, so an event is found whole between "event: " and the
    /// blank line that ends it.
    private func received(client i: Int, at: Int64) {
        let b = buffers[i]
        var from = 0
        var j = 0
        while j + 1 < b.count {
            guard b[j] == 10, b[j + 1] == 10 else {
                j += 1
                continue
            }
            event(b[from..<j], client: i, at: at)
            j += 2
            from = j
        }
        buffers[i].removeFirst(from)
    }

    private static let eventTag = Array("event: ".utf8)
    private static let dataTag = Array("\ndata: ".utf8)

    private func event(_ bytes: ArraySlice<UInt8>, client i: Int, at: Int64) {
        guard let start = Self.find(Self.eventTag, in: bytes) else { return }
        let name = bytes[(start + Self.eventTag.count)...]
        if name.starts(with: "beat".utf8) {
            beats += 1
        } else if name.starts(with: "snapshot".utf8), let data = Self.find(Self.dataTag, in: name) {
            let json = Array(bytes[(data + Self.dataTag.count)...])
            let word = words[json] ?? Self.speakerWord(json)
            words[json] = word
            arrivals[i].append(Arrival(at: at, word: word))
        }
    }

    /// Where `tag` first starts in `bytes` (an index of `bytes`).
    static func find(_ tag: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= tag.count else { return nil }
        var k = bytes.startIndex
        while k + tag.count <= bytes.endIndex {
            if bytes[k] == tag[0], bytes[k..<(k + tag.count)].elementsEqual(tag) { return k }
            k += 1
        }
        return nil
    }

    /// The speaker's stage word in a snapshot's JSON.
    static func speakerWord(_ json: [UInt8]) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
            let speaker = object["speaker"] as? [String: Any]
        else { return "" }
        return speaker["word"] as? String ?? ""
    }
}
