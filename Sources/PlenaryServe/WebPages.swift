// The pages' HTML: a shell per page holding the snapshot as JSON data (not script),
// with the one script and style sheet served from this server. Nothing is fetched from
// elsewhere (the room may have no internet), and the script writes text only through
// `textContent`, so a name can never become markup.
import PlenaryExport
import PlenaryView

/// The pages `plenary serve` answers, by path.
public enum WebPage: String, Sendable, CaseIterable {
    case speaker, chair, list, report

    /// The page's title in `language`.
    func title(_ w: WebStrings) -> String {
        switch self {
        case .speaker: w.speakerPage
        case .chair: w.chairPage
        case .list: w.listPage
        case .report: w.reportPage
        }
    }

    /// The page around `snapshot` (JSON), for `speaker`, `chair` and `list`; `now` is the
    /// server's session time as the page is sent, the page's clock until a heartbeat.
    public func html(snapshot: String, language: String, title: String, freeze: Bool, now: Int64) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTMLText.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <link rel="stylesheet" href="/app.css">
        </head>
        <body data-page="\(rawValue)" data-freeze="\(freeze ? "1" : "0")" data-now="\(now)">
        \(body)
        <p id="connection" role="status" hidden></p>
        <script type="application/json" id="snapshot">\(scriptSafe(snapshot))</script>
        <script src="/app.js"></script>
        </body>
        </html>

        """
    }

    /// The page's skeleton, filled by the script from the snapshot.
    private var body: String {
        switch self {
        case .speaker:
            """
            <main id="speaker" class="panel">
            <p id="title"></p>
            <h1 id="heading"></h1>
            <p id="detail"></p>
            <p id="message" role="alert" hidden></p>
            <div id="band"><div id="digits" aria-live="off"></div><p id="word" aria-live="polite"></p></div>
            <ul id="lines"></ul>
            <p id="next"></p>
            </main>
            """
        case .chair:
            """
            <main id="chair">
            <h1 id="title"></h1>
            <p id="clock"></p>
            <div id="band"><p id="word"></p><div id="digits"></div></div>
            <ul id="procedure" hidden></ul>
            <p id="message" role="status" hidden></p>
            <dl id="figures"></dl>
            <p id="callLine"></p>
            <p id="onTimeMeaning"></p>
            </main>
            """
        case .list:
            """
            <main id="list">
            <h1 id="title"></h1>
            <div id="segments"></div>
            </main>
            """
        case .report:
            ""
        }
    }
}

/// JSON safe inside a `<script type="application/json">` element: no `<` at all, so
/// nothing in it can close the element (JSON reads `\u003c` as the same character).
func scriptSafe(_ json: String) -> String {
    var out = ""
    for c in json.unicodeScalars {
        switch c {
        case "<": out += "\\u003c"
        case ">": out += "\\u003e"
        case "&": out += "\\u0026"
        case "\u{2028}": out += "\\u2028"
        case "\u{2029}": out += "\\u2029"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}
