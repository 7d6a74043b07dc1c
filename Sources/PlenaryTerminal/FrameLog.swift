// A record of when frames and keys happened, for the benchmarks (PLENARY_FRAME_LOG).
// It observes the terminal loop: instants from CLOCK_BOOTTIME kept in memory and
// written once, when the console ends, so logging cannot slow the frames it measures.
import Glibc
import PlenaryCore

@MainActor
public final class FrameLog: LoopObserver {
    /// One drawn frame. Times are CLOCK_BOOTTIME nanoseconds.
    public struct Frame: Sendable {
        /// Why it was drawn: `t` the timer, `k` a key, `o` anything else (resize, forecast).
        public var cause: Character
        /// When the wake began, and when the frame was handed to the terminal.
        public var began: Int64
        public var drawn: Int64
        /// For a timer frame: when the picture was due to change (the instant the timer
        /// was armed for), or 0.
        public var due: Int64
        /// The speaker's time as computed for this frame, in ms; -1 with nobody speaking.
        public var speakingMs: Int64
        /// For a key frame: when its last key was read and when its command was durable.
        public var keyRead: Int64
        public var keyHandled: Int64
    }

    private let path: String
    /// The speaker's time shown at a session instant, in ms (-1: nobody speaking).
    private let speaking: @MainActor (Instant) -> Int64
    private var frames: [Frame] = []
    private var lastKey: (read: Int64, handled: Int64) = (0, 0)

    public init(path: String, speaking: @escaping @MainActor (Instant) -> Int64) {
        self.path = path
        self.speaking = speaking
        frames.reserveCapacity(100_000)
    }

    public func key(read: Int64, handled: Int64) { lastKey = (read, handled) }

    public func frame(_ cause: FrameCause, began: Int64, drawn: Int64, due: Int64, shown: Instant) {
        guard frames.count < 1_000_000 else { return }
        let isKey = cause == .key
        frames.append(
            Frame(
                cause: cause.rawValue, began: began, drawn: drawn, due: due, speakingMs: speaking(shown),
                keyRead: isKey ? lastKey.read : 0, keyHandled: isKey ? lastKey.handled : 0))
    }

    public func finish() { write() }

    /// The frames of a written log (the benchmarks read it back).
    public nonisolated static func parse(_ text: String) -> [Frame] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t")
            guard f.count == 7, let c = f[0].first else { return nil }
            let n = f.dropFirst().compactMap { Int64($0) }
            guard n.count == 6 else { return nil }
            return Frame(
                cause: c, began: n[0], drawn: n[1], due: n[2], speakingMs: n[3], keyRead: n[4],
                keyHandled: n[5])
        }
    }

    /// Writes the log: a header line, then one tab-separated line per frame.
    private func write() {
        var text = "cause\tbegan\tdrawn\tdue\tspeaking_ms\tkey_read\tkey_handled\n"
        for f in frames {
            text += "\(f.cause)\t\(f.began)\t\(f.drawn)\t\(f.due)\t\(f.speakingMs)\t\(f.keyRead)\t\(f.keyHandled)\n"
        }
        guard let file = fopen(path, "w") else { return }
        fputs(text, file)
        fclose(file)
    }
}
