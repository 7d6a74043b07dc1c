// The secretariat's rules, applied to rows that were read without error: late rows
// are set aside (never dropped), pinned positions go first, then first come, first
// served by `received` (ties keep file order), and a second registration of a
// delegation for the same segment is set aside naming the one that was kept.
import PlenaryCore

enum RegistrationRules {
    struct Outcome {
        /// Per segment, in running order.
        var lists: [[RegistrationEntry]]
        var late: [RegistrationEntry] = []
        var duplicates: [DuplicateRegistration] = []
        var diagnostics: [Diagnostic] = []
    }

    /// `entries` in file order.
    static func apply(_ entries: [RegistrationEntry], plan: SessionPlan, file: String) -> Outcome {
        var out = Outcome(lists: Array(repeating: [], count: plan.segments.count))
        let off = plan.utcOffset
        var timely: [RegistrationEntry] = []
        for e in entries {
            if e.received >= plan.registrationDeadline {
                out.late.append(e)
                out.diagnostics.append(Diagnostic(
                    file: file, line: e.line, column: 0, severity: .warning,
                    message: "received \(stamp(e.received, off)), at or after the deadline \(stamp(plan.registrationDeadline, off)): listed as late, not on the list",
                    excerpt: SafeText.excerpt(e.delegation)))
            } else {
                timely.append(e)
            }
        }
        // Stable: Swift's sort is not guaranteed stable, so the file position breaks ties.
        // Indices are sorted by the two keys, not entries: copying entries costs more than comparing.
        let order = timely.map(\.order), received = timely.map(\.received)
        let ordered = timely.indices.sorted { i, j in
            switch (order[i], order[j]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil) where received[i] != received[j]: return received[i] < received[j]
            default: return i < j
            }
        }
        let keys = timely.map { "\($0.segment)|" + SafeText.foldedKey($0.delegation) }
        var keptLine: [String: Int] = [:]
        keptLine.reserveCapacity(timely.count)
        for i in ordered {
            let e = timely[i]
            if let firstLine = firstLine(&keptLine[keys[i], default: Int.min], line: e.line) {
                out.duplicates.append(DuplicateRegistration(entry: e, keptLine: firstLine))
                out.diagnostics.append(Diagnostic(
                    file: file, line: e.line, column: 0, severity: .warning,
                    message: "second registration of this delegation for segment \(plan.segments[e.segment].id) (line \(firstLine) is kept): set aside as a duplicate",
                    excerpt: SafeText.excerpt(e.delegation),
                    hint: "if two people speak for one delegation, register one speaker and name both"))
                continue
            }
            out.lists[e.segment].append(e)
        }
        return out
    }

    /// The line kept for a key, or nil after keeping `line` for it: the slot is found
    /// once (`Int.min` marks a new slot; no line is negative).
    private static func firstLine(_ kept: inout Int, line: Int) -> Int? {
        if kept == Int.min {
            kept = line
            return nil
        }
        return kept
    }

    /// Speakers numbered from 1 in running order, segment after segment.
    static func speakers(_ lists: [[RegistrationEntry]]) -> [Speaker] {
        lists.joined().enumerated().map { n, e in
            Speaker(id: SpeakerID(n + 1), delegation: e.delegation, function: e.speaker, category: e.category,
                    segment: e.segment, kind: .registered, received: e.received)
        }
    }

    static func stamp(_ t: Instant, _ off: Duration) -> String {
        "\(TimeText.date(t, utcOffset: off)) \(TimeText.clock(t, utcOffset: off))"
    }
}
