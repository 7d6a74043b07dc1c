// The words of the rules of procedure (points of order, replies, suspensions, messages
// to the speaker), for the console, the room display and the web pages alike.
import PlenaryCore

public struct ProcedureStrings: Sendable {
    public var pointOfOrder: String
    /// "raised by Belgium".
    public var raisedBy: @Sendable (String) -> String
    /// "Belgium's clock stopped at 1:12 left".
    public var clockStopped: @Sendable (String, String) -> String
    public var suspended: String
    /// "resumes at 12:10".
    public var resumesAt: @Sendable (String) -> String
    public var statusInWriting: String
    /// After a name on a list: " (reply 1)", " (réponse 2)".
    public var replyMark: @Sendable (Int) -> String
    /// "on behalf of Albania and North Macedonia", "au nom de l'Albanie et de la Macédoine
    /// du Nord": the call line's words (`CallLine.onBehalfOf`).
    public var onBehalfOf: @Sendable ([String]) -> String
    public var message: String
    public var canned: @Sendable (CannedMessage) -> String
    /// A closing summary's count: "2 statements submitted in writing".
    public var inWritingCount: @Sendable (Int) -> String
    /// A closing summary's count: "1 point of order".
    public var pointsOfOrderCount: @Sendable (Int) -> String
    /// A closing summary's line: "meeting suspended 10:00 in all".
    public var suspendedTotal: @Sendable (String) -> String

    public static func of(_ language: Language) -> ProcedureStrings {
        switch language {
        case .english: .english
        case .french: .french
        }
    }

    /// The message as the room reads it: a canned one in this language, a typed one as typed.
    public func text(_ m: SpeakerMessage) -> String {
        switch m {
        case .canned(let c): canned(c)
        case .text(let t): t
        }
    }

    public static let english = ProcedureStrings(
        pointOfOrder: "POINT OF ORDER", raisedBy: { "raised by \($0)" },
        clockStopped: { who, left in "\(who)'s clock stopped at \(left)" },
        suspended: "MEETING SUSPENDED", resumesAt: { "resumes at \($0)" },
        statusInWriting: "in writing", replyMark: { " (reply \($0))" },
        onBehalfOf: { CallLine.onBehalfOf(.english, $0) },
        message: "MESSAGE",
        canned: { c in
            switch c {
            case .pleaseConclude: "Please conclude"
            case .timeIsUp: "Your time is up"
            case .slowDown: "Please slow down for the interpreters"
            case .microphone: "Please switch on your microphone"
            }
        },
        inWritingCount: { n in "\(n) statement\(n == 1 ? "" : "s") submitted in writing" },
        pointsOfOrderCount: { n in "\(n) point\(n == 1 ? "" : "s") of order" },
        suspendedTotal: { "meeting suspended \($0) in all" })

    public static let french = ProcedureStrings(
        pointOfOrder: "MOTION D'ORDRE", raisedBy: { "soulevée par \($0)" },
        clockStopped: { who, left in "temps \(FrenchName.of(who, nil).of) arrêté à \(left)" },
        suspended: "SÉANCE SUSPENDUE", resumesAt: { "reprise à \($0)" },
        statusInWriting: "par écrit", replyMark: { " (réponse \($0))" },
        onBehalfOf: { CallLine.onBehalfOf(.french, $0) },
        message: "MESSAGE",
        canned: { c in
            switch c {
            case .pleaseConclude: "Veuillez conclure"
            case .timeIsUp: "Votre temps de parole est écoulé"
            case .slowDown: "Veuillez ralentir pour les interprètes"
            case .microphone: "Veuillez allumer votre micro"
            }
        },
        inWritingCount: { n in n == 1 ? "1 déclaration remise par écrit" : "\(n) déclarations remises par écrit" },
        pointsOfOrderCount: { n in "\(n) motion\(n == 1 ? "" : "s") d'ordre" },
        suspendedTotal: { "séance suspendue \($0) au total" })
}
