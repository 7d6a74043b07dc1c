// Where the session timeline met the machine's clocks. Plain data, so the journal
// (PlenaryFormats) records it and the shell (PlenarySystem) reads time from it
// without a second copy of the type; taking one from the real clocks is the shell's.

/// At boot-time `bootNanoseconds` on boot `bootID`, the wall clock read `wall`.
public struct ClockAnchor: Sendable, Hashable {
    public var wall: Instant
    public var bootNanoseconds: Int64
    public var bootID: String

    public init(wall: Instant, bootNanoseconds: Int64, bootID: String) {
        self.wall = wall
        self.bootNanoseconds = bootNanoseconds
        self.bootID = bootID
    }
}
