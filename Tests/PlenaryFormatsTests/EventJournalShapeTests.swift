// An event keeps the shape journals have always had on disk: the origin is a number,
// 0 for the system, and an undo names the action by its number.
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryFormats
@testable import PlenaryJournalFormat

@Suite struct EventJournalShape {
    func json(_ e: Event) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(DiskEvent(e)), as: UTF8.self)
    }

    @Test func theSystemIsActionZero() throws {
        let e = Event(
            origin: .system, at: Instant(milliseconds: 5_000),
            fact: .suspendDetected(from: Instant(milliseconds: 1_000)))
        #expect(try json(e) == #"{"action":0,"at":5000,"fact":{"suspendDetected":{"from":1000}}}"#)
        #expect(try JSONDecoder().decode(DiskEvent.self, from: Data(try json(e).utf8)).event == e)
    }

    @Test func anOperatorActionIsItsNumber() throws {
        let e = Event(
            origin: .operator(ActionID(number: 12)), at: Instant(milliseconds: 7),
            fact: .actionUndone(action: ActionID(number: 11)))
        #expect(try json(e) == #"{"action":12,"at":7,"fact":{"actionUndone":{"action":11}}}"#)
        #expect(try JSONDecoder().decode(DiskEvent.self, from: Data(try json(e).utf8)).event == e)
    }

    /// The rules of procedure (journal version 3): each fact reads back as written,
    /// and a speaker's own limit and joint statement survive the journal.
    @Test func theRulesOfProcedureReadBackAsWritten() throws {
        let reply = Speaker(
            id: SpeakerID(40), delegation: "France", category: .stateParty, segment: 1, kind: .reply,
            received: Instant(milliseconds: 9), limit: .minutes(10), onBehalfOf: ["Albania", "North Macedonia"])
        let facts: [Fact] = [
            .pointOfOrderRaised(by: "Kenya"), .pointOfOrderEnded, .replyRequested(speaker: reply),
            .limitChanged(speaker: SpeakerID(3), milliseconds: 60_000, reason: "time is short"),
            .statementSubmittedInWriting(speaker: SpeakerID(4)), .messageShown(.canned(.pleaseConclude)),
            .messageShown(.text("Veuillez conclure")), .messageCleared,
            .meetingSuspended(milliseconds: 600_000, reason: "consultations"), .meetingResumed,
            .noteAdded(speaker: SpeakerID(5), text: "spoke in Spanish"),
        ]
        for fact in facts {
            let e = Event(origin: .operator(ActionID(number: 3)), at: Instant(milliseconds: 70), fact: fact)
            #expect(try JSONDecoder().decode(DiskEvent.self, from: Data(try json(e).utf8)).event == e)
        }
        let shown = Event(origin: .operator(ActionID(number: 3)), at: Instant(milliseconds: 70), fact: facts[5])
        #expect(try json(shown) == #"{"action":3,"at":70,"fact":{"messageShown":{"canned":"please-conclude"}}}"#)
    }
}
