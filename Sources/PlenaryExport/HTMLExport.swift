// The HTML report: one self-contained file (inline style, inline SVG, no script, no
// fetch) that reads well in a browser and prints on A4 landscape.
import PlenaryCore

enum HTMLExport {
    static func render(_ log: ActualTimesLog, _ words: ExportWords) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(words.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(ExportText.heading(log, words)))</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; color: #111; \
            margin: 24px; max-width: 1200px; }
            h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 22px 0 6px; }
            p { margin: 4px 0; } .status { font-weight: bold; } .remark { color: #8a4b00; }
            table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
            th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
            th { background: #eef2f7; } tr.marked td { background: #fdecea; }
            td.num { text-align: right; white-space: nowrap; } .note { color: #555; }
            svg.timeline { width: 100%; height: auto; border: 1px solid #ddd; }
            @media print { body { margin: 0; font-size: 10px; } h2 { break-after: avoid; } tr { break-inside: avoid; }
              @page { size: A4 landscape; margin: 12mm; } }
            </style>
            </head>
            <body>
            <h1>\(HTMLText.escape(ExportText.heading(log, words)))</h1>
            <p>\(HTMLText.escape(ExportText.date(log, words)))</p>
            <p class="status">\(HTMLText.escape(ExportText.status(log, words)))</p>

            """
        for r in log.remarks { out += "<p class=\"remark\">\(HTMLText.escape(r))</p>\n" }
        let tables = ReportTables.all(log, words)
        out += table(tables[0])
        out += "<h2>\(HTMLText.escape(words.timeline))</h2>\n" + TimelineSVG.render(log, words) + "\n"
        for t in tables.dropFirst() { out += table(t) }
        return out + "</body>\n</html>\n"
    }

    static func table(_ t: ReportTable) -> String {
        var s = "<h2>\(HTMLText.escape(t.title))</h2>\n"
        if let note = t.note { s += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        s +=
            (t.id.map { "<table id=\"\($0)\">" } ?? "<table>") + "\n<tr>"
            + t.header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        for (n, row) in t.rows.enumerated() {
            s += t.marked.contains(n) ? "<tr class=\"marked\">" : "<tr>"
            s += row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return s + "</table>\n"
    }
}
