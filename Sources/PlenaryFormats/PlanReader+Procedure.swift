// The rules of procedure a plan sets beyond its segments: limits by category
// (`[limits]`), rights of reply (`[replies]`) and the limit of a point of order
// (`point_of_order`). Left out, each is the General Assembly's practice: no category
// limits, replies as `ReplyRules.generalAssembly`, points of order timed without a
// limit. The tables are small and closed: every unknown key in them is an error.
import PlenaryCore

extension PlanReader {
    /// The keys of `[limits]` and the category each names; `observer` and
    /// `organization` are the short forms a secretariat writes.
    static let categoryKeys: [(key: String, category: PlenaryCore.Category)] = [
        ("court", .court), ("state_party", .stateParty), ("observer_state", .observerState),
        ("observer", .observerState), ("international_organization", .internationalOrganization),
        ("organization", .internationalOrganization), ("civil_society", .civilSociety), ("other", .other),
    ]

    /// The keys of `[replies]`.
    static let replyKeys = ["where", "per_delegation", "limits"]

    /// `[limits]`: `observer_state = "1:30"`, one positive duration per category.
    mutating func readCategoryLimits() -> [PlenaryCore.Category: Duration] {
        guard let value = table["limits"] else { return [:] }
        guard let t = value.table else {
            error(
                "limits", "limits must be a table ([limits])",
                hint: "[limits] on its own line, then observer_state = \"1:30\"")
            return [:]
        }
        var out: [PlenaryCore.Category: Duration] = [:]
        var keyOf: [PlenaryCore.Category: String] = [:]
        for entry in t.entries {
            guard let category = Self.categoryKeys.first(where: { $0.key == entry.key })?.category else {
                problems.append(
                    UnknownPlanKey.diagnostic(
                        entry, known: Self.categoryKeys.map(\.key), file: file, warning: nil))
                continue
            }
            if let first = keyOf[category] {
                problems.append(
                    at(
                        entry.keyPosition, "limits: \(entry.key) and \(first) name the same category",
                        hint: "keep one of them"))
                continue
            }
            keyOf[category] = entry.key
            guard let d = PlanValue.duration(entry.value), d > .zero else {
                problems.append(
                    at(
                        entry.value.position, "limits: \(entry.key) is not a positive duration",
                        hint: "\(entry.key) = \"1:30\""))
                continue
            }
            out[category] = d
        }
        return out
    }

    /// `[replies]`: `where`, `per_delegation` and `limits`, each defaulting to the
    /// General Assembly's.
    mutating func readReplies() -> ReplyRules {
        var rules = ReplyRules.generalAssembly
        guard let value = table["replies"] else { return rules }
        guard let t = value.table else {
            error(
                "replies", "replies must be a table ([replies])",
                hint: "[replies] on its own line, then per_delegation = 2")
            return rules
        }
        for entry in t.entries where !Self.replyKeys.contains(entry.key) {
            if entry.key == "first" || entry.key == "second" {
                problems.append(
                    at(
                        entry.keyPosition, "replies: the limits of the replies are one list, limits",
                        hint: "limits = [\"10:00\", \"5:00\"] (the first reply's, the second's)"))
            } else {
                problems.append(UnknownPlanKey.diagnostic(entry, known: Self.replyKeys, file: file, warning: nil))
            }
        }
        if let v = t["where"] {
            if let placement = v.string.flatMap({ ReplyRules.Placement(rawValue: $0.lowercased()) }) {
                rules.placement = placement
            } else {
                problems.append(
                    at(
                        v.position, "replies: where is \"segment\" or \"session\"",
                        hint: "where = \"session\" (after the last segment's list) or \"segment\" (after each list)"))
            }
        }
        if let v = t["per_delegation"] {
            if let n = v.integer, n >= 0, n <= 100 {
                rules.perDelegation = Int(n)
            } else {
                problems.append(
                    at(
                        v.position, "replies: per_delegation is not a whole number from 0 to 100",
                        hint: "per_delegation = 2"))
            }
        }
        if let v = t["limits"] {
            let items = v.array ?? []
            let limits = items.compactMap { PlanValue.duration($0).flatMap { $0 > .zero ? $0 : nil } }
            if items.isEmpty || limits.count < items.count {
                let bad = items.first { PlanValue.duration($0).map { $0 <= .zero } ?? true }
                problems.append(
                    at(
                        bad?.position ?? v.position,
                        "replies: limits is not a list of positive durations, the first reply's first",
                        hint: "limits = [\"10:00\", \"5:00\"]; replies past the list take the last"))
            } else {
                rules.limits = limits
            }
        }
        return rules
    }

    /// `point_of_order = "3:00"`: the limit of a point of order; nil when not given.
    mutating func readPointOfOrderLimit() -> Duration? {
        guard let raw = table["point_of_order"] else { return nil }
        guard let d = PlanValue.duration(raw), d > .zero else {
            error(
                "point_of_order", "point_of_order is not a positive duration",
                hint: "point_of_order = \"3:00\"; leave it out for points of order without a limit")
            return nil
        }
        return d
    }
}
