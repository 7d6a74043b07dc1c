// Work on long lists spread over the cores, for steps where each element is
// independent (a row parsed, a name folded, a line of a report). The result is in
// element order and the same as a plain `map`, whatever the number of cores.
import Dispatch

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed in chunks on all cores; a plain
    /// `map` when the list fits in one chunk.
    func concurrentMap<T: Sendable>(chunkSize: Int = 512, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > chunkSize else { return map(transform) }
        let slots = Slots<T>(count: count)
        let chunks = (count + chunkSize - 1) / chunkSize
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for i in (chunk * chunkSize)..<Swift.min(self.count, (chunk + 1) * chunkSize) {
                    slots.set(i, transform(self[i]))
                }
            }
        }
        return slots.take()
    }
}

/// Slots that concurrent chunks fill, each index by exactly one chunk.
private final class Slots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    private var taken = false

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        if !taken { slots.deinitialize() }
        slots.deallocate()
    }

    func set(_ i: Int, _ value: T) { slots[i] = value }

    /// The values, moved out (once, after every slot is set): no copy of each.
    func take() -> [T] {
        taken = true
        return Array(unsafeUninitializedCapacity: slots.count) { out, n in
            for i in slots.indices { (out.baseAddress! + i).initialize(to: (slots.baseAddress! + i).move()!) }
            n = slots.count
        }
    }
}
