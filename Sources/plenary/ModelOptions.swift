import ArgumentParser
import FoundationEssentials
import PlenarySimulation
import PlenarySystem

/// Options shared by the commands that simulate speakers.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: "Seed for the simulated speakers: the same seed gives the same result.")
    var seed: UInt64 = 2023

    @Option(
        name: .customLong("model"),
        help: "A speaker model file (`name = number` lines; see `plenary forecast --print-model`).",
        completion: .file())
    var modelFile: String?

    @Option(
        name: .customLong("set"),
        help: "Change one model parameter, e.g. --set absent_probability=0.1 (repeatable).")
    var settings: [String] = []

    @Flag(name: .customLong("print-model"), help: "Print the speaker model in use and exit.")
    var printModel = false

    /// The speaker model: defaults, then the file, then the flags.
    func model() throws -> SpeakerModel {
        var model = SpeakerModel()
        if let path = modelFile {
            let bytes: [UInt8]
            do { bytes = try FileReader.read(path) } catch { throw CommandFailure(.fileAccess, "model file \(error)") }
            let parsed = SpeakerModel.parse(String(decoding: bytes, as: UTF8.self), file: path)
            guard parsed.problems.isEmpty else {
                throw CommandFailure(.dataErrors, parsed.problems.joined(separator: "\n"))
            }
            model = parsed.model
        }
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--set takes name=value, not '\(setting)'") }
            if let problem = model.set(parts[0], parts[1]) { throw ValidationError("--set: \(problem)") }
        }
        return model
    }
}
