// What the room sees of a journal a follower reads, and the session time now: one
// home for the room display (`plenary display`) and the pages (`plenary serve`).
import PlenaryCore
import PlenarySystem
import PlenaryView

public enum RoomFrame {
    /// What the display shows for what the follower knows, and the session time now:
    /// the console's own anchor on this boot, the wall clock otherwise.
    public static func of(_ state: FollowedJournal, requested: String, rate: Double)
        -> (source: DisplaySource, now: Instant)
    {
        switch state {
        case .waiting where !DurableFiles.exists(requested):
            return (.notCreated(journal: requested), MachineClock.system.wallNow())
        case .waiting:
            return (.waiting(journal: requested), MachineClock.system.wallNow())
        case .damaged(let path, let damage):
            return (
                .unreadable(journal: path, reason: "\(path):\(damage.line): \(damage.reason)"),
                MachineClock.system.wallNow()
            )
        case .following(let f) where f.rehearsal:
            // A rehearsal runs on its own virtual clock, which no other process can
            // read: the display shows each recorded moment as it arrives (marked
            // REHEARSAL) rather than counting from this machine's clock.
            return (.live(f.session.state, rehearsal: true), f.session.events.last?.at ?? f.anchor.wall)
        case .following(let f):
            let now = SessionClock(anchor: f.anchor, rate: rate).now()
            return (.live(f.session.state, rehearsal: f.rehearsal), now)
        }
    }
}
