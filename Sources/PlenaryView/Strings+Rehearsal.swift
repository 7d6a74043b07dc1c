// The words of rehearsals and forecasts on the console, one table per language
// (kept beside `Strings` so the main tables stay as they are).
import PlenaryCore

public struct RehearsalStrings: Sendable {
    /// "REHEARSAL ×10": on every screen of a rehearsal.
    public var banner: @Sendable (Int) -> String
    /// "P(on time) 64%".
    public var onTimeChance: @Sendable (Int) -> String
    public var roomNote: @Sendable (RoomNote) -> String

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
            case .asksForFloor(let n): "\(n) asks for the floor from the room: add a walk-in (w)"
            }
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
            case .asksForFloor(let n): "\(n) demande la parole depuis la salle : ajouter (w)"
            }
        })
}
