import Testing

// Which reply a right of reply is, as lists and the room display say it ("France (reply 2)").
@testable import PlenaryCore

@Suite struct ReplyNumberTests {
    @Test func eachDelegationsRepliesAreNumberedInTheOrderAskedWithdrawnOnesNotCounted() {
        var d = Driver()
        d.now = at(11, 30)
        d.run(.openSession)
        d.run(.startNextSegment)
        let ask = { (who: String) -> Command in .requestReply(delegation: who, function: "", category: .stateParty) }
        d.run(ask("France"))
        d.run(ask("Japan"))
        d.run(ask("france "))
        let replies = d.state.speakers.values.filter { $0.kind == .reply }.sorted { $0.id < $1.id }.map(\.id)
        #expect(replies.map { d.state.replyNumber(of: $0) } == [1, 1, 2])
        #expect(d.state.replyNumber(of: d.id("Belgium")) == nil, "a statement is not a reply")
        // Japan withdraws and asks again: the new one is still its first.
        d.run(.withdraw(replies[1]))
        d.run(ask("Japan"))
        let again = d.state.speakers.values.filter { $0.kind == .reply }.map(\.id).max()!
        #expect(d.state.replyNumber(of: again) == 1)
        #expect(d.state.speakers[again]?.limit == .minutes(10), "numbered as its limit was chosen")
    }
}
