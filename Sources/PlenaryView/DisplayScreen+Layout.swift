// Laying a panel out for any terminal, from a phone to a projector. The band (the
// stage colour, the digits and the word) is kept at every size; the other rows are
// dropped, least useful first, when the height runs out (a message to the speaker
// last: it is what the speaker must read now). The band takes every row
// left over and the digits take the largest scale that fits in it; when even the
// smallest does not fit, the time is plain text beside the word.
import PlenaryText

extension DisplayScreen {
    /// Rows around the band, top to bottom, each with how much it matters.
    private enum Part: CaseIterable {
        case title, heading, detail, message, band, lines, next

        /// Dropped from the lowest up when rows run out; the band never is.
        var priority: Int {
            switch self {
            case .title: 1
            case .detail: 2
            case .lines: 3
            case .next: 4
            case .heading: 5
            case .message: 6
            case .band: 99
            }
        }
    }

    static func layout(_ p: DisplayPanel, in g: inout Grid) {
        var message = p.message.map { messageLines($0, width: g.width) } ?? []
        var pad = message.isEmpty ? 0 : messagePadding(height: g.height)
        var rows: [Part: Int] = [
            .title: p.title != nil || p.clock != nil ? 1 : 0,
            .heading: p.heading != nil ? 1 : 0,
            .detail: p.detail != nil ? 1 : 0,
            .message: message.count + 2 * pad,
            .band: 1,
            .lines: p.lines.count,
            .next: p.next != nil ? 1 : 0,
        ]
        let height = g.height
        let fits = { rows.values.reduce(0, +) <= height }
        // Rows run out: the message's margins go first, then whole parts, least useful
        // first; the message keeps one line before it goes.
        if !fits() {
            pad = 0
            rows[.message] = message.count
        }
        for part in Part.allCases.sorted(by: { $0.priority < $1.priority }) where part != .band {
            if fits() { break }
            if part == .message, message.count > 1, let text = p.message {
                message = [DisplayWidth.truncate(text, toCells: max(0, g.width - 2))]
                rows[.message] = 1
                if fits() { break }
            }
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
            case .message:
                g.clear(y: y, height: n, role: .speakerMessage)
                for (i, line) in message.enumerated() where pad + i < n {
                    g.putCentered(line, y: y + pad + i, role: .speakerMessage)
                }
            case .band: band(p, &g, top: y, rows: n)
            case .lines:
                for (i, line) in p.lines.prefix(n).enumerated() { g.putCentered(line, y: y + i, role: .dim) }
            case .next: g.putCentered(p.next ?? "", y: y, role: .label)
            }
            y += n
        }
    }

    /// A message in at most two lines, a cell of margin each side; the rest cut with "…".
    static func messageLines(_ text: String, width: Int) -> [String] {
        let room = max(1, width - 2)
        let wrapped = ConsoleScreen.wrap(text, width: room)
        guard wrapped.count > 2 else { return wrapped }
        return [wrapped[0], DisplayWidth.truncate(wrapped.dropFirst().joined(separator: " "), toCells: room)]
    }

    /// Rows of the message's band above and below its text: none on a small screen, up
    /// to three on a projector, so the band reads from the back of the room.
    static func messagePadding(height: Int) -> Int {
        height < 20 ? 0 : min(3, (height - 12) / 8)
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
