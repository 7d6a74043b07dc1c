// One rule for idle and slow clients: a connection on which nothing moves for a bound
// is closed. Moving is a request arriving (its head complete: the parser holds a request
// still being trickled in) or something sent reaching the client's socket. So
//   - a request never finished (a slowloris trickling its headers) and a kept-alive
//     connection left unused are closed after the bound;
//   - an event stream moves every second (its heartbeat) for as long as its page reads it;
//   - a client that stops reading (a phone asleep, a frozen tab, a hostile peer) fills
//     its socket, its writes stop completing, and it is closed after the bound, holding
//     no more than its buffers meanwhile (the hub never waits for it: each stream keeps
//     only its newest few messages);
//   - a client reading a large page slowly but steadily (a weak Wi-Fi) completes a slice
//     of it every so often, and is kept.
// A write counts once it reaches the socket, not once it is queued: a page's slices are
// all queued at once, long before a slow client has them (Hummingbird's own idle timeout
// counts from the queueing, and cut such downloads short).
// The kernel's send buffer is set small: on loopback Linux grows it to megabytes per
// connection, which would let a client that never reads take that much before its
// writes stop completing. The pages send a few kilobytes a second, and even the report
// goes out at LAN speed through it.
import NIOCore
import NIOHTTPTypes

/// Closes the connection when, for `bound`, no request has arrived and no write has
/// reached the socket.
final class StalledConnectionHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    /// The response parts pass through untouched.
    typealias OutboundIn = Never

    /// The kernel's send buffer per connection (Linux doubles it for its own overhead).
    static let sendBuffer: SocketOptionValue = 32 * 1024

    let bound: TimeAmount
    private var check: Scheduled<Void>?
    /// When a request last arrived or a write last reached the socket.
    private var lastMoved = NIODeadline.now()

    init(bound: TimeAmount) {
        self.bound = bound
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.channel.syncOptions?.setOption(.socketOption(.so_sndbuf), value: Self.sendBuffer)
        lastMoved = .now()
        look(context, at: lastMoved + bound)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { lastMoved = .now() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let written = promise ?? context.eventLoop.makePromise()
        written.futureResult.assumeIsolated().whenSuccess { self.lastMoved = .now() }
        context.write(data, promise: written)
    }

    /// At `deadline`: closes the connection if nothing moved for `bound`, else looks again
    /// `bound` after it last moved.
    private func look(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        check = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) {
            self.check = nil
            if NIODeadline.now() - self.lastMoved >= self.bound {
                context.close(promise: nil)
            } else {
                self.look(context, at: self.lastMoved + self.bound)
            }
        }
    }
}
