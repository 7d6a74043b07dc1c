// How simulated speakers behave. Every parameter lives here, with where its default
// comes from; a rehearsal or forecast can change any of them from a file or flags.
//
// Sources for the defaults: the concept note fixes two minutes per intervention and
// first come, first served; the shapes below (most speakers near the limit, some
// early, a tail running 30 s or more over, a few absent when called, the occasional
// walk-in and interruption) are the description of a real podium. The rules of
// procedure (points of order, rights of reply, suspensions) are not in the seed
// documents at all: their rates are stated assumptions, the reply limits are the plan's
// (decision 34/401 by default). All are assumptions to calibrate against exported logs
// of real sessions (`plenary export` gives speaking times, changeovers, points of order
// and replies), not measurements.
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
    /// Probability an intervention is interrupted (interpretation, sound) and needs a pause…
    public var interruptionProbability = 0.03
    /// …for this many seconds (uniform).
    public var interruptionLow = 10.0
    public var interruptionHigh = 40.0
    /// Expected walk-ins asking for the floor per segment (Poisson).
    public var walkInsPerSegment = 0.8
    /// Probability a delegation rises to a point of order during an intervention (at a
    /// uniform point of the statement): with the next, about one session in four of twenty speakers.
    public var pointOfOrderProbability = 0.01
    /// Probability of one with the floor free, after an intervention and before the next call.
    public var pointOfOrderBetweenProbability = 0.003
    /// A point of order's length, from the delegation rising to the President's ruling:
    /// log-normal with this median (seconds) and spread (sigma of its logarithm); at least 10 s.
    public var pointOfOrderMedian = 60.0
    public var pointOfOrderSigma = 0.6
    /// Expected rights of reply asked for per session (Poisson), each after a uniform
    /// number of interventions, by a delegation that has spoken.
    public var repliesPerSession = 0.5
    /// Probability a request comes from a delegation that has replied already (the
    /// exchange goes on), while it has a reply left under the plan.
    public var replyAgainProbability = 0.3
    /// A reply's length as a share of its limit (uniform between the two): replies are
    /// usually well inside their ten or five minutes.
    public var replyFractionLow = 0.3
    public var replyFractionHigh = 0.9
    /// Expected suspensions the simulated officer announces per session (Poisson), each
    /// after a uniform number of interventions. None unless set: a suspension is the
    /// chair's decision, not a habit of the room.
    public var suspensionsPerSession = 0.0
    /// The length the chair announces for one (seconds); the meeting resumes on time.
    public var suspensionLength = 600.0
    /// The officer's reaction: seconds from the speaker stopping to ending the intervention.
    public var officerReaction = 1.0
    /// How long the officer waits for an absent speaker before skipping, in seconds.
    public var absentWait = 15.0
    /// Delivery pace for speakers whose statement length is known (`words` column).
    public var wordsPerMinute = 110.0

    public init() {}

    /// One speaker's behaviour, drawn for an intervention with `allowance`. A right of
    /// reply (`reply`) is made from the room by a delegation that asked for it: never
    /// absent, and a share of its limit long.
    public func draw(
        allowance: Duration, words: Int? = nil, reply: Bool = false, using rng: inout SeededRandom
    ) -> SimulatedSpeaker {
        let limit = Double(allowance.wholeMilliseconds) / 1000
        let changeover = max(3, rng.logNormal(median: changeoverMedian, sigma: changeoverSigma))
        let absent = rng.chance(absentProbability) && !reply
        var speaking: Double
        if reply {
            speaking = limit * rng.uniform(replyFractionLow, replyFractionHigh)
        } else if let words, words > 0 {
            // A written statement read at the model's pace, give or take 5 %.
            speaking = Double(words) / wordsPerMinute * 60 * rng.uniform(0.95, 1.05)
        } else {
            let u = rng.unit()
            if u < earlyProbability {
                speaking = limit * rng.uniform(earlyFractionLow, earlyFractionHigh)
            } else if u < earlyProbability + overrunProbability {
                speaking = limit + rng.exponential(mean: overrunMean)
            } else {
                speaking = min(limit + nearLimitCap, limit + rng.normal() * nearLimitSpread)
            }
        }
        speaking = max(5, speaking)
        var interruption: (after: Duration, length: Duration)?
        if rng.chance(interruptionProbability) {
            let after = rng.uniform(0.1, 0.9) * speaking
            interruption = (seconds(after), seconds(rng.uniform(interruptionLow, interruptionHigh)))
        }
        var pointOfOrder: SimulatedPointOfOrder?
        if rng.chance(pointOfOrderProbability) {
            pointOfOrder = drawPointOfOrder(after: seconds(rng.uniform(0.1, 0.9) * speaking), using: &rng)
        }
        var pointOfOrderAfter: SimulatedPointOfOrder?
        if rng.chance(pointOfOrderBetweenProbability) {
            pointOfOrderAfter = drawPointOfOrder(after: .zero, using: &rng)
        }
        return SimulatedSpeaker(
            changeover: seconds(changeover), speaking: seconds(speaking),
            absent: absent, interruption: interruption, pointOfOrder: pointOfOrder,
            pointOfOrderAfter: pointOfOrderAfter)
    }

    /// A point of order's length and who raises it (a share of the list, named when raised).
    private func drawPointOfOrder(after: Duration, using rng: inout SeededRandom) -> SimulatedPointOfOrder {
        let length = max(10, rng.logNormal(median: pointOfOrderMedian, sigma: pointOfOrderSigma))
        return SimulatedPointOfOrder(after: after, length: seconds(length), raisedBy: rng.unit())
    }
}

/// What one simulated speaker will do when called.
public struct SimulatedSpeaker: Sendable {
    public var changeover: Duration
    public var speaking: Duration
    public var absent: Bool
    public var interruption: (after: Duration, length: Duration)?
    /// A point of order raised during the statement, `after` this much speaking time.
    public var pointOfOrder: SimulatedPointOfOrder?
    /// One raised with the floor free once this speaker's intervention has ended.
    public var pointOfOrderAfter: SimulatedPointOfOrder?
}

/// A point of order the room will raise: when (in the speaker's speaking time), how long
/// until the President rules, and who rises (a share of the list: `Autopilot` names the
/// delegation from the list as it stands then).
public struct SimulatedPointOfOrder: Sendable, Hashable {
    public var after: Duration
    public var length: Duration
    public var raisedBy: Double
}

func seconds(_ s: Double) -> Duration { .milliseconds(Int64((s * 1000).rounded())) }
