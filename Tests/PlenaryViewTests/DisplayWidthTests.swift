// The width function's binary search over its wide ranges (the hot path of the big
// digits) answers exactly as a scan of the ranges would.
@testable import PlenaryText
import Testing

@Suite struct DisplayWidthTests {
    @Test func theWideRangesAreSortedAndDisjoint() {
        let r = DisplayWidth.wideRanges
        #expect(zip(r, r.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
    }

    @Test func theSearchAgreesWithAScanForEveryScalar() {
        var disagreements: [UInt32] = []
        for v in UInt32(0)...0x3FFFF where DisplayWidth.isWide(v) != DisplayWidth.wideRanges.contains(where: { $0.contains(v) }) {
            disagreements.append(v)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(DisplayWidth.of("█" as Character) == 1 && DisplayWidth.of("中" as Character) == 2)
    }
}
