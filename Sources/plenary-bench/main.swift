// plenary-bench: measures Plenary against the targets in BENCHMARKS.md and prints a
// Markdown table to paste there. Use a release build:
//   swift run -c release plenary-bench [--quick] [--live] [--seconds N]
// Library figures run in this process; `--live` also drives the release `plenary`
// binary in a private tmux server (start-up, memory, CPU, key latency, clock);
// `--only lists` just the CPU with 30, 200 and 5,000 speakers registered; `--only serve`
// (also part of `--live`) `plenary serve` with headless Chromium and 500 event streams.
import Foundation

var args = Array(CommandLine.arguments.dropFirst())

// The launcher the live benchmarks start the console through: note the instant
// (CLOCK_BOOTTIME), then become the console (same process), so start-up is timed
// from exec to first frame.
if args.first == "--exec-timed", args.count >= 3 {
    try "\(FrameLogEntry.now())\n".write(toFile: args[1], atomically: false, encoding: .utf8)
    let program = Array(args.dropFirst(2))
    var argv: [UnsafeMutablePointer<CChar>?] = program.map { strdup($0) } + [nil]
    execv(program[0], &argv)
    perror("plenary-bench: exec \(program[0])")
    exit(127)
}
let quick = args.contains("--quick")
let live = args.contains("--live")
/// `--only render,check`: just those sections.
let only = args.firstIndex(of: "--only")
    .flatMap { args[safe: $0 + 1] }
    .map { Set($0.split(separator: ",").map(String.init)) }
func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }
let seconds = args.firstIndex(of: "--seconds").flatMap { Int(args[safe: $0 + 1] ?? "") } ?? (quick ? 15 : 65)

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }

#if DEBUG
    print("warning: a debug build; figures in BENCHMARKS.md come from `swift run -c release plenary-bench`")
#endif
print("plenary-bench on \(Machine.description)")
let report = Report()
if wanted("render") { LibraryBenchmarks.render(report, quick: quick) }
if wanted("check") { try LibraryBenchmarks.check(report, dir: dir, quick: quick) }
if wanted("resume") { try LibraryBenchmarks.resume(report, dir: dir, quick: quick) }
if wanted("append") { try LibraryBenchmarks.append(report, dir: dir, quick: quick) }
if wanted("rehearsal") {
    LibraryBenchmarks.rehearsal(report, quick: quick)
    try LibraryBenchmarks.headless(report, dir: dir, quick: quick)
}
if wanted("forecast") { LibraryBenchmarks.forecast(report, quick: quick) }
if live || only?.contains("live") == true {
    try LiveBenchmarks.run(report, dir: dir, seconds: seconds, quick: quick)
} else if only?.contains("lists") == true {
    try LiveBenchmarks.run(report, dir: dir, seconds: seconds, quick: quick, listsOnly: true)
}
if (live && only == nil) || only?.contains("serve") == true,
    let setup = LiveConsole.Setup.beside(dir: dir, section: "serve")
{
    try ServeBenchmarks.run(report, setup, quick: quick)
}
print("")
print(report.markdown, terminator: "")
