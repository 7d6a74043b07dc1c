// A client that stops reading (a phone put to sleep, a tab in the background of a
// frozen browser, a hostile peer) fills its socket: the kernel's buffers, then the
// channel's own outbound buffer up to its high-water mark, and the channel turns
// unwritable. Its event stream then waits on a write that may never complete. This
// handler closes such a connection once it has stayed unwritable for a bound, so what
// it holds is never more than those buffers and never held for long; other clients
// are untouched (the hub never waits on a stream: each keeps only its newest few).
// The kernel's send buffer is set small: on loopback Linux grows it to megabytes per
// connection, which would let a client that never reads hold that much for minutes
// before its channel turns unwritable. The pages send a few kilobytes a second, and
// even the report goes out at LAN speed through it.
import NIOCore

/// Closes the connection when it has not been writable for `bound`.
final class StalledReaderHandler: ChannelInboundHandler, RemovableChannelHandler {
    /// The request parts pass through untouched (this handler reads nothing).
    typealias InboundIn = Never

    /// The kernel's send buffer per connection (Linux doubles it for its own overhead).
    static let sendBuffer: SocketOptionValue = 32 * 1024

    let bound: TimeAmount
    private var pendingClose: Scheduled<Void>?

    init(bound: TimeAmount) {
        self.bound = bound
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.channel.syncOptions?.setOption(.socketOption(.so_sndbuf), value: Self.sendBuffer)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            // It read again in time: it is slow, not gone.
            pendingClose?.cancel()
            pendingClose = nil
        } else if pendingClose == nil {
            pendingClose = context.eventLoop.assumeIsolated().scheduleTask(in: bound) {
                context.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        pendingClose?.cancel()
        pendingClose = nil
    }
}
