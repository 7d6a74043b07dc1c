// How simulated speakers behave. Every parameter lives here, with where its default
// comes from; a rehearsal or forecast can change any of them from a file or flags.
//
// Sources for the defaults: the concept note fixes two minutes per intervention and
// first come, first served; the shapes below (most speakers near the limit, some
// early, a tail running 30 s or more over, a few absent when called, the occasional
// walk-in and interruption) are the description of a real podium. They are
// assumptions to calibrate against exported logs of real sessions (`plenary export`
// gives speaking times and changeovers per intervention), not measurements.
import PlenaryCore

public struct SpeakerModel: Sendable, Hashable {
    /// Median walk from seat to microphone after the call, in seconds.
    public var changeoverMedian = 20.0
    /// Spread of the walk (sigma of its logarithm).
    public var changeoverSigma = 0.35
    /// Probability a called speaker is not in the room.
    public var absentProbability = 0.05
    /// Probability a speaker stops clearly early…
    public var earlyProbability = 0.15
    /// …at this fraction of the allowance (uniform between the two).
    public var earlyFractionLow = 0.55
    public var earlyFractionHigh = 0.9
    /// Probability of running over, by an exponential amount with this mean (seconds).
    public var overrunProbability = 0.25
    public var overrunMean = 25.0
    /// The rest end near the limit: normal around it with this spread (seconds), capped
    /// at the limit plus `nearLimitCap`.
    public var nearLimitSpread = 6.0
    public var nearLimitCap = 8.0
    /// Probability an intervention is interrupted (interpretation, a point of order)…
    public var interruptionProbability = 0.03
    /// …for this many seconds (uniform).
    public var interruptionLow = 10.0
    public var interruptionHigh = 40.0
    /// Expected walk-ins asking for the floor per segment (Poisson).
    public var walkInsPerSegment = 0.8
    /// The officer's reaction: seconds from the speaker stopping to ending the intervention.
    public var officerReaction = 1.0
    /// How long the officer waits for an absent speaker before skipping, in seconds.
    public var absentWait = 15.0
    /// Delivery pace for speakers whose statement length is known (`words` column).
    public var wordsPerMinute = 110.0

    public init() {}

    /// One speaker's behaviour, drawn for an intervention with `allowance`.
    public func draw(allowance: Duration, words: Int? = nil, using rng: inout SeededRandom) -> SimulatedSpeaker {
        let limit = Double(allowance.wholeMilliseconds) / 1000
        let changeover = max(3, rng.logNormal(median: changeoverMedian, sigma: changeoverSigma))
        let absent = rng.chance(absentProbability)
        var speaking: Double
        if let words, words > 0 {
            // A written statement read at the model's pace, give or take 5 %.
            speaking = Double(words) / wordsPerMinute * 60 * rng.uniform(0.95...1.05)
        } else {
            let u = rng.unit()
            if u < earlyProbability {
                speaking = limit * rng.uniform(earlyFractionLow...earlyFractionHigh)
            } else if u < earlyProbability + overrunProbability {
                speaking = limit + rng.exponential(mean: overrunMean)
            } else {
                speaking = min(limit + nearLimitCap, limit + rng.normal() * nearLimitSpread)
            }
        }
        var interruption: (after: Duration, length: Duration)?
        if rng.chance(interruptionProbability) {
            let after = rng.uniform(0.1...0.9) * speaking
            interruption = (seconds(after), seconds(rng.uniform(interruptionLow...interruptionHigh)))
        }
        return SimulatedSpeaker(
            changeover: seconds(changeover), speaking: seconds(max(5, speaking)),
            absent: absent, interruption: interruption)
    }
}

/// What one simulated speaker will do when called.
public struct SimulatedSpeaker: Sendable {
    public var changeover: Duration
    public var speaking: Duration
    public var absent: Bool
    public var interruption: (after: Duration, length: Duration)?
}

func seconds(_ s: Double) -> Duration { .milliseconds(Int64((s * 1000).rounded())) }
