// What the figures were measured on, for the report's first line.
import Foundation

enum Machine {
    static var description: String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = ProcessInfo.processInfo.physicalMemory / 1_048_576
        return "\(cpu), \(cores) cores, \(memory) MiB"
    }

    /// The load averages over 1, 5 and 15 minutes: figures taken beside other work move.
    static var load: String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return "load average " + text.split(separator: " ").prefix(3).joined(separator: ", ")
    }
}
