// The screen as a value: a rectangle of cells, each a character and a style role.
// Everything the console shows is rendered into a Grid first, so pictures can be
// tested without a terminal and the curses backend only sends what changed.
import PlenaryText

/// One terminal cell. A wide character fills its cell and marks the next one as its
/// continuation, so columns are counted the way the terminal counts them.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var role: StyleRole
    /// The right half of a wide character drawn in the cell to the left.
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A width × height rectangle of cells. Sizes of zero are valid (an empty grid);
/// writes outside the rectangle are clipped, never trapped.
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x, y) else { return .blank }
        return cells[y * width + x]
    }

    public func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Paints `role` over a rectangle, keeping the characters.
    public mutating func paint(x: Int, y: Int, width w: Int, height h: Int = 1, role: StyleRole) {
        for yy in max(0, y)..<max(max(0, y), min(height, y + h)) {
            for xx in max(0, x)..<max(max(0, x), min(width, x + w)) { cells[yy * width + xx].role = role }
        }
    }

    /// Blanks a rectangle with `role`.
    public mutating func clear(x: Int = 0, y: Int, width w: Int? = nil, height h: Int = 1, role: StyleRole = .normal) {
        let w = w ?? width - x
        for yy in max(0, y)..<max(max(0, y), min(height, y + h)) {
            for xx in max(0, x)..<max(max(0, x), min(width, x + w)) { cells[yy * width + xx] = Cell(role: role) }
        }
    }

    /// Writes `text` from column `x` of row `y`, clipped to `maxWidth` cells and to
    /// the grid. A wide character that does not fit whole becomes a space; zero-width
    /// characters are dropped. Returns the cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = maxWidth.map { min(width, x + $0) } ?? width
        var col = x
        // Where every scalar stands alone each is a character (CR LF aside, which takes
        // no cell), so the text is placed scalar by scalar, without grapheme breaking.
        if text.unicodeScalars.allSatisfy(DisplayWidth.standsAlone) {
            for s in text.unicodeScalars {
                let w = DisplayWidth.of(s)
                if w == 0 { continue }
                guard place(Character(s), width: w, at: &col, y: y, limit: limit, role: role) else { break }
            }
        } else {
            for c in text {
                let w = DisplayWidth.of(c)
                if w == 0 { continue }
                guard place(c, width: w, at: &col, y: y, limit: limit, role: role) else { break }
            }
        }
        return max(0, col - x)
    }

    /// Places one character of `w` cells at `col` and moves past it; false when it
    /// does not fit before `limit` (a space fills the cell left, if any).
    private mutating func place(_ c: Character, width w: Int, at col: inout Int, y: Int, limit: Int,
                                role: StyleRole) -> Bool {
        if col + w > limit {
            if col < limit, col >= 0 { set(col, y, " ", width: 1, role: role) ; col += 1 }
            return false
        }
        if col >= 0 { set(col, y, c, width: w, role: role) } else if col + w > 0 { set(0, y, " ", width: 1, role: role) }
        col += w
        return true
    }

    /// Writes `text` centred in `width` cells from `x` (the whole row by default).
    @discardableResult
    public mutating func putCentered(_ text: String, y: Int, role: StyleRole, x: Int = 0, width w: Int? = nil) -> Int {
        let w = w ?? width - x
        let fitted = DisplayWidth.truncate(text, toCells: w)
        let left = x + max(0, (w - DisplayWidth.of(fitted)) / 2)
        return put(fitted, x: left, y: y, role: role, maxWidth: w - (left - x))
    }

    /// Writes `text` so that it ends at column `right` (exclusive).
    @discardableResult
    public mutating func putRight(_ text: String, right: Int, y: Int, role: StyleRole) -> Int {
        put(text, x: right - DisplayWidth.of(text), y: y, role: role)
    }

    private mutating func set(_ x: Int, _ y: Int, _ c: Character, width w: Int, role: StyleRole) {
        let i = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(role: cells[i - 1].role) }
        let end = x + w
        if end < width, cells[y * width + end].isContinuation { cells[y * width + end] = Cell(role: cells[y * width + end].role) }
        cells[i] = Cell(c, role: role)
        if w == 2, x + 1 < width { cells[i + 1] = Cell(" ", role: role, isContinuation: true) }
    }

    /// The text of each row, wide characters once (as `tmux capture-pane -p` prints
    /// them), trailing spaces removed.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where !self[x, y].isContinuation { s.append(self[x, y].character) }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// The rows whose cells differ from `previous`; all rows when the size changed.
    public func changedRows(from previous: Grid?) -> [Int] {
        guard let p = previous, p.width == width, p.height == height else { return Array(0..<height) }
        return (0..<height).filter { y in
            cells[y * width..<(y + 1) * width] != p.cells[y * width..<(y + 1) * width]
        }
    }
}
