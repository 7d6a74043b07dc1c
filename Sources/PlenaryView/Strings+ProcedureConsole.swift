// The console's own words for the rules of procedure: the legend's words of the
// moment, what a form says it will do, the marks in the list and the line that shows
// the message on the room display. The words the room display and the web pages share
// are `ProcedureStrings`; these are for the officer alone.
import PlenaryCore
import PlenaryText

extension Strings {
    /// The legend's word for `o` during a point of order.
    public var legendEndPointOfOrder: String {
        switch language {
        case .english: "end point of order"
        case .french: "fin de la motion"
        }
    }

    /// The legend's word for Space and `b` during a suspension.
    public var legendResumeMeeting: String {
        switch language {
        case .english: "resume meeting"
        case .french: "reprendre la séance"
        }
    }

    /// The legend's word for `M` while a message is shown.
    public var legendClearMessage: String {
        switch language {
        case .english: "clear message"
        case .french: "effacer le message"
        }
    }

    /// The lines a form's note takes under its fields. `time` writes an instant as a
    /// time of day.
    public func formNote(_ note: FormNote, time: (Instant) -> String) -> [String] {
        let words = ProcedureStrings.of(language)
        switch (language, note) {
        case (.english, .reply(let d, let n, let limit)):
            return ["\(d): right of reply \(n), limit \(TimeText.minutesSeconds(limit))"]
        case (.french, .reply(let d, let n, let limit)):
            return ["\(d) : droit de réponse \(n), limite \(TimeText.minutesSeconds(limit))"]
        case (.english, .speaker(let name, let limit?)):
            return ["\(name): limit now \(TimeText.minutesSeconds(limit))"]
        case (.french, .speaker(let name, let limit?)):
            return ["\(name) : limite actuelle \(TimeText.minutesSeconds(limit))"]
        case (.english, .speaker(let name, nil)): return ["for \(name)"]
        case (.french, .speaker(let name, nil)): return ["pour \(name)"]
        case (_, .cannedMessages):
            return CannedMessage.allCases.enumerated().map { "[\($0.offset + 1)] \(words.canned($0.element))" }
        case (_, .resumesAt(let t)):
            return [words.resumesAt(time(t))]
        case (_, .refused(let r)):
            return ["⚠ " + refusal(r)]
        }
    }

    /// What the list says after a speaker's name: "reply 1 · 10:00", "limit 3:00",
    /// "note", joined, in parentheses; empty when there is nothing to say.
    public func listMarks(reply: (ordinal: Int, limit: Duration)?, ownLimit: Duration?, noted: Bool) -> String {
        var parts: [String] = []
        let (replyWord, limitWord, noteWord) =
            switch language {
            case .english: ("reply", "limit", "note")
            case .french: ("réponse", "limite", "note")
            }
        if let reply { parts.append("\(replyWord) \(reply.ordinal) · \(TimeText.minutesSeconds(reply.limit))") }
        if let ownLimit { parts.append("\(limitWord) \(TimeText.minutesSeconds(ownLimit))") }
        if noted { parts.append(noteWord) }
        return parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")"
    }

    /// "MESSAGE on the room display: Please conclude", with the text made safe.
    public func messageOnDisplay(_ message: SpeakerMessage) -> String {
        let words = ProcedureStrings.of(language)
        let text = TerminalSafe.clean(words.text(message))
        return switch language {
        case .english: "\(words.message) on the room display: \(text)"
        case .french: "\(words.message) sur l'écran de salle : \(text)"
        }
    }
}
