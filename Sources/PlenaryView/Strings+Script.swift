// The words of the chair's script (`plenary plan --script`) around the call lines,
// which come from the core's `CallLine`: the heading, each segment's heading, and what
// an empty segment says. One switch per language, so neither can be left out.
import PlenaryCore

extension Strings {
    /// The script's first line: "Chair's script — <session title>".
    public func scriptTitle(_ session: String) -> String {
        switch language {
        case .english: "Chair's script — \(session)"
        case .french: "Déroulé pour la présidence — \(session)"
        }
    }

    /// "Segment I: <title>", with French spacing before the colon.
    public func scriptSegment(_ id: String, _ title: String) -> String {
        switch language {
        case .english: "Segment \(id): \(title)"
        case .french: "Segment \(id) : \(title)"
        }
    }

    /// The segment's planned times and the number of speakers: "11:35–12:15, 15 speakers".
    public func scriptSegmentPlan(from: String, to: String, speakers: Int) -> String {
        switch language {
        case .english: "\(from)–\(to), \(speakers) \(speakers == 1 ? "speaker" : "speakers")"
        case .french: "\(from)–\(to), \(speakers) \(speakers == 1 ? "orateur" : "orateurs")"
        }
    }

    /// What a segment with nobody on its list says instead of call lines.
    public var scriptNoSpeakers: String {
        switch language {
        case .english: "(no speakers registered)"
        case .french: "(aucun orateur inscrit)"
        }
    }
}
