// Laying a panel out for any terminal, from a phone to a projector. The band (the
// stage colour, the digits and the word) is kept at every size; the other rows are
// dropped, least useful first, when the height runs out. The band takes every row
// left over and the digits take the largest scale that fits in it; when even the
// smallest does not fit, the time is plain text beside the word.
import PlenaryText

extension DisplayScreen {
    /// Rows around the band, top to bottom, each with how much it matters.
    private enum Part: CaseIterable {
        case title, heading, detail, band, lines, next

        /// Dropped from the lowest up when rows run out; the band never is.
        var priority: Int {
            switch self {
            case .title: 1
            case .detail: 2
            case .lines: 3
            case .next: 4
            case .heading: 5
            case .band: 99
            }
        }
    }

    static func layout(_ p: DisplayPanel, in g: inout Grid) {
        var rows: [Part: Int] = [
            .title: p.title != nil || p.clock != nil ? 1 : 0,
            .heading: p.heading != nil ? 1 : 0,
            .detail: p.detail != nil ? 1 : 0,
            .band: 1,
            .lines: p.lines.count,
            .next: p.next != nil ? 1 : 0,
        ]
        for part in Part.allCases.sorted(by: { $0.priority < $1.priority }) where part != .band {
            if rows.values.reduce(0, +) <= g.height { break }
            rows[part] = 0
        }
        rows[.band] = max(1, g.height - rows.values.reduce(0, +) + 1)
        var y = 0
        for part in Part.allCases {
            let n = rows[part] ?? 0
            guard n > 0 else { continue }
            switch part {
            case .title: titleBar(p, &g, y: y)
            case .heading: g.putCentered(p.heading ?? "", y: y, role: .speaker)
            case .detail: g.putCentered(p.detail ?? "", y: y, role: .dim)
            case .band: band(p, &g, top: y, rows: n)
            case .lines:
                for (i, line) in p.lines.prefix(n).enumerated() { g.putCentered(line, y: y + i, role: .dim) }
            case .next: g.putCentered(p.next ?? "", y: y, role: .label)
            }
            y += n
        }
    }

    /// The session's title on the left, the clock on the right.
    static func titleBar(_ p: DisplayPanel, _ g: inout Grid, y: Int) {
        g.clear(y: y, role: .title)
        let clock = p.clock.map { $0 + " " } ?? ""
        let room = g.width - DisplayWidth.of(clock) - 2
        if let title = p.title, room > 0 {
            g.put(" " + DisplayWidth.truncate(title, toCells: room), x: 0, y: y, role: .title)
        }
        if room >= 0 { g.putRight(clock, right: g.width, y: y, role: .title) }
    }

    /// The coloured band: big digits when they fit, the word under them.
    static func band(_ p: DisplayPanel, _ g: inout Grid, top: Int, rows: Int) {
        g.clear(y: top, height: rows, role: p.role)
        // A margin of one row above and below the digits once the band is tall enough.
        let margin = rows >= 9 ? 1 : 0
        if let digits = p.digits,
            let scale = BigDigits.fit(p.template ?? digits, width: g.width - 2, height: rows - 1 - 2 * margin)
        {
            let glyphs = BigDigits.rows(digits, horizontal: scale.horizontal, vertical: scale.vertical)
            let gap = rows - glyphs.count - 1 - 2 * margin >= 1 + 2 * margin ? 1 : 0
            let block = glyphs.count + gap + 1
            let start = top + (rows - block) / 2
            for (i, row) in glyphs.enumerated() { g.putCentered(row, y: start + i, role: p.role) }
            g.putCentered(p.word, y: start + glyphs.count + gap, role: p.role)
        } else if let digits = p.digits {
            let line = "\(p.word) · \(digits)"
            if DisplayWidth.of(line) <= g.width {
                g.putCentered(line, y: top + (rows - 1) / 2, role: p.role)
            } else if rows >= 2 {
                g.putCentered(digits, y: top + (rows - 2) / 2, role: p.role)
                g.putCentered(p.word, y: top + (rows - 2) / 2 + 1, role: p.role)
            } else {
                // One short row: the time matters more than the word.
                g.putCentered(digits, y: top, role: p.role)
            }
        } else {
            g.putCentered(p.word, y: top + (rows - 1) / 2, role: p.role)
        }
    }
}
