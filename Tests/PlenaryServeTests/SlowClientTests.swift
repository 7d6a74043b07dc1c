// Idle and slow clients on real sockets: a request trickled in and never finished, a
// kept-alive connection left unused, and an event stream whose client never reads
// (its receive buffer shrunk so it fills at once) are all dropped after the bound,
// while a page following the same server keeps getting every update; and a client
// reading a large page slowly but steadily, for longer than the bound, gets all of it.
import Foundation
import Glibc
import PlenaryCore
import PlenaryServe
import PlenarySystem
import Synchronization
import Testing

/// The session a test keeps writing to while the server follows it.
final class Console: @unchecked Sendable {
    var store: OpenedSession?

    /// The default session with the first speaker on the floor.
    func start(_ journal: String) throws {
        var s = try SessionStore.open(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, path: journal, rehearsal: false)
        try LoopbackServer.perform(&s, [.openSession, .startNextSegment, .giveFloor])
        store = s
    }

    func press(_ commands: Command...) throws {
        try LoopbackServer.perform(&store!, commands)
    }
}

/// A snapshot as the page reads it.
func decoded(_ snapshot: String) -> PageSnapshot? {
    try? JSONDecoder().decode(PageSnapshot.self, from: Data(snapshot.utf8))
}

/// The speaker page's stage word in a snapshot.
func word(_ snapshot: String) -> String? { decoded(snapshot)?.speaker.word }

/// Whether someone has the floor, whatever the stage (a loaded machine may take the
/// speaker past the limit before the page is read).
func onTheFloor(_ snapshot: String) -> Bool { decoded(snapshot)?.chair?.floorTime != nil }

@Suite(.serialized) struct SlowClientTests {
    @Test func aRequestNeverFinishedAndAnUnusedConnectionAreClosedAfterTheBound() async throws {
        let console = Console()
        let server = try await LoopbackServer(prepare: console.start)
        let page = try EventStream(server)
        #expect(page.waitFor(onTheFloor) != nil)
        // A slowloris: the request line and a header, then one byte a second, never the
        // blank line that ends the request.
        let trickle = try server.connected()
        defer { close(trickle) }
        server.sendText(trickle, "GET /speaker HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        // A kept-alive connection: one page answered, then nothing more asked.
        let unused = try server.connected()
        defer { close(unused) }
        server.sendText(unused, "GET /app.css HTTP/1.1\r\nHost: x\r\n\r\n")
        let css = server.read(unused, timeout: 5) { $0.contains("role-overrun") }
        #expect(status(css) == 200)

        let opened = Date()
        let closedAfter = try await server.offPool { () -> (trickle: Double?, unused: Double?) in
            var out: (trickle: Double?, unused: Double?) = (nil, nil)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date().timeIntervalSince(opened) < 25, out.trickle == nil || out.unused == nil {
                if out.trickle == nil {
                    if Glibc.send(trickle, "a", 1, Int32(MSG_NOSIGNAL)) < 0 {
                        out.trickle = Date().timeIntervalSince(opened)
                    }
                }
                for (fd, isTrickle) in [(trickle, true), (unused, false)] {
                    if (isTrickle ? out.trickle : out.unused) != nil { continue }
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    if poll(&p, 1, 0) > 0, recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT)) <= 0 {
                        if isTrickle {
                            out.trickle = Date().timeIntervalSince(opened)
                        } else {
                            out.unused = Date().timeIntervalSince(opened)
                        }
                    }
                }
                usleep(1_000_000)
            }
            return out
        }
        let bound = 10.0  // WebServer.stalledBound
        guard let trickled = closedAfter.trickle, let left = closedAfter.unused else {
            Issue.record(
                "still open after 25 s: trickled \(closedAfter.trickle == nil), unused \(closedAfter.unused == nil)")
            return
        }
        #expect(trickled >= bound - 2 && trickled <= bound + 10, "closed after \(trickled) s")
        #expect(left >= bound - 2 && left <= bound + 10, "closed after \(left) s")

