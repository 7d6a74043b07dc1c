// Seeded randomness: the same seed gives the same rehearsal, byte for byte.
import RealModule

/// SplitMix64: tiny, fast, and well distributed enough for simulated speakers.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform between `a` and `b`, in either order: a model file may give a low bound
    /// above its high one (a `ClosedRange` would trap on it).
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + unit() * (b - a)
    }

    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u1 = max(unit(), 0x1.0p-53)
        let u2 = unit()
        return (-2 * Double.log(u1)).squareRoot() * Double.cos(2 * .pi * u2)
    }

    /// Exponential with the given mean.
    public mutating func exponential(mean: Double) -> Double {
        -mean * Double.log(1 - unit())
    }

    /// Log-normal with the given median and shape (sigma of the log).
    public mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * Double.exp(sigma * normal())
    }

    /// Poisson count with the given mean (Knuth; means here are small).
    public mutating func poisson(mean: Double) -> Int {
        let limit = Double.exp(-mean)
        var k = 0
        var p = unit()
        while p > limit {
            k += 1
            p *= unit()
        }
        return k
    }
}
