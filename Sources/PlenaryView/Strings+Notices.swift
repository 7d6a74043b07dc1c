// The console's notices and the line printed when it closes, in the operator's
// language: where the record is kept, a plan moved to today, a journal that could
// not continue, how the session stood at the end.
import PlenaryCore
import PlenaryText

/// A line about the plan or the record, shown on the console's first screens.
public enum SessionNotice: Sendable, Hashable {
    /// The plan's day (first date) was moved to the day of the run (second date).
    case planMoved(from: String, to: String)
    case journalCreated(String)
    case resumed(String)
    /// Resumed on another boot: times were rebuilt from the wall clock.
    case resumedAfterRestart
    /// A torn last record was cut; its bytes are kept in `copy`.
    case tornRecordCut(bytes: Int, copy: String)
    case rehearsalJournal(String)
    /// The journal resumed (first) refused the first write (reason): the session
    /// continues in a new journal (last).
    case continuedAtStart(from: String, reason: String, in: String)
}

/// How the session stood when the console closed: the one line for the shell.
public struct ExitSummary: Sendable, Hashable {
    public var phase: Phase
    /// The identifier of the segment under way, if one was.
    public var segment: String?
    public var interventions: Int
    public var spoken: Duration
    public var overTime: Int
    public var events: Int
    /// Where the journal continues after a failed write, if it had to.
    public var continuedIn: String?

    public init(
        phase: Phase, segment: String?, interventions: Int, spoken: Duration, overTime: Int, events: Int,
        continuedIn: String?
    ) {
        self.phase = phase
        self.segment = segment
        self.interventions = interventions
        self.spoken = spoken
        self.overTime = overTime
        self.events = events
        self.continuedIn = continuedIn
    }
}

extension Strings {
    /// The notices `n`, joined as one line.
    public func notices(_ n: [SessionNotice]) -> String {
        switch language {
        case .english: n.map(EnglishNotices.text).joined(separator: "; ")
        case .french: n.map(FrenchNotices.text).joined(separator: " ; ")
        }
    }

    /// The journal refused a write (`error`) and no new journal could start (`further`).
    public func noNewJournal(_ error: String, _ further: String) -> String {
        switch language {
        case .english: "\(error); no new journal could be started: \(further)"
        case .french: "\(error) ; impossible de commencer un nouveau journal : \(further)"
        }
    }

    /// The line printed after the console closes.
    public func exitSummary(_ s: ExitSummary) -> String {
        switch language {
        case .english: EnglishNotices.text(s)
        case .french: FrenchNotices.text(s)
        }
    }
}

enum EnglishNotices {
    static func text(_ n: SessionNotice) -> String {
        switch n {
        case .planMoved(let from, let to): "plan of \(from) moved to \(to)"
        case .journalCreated(let path): "journal \(path)"
        case .resumed(let path): "resumed from \(path)"
        case .resumedAfterRestart: "resumed after a restart: times rebuilt from the wall clock"
        case .tornRecordCut(let bytes, let copy): "torn last record cut (\(bytes) bytes kept in \(copy))"
        case .rehearsalJournal(let path): "rehearsal journal \(path)"
        case .continuedAtStart(let from, let reason, let to):
            "\(from) cannot be written (\(reason)): the session continues in \(to)"
        }
    }

    static func text(_ s: ExitSummary) -> String {
        let phase: String
        switch s.phase {
        case .notStarted: phase = "not opened"
        case .opening: phase = "in the opening"
        case .segment: phase = "in Segment \(s.segment ?? "")"
        case .closing: phase = "in the closing"
        case .closed: phase = "closed"
        }
        let moved = s.continuedIn.map { "; the journal continues in \($0)" } ?? ""
        let spoken = TimeText.minutesSeconds(s.spoken)
        let interventions = s.interventions == 1 ? "1 intervention" : "\(s.interventions) interventions"
        let events = s.events == 1 ? "1 event" : "\(s.events) events"
        return "plenary: session \(phase); \(interventions) (\(spoken) spoken, "
            + "\(s.overTime) over time); \(events) recorded" + moved
    }
}

enum FrenchNotices {
    static func text(_ n: SessionNotice) -> String {
        switch n {
        case .planMoved(let from, let to): "plan du \(from) déplacé au \(to)"
        case .journalCreated(let path): "journal \(path)"
        case .resumed(let path): "reprise de \(path)"
        case .resumedAfterRestart:
            "reprise après un redémarrage : heures reconstruites d'après l'horloge du système"
        case .tornRecordCut(let bytes, let copy):
            "dernier enregistrement incomplet retiré (\(bytes) octets gardés dans \(copy))"
        case .rehearsalJournal(let path): "journal de répétition \(path)"
        case .continuedAtStart(let from, let reason, let to):
            "\(from) ne peut pas être écrit (\(reason)) : la séance continue dans \(to)"
        }
    }

    static func text(_ s: ExitSummary) -> String {
        let phase: String
        switch s.phase {
        case .notStarted: phase = "non ouverte"
        case .opening: phase = "à l'ouverture"
        case .segment: phase = "au segment \(s.segment ?? "")"
        case .closing: phase = "à la clôture"
        case .closed: phase = "close"
        }
        let moved = s.continuedIn.map { " ; le journal continue dans \($0)" } ?? ""
        let spoken = TimeText.minutesSeconds(s.spoken)
        let interventions = s.interventions == 1 ? "1 intervention" : "\(s.interventions) interventions"
        let events = s.events == 1 ? "1 événement enregistré" : "\(s.events) événements enregistrés"
        return "plenary : séance \(phase) ; \(interventions) (\(spoken) de parole, "
            + "\(s.overTime) hors temps) ; \(events)" + moved
    }
}
