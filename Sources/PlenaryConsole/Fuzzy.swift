// Finding a delegation from a few typed letters, as an officer types under
// pressure: case and accents do not matter, a prefix beats a word start, which
// beats letters in order ("drc" finds nothing, "dem rep" finds the DRC). A name is
// found by any of its spellings, so an officer may type it in English or in French.

/// Fuzzy matching of typed text against known names.
public enum Fuzzy {
    /// A name completion can offer, and every spelling that finds it: the English and
    /// French names of the same delegation ("Pays-Bas" finds "Netherlands").
    public struct Candidate: Sendable, Hashable {
        public var name: String
        public var spellings: [String]

        public init(_ name: String, spellings: [String] = []) {
            self.name = name
            self.spellings = spellings
        }
    }

    /// The names matching `query`, best first, at most `limit`.
    public static func matches(_ query: String, in names: [String], limit: Int) -> [String] {
        matches(query, in: names.map { Candidate($0) }, limit: limit)
    }

    /// The candidates' names matching `query` by any of their spellings, best first, at most `limit`.
    public static func matches(_ query: String, in candidates: [Candidate], limit: Int) -> [String] {
        let q = fold(query)
        guard !q.isEmpty else { return [] }
        let scored = candidates.compactMap { c in
            ([c.name] + c.spellings).compactMap { score(q, fold($0)) }.min().map { (c.name, $0) }
        }
        return scored.sorted { a, b in
            a.1 != b.1 ? a.1 < b.1 : a.0.count != b.0.count ? a.0.count < b.0.count : a.0 < b.0
        }.prefix(limit).map(\.0)
    }

    /// Lower score is better; nil is no match.
    static func score(_ q: String, _ name: String) -> Int? {
        if name == q { return 0 }
        if name.hasPrefix(q) { return 1 }
        let words = name.split(whereSeparator: { " -(),'".contains($0) })
        if words.contains(where: { $0.hasPrefix(q) }) { return 2 }
        // Every typed word starts a word of the name, in order: "dem rep" → Democratic Republic.
        let typed = q.split(separator: " ")
        if typed.count > 1 {
            var rest = words[...]
            var ok = true
            for t in typed {
                guard let i = rest.firstIndex(where: { $0.hasPrefix(t) }) else {
                    ok = false
                    break
                }
                rest = rest[(i + 1)...]
            }
            if ok { return 3 }
        }
        if name.contains(q) { return 4 }
        // Letters in order, with a penalty for gaps.
        var gaps = 0
        var it = name.makeIterator()
        for c in q where c != " " {
            var found = false
            while let n = it.next() {
                if n == c {
                    found = true
                    break
                }
                gaps += 1
            }
            if !found { return nil }
        }
        return gaps <= 12 ? 10 + gaps : nil
    }

    /// Lower case without accents, so "cote" finds "Côte d'Ivoire".
    static func fold(_ s: String) -> String {
        var out = ""
        for c in s.lowercased() {
            if let plain = accents[c] { out.append(plain) } else { out.append(c) }
        }
        return out
    }

    static let accents: [Character: Character] = {
        let groups: [(String, Character)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"),
            ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žź", "z"), ("’'", "'"),
        ]
        var map: [Character: Character] = [:]
        for (letters, plain) in groups { for l in letters { map[l] = plain } }
        return map
    }()
}
