// A registration file edited after the session began: which of its rows the journal's
// list does not have, and which of those name a delegation already on the list. The
// console offers the new rows as one recorded event and flags the duplicates; nothing
// is merged without the operator's yes, and rows gone from the file stay on the list.
import PlenaryCore
import PlenaryText

public struct RegistrationChange: Sendable, Hashable {
    /// Rows of the file the journal's list does not have, in the file's order.
    public var new: [Speaker]
    /// The delegations among `new` already on their segment's list (a second row for
    /// them, or a changed function), as the console names them.
    public var duplicates: [String]

    /// The rows of `file` (the registration as read now) that `state` (the session
    /// from the journal) lacks. A row is the same when its delegation, function and
    /// segment are, read without case or accents.
    public init(file: [Speaker], journal state: SessionState) {
        func key(_ s: Speaker) -> String {
            "\(s.segment)|\(Fuzzy.fold(s.delegation.trimming()))|\(Fuzzy.fold(s.function.trimming()))"
        }
        var known: [String: Int] = [:]
        for sp in state.speakers.values { known[key(sp), default: 0] += 1 }
        var new: [Speaker] = []
        for row in file.sorted(by: { $0.id < $1.id }) {
            if let n = known[key(row)], n > 0 {
                known[key(row)] = n - 1
            } else {
                new.append(row)
            }
        }
        let listed = Set(state.speakers.values.map { "\($0.segment)|\(Fuzzy.fold($0.delegation.trimming()))" })
        self.new = new
        duplicates = new.filter { listed.contains("\($0.segment)|\(Fuzzy.fold($0.delegation.trimming()))") }
            .map { TerminalSafe.clean($0.delegation) }
    }
}

extension ConsoleController {
    /// After a resume on a changed registration file: says so on the main screen and,
    /// when the file has rows the list lacks, asks to add them as one recorded event.
    public func offerRegistrations(_ change: RegistrationChange) {
        let s = ui.strings.value
        guard !change.new.isEmpty else {
            announce([s.registrationFileChanged(newRows: 0)])
            return
        }
        announce([s.registrationFileChanged(newRows: change.new.count)])
        offer(
            .addRegistrations(count: change.new.count, duplicates: change.duplicates),
            onYes: .command(.addRegistrations(change.new), .walkIn))
    }
}
