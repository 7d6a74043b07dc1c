// Many `/events` clients on loopback, as plain sockets read by one thread with poll(2):
// each notes when every snapshot arrived and the speaker's stage word it carried, so the
// bench can tell, per client, when the change a key made reached it.
import Foundation

final class EventStreamClients: @unchecked Sendable {
    /// One snapshot as one client received it: CLOCK_REALTIME (ns) when its last byte
    /// was read, and the speaker's word in it.
    struct Arrival {
        var at: Int64
        var word: String
    }

    private var sockets: [Int32] = []
    private var buffers: [[UInt8]] = []
    private var arrivals: [[Arrival]] = []
    private var beats = 0
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?
    /// Every client receives the same few snapshot texts: each is decoded once.
    private var words: [String: String] = [:]

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
        return lock.withLock { (arrivals, beats) }
    }

    /// The clients still connected (the server has not closed them).
    var open: Int { lock.withLock { sockets.filter { $0 >= 0 }.count } }

    private func readLoop() {
        var fds = sockets.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while lock.withLock({ running }) {
            guard poll(&fds, nfds_t(fds.count), 100) > 0 else { continue }
            for i in fds.indices where fds[i].revents != 0 {
                fds[i].revents = 0
                let n = read(fds[i].fd, &chunk, chunk.count)
                let at = realtimeNow()
                if n <= 0 {
                    if n == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(fds[i].fd)
                        fds[i].fd = -1  // poll ignores it from now on
                        lock.withLock { sockets[i] = -1 }
                    }
                    continue
                }
                buffers[i].append(contentsOf: chunk[..<n])
                received(client: i, at: at)
            }
        }
    }

    /// Takes every whole event out of a client's buffer. The bytes are HTTP chunks around
    /// events, one event to a chunk, so an event is found whole between "event: " and the
    /// blank line that ends it.
    private func received(client i: Int, at: Int64) {
        let blank: [UInt8] = [10, 10]
        while let end = buffers[i].firstRange(of: blank) {
            let event = buffers[i][..<end.lowerBound]
            buffers[i].removeSubrange(..<end.upperBound)
            guard let start = event.firstRange(of: Array("event: ".utf8)) else { continue }
            let text = String(decoding: event[start.lowerBound...], as: UTF8.self)
            if text.hasPrefix("event: beat") {
                lock.withLock { beats += 1 }
            } else if text.hasPrefix("event: snapshot"), let data = text.range(of: "\ndata: ") {
                let json = String(text[data.upperBound...])
                let word = words[json] ?? Self.speakerWord(json)
                words[json] = word
                lock.withLock { arrivals[i].append(Arrival(at: at, word: word)) }
            }
        }
    }

    /// The speaker's stage word in a snapshot's JSON.
    static func speakerWord(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let speaker = object["speaker"] as? [String: Any]
        else { return "" }
        return speaker["word"] as? String ?? ""
    }
}
