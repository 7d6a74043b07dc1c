// The parts of a console frame that do not move with the clock: the title, who is
// next and the call line, the list (all but the running time on the floor), the
// message line and the key legend. They are drawn from a `StillPicture`, a value that
// holds no instant, so nothing drawn from it can read the clock; it is also its own
// cache key: the frame before's still part is reused exactly when the pictures are
// equal, and no call site says what a part depends on.
import PlenaryCore
import PlenaryText

/// Everything the still part of a frame is drawn from.
public struct StillPicture: Equatable {
    let state: SessionState
    let view: OperatorView
    let config: ConsoleConfig
    let width: Int
    let height: Int
    let big: Bool
    /// The cells the title may use left of the date and clock.
    let titleRoom: Int
    /// The first row under the floor block (it moves with the alerts above it).
    let upcomingTop: Int
    /// Who will not be reached at this pace: found from the clock by the frame, given
    /// here as a value (a speaker dropping out of reach changes the picture).
    let unreached: [SpeakerID]

    /// The still part, drawn afresh.
    func draw() -> StillFrame {
        var g = Grid(width: width, height: height)
        let ctx = StillContext(state: state, view: view, config: config)
        ConsoleScreen.titleLeft(&g, ctx, room: titleRoom)
        var y = upcomingTop
        ConsoleScreen.upcomingRows(&g, ctx, y: &y, callLineRows: big ? 2 : 0)
        let window = ConsoleScreen.ListWindow(ctx, top: y, bottom: height - 2)
        if let window { ConsoleScreen.listRows(&g, ctx, window, unreached: Set(unreached)) }
        ConsoleScreen.messageLine(&g, ctx, y: height - 2)
        ConsoleScreen.legend(&g, ctx, y: height - 1)
        return StillFrame(grid: g, list: window)
    }
}

/// A still part as drawn, and where the list put its rows (the clock parts draw the
/// running time on the floor's row and the scroll marks over it).
public struct StillFrame {
    let grid: Grid
    let list: ConsoleScreen.ListWindow?
}

/// What one console's frames carry over from the frame before, each kept with the
/// whole input it was made from and used again only while that input is equal: the
/// still part (by its `StillPicture`) and each segment's waiting speakers (by the
/// session state), the one pass over the lists a frame needs. Used on the console's
/// one queue.
public final class FrameReuse {
    private var last: (picture: StillPicture, frame: StillFrame)?
    private var lists: (state: SessionState, waiting: [[SpeakerID]])?
    /// Frames that reused the still part, and frames that drew it (tests look).
    public private(set) var reused = 0, drawn = 0

    public init() {}

    func frame(for picture: StillPicture) -> StillFrame {
        if let last, last.picture == picture {
            reused += 1
            return last.frame
        }
        drawn += 1
        let frame = picture.draw()
        last = (picture, frame)
        return frame
    }

    /// `state.waitingBySegment`, found again only when the state has changed.
    func waiting(_ state: SessionState) -> [[SpeakerID]] {
        if let lists, lists.state == state { return lists.waiting }
        let waiting = state.waitingBySegment
        lists = (state, waiting)
        return waiting
    }
}
