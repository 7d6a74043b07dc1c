// Timing samples and how they are reported: median, 99th percentile and worst, in
// the unit that reads best. Benchmarks report; nothing here passes or fails.
import Foundation

/// Samples of one measured quantity, in seconds.
struct Samples {
    var values: [Double] = []

    mutating func add(_ seconds: Double) { values.append(seconds) }
    mutating func add(_ d: Duration) { values.append(d.seconds) }

    var sorted: [Double] { values.sorted() }
    var median: Double { percentile(50) }
    var worst: Double { values.max() ?? .nan }

    func percentile(_ p: Double) -> Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        // Nearest rank: the smallest value with at least p% of the samples at or below it.
        let rank = Int((p / 100 * Double(s.count)).rounded(.up))
        return s[max(0, min(s.count - 1, rank - 1))]
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

/// Runs `body` `runs` times (after one warm-up) and returns the wall times.
func time(runs: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Samples {
    let clock = ContinuousClock()
    if warmUp { try body() }
    var s = Samples()
    for _ in 0..<runs {
        let start = clock.now
        try body()
        s.add(clock.now - start)
    }
    return s
}

/// "1.23 ms", "456 µs", "2.1 s".
func human(_ seconds: Double) -> String {
    if seconds.isNaN { return "n/a" }
    let a = abs(seconds)
    if a >= 1 { return String(format: "%.2f s", seconds) }
    if a >= 1e-3 { return String(format: "%.2f ms", seconds * 1e3) }
    return String(format: "%.1f µs", seconds * 1e6)
}

/// One line of the report: what, the figures, the target, and whether it is met.
struct Row {
    var what: String
    var figures: String
    var target: String
    var met: Bool?

    var markdown: String {
        let verdict = met.map { $0 ? "met" : "**missed**" } ?? "—"
        return "| \(what) | \(figures) | \(target) | \(verdict) |"
    }
}

/// Prints a row as soon as it is measured (a long run shows progress), and keeps it.
final class Report {
    private(set) var rows: [Row] = []

    func add(_ row: Row) {
        rows.append(row)
        let verdict = row.met.map { $0 ? "met" : "MISSED" } ?? ""
        print("\(row.what): \(row.figures)   [target \(row.target)] \(verdict)")
        fflush(nil)
    }

    var markdown: String {
        (["| what | measured | target | |", "|---|---|---|---|"] + rows.map(\.markdown)).joined(separator: "\n") + "\n"
    }
}

/// "median 1.2 ms, p99 1.5 ms, worst 2.0 ms (n = 100)".
func summary(_ s: Samples, p99: Bool = false) -> String {
    var parts = ["median \(human(s.median))"]
    if p99 { parts.append("p99 \(human(s.percentile(99)))") }
    parts.append("worst \(human(s.worst))")
    return parts.joined(separator: ", ") + " (n = \(s.values.count))"
}
