// The words of the schedule on the session line: a late opening said once, the
// chair's timed opening and closing, a closed session's final figures.
import PlenaryCore

public struct ScheduleStrings: Sendable {
    /// Before the opening, past the planned start: "due 11:30, 9 h 05 late".
    public var dueLate: @Sendable (_ when: String, _ late: String) -> String
    /// Once open: "started 9 h 05 late".
    public var startedLate: @Sendable (String) -> String
    /// A lateness: "12 min", "9 h 05", "1089 days 11 h".
    public var lateness: @Sendable (Duration) -> String
    /// "opening 3:12 left" is the phase's name and the chair's countdown.
    public var chairPart: @Sendable (ChairPart) -> String
    /// "allowance 5:00": what the chair's part is timed against.
    public var allowance: String
    /// "closed 12:41:34".
    public var closedAt: @Sendable (String) -> String
    /// "3 not reached", after the close.
    public var notReached: @Sendable (Int) -> String
    /// The list's word for a speaker still waiting when the segment or session ended.
    public var statusNotReached: String

    public static func of(_ language: Language) -> ScheduleStrings {
        switch language {
        case .english: .english
        case .french: .french
        }
    }

    public static let english = ScheduleStrings(
        dueLate: { when, late in "due \(when), \(late) late" },
        startedLate: { "started \($0) late" },
        lateness: { late(d: $0, days: { $0 == 1 ? "1 day" : "\($0) days" }) },
        chairPart: { part in
            switch part {
            case .opening: "opening"
            case .closing: "closing"
            }
        },
        allowance: "allowance",
        closedAt: { "closed \($0)" },
        notReached: { "\($0) not reached" },
        statusNotReached: "unreached")

    public static let french = ScheduleStrings(
        dueLate: { when, late in "prévue à \(when), \(late) de retard" },
        startedLate: { "ouverte avec \($0) de retard" },
        lateness: { late(d: $0, days: { $0 == 1 ? "1 jour" : "\($0) jours" }) },
        chairPart: { part in
            switch part {
            case .opening: "ouverture"
            case .closing: "clôture"
            }
        },
        allowance: "temps prévu",
        closedAt: { "close à \($0)" },
        notReached: { $0 == 1 ? "1 non appelé" : "\($0) non appelés" },
        statusNotReached: "non appelé")

    /// "12 min" under an hour, "9 h 05" under a day, then whole days and hours.
    private static func late(d: Duration, days: (Int64) -> String) -> String {
        let minutes = max(0, d.wholeMilliseconds / 60_000)
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return "\(hours) h \(minutes % 60 < 10 ? "0" : "")\(minutes % 60)" }
        return "\(days(hours / 24)) \(hours % 24) h"
    }
}
