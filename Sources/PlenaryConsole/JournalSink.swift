// The journal as the console sees it: persist, and after a failed write, carry on in
// a continuation file holding the full history (the failed file is never touched
// again), so the session keeps being recorded on a machine whose disk misbehaves.
import PlenaryCore
import PlenarySystem

public final class JournalSink: ConsoleSink {
    /// The journal being written now: the opened one, or its latest continuation.
    public private(set) var journal: Journal
    /// The clock anchor the console runs on, written into a continuation's header so
    /// a resume from it keeps the same elapsed times.
    private let anchor: ClockAnchor
    private let candidates: ((String) -> [String])?
    private let io: FileIO

    /// `candidates`: where a continuation may go (default: next to the journal, then
    /// the user's state directory, `JournalFile.continuationCandidates`); tests choose.
    public init(_ opened: OpenedSession, candidates: ((String) -> [String])? = nil, io: FileIO = .system) {
        journal = opened.journal
        anchor = opened.anchor
        self.candidates = candidates
        self.io = io
    }

    public var path: String { journal.path }

    public func persist(_ events: [Event]) throws {
        do { try journal.persist(events) } catch let e as JournalError { throw Refusal(e) }
    }

    public func continueAfterFailure(history: [Event]) throws -> String? {
        let next: Journal
        do {
            next = try journal.continueAfterFailure(
                history: history, anchor: anchor,
                candidates: candidates?(journal.path), io: io)
        } catch { throw Refusal(error) }
        journal.close()
        journal = next
        return next.path
    }

    public func acknowledgeClock() throws {
        do { try journal.note(.clockAcknowledged) } catch { throw Refusal(error) }
    }

    /// A journal's refusal as the console shows it: the reason only, since the
    /// banner itself says NOT SAVED (once) in the operator's language.
    struct Refusal: Error, CustomStringConvertible {
        var error: JournalError
        init(_ error: JournalError) { self.error = error }
        var description: String { error.reason }
    }
}
