// A benchmark, not a test: how long one 200×60 frame takes to render. Runs only with
// PLENARY_BENCHMARK=1 (use a release build: `PLENARY_BENCHMARK=1 swift test -c release
// --filter RenderBenchmark`) and prints the figure; nothing is asserted about time.
import Foundation
import PlenaryCore
import PlenaryView
import Testing

@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLENARY_BENCHMARK"] == "1"))
struct RenderBenchmark {
    @Test func frame200x60() {
        let s = session(extra: [(.endIntervention, at(11, 32, 0)), (.giveFloor, at(11, 32, 20))])
        let clock = ContinuousClock()
        var frames = 0
        var checksum = 0
        let start = clock.now
        while clock.now - start < .seconds(3) {
            let g = picture(s, at(11, 33, 0) + .milliseconds(Int64(frames)), width: 200, height: 60)
            checksum &+= g.cells.count
            frames += 1
        }
        let elapsed = clock.now - start
        let perFrame = Double(elapsed.components.seconds) * 1e6 / Double(frames)
            + Double(elapsed.components.attoseconds) / 1e12 / Double(frames)
        print("render 200x60: \(frames) frames, \(String(format: "%.1f", perFrame)) µs per frame (checksum \(checksum))")
        #expect(frames > 0)
    }
}

@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLENARY_BENCHMARK"] == "1"))
struct DisplayRenderBenchmark {
    /// The room display on a projector-sized terminal: the largest digits.
    @Test func displayFrame200x60() {
        let s = session()
        let clock = ContinuousClock()
        var frames = 0
        var checksum = 0
        let start = clock.now
        while clock.now - start < .seconds(3) {
            let g = display(live(s), at(11, 31, 0) + .milliseconds(Int64(frames)), width: 200, height: 60, next: true)
            checksum &+= g.cells.count
            frames += 1
        }
        let elapsed = clock.now - start
        let perFrame = Double(elapsed.components.seconds) * 1e6 / Double(frames)
            + Double(elapsed.components.attoseconds) / 1e12 / Double(frames)
        print("display 200x60: \(frames) frames, \(String(format: "%.1f", perFrame)) µs per frame (checksum \(checksum))")
        #expect(frames > 0)
    }
}
