import Foundation
enum LiveBenchmarks {
    static func run(_ report: Report, dir: String, seconds: Int) throws {}
}
