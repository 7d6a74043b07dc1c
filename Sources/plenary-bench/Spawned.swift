// A process the bench starts and measures from /proc: `plenary serve` and Chromium.
// posix_spawn rather than Foundation's Process, so the child gets exactly the
// descriptors it is given (Chromium's DevTools pipe is its fds 3 and 4) and nothing else
// of this process's (tmux's control pipes, the event-stream sockets).
import Foundation

final class Spawned {
    let pid: pid_t
    private var reaped = false

    /// Runs `path` with `arguments`: standard input from /dev/null, standard output and
    /// error into `output` (or /dev/null); `extra` maps a descriptor here to one there.
    init(_ path: String, _ arguments: [String], output: String? = nil, extra: [(Int32, Int32)] = []) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        for (here, there) in extra { posix_spawn_file_actions_adddup2(&actions, here, there) }
        // Every other descriptor of this process stays here (closefrom is not in Swift's Glibc).
        let kept = Set(extra.map(\.1))
        for fd in Self.openDescriptors() where fd > 2 && !kept.contains(fd) {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, path, &actions, nil, argv, environ)
        guard status == 0 else { throw SpawnError(description: "\(path): \(String(cString: strerror(status)))") }
        pid = child
    }

    deinit { stop() }

    /// This process's open descriptors (read from /proc/self/fd, less the one reading it).
    static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
    }

    /// SIGTERM, then SIGKILL if it has not gone within `grace` seconds; reaps it.
    func stop(grace: Double = 3) {
        guard !reaped else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        reaped = true
    }
}

struct SpawnError: Error, CustomStringConvertible {
    var description: String
}

/// What /proc says of a process: CPU time used, resident memory now and at its peak.
enum ProcStat {
    /// User plus system CPU seconds of `pid` so far (fields 14 and 15 of /proc/PID/stat).
    static func cpuSeconds(_ pid: pid_t) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return .nan }
        // Fields after the command name: state is field 3; utime and stime are 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let u = Double(fields[11]), let s = Double(fields[12]) else { return .nan }
        return (u + s) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A line of /proc/PID/status in MB: `VmRSS` (now) or `VmHWM` (peak).
    static func megabytes(_ pid: pid_t, _ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
            let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return .nan }
        return kb / 1024
    }

    /// `pid` and every process under it, with each one's command line.
    static func tree(_ root: pid_t) -> [(pid: pid_t, command: String)] {
        var parent: [pid_t: pid_t] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for name in entries {
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let ppid = pid_t(fields[1]) { parent[pid] = ppid }
        }
        func under(_ pid: pid_t) -> Bool {
            var p = pid
            for _ in 0..<64 {
                if p == root { return true }
                guard let up = parent[p], up > 1 else { return false }
                p = up
            }
            return false
        }
        return parent.keys.filter(under).sorted().map { pid in
            let raw = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
            return (pid, String(decoding: raw.map { $0 == 0 ? 32 : $0 }, as: UTF8.self))
        }
    }
}

/// CLOCK_REALTIME in nanoseconds: the clock a browser's `Date.now()` reads.
func realtimeNow() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
}
