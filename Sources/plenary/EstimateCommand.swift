import ArgumentParser
import FoundationEssentials
import PlenaryCore
import PlenarySimulation
import PlenarySystem

struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "How long written statements take to deliver, and whether they fit the limit.")

    @Argument(help: "Statement files (plain text, UTF-8); - reads one from standard input.", completion: .file())
    var files: [String]

    @Option(name: .long, help: "Delivery pace in words per minute (100–120 suits interpretation).")
    var wpm: Double = 110

    @Option(name: .long, help: "The limit per intervention, as m:ss.")
    var limit = "2:00"

    func validate() throws {
        guard (40...250).contains(wpm) else { throw ValidationError("--wpm must be between 40 and 250") }
        guard Self.parse(limit) != nil else { throw ValidationError("--limit takes m:ss, not '\(limit)'") }
    }

    func run() throws {
        let allowed = Self.parse(limit) ?? .zero
        var pace = DeliveryPace()
        pace.wordsPerMinute = wpm
        var tooLong = false
        for path in files {
            let text: String
            do {
                let bytes = path == "-" ? try FileReader.readStandardInput() : try FileReader.read(path)
                text = String(decoding: bytes, as: UTF8.self)
            } catch {
                throw CommandFailure(error)
            }
            let e = StatementLength.estimate(text, limit: allowed, pace: pace)
            let counted =
                e.cjkCharacters > 0
                ? "\(e.words) words, \(e.cjkCharacters) CJK characters"
                : "\(e.words) words"
            let verdict =
                e.fits
                ? "fits \(TimeText.minutesSeconds(allowed))"
                : "does not fit \(TimeText.minutesSeconds(allowed)): about \(e.wordsThatFit) words would"
            let name = path == "-" ? FileReader.standardInputName : path
            print(
                "\(name): \(counted), about \(TimeText.minutesSeconds(e.duration, roundUp: true)) at \(Int(wpm)) "
                    + "words a minute; \(verdict)")
            tooLong = tooLong || !e.fits
        }
        if tooLong { throw CommandFailure(.dataErrors) }
    }

    /// A limit above zero, written as durations are everywhere (`2:00`).
    static func parse(_ text: String) -> Duration? {
        WrittenTime.duration(text).flatMap { $0 > .zero ? $0 : nil }
    }
}
