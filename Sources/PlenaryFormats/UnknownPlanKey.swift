// A key in a TOML plan that Plenary does not read. Ignoring it must never leave the plan
// different from what the file says without an error: a table Plenary does not know
// (`[[segment]]` for `[[segments]]`: its segments would vanish and their rows move to
// another) and a near miss of a known key (`changover`: the default would be used
// silently) are errors, with the key meant as a hint. Any other top-level or speaker key
// (`author = "…"`, a note for the secretariat) changes nothing and stays a warning.
// Segment and warning tables are small and closed: every unknown key in them is an error.
// The rule is documented in docs/registration-format.md ("Unknown keys").

enum UnknownPlanKey {
    /// The diagnostic for `entry`, a key of a table whose keys are `known`: an error when
    /// `alwaysError`, when it is a table, or when it is a near miss; else `warning`.
    static func diagnostic(
        _ entry: TOMLTable.Entry, known: [String], file: String, warning: RegistrationWarning?
    ) -> Diagnostic {
        let at = entry.keyPosition
        let meant = nearest(entry.key, in: known)
        let shown = SafeText.excerpt(entry.key)
        if isTable(entry.value) {
            let header = entry.value.array != nil ? "[[\(shown)]]" : "[\(shown)]"
            return Diagnostic(
                file: file, line: at.line, column: at.column, severity: .error,
                message: "unknown table \(header) is not read: the plan would differ from the file",
                hint: meant.map { "did you mean `\($0)`?" } ?? "known keys: \(known.sorted().joined(separator: ", "))")
        }
        if let meant {
            return Diagnostic(
                file: file, line: at.line, column: at.column, severity: .error,
                message: "unknown key \(shown) is not read: the plan would differ from the file",
                hint: "did you mean `\(meant)`?")
        }
        guard let warning else {
            return Diagnostic(
                file: file, line: at.line, column: at.column, severity: .error,
                message: "unknown key \(shown)", hint: "known keys: \(known.sorted().joined(separator: ", "))")
        }
        return Diagnostic(file: file, line: at.line, column: at.column, warning: warning, excerpt: shown)
    }

    /// A table (`[name]`) or an array of tables (`[[name]]`).
    static func isTable(_ value: TOMLValue) -> Bool {
        if value.table != nil { return true }
        guard let items = value.array, !items.isEmpty else { return false }
        return items.allSatisfy { $0.table != nil }
    }

    /// The known key `key` is most likely a typo of: the same once case, spaces and
    /// hyphens are ignored, or within one edit (two for keys of five letters or more;
    /// a swap of neighbours is one edit). Nil when none is that close.
    static func nearest(_ key: String, in known: [String]) -> String? {
        let typed = normalised(key)
        var best: (key: String, distance: Int)?
        for k in known {
            let d = distance(typed, normalised(k))
            let allowed = k.count >= 5 ? 2 : 1
            if d <= allowed, d < (best?.distance ?? .max) { best = (k, d) }
        }
        return best?.key
    }

    static func normalised(_ key: String) -> [Character] {
        Array(key.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    /// Edits (insert, delete, substitute, swap neighbours) from `a` to `b`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = row
        }
        return previous[b.count]
    }
}
