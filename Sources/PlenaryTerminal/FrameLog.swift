// A record of when frames and keys happened, for the benchmarks (PLENARY_FRAME_LOG).
// It only observes: instants from CLOCK_BOOTTIME kept in memory and written once,
// when the console ends, so logging cannot slow the frames it measures.
import Glibc

public final class FrameLog {
    /// One drawn frame. Times are CLOCK_BOOTTIME nanoseconds.
    public struct Frame: Sendable {
        /// Why it was drawn: `t` the timer, `k` a key, `o` anything else (resize, forecast).
        public var cause: Character
        /// When the wake began, and when the frame was handed to the terminal.
        public var began: Int64
        public var drawn: Int64
        /// For a timer frame: when the picture was due to change (the boundary it
        /// was scheduled for), or 0.
        public var due: Int64
        /// The speaker's time as computed for this frame, in ms; -1 with nobody speaking.
        public var speakingMs: Int64
        /// For a key frame: when the key was read and when its command was durable.
        public var keyRead: Int64
        public var keyHandled: Int64
    }

    private let path: String
    private var frames: [Frame] = []

    public init(path: String) {
        self.path = path
        frames.reserveCapacity(100_000)
    }

    /// CLOCK_BOOTTIME now, in nanoseconds: the clock the console counts with.
    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_BOOTTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    func add(_ f: Frame) {
        if frames.count < 1_000_000 { frames.append(f) }
    }

    /// The frames of a written log (the benchmarks read it back).
    public static func parse(_ text: String) -> [Frame] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t")
            guard f.count == 7, let c = f[0].first else { return nil }
            let n = f.dropFirst().compactMap { Int64($0) }
            guard n.count == 6 else { return nil }
            return Frame(cause: c, began: n[0], drawn: n[1], due: n[2], speakingMs: n[3], keyRead: n[4], keyHandled: n[5])
        }
    }

    /// Writes the log: a header line, then one tab-separated line per frame.
    func write() {
        var text = "cause\tbegan\tdrawn\tdue\tspeaking_ms\tkey_read\tkey_handled\n"
        for f in frames {
            text += "\(f.cause)\t\(f.began)\t\(f.drawn)\t\(f.due)\t\(f.speakingMs)\t\(f.keyRead)\t\(f.keyHandled)\n"
        }
        guard let file = fopen(path, "w") else { return }
        fputs(text, file)
        fclose(file)
    }
}
