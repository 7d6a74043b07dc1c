// The HTML report opened in a real browser: headless Chromium renders it to a PNG
// (scripts/render-report.sh). Skipped, saying why, where chromium is not installed.
// PLENARY_KEEP_RENDER=1 keeps the pages and pictures and prints where, to look at them.
import Foundation
import PlenaryCore
import PlenaryExport
import PlenaryFormats
import PlenaryTestSupport
import Testing

@Suite struct ExportRenderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let hasChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-render-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func done(_ dir: URL) {
        if ProcessInfo.processInfo.environment["PLENARY_KEEP_RENDER"] == "1" {
            print("rendered in \(dir.path)")
        } else {
            try? FileManager.default.removeItem(at: dir)
        }
    }

    @Test(.enabled(if: hasChromium, "chromium is not installed: apt-get install chromium to render the report"))
    func theHTMLReportRendersInChromium() throws {
        let dir = try Self.scratch("report")
        defer { Self.done(dir) }
        let html = dir.appendingPathComponent("report.html")
        let png = dir.appendingPathComponent("report.png")
        let log = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers,
            events: ScriptedSession.events())
        try Data(log.render(.html).utf8).write(to: html)

        let p = Process()
        p.executableURL = Self.root.appendingPathComponent("scripts/render-report.sh")
        p.arguments = [html.path, png.path, "1280", "1600"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)

        let bytes = try [UInt8](Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // Width and height from the IHDR chunk: the page was laid out at the asked size.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280)
        // A blank page compresses to a few kilobytes; tables and a chart do not.
        #expect(bytes.count > 60_000, "the screenshot looks empty (\(bytes.count) bytes)")
        let pdf = dir.appendingPathComponent("report.pdf")
        #expect(((try? Data(contentsOf: pdf))?.count ?? 0) > 10_000, "printing to PDF failed")
    }

    /// The reports a person should look at when the timeline changes: a session opened
    /// nine hours late (in French too) and one whose clock jumped ten years.
    @Test(.enabled(if: hasChromium, "chromium is not installed: apt-get install chromium to render the report"))
    func unusualTimelinesRenderInChromium() throws {
        let dir = try Self.scratch("timelines")
        defer { Self.done(dir) }
        let late = ExportTimelineTests.log(shifting: .minutes(9 * 60 + 5))
        let jumped = ExportTimelineTests.jumped(years: 10)
        for (name, html) in [
            ("late", late.render(.html)), ("late-fr", late.render(.html, language: .french)),
            ("jumped", jumped.render(.html)),
        ] {
            let page = dir.appendingPathComponent("\(name).html")
            try Data(html.utf8).write(to: page)
            let p = Process()
            p.executableURL = Self.root.appendingPathComponent("scripts/render-report.sh")
            p.arguments = [page.path, dir.appendingPathComponent("\(name).png").path, "1280", "1000"]
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(name)")
            let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent("\(name).png")))
            #expect(bytes.count > 40_000, "\(name): the screenshot looks empty (\(bytes.count) bytes)")
        }
    }

    /// The rules of procedure as a browser shows them (issue 16): the point-of-order and
    /// suspension rows in their tables and their marks on the timeline, typed text as text.
    @Test(.enabled(if: hasChromium, "chromium is not installed: apt-get install chromium to render the report"))
    func theRulesOfProcedureShowInTheBrowser() throws {
        let dir = try Self.scratch("procedure")
        defer { Self.done(dir) }
        for language in Language.allCases {
            let page = dir.appendingPathComponent("procedure-\(language.rawValue).html")
            try Data(ProcedureSession.log.render(.html, language: language).utf8).write(to: page)
            let dom = try Chromium.dom(page.absoluteString)
            let points = try #require(Self.element("table", id: "points-of-order", in: dom), "\(language)")
            let rows = points.components(separatedBy: "<tr").dropFirst(2)
            #expect(rows.count == 2)
            #expect(rows.first?.contains("<td>Kenya</td><td>Office of the Prosecutor</td>") == true, "\(language)")
            #expect(rows.first?.contains("<td>+0:10</td>") == true)
            let suspensions = try #require(Self.element("table", id: "suspensions", in: dom), "\(language)")
            #expect(suspensions.contains("<td>10:00</td><td>11:57:30</td><td>12:00</td>"))
            #expect(suspensions.contains("<td>consultations &lt;on the draft&gt;</td>"))
            #expect(dom.components(separatedBy: "class=\"point-of-order\"").count - 1 == 2)
            #expect(dom.contains("class=\"suspension\""))
            // The typed message is text in its cell, not markup.
            #expect(!dom.contains("<b>wrap up</b>") && dom.contains("&lt;b&gt;wrap up&lt;/b&gt;"))
            let p = Process()
            p.executableURL = Self.root.appendingPathComponent("scripts/render-report.sh")
            p.arguments = [
                page.path, dir.appendingPathComponent("procedure-\(language.rawValue).png").path, "1280", "2600",
            ]
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
    }

    /// The first `<tag id="id">…</tag>` of a DOM dump.
    static func element(_ tag: String, id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "<\(tag) id=\"\(id)\">"),
            let end = dom.range(of: "</\(tag)>", range: start.upperBound..<dom.endIndex)
        else { return nil }
        return String(dom[start.lowerBound..<end.upperBound])
    }
}
