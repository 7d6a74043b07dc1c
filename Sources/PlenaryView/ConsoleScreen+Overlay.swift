// What covers the screen for a moment: the help (generated from the key table) and
// the forms. Both are drawn last, over the list, and leave the floor block visible
// whenever the terminal is tall enough.
import PlenaryCore
import PlenaryText

extension ConsoleScreen {
    static func overlay(_ g: inout Grid, _ ctx: ScreenContext) {
        switch ctx.view.overlay {
        case .none: return
        case .confirm(let c): confirmBox(&g, ctx, c)
        case .help: help(&g, ctx)
        case .registrationWarnings: registrationWarnings(&g, ctx)
        case .form(let form): formBox(&g, ctx, form)
        }
    }

    /// A question too long for the message line, written out in full over the list:
    /// the consequence it names must be read before the answer.
    static func confirmBox(_ g: inout Grid, _ ctx: ScreenContext, _ c: Confirmation) {
        let s = ctx.strings
        let question = s.confirmations(c)
        guard !confirmationFits(question, s, width: g.width) else { return }
        let body = wrap(TerminalSafe.clean(question), width: max(1, g.width - 6))
        box(&g, title: "?", body: body, footer: [s.confirmHint], preferredTop: nil)
    }

    /// Whether the question and its hint fit on the message line.
    static func confirmationFits(_ question: String, _ s: Strings, width: Int) -> Bool {
        DisplayWidth.of(" \(question)  [\(s.confirmHint)]") <= width
    }

    /// The registration file's warnings, one a line, as many as the screen holds.
    static func registrationWarnings(_ g: inout Grid, _ ctx: ScreenContext) {
        let s = ctx.strings
        let all = ctx.config.registrationWarnings
        let room = max(1, g.height - 8)
        var body = all.prefix(room).map { DisplayWidth.truncate(TerminalSafe.clean($0), toCells: g.width - 6) }
        if all.count > room { body.append("… +\(all.count - room)") }
        if body.isEmpty { body = [s.noRegistrationWarnings] }
        box(&g, title: s.registrationWarningsTitle, body: body, footer: [s.helpClose], preferredTop: 2)
    }

    static func help(_ g: inout Grid, _ ctx: ScreenContext) {
        let s = ctx.strings
        let lines = ctx.view.keys.help.map { ($0.keys.joined(separator: "/"), s.actions($0.action)) }
        var footer = [s.helpClose]
        if let n = ctx.config.notice { footer.insert(n, at: 0) }
        let keyWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        let body = lines.map { DisplayWidth.pad($0.0, toCells: keyWidth) + "  " + $0.1 }
        // Taller than the screen below the title: two columns, so the footer (how to
        // close the help, the plan's notice) stays in view.
        let rows = (body.count + 1) / 2
        if body.count + footer.count + 3 > g.height - 2, g.width >= 60, rows + footer.count + 3 <= g.height {
            let column = (g.width - 4 - 3) / 2
            func cell(_ i: Int) -> String {
                guard body.indices.contains(i) else { return "" }
                return DisplayWidth.pad(DisplayWidth.truncate(body[i], toCells: column), toCells: column)
            }
            let twoColumns = (0..<rows).map { cell($0) + "   " + cell($0 + rows) }
            box(&g, title: s.help, body: twoColumns, footer: footer, preferredTop: 2)
            return
        }
        box(&g, title: s.help, body: body, footer: footer, preferredTop: 2)
    }

    static func formBox(_ g: inout Grid, _ ctx: ScreenContext, _ form: FormView) {
        let s = ctx.strings
        var body: [String] = []
        for (i, field) in form.fields.enumerated() {
            let cursor = i == form.focus ? "▏" : ""
            body.append("\(s.fields(field)): \(TerminalSafe.clean(form.values[i]))\(cursor)")
        }
        if form.fields[form.focus] == .delegation, !form.suggestions.isEmpty {
            let list = form.suggestions.enumerated().map {
                $0.offset == form.suggestion ? "[\($0.element)]" : $0.element
            }
            body.append("\(s.suggestionHint) " + list.joined(separator: "  "))
        }
        for note in form.notes { body += s.formNote(note, time: ctx.timeOfDay).map { TerminalSafe.clean($0) } }
        var footer = [s.formHint]
        if let p = form.problem { footer.insert("⚠ " + s.formProblem(p), at: 0) }
        box(&g, title: s.forms(form.kind), body: body, footer: footer, preferredTop: nil, highlight: form.focus)
    }

    /// A framed box centred horizontally, over the lower part of the screen unless
    /// `preferredTop` is given. Returns its top row, or -1 if nothing fits.
    @discardableResult
    static func box(
        _ g: inout Grid, title: String, body: [String], footer: [String], preferredTop: Int?,
        highlight: Int? = nil
    ) -> Int {
        let content = body + [""] + footer
        let inner = min(g.width - 4, max(DisplayWidth.of(title) + 2, content.map { DisplayWidth.of($0) }.max() ?? 0))
        guard inner > 0, g.height >= 3 else { return -1 }
        let h = min(g.height, content.count + 2)
        let w = inner + 4
        let left = max(0, (g.width - w) / 2)
        let top = preferredTop.map { min($0, max(0, g.height - h)) } ?? max(0, g.height - h - 2)
        g.clear(x: left, y: top, width: w, height: h, role: .overlay)
        g.put("┌" + String(repeating: "─", count: w - 2) + "┐", x: left, y: top, role: .overlay)
        g.put(" " + title + " ", x: left + 2, y: top, role: .overlayTitle)
        for (i, line) in content.prefix(h - 2).enumerated() {
            let y = top + 1 + i
            g.put("│", x: left, y: y, role: .overlay)
            let role: StyleRole = i == highlight ? .input : i > body.count && line.hasPrefix("⚠") ? .warning : .overlay
            g.put(DisplayWidth.truncate(line, toCells: inner), x: left + 2, y: y, role: role)
            g.put("│", x: left + w - 1, y: y, role: .overlay)
        }
        g.put("└" + String(repeating: "─", count: w - 2) + "┘", x: left, y: top + h - 1, role: .overlay)
        return top
    }
}
