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
    /// A connection with no request under way (one that never completes its request, or
    /// a kept-alive one left unused) is closed after this long. An event stream is a
    /// request under way, so it stays open for as long as the page does.
    public static let idleBound = TimeAmount.seconds(10)
    /// A connection the client has stopped reading, its buffers full, is closed after
    /// this long (`StalledReaderHandler`).
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
            additionalChannelHandlers: [StalledReaderHandler(bound: stalledBound)], idleTimeout: idleBound)
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

    static func body(_ text: String, type: String, policy: String, head: Bool) -> Response {
        var headers = common(policy: policy)
        headers[.contentType] = type
        let bytes = ByteBuffer(string: text)
        headers[.contentLength] = "\(bytes.readableBytes)"
        return Response(status: .ok, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
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
