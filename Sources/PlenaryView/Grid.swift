// The screen as a value: a rectangle of cells, each a character and a style role.
// Everything the console shows is rendered into a Grid first, so pictures can be
// tested without a terminal and the curses backend only sends what changed.
import PlenaryText

/// One terminal cell. A wide character fills its cell and marks the next ones (one, or
/// more for an emoji sequence) as its continuation, so columns are counted the way
/// curses counts them (`DisplayWidth`).
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var role: StyleRole
    /// Part of a wide character drawn in a cell to the left.
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A cell as the grid stores it: plain bits, so a frame is made, copied and compared
/// without reference counting (the console draws up to three frames a second, each
/// from cold caches). A character of one scalar is that scalar; a longer grapheme
/// (a flag, an accent written as a combining mark) is an index into the grid's table.
struct PackedCell: Equatable {
    var code: UInt32
    var role: StyleRole
    var isContinuation: Bool

    /// Codes from here on are indexes into `Grid.clusters`, past every scalar value.
    static let clusterBase: UInt32 = 0x11_0000
    static let space = PackedCell(code: 0x20, role: .normal, isContinuation: false)

    var isCluster: Bool { code >= PackedCell.clusterBase }
}

/// A width × height rectangle of cells. Sizes of zero are valid (an empty grid);
/// writes outside the rectangle are clipped, never trapped.
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    private var packed: [PackedCell]
    /// The graphemes of more than one scalar placed on this grid, in order of writing.
    private var clusters: [Character] = []

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        let scalars = fill.character.unicodeScalars
        var code = scalars.first?.value ?? 0x20
        if scalars.count > 1 {
            clusters = [fill.character]
            code = PackedCell.clusterBase
        }
        packed = Array(
            repeating: PackedCell(code: code, role: fill.role, isContinuation: fill.isContinuation),
            count: self.width * self.height)
    }

    /// Every cell, row by row.
    public var cells: [Cell] { packed.map(unpack) }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x, y) else { return .blank }
        return unpack(packed[y * width + x])
    }

    public func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Paints `role` over a rectangle, keeping the characters.
    public mutating func paint(x: Int, y: Int, width w: Int, height h: Int = 1, role: StyleRole) {
        for yy in max(0, y)..<max(max(0, y), min(height, y + h)) {
            for xx in max(0, x)..<max(max(0, x), min(width, x + w)) { packed[yy * width + xx].role = role }
        }
    }

    /// Blanks a rectangle with `role`.
    public mutating func clear(x: Int = 0, y: Int, width w: Int? = nil, height h: Int = 1, role: StyleRole = .normal) {
        let w = w ?? width - x
        let blank = PackedCell(code: 0x20, role: role, isContinuation: false)
        for yy in max(0, y)..<max(max(0, y), min(height, y + h)) {
            for xx in max(0, x)..<max(max(0, x), min(width, x + w)) { packed[yy * width + xx] = blank }
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
                guard place(s.value, width: w, at: &col, y: y, limit: limit, role: role) else { break }
            }
        } else {
            for c in text {
                let w = DisplayWidth.of(c)
                if w == 0 { continue }
                guard place(code(of: c), width: w, at: &col, y: y, limit: limit, role: role) else { break }
            }
        }
        return max(0, col - x)
    }

    /// Places one character of `w` cells at `col` and moves past it; false when it
    /// does not fit before `limit` (a space fills the cell left, if any).
    private mutating func place(
        _ code: UInt32, width w: Int, at col: inout Int, y: Int, limit: Int,
        role: StyleRole
    ) -> Bool {
        if col + w > limit {
            if col < limit, col >= 0 {
                set(col, y, 0x20, width: 1, role: role)
                col += 1
            }
            return false
        }
        if col >= 0 {
            set(col, y, code, width: w, role: role)
        } else if col + w > 0 {
            set(0, y, 0x20, width: 1, role: role)
        }
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

    /// Writes a character of `w` cells (more than 2 for an emoji sequence, as curses counts
    /// it) at column `x`: its cell, then `w - 1` continuations. Overwriting part of a wide
    /// character blanks the rest of it.
    private mutating func set(_ x: Int, _ y: Int, _ code: UInt32, width w: Int, role: StyleRole) {
        let row = y * width
        let end = min(x + w, width)
        func blank(_ column: Int) {
            packed[row + column] = PackedCell(code: 0x20, role: packed[row + column].role, isContinuation: false)
        }
        if packed[row + x].isContinuation {
            var base = x
            while base > 0, packed[row + base].isContinuation { base -= 1 }
            for column in base..<x { blank(column) }
        }
        var after = end
        while after < width, packed[row + after].isContinuation {
            blank(after)
            after += 1
        }
        packed[row + x] = PackedCell(code: code, role: role, isContinuation: false)
        for column in x + 1..<max(x + 1, end) {
            packed[row + column] = PackedCell(code: 0x20, role: role, isContinuation: true)
        }
    }

    /// The stored code of `c`: its scalar, or its place in `clusters` (added if new).
    private mutating func code(of c: Character) -> UInt32 {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first { return s.value }
        if let i = clusters.firstIndex(of: c) { return PackedCell.clusterBase + UInt32(i) }
        clusters.append(c)
        return PackedCell.clusterBase + UInt32(clusters.count - 1)
    }

    private func character(_ p: PackedCell) -> Character {
        if p.isCluster {
            let i = Int(p.code - PackedCell.clusterBase)
            return i < clusters.count ? clusters[i] : "\u{FFFD}"
        }
        return Character(Unicode.Scalar(p.code) ?? "\u{FFFD}")
    }

    private func unpack(_ p: PackedCell) -> Cell {
        Cell(character(p), role: p.role, isContinuation: p.isContinuation)
    }

    /// Whether cell `i` shows the same as cell `i` of `other` (same size assumed).
    private func sameCell(_ i: Int, as other: Grid) -> Bool {
        let a = packed[i]
        let b = other.packed[i]
        guard a == b else {
            return a.isCluster && b.isCluster && a.role == b.role && a.isContinuation == b.isContinuation
                && character(a) == other.character(b)
        }
        return !a.isCluster || character(a) == other.character(b)
    }

    /// The text of each row, wide characters once (as `tmux capture-pane -p` prints
    /// them), trailing spaces removed.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for i in y * width..<(y + 1) * width where !packed[i].isContinuation { s.append(character(packed[i])) }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// Text of one style written at one place: what a terminal must be sent.
    public struct Run: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var role: StyleRole
        public var text: String

        public init(x: Int, y: Int, role: StyleRole, text: String) {
            self.x = x
            self.y = y
            self.role = role
            self.text = text
        }
    }

    /// What must be written over `previous` to show this grid: runs of changed cells
    /// of one role (all of them when there is no previous grid of this size). A run
    /// starts at a changed cell and goes on while the role holds and the cells still
    /// differ; a wide character's continuation is never written on its own.
    public func changes(since previous: Grid?) -> [Run] {
        let p = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var runs: [Run] = []
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width {
                let first = packed[row + x]
                if first.isContinuation || p.map({ sameCell(row + x, as: $0) }) == true {
                    x += 1
                    continue
                }
                var scalars = String.UnicodeScalarView()
                let start = x
                while x < width, packed[row + x].role == first.role {
                    let c = packed[row + x]
                    if !c.isContinuation {
                        if c.isCluster {
                            scalars.append(contentsOf: character(c).unicodeScalars)
                        } else {
                            scalars.append(Unicode.Scalar(c.code) ?? "\u{FFFD}")
                        }
                    }
                    x += 1
                    if let p, x < width, !packed[row + x].isContinuation, sameCell(row + x, as: p) { break }
                }
                runs.append(Run(x: start, y: y, role: first.role, text: String(scalars)))
            }
        }
        return runs
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        guard a.width == b.width, a.height == b.height else { return false }
        if a.clusters.isEmpty, b.clusters.isEmpty { return a.packed == b.packed }
        return a.packed.indices.allSatisfy { a.sameCell($0, as: b) }
    }

    public func hash(into h: inout Hasher) {
        h.combine(width)
        h.combine(height)
        // Cluster codes depend on the order of writing, so only what == compares exactly.
        for c in packed {
            h.combine(c.isCluster ? PackedCell.clusterBase : c.code)
            h.combine(c.role)
            h.combine(c.isContinuation)
        }
    }
}