        // The page's event stream is not idle: it stays open and gets the next change.
        #expect(!page.isClosed)
        try console.press(.pause)
        #expect(page.waitFor(timeout: 5) { word($0) == "PAUSED" } != nil)
        page.close()
        await server.stop()
    }

    @Test func anEventStreamNeverReadIsDroppedWhileAPageKeepsEveryUpdate() async throws {
        let console = Console()
        let server = try await LoopbackServer(prepare: console.start)
        let page = try EventStream(server)
        #expect(page.waitFor(onTheFloor) != nil)
        // A client that asks for the stream and never reads a byte, its window tiny.
        let unread = try server.connected(receiveBuffer: 4096)
        defer { close(unread) }
        server.sendText(unread, "GET /events HTTP/1.1\r\nHost: x\r\n\r\n")

        // The officer pauses and resumes, 50 changes in 5 s: a snapshot each, far more
        // than the unread client's buffers hold.
        for i in 0..<50 {
            try console.press(i % 2 == 0 ? .pause : .resume)
            try await Task.sleep(for: .milliseconds(100))
        }
        let flooded = page.snapshots.count
        #expect(flooded >= 25, "the page got \(flooded) snapshots of 50 changes")
        // Meanwhile the stalled one holds nobody back: the next change is on the page at once.
        try console.press(.endIntervention)
        #expect(page.waitFor(timeout: 5) { word($0) == "FLOOR FREE" } != nil)

        // Its buffers full, nothing it is sent reaches it: dropped after WebServer.stalledBound (10 s);
        // read only once that has passed (reading sooner would let it move again).
        try await Task.sleep(for: .seconds(12))
        let dropped = try await server.offPool { server.isClosedByServer(unread, timeout: 10) }
        #expect(dropped, "a client that never read is still connected")
        try console.press(.callNext)
        #expect(page.waitFor(timeout: 5) { word($0) == "CALLED" } != nil)
        #expect(!page.isClosed)
        page.close()
        await server.stop()
    }

    @Test func aPageReadSlowlyButSteadilyIsServedWhole() async throws {
        // A list long enough (2,500 speakers) that its page, over 250 KiB, is far more than
        // the kernel's and the channel's buffers together.
        let server = try await LoopbackServer { journal in
            let speakers = (0..<2500).map { i in
                var s = DefaultSession.speakers[i % DefaultSession.speakers.count]
                s.id = SpeakerID(i + 1)
                s.delegation += " \(i)"
                return s
            }
            var s = try SessionStore.open(
                plan: DefaultSession.plan, speakers: speakers, path: journal, rehearsal: false)
            try LoopbackServer.perform(&s, [.openSession, .startNextSegment, .giveFloor])
        }
        // A weak Wi-Fi: 16 KiB a second, well past the stalled bound in all, but steady.
        let fd = try server.connected(receiveBuffer: 4096)
        defer { close(fd) }
        server.sendText(fd, "GET /list HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let (received, seconds) = try await server.offPool { () -> ([UInt8], Double) in
            let started = Date()
            var out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 1024)
            while Date().timeIntervalSince(started) < 90 {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { break }
                out += buffer[..<n]
                usleep(62_500)
            }
            return (out, Date().timeIntervalSince(started))
        }
        let text = String(decoding: received, as: UTF8.self)
        let head = try #require(text.range(of: "\r\n\r\n"), "no response")
        let length = try #require(
            text[..<head.lowerBound].firstMatch(of: /[Cc]ontent-[Ll]ength: (\d+)/).flatMap { Int($0.1) })
        #expect(length > 250_000)
        #expect(received.count - text.utf8.distance(from: text.startIndex, to: head.upperBound) == length)
        #expect(seconds > 12, "read in \(seconds) s: not slower than the stalled bound")
        #expect(text.hasSuffix("</html>\n"))
        await server.stop()
    }
}
