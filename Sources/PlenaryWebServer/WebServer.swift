// The HTTP side of `plenary serve`, on Hummingbird. Read-only by construction: a fixed
// set of paths, GET and HEAD only, no file is ever opened from a request (so no path
// can reach outside), small requests only, and a strict Content-Security-Policy.
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PlenaryServe

/// The HTTP server over a hub the follower's loop publishes to.
public enum WebServer {
    /// The longest request line target accepted, and the most header bytes.
    static let maxTarget = 2048
    static let maxHeaderBytes = 8 * 1024
    /// A connection on which nothing moves for this long is closed
    /// (`StalledConnectionHandler`): a request never finished, a kept-alive connection
    /// left unused, a client that stopped reading. An event stream's heartbeat moves it
    /// every second; a page read slowly moves it a slice at a time.
    public static let stalledBound = TimeAmount.seconds(10)

    /// Every page's policy: only this server's own script, style and event stream.
    static let pagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    /// The report is the export's self-contained file: inline style and SVG, no script.
    static let reportPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'none'"

    /// The application serving `hub`; `onRunning` gets the port actually bound.
    public static func application(
        _ config: WebServerConfig, hub: ServeHub, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "plenary-serve")
        logger.logLevel = .critical  // a client going away is not news
        var http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [StalledConnectionHandler(bound: stalledBound)])
        http.httpDecoder = .init(
            maxHeaderFieldSize: maxHeaderBytes, maxHeaderListSize: maxHeaderBytes, maxHeaderFieldCount: 64)
        return Application(
            responder: CallbackResponder { (request: Request, _: BasicRequestContext) in
                respond(to: request, hub: hub)
            },
            server: .http1(configuration: http),
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? config.port) },
            logger: logger)
    }

    static func respond(to request: Request, hub: ServeHub) -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(
                .methodNotAllowed, "GET and HEAD only: this server cannot change the session.\n", [.allow: "GET, HEAD"])
        }
        guard (request.head.path?.utf8.count ?? 0) <= maxTarget else { return plain(.uriTooLong, "Too long.\n") }
        if let length = request.headers[.contentLength], length != "0" {
            return plain(.contentTooLarge, "A request here has no body.\n")
        }
        if request.headers[.transferEncoding] != nil { return plain(.contentTooLarge, "A request here has no body.\n") }
        let head = request.method == .head
        let freeze = request.uri.queryParameters["freeze"] == "1"
        switch request.uri.path {
        case "/", "/speaker":
            return page(.speaker, hub: hub, freeze: freeze, head: head)
        case "/chair":
            return page(.chair, hub: hub, freeze: false, head: head)
        case "/list":
            return page(.list, hub: hub, freeze: false, head: head)
        case "/report":
            return body(hub.pages?.report ?? "", type: "text/html; charset=utf-8", policy: reportPolicy, head: head)
        case "/app.js":
            return body(WebAssets.script, type: "text/javascript; charset=utf-8", policy: pagePolicy, head: head)
        case "/app.css":
            return body(WebAssets.style, type: "text/css; charset=utf-8", policy: pagePolicy, head: head)
        case "/events":
            return events(hub: hub, freeze: freeze, head: head)
        default:
            return plain(.notFound, "Not found.\n")
        }
    }

    static func page(_ page: WebPage, hub: ServeHub, freeze: Bool, head: Bool) -> Response {
        guard let pages = hub.pages else { return plain(.serviceUnavailable, "Starting.\n") }
        let html = page.html(
            snapshot: pages.snapshot(freeze: freeze), language: pages.language, title: pages.title, freeze: freeze,
            now: hub.serverNow ?? 0)
        return body(html, type: "text/html; charset=utf-8", policy: pagePolicy, head: head)
    }

    static func events(hub: ServeHub, freeze: Bool, head: Bool) -> Response {
        var headers = common(policy: pagePolicy)
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        if head { return Response(status: .ok, headers: headers) }
        let stream = hub.subscribe(freeze: freeze)
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Reconnect a second after a loss (EventSource does it by itself).
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await message in stream { try await writer.write(ByteBuffer(string: message)) }
                try await writer.finish(nil)
            })
    }

    /// A page is written in slices no larger than this, so a client reading slowly but
    /// steadily (a large report over a weak Wi-Fi) is seen to move as each slice reaches it,
    /// and is never taken for a stalled one.
    static let slice = 16 * 1024

    static func body(_ text: String, type: String, policy: String, head: Bool) -> Response {
        var headers = common(policy: policy)
        headers[.contentType] = type
        let bytes = ByteBuffer(string: text)
        headers[.contentLength] = "\(bytes.readableBytes)"
        if head { return Response(status: .ok, headers: headers, body: ResponseBody()) }
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody(contentLength: bytes.readableBytes) { writer in
                var rest = bytes
                while let part = rest.readSlice(length: min(slice, rest.readableBytes)), part.readableBytes > 0 {
                    try await writer.write(part)
                }
                try await writer.finish(nil)
            })
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String, _ extra: HTTPFields = [:]) -> Response {
        var headers = common(policy: pagePolicy)
        headers[.contentType] = "text/plain; charset=utf-8"
        for f in extra { headers.append(f) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func common(policy: String) -> HTTPFields {
        var h = HTTPFields()
        h[.contentSecurityPolicy] = policy
        h[.xContentTypeOptions] = "nosniff"
        h[.init("Referrer-Policy")!] = "no-referrer"
        h[.cacheControl] = "no-store"
        return h
    }
}
