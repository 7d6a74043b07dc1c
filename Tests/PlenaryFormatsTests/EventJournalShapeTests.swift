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
}
