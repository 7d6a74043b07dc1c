// The parts of the console that change with the session, the operator's view or the
// terminal's size, but not with the clock: the title, who is next and the call line,
// the list (all but the running time of the speaker on the floor), the key legend.
// Most frames only turn a second over, so these rows are copied from the last frame
// that drew them while their inputs are equal; the console draws three frames a second.
// A part may be memoised only if it reads nothing but the state, the UI state, the
// configuration, the size and the `extra` values it passes (never `now`).
import PlenaryCore

/// What recent frames drew of the clock-free parts. Used by one console, on its loop.
public final class FrameMemo {
    struct Inputs: Equatable {
        let state: SessionState
        let ui: UIState
        let config: ConsoleConfig
        let width: Int
        let height: Int
    }

    enum Part: Hashable {
        case title, upcoming, list, legend
    }

    fileprivate struct Saved {
        let y: Int
        let extra: [Int]
        let rows: Int
        let grid: Grid
    }

    private var inputs: Inputs?
    /// What was drawn under the current inputs; emptied whenever they change.
    private var saved: [Part: Saved] = [:]
    public private(set) var reused = 0, drawn = 0

    public init() {}

    func begin(_ next: Inputs) {
        guard next != inputs else { return }
        inputs = next
        saved = [:]
    }

    fileprivate func rows(of part: Part, y: Int, extra: [Int]) -> Saved? {
        guard let s = saved[part], s.y == y, s.extra == extra else { return nil }
        return s
    }

    fileprivate func save(_ part: Part, y: Int, extra: [Int], rows: Int, grid: Grid) {
        saved[part] = Saved(y: y, extra: extra, rows: rows, grid: grid)
    }

    fileprivate func count(reused r: Bool) { if r { reused += 1 } else { drawn += 1 } }
}

extension Grid {
    /// Draws a clock-free part from row `y` with `draw` (which returns the rows it
    /// used and writes no others), or copies those rows from the frame that last drew
    /// it with the same inputs, `y` and `extra`. Returns the rows used.
    @discardableResult
    mutating func memo(_ memo: FrameMemo?, _ part: FrameMemo.Part, y: Int, extra: [Int] = [],
                       draw: (inout Grid) -> Int) -> Int {
        guard let memo else { return draw(&self) }
        if let s = memo.rows(of: part, y: y, extra: extra) {
            copyRows(from: s.grid, y: y, count: s.rows)
            memo.count(reused: true)
            return s.rows
        }
        let used = draw(&self)
        memo.save(part, y: y, extra: extra, rows: used, grid: self)
        memo.count(reused: false)
        return used
    }
}
