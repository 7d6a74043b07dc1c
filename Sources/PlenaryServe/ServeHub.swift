// The latest page snapshots and the event streams that follow them. The follower's
// loop publishes; every `/events` connection subscribes. Each subscriber keeps only its
// newest few messages, so a slow or stalled client never holds the others back nor makes
// the server keep an unbounded backlog for it.
import Synchronization

/// What the pages are sent: one snapshot per variant of the speaker's screen.
public struct PublishedPages: Sendable {
    public var normal: String
    public var frozen: String
    public var report: String
    /// The pages' language (`en`, `fr`) and title.
    public var language: String
    public var title: String

    public init(normal: String, frozen: String, report: String, language: String, title: String) {
        self.normal = normal
        self.frozen = frozen
        self.report = report
        self.language = language
        self.title = title
    }

    public func snapshot(freeze: Bool) -> String { freeze ? frozen : normal }
}

/// Shared between the follower's loop and the HTTP handlers. Safe from any thread.
public final class ServeHub: Sendable {
    private struct Subscriber {
        var freeze: Bool
        var continuation: AsyncStream<String>.Continuation
    }

    private struct State {
        var pages: PublishedPages?
        /// The server's session time at the last poll, and when (this process's
        /// monotonic clock), so a page is given the time of its request.
        var clock: (now: Int64, at: ContinuousClock.Instant, rate: Double)?
        var subscribers: [Int: Subscriber] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())
    /// Messages kept for a subscriber that does not read: a snapshot supersedes the
    /// ones before it, so a few are enough.
    static let backlog = 4

    public init() {}

    public var pages: PublishedPages? { state.withLock { $0.pages } }

    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// New snapshots: kept for new pages and sent to every stream.
    public func publish(_ pages: PublishedPages) {
        let targets = state.withLock { s -> [Subscriber] in
            s.pages = pages
            return Array(s.subscribers.values)
        }
        for t in targets { t.continuation.yield(Self.event("snapshot", pages.snapshot(freeze: t.freeze))) }
    }

    /// The server's session time at this poll (`rate`: session per real millisecond).
    public func mark(now: Int64, rate: Double) {
        let at = ContinuousClock.now
        state.withLock { $0.clock = (now, at, rate) }
    }

    /// The server's session time now, from the last poll moved on by the monotonic clock.
    public var serverNow: Int64? {
        guard let c = state.withLock({ $0.clock }) else { return nil }
        let elapsed = ContinuousClock.now - c.at
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return c.now + Int64((ms * c.rate).rounded(.down))
    }

    /// A heartbeat carrying the server's clock, so a page knows it is still connected
    /// and keeps its offset to the server's clock measured.
    public func beat(now: Int64) {
        let targets = state.withLock { Array($0.subscribers.values) }
        for t in targets { t.continuation.yield(Self.event("beat", "{\"now\":\(now)}")) }
    }

    /// A stream of server-sent events, starting with the current snapshot.
    public func subscribe(freeze: Bool) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: String.self, bufferingPolicy: .bufferingNewest(Self.backlog))
        let id = state.withLock { s -> Int in
            let id = s.nextID
            s.nextID += 1
            s.subscribers[id] = Subscriber(freeze: freeze, continuation: continuation)
            if let pages = s.pages { continuation.yield(Self.event("snapshot", pages.snapshot(freeze: freeze))) }
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every stream (the server stops).
    public func finish() {
        let targets = state.withLock { Array($0.subscribers.values) }
        for t in targets { t.continuation.finish() }
    }

    /// One server-sent event; the data is one line of JSON.
    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }
}

/// Where the server listens; fixed by the command line.
public struct WebServerConfig: Sendable {
    public var host: String
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}
