// The release `plenary serve` following a journal on loopback, on a port of its choosing,
// measured from /proc.
import Foundation

final class ServeProcess {
    let process: Spawned
    let port: Int
    var pid: pid_t { process.pid }
    var base: String { "http://127.0.0.1:\(port)" }

    /// CPU and memory over a stretch of time.
    struct Usage {
        var seconds: Double
        var cpu: Double
        var rss: Double

        var share: Double { cpu / seconds * 100 }
        var text: String {
            String(format: "%.2f %% of one core (%.2f s over %.0f s), RSS %.1f MB", share, cpu, seconds, rss)
        }
    }

    /// Starts `plenary serve JOURNAL --bind 127.0.0.1:0` and waits for the addresses it prints.
    init(_ plenary: String, journal: String, dir: String) throws {
        let output = dir + "/serve.out"
        process = try Spawned(plenary, ["serve", journal, "--bind", "127.0.0.1:0"], output: output)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if text.contains("/report"), let r = text.range(of: #"127\.0\.0\.1:\d+"#, options: .regularExpression),
                let port = Int(text[r].split(separator: ":")[1])
            {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.stop()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        throw SpawnError(description: "plenary serve printed no address in 20 s: \(text)")
    }

    func stop() { process.stop() }

    /// The server's CPU over the next `seconds`, and its resident memory at the end.
    func measure(seconds: Double) -> Usage {
        let cpu = ProcStat.cpuSeconds(pid)
        let from = realtimeNow()
        Thread.sleep(forTimeInterval: seconds)
        return usage(cpuFrom: cpu, from: from)
    }

    /// The server's CPU since `cpuFrom` seconds were counted at `from` (CLOCK_REALTIME).
    func usage(cpuFrom: Double, from: Int64) -> Usage {
        Usage(
            seconds: Double(realtimeNow() - from) / 1e9, cpu: ProcStat.cpuSeconds(pid) - cpuFrom,
            rss: ProcStat.megabytes(pid, "VmRSS"))
    }
}
