import ArgumentParser
import PlenaryCore
import PlenarySimulation

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Will the list fit the time? Monte Carlo over simulated speakers.")

    @Argument(
        help:
            "A registration file (CSV or TOML plan; - reads a CSV from standard input). Default: the embedded session.",
        completion: .registration)
    var file: String?

    @OptionGroup var reading: RegistrationOptions

    @Option(name: .long, help: "Number of simulated sessions.")
    var runs = 2000

    @OptionGroup var options: ModelOptions

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let model = try options.model()
        if options.printModel {
            print(model.text, terminator: "")
            return
        }
        let (session, words) = try SessionSource.loadWithWords(file, reading: reading)
        let state = session.state
        let plan = state.plan
        let start = plan.start
        let f = Forecaster.forecast(state, at: start, runs: runs, seed: options.seed, model: model, words: words)
        let off = plan.utcOffset
        func clock(_ t: Instant) -> String { TimeText.clockSeconds(t, utcOffset: off) }
        func percent(_ p: Double) -> String { "\(Int((p * 100).rounded()))%" }
        print("\(plan.title)")
        print(
            "Forecast over \(f.runs) simulated sessions (seed \(options.seed)), "
                + "planned \(TimeText.clock(plan.start, utcOffset: off))–\(TimeText.clock(plan.end, utcOffset: off))")
        print("")
        for seg in f.segments {
            let s = plan.segments[seg.segment]
            print(
                "Segment \(s.id): \(state.order[seg.segment].count) speakers, "
                    + "planned end \(TimeText.clock(plan.plannedEnd(ofSegment: seg.segment), utcOffset: off))")
            print(
                "  ends on time in \(percent(seg.onTime)) of runs; median end \(clock(seg.medianEnd)), "
                    + "90th percentile \(clock(seg.p90End))")
            print("  speakers not reached before the segment's end: \(formatted(seg.expectedUnreached)) on average")
        }
        print("")
        print(
            "Session: P(on time) \(percent(f.onTime)); median end \(clock(f.medianEnd)), "
                + "90th percentile \(clock(f.p90End))")
        print("")
        print("What changes it:")
        for v in Forecaster.variants(state, at: start, runs: runs, seed: options.seed, model: model, words: words) {
            print("  \(v.label): P(on time) \(percent(v.forecast.onTime)), median end \(clock(v.forecast.medianEnd))")
        }
    }

    private func formatted(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
