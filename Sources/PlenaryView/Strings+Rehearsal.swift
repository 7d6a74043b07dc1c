// The words of rehearsals and forecasts on the console, one table per language
// (kept beside `Strings` so the main tables stay as they are).
import PlenaryCore

/// What a headless rehearsal prints when it is done, as values; the words are below.
public struct HeadlessSummary: Sendable, Hashable {
    public var seed: UInt64
    public var title: String
    /// Clock times of the opening, the close and the planned end; `closed` is nil
    /// when the session did not close.
    public var opened: String?
    public var closed: String?
    public var plannedEnd: String
    /// How late the close was (m:ss), nil when on time.
    public var late: String?
    public var interventions: Int
    public var overTime: Int
    public var absent: Int
    public var walkIns: Int
    /// Points of order and rights of reply heard: said only when there were some.
    public var pointsOfOrder: Int
    public var replies: Int
    public var events: Int
    public var journal: String
    public var exports: [String]

    public init(
        seed: UInt64, title: String, opened: String?, closed: String?, plannedEnd: String, late: String?,
        interventions: Int, overTime: Int, absent: Int, walkIns: Int, pointsOfOrder: Int = 0, replies: Int = 0,
        events: Int, journal: String, exports: [String]
    ) {
        self.seed = seed
        self.title = title
        self.opened = opened
        self.closed = closed
        self.plannedEnd = plannedEnd
        self.late = late
        self.interventions = interventions
        self.overTime = overTime
        self.absent = absent
        self.walkIns = walkIns
        self.pointsOfOrder = pointsOfOrder
        self.replies = replies
        self.events = events
        self.journal = journal
        self.exports = exports
    }
}

public struct RehearsalStrings: Sendable {
    /// "REHEARSAL ×10": on every screen of a rehearsal.
    public var banner: @Sendable (Int) -> String
    /// "P(on time) 64%".
    public var onTimeChance: @Sendable (Int) -> String
    public var roomNote: @Sendable (RoomNote) -> String
    /// The lines a headless rehearsal prints at the end.
    public var headlessSummary: @Sendable (HeadlessSummary) -> String

    public static func of(_ language: Language) -> RehearsalStrings {
        switch language {
        case .english: .english
        case .french: .french
        }
    }

    public static let english = RehearsalStrings(
        banner: { "REHEARSAL ×\($0)" },
        onTimeChance: { "P(on time) \($0)%" },
        roomNote: { note in
            switch note {
            case .walking(let n): "\(n) is walking to the microphone"
            case .atMicrophone(let n): "\(n) is at the microphone: give the floor"
            case .notInRoom(let n): "\(n) is not in the room: skip or mark absent"
            case .finished(let n): "\(n) has finished speaking: end the intervention"
            case .interruption(let n): "Interruption during \(n)'s statement: pause the clock"
            case .interruptionOver(let n): "The interruption is over: \(n) can go on (resume)"
            case .pointOfOrder(let by, let during?):
                "\(by.isEmpty ? "A delegation" : by) rises to a point of order during \(during)'s statement: "
                    + "open it (O)"
            case .pointOfOrder(let by, nil):
                "\(by.isEmpty ? "A delegation" : by) rises to a point of order: open it (O)"
            case .pointOfOrderRuled(let n?):
                "The President has ruled: end the point of order (o); \(n) has the floor again"
            case .pointOfOrderRuled(nil): "The President has ruled: end the point of order (o)"
            case .asksForFloor(let n): "\(n) asks for the floor from the room: add a walk-in (w)"
            case .asksForReply(let n): "\(n) asks for a right of reply: put it on the reply list (R)"
            }
        },
        headlessSummary: { s in
            var lines = ["REHEARSAL (headless, seed \(s.seed)): \(s.title)"]
            if let closed = s.closed {
                lines.append(
                    "opened \(s.opened ?? "-"), closed \(closed) (planned \(s.plannedEnd)): "
                        + (s.late.map { "\($0) late" } ?? "on time"))
            } else {
                lines.append("the session did not close")
            }
            var procedure = ""
            if s.pointsOfOrder > 0 {
                procedure += ", \(s.pointsOfOrder) point\(s.pointsOfOrder == 1 ? "" : "s") of order"
            }
            if s.replies > 0 { procedure += ", \(s.replies) right\(s.replies == 1 ? "" : "s") of reply" }
            lines.append(
                "\(s.interventions) interventions (\(s.overTime) over time), \(s.absent) absent, "
                    + "\(s.walkIns) walk-in\(s.walkIns == 1 ? "" : "s")\(procedure); \(s.events) events")
            lines.append("journal: \(s.journal)")
            lines.append("exports: \(s.exports.joined(separator: ", "))")
            return lines.joined(separator: "\n")
        })

    public static let french = RehearsalStrings(
        banner: { "RÉPÉTITION ×\($0)" },
        onTimeChance: { "P(à l'heure) \($0) %" },
        roomNote: { note in
            switch note {
            case .walking(let n): "\(n) se rend au micro"
            case .atMicrophone(let n): "\(n) est au micro : donner la parole"
            case .notInRoom(let n): "\(n) n'est pas dans la salle : passer ou noter absent"
            case .finished(let n): "\(n) a fini de parler : clore l'intervention"
            case .interruption(let n): "Interruption pendant l'intervention de \(n) : suspendre le chrono"
            case .interruptionOver(let n): "L'interruption est terminée : \(n) peut reprendre"
            case .pointOfOrder(let by, let during?):
                "\(by.isEmpty ? "Une délégation" : by) soulève une motion d'ordre pendant l'intervention de "
                    + "\(during) : l'ouvrir (O)"
            case .pointOfOrder(let by, nil):
                "\(by.isEmpty ? "Une délégation" : by) soulève une motion d'ordre : l'ouvrir (O)"
            case .pointOfOrderRuled(let n?):
                "Le Président a statué : clore la motion d'ordre (o) ; \(n) reprend la parole"
            case .pointOfOrderRuled(nil): "Le Président a statué : clore la motion d'ordre (o)"
            case .asksForFloor(let n): "\(n) demande la parole depuis la salle : ajouter (w)"
            case .asksForReply(let n): "\(n) demande à exercer son droit de réponse : l'inscrire (R)"
            }
        },
        headlessSummary: { s in
            var lines = ["RÉPÉTITION (sans écran, graine \(s.seed)) : \(s.title)"]
            if let closed = s.closed {
                lines.append(
                    "ouverte à \(s.opened ?? "-"), close à \(closed) (prévu \(s.plannedEnd)) : "
                        + (s.late.map { "\($0) de retard" } ?? "à l'heure"))
            } else {
                lines.append("la séance n'a pas été close")
            }
            var procedure = ""
            if s.pointsOfOrder > 0 { procedure += ", \(s.pointsOfOrder) motion(s) d'ordre" }
            if s.replies > 0 { procedure += ", \(s.replies) droit(s) de réponse" }
            lines.append(
                "\(s.interventions) interventions (\(s.overTime) hors temps), \(s.absent) absent(s), "
                    + "\(s.walkIns) ajout(s) en séance\(procedure) ; \(s.events) événements")
            lines.append("journal : \(s.journal)")
            lines.append("exports : \(s.exports.joined(separator: ", "))")
            return lines.joined(separator: "\n")
        })
}
