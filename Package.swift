// swift-tools-version: 6.1
// Plenary: a live timekeeping console for diplomatic plenary sessions.
// The layering is written down in ARCHITECTURE.md; each target has one job.
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Plenary",
    products: [
        .executable(name: "plenary", targets: ["plenary"]),
        .library(name: "PlenaryCore", targets: ["PlenaryCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        // The session engine: plan, speakers, commands, events, queries. Imports nothing.
        .target(name: "PlenaryCore", swiftSettings: strict),
        // Display width and truncation of text in terminal cells. Imports nothing.
        .target(name: "PlenaryText", swiftSettings: strict),
        // Time zones: offsets from tz database files (read by PlenarySystem), local times
        // as instants. Pure.
        .target(name: "PlenaryZones", dependencies: ["PlenaryCore"], swiftSettings: strict),
        // The secretariat's files as values: registration CSV (any encoding a spreadsheet
        // writes), TOML plans, with file:line:column problems.
        .target(
            name: "PlenaryFormats",
            dependencies: ["PlenaryCore", "PlenaryText", "PlenaryZones"],
            swiftSettings: strict),
        // The journal on disk: its own record types, CRC-framed JSON lines, the reader
        // that classifies damage. Bytes in, records out; no I/O.
        .target(name: "PlenaryJournalFormat", dependencies: ["PlenaryCore"], swiftSettings: strict),
        // The actual-times log (built in the core) as CSV, JSON, Markdown and an HTML report;
        // the room's words for the rules of procedure are PlenaryView's `ProcedureStrings`.
        .target(name: "PlenaryExport", dependencies: ["PlenaryCore", "PlenaryView"], swiftSettings: strict),
        // OS effects: the one file reader, durable files and the journal on disk, the machine's
        // clocks (boot time, wall clock, boot id) and the session clock, the tz database.
        .target(
            name: "PlenarySystem",
            dependencies: ["PlenaryCore", "PlenaryFormats", "PlenaryJournalFormat", "PlenaryText", "PlenaryZones"],
            swiftSettings: strict),
        // Simulated speakers and officer, rehearsal, forecasts, statement length. Pure:
        // time is virtual, randomness is seeded.
        .target(
            name: "PlenarySimulation",
            dependencies: ["PlenaryCore", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strict),
        // Rehearsals: the simulated room run through the real journal and exports on a
        // virtual clock (headless runs; the console's simulated room).
        .target(
            name: "PlenaryRehearsal",
            dependencies: [
                "PlenaryCore", "PlenaryFormats", "PlenaryJournalFormat", "PlenaryExport", "PlenarySystem",
                "PlenarySimulation",
            ],
            swiftSettings: strict),
        // The podium screen rendered into a grid of styled cells, and `Strings`: every word an
        // operator reads (a file's warnings too). No terminal here.
        .target(
            name: "PlenaryView", dependencies: ["PlenaryCore", "PlenaryText", "PlenaryFormats"], swiftSettings: strict),
        // What `plenary check` and `plenary plan` print (text and JSON), worded through `Strings`.
        .target(
            name: "PlenaryReports", dependencies: ["PlenaryCore", "PlenaryText", "PlenaryFormats", "PlenaryView"],
            swiftSettings: strict),
        // What decides, persists and recovers at the console: keys to commands (UI state,
        // key map, forms), the controller (decide, persist, record; a failed write carries
        // on in a new journal), the sinks it writes to. No curses, no file I/O of its own.
        .target(
            name: "PlenaryConsole",
            dependencies: ["PlenaryCore", "PlenaryText", "PlenaryView", "PlenarySystem"],
            swiftSettings: strict),
        // ncursesw, wide-character build. Only PlenaryTerminal links it.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The one target that owns curses: set-up, colours, input, drawing grid diffs, and
        // the Dispatch loop (timer, stdin, signals) that serialises every curses call.
        .target(
            name: "PlenaryTerminal",
            dependencies: [
                "CNcursesw", "PlenaryConsole", "PlenaryView", "PlenaryText", "PlenaryCore", "PlenarySystem",
            ],
            swiftSettings: strict),
        // What the room sees of a followed journal, and `plenary serve`'s pages (speaker,
        // chair, list, report) and their event stream, computed by the view's, the core's
        // and the forecast's own code. No HTTP here: FoundationEssentials only, like the console.
        .target(
            name: "PlenaryServe",
            dependencies: [
                "PlenaryCore", "PlenaryText", "PlenaryView", "PlenaryExport", "PlenarySystem", "PlenarySimulation",
            ],
            swiftSettings: strict),
        // The pages over HTTP (Hummingbird). Hummingbird brings Foundation and ICU, which
        // the console must not load, so only `plenary-serve` links it.
        .target(
            name: "PlenaryWebServer",
            dependencies: [
                "PlenaryServe", .product(name: "Hummingbird", package: "hummingbird"),
                // The request's parts as the server sees them (Hummingbird's own types).
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            swiftSettings: strict),
        // The server `plenary serve` runs in its own process (exec), so `plenary` stays light.
        .executableTarget(
            name: "plenary-serve",
            dependencies: [
                "PlenaryServe", "PlenaryWebServer", "PlenarySystem", "PlenaryView", "PlenaryCore", "PlenaryFormats",
            ],
            swiftSettings: strict),
        // The command line: composes the others.
        .executableTarget(
            name: "plenary",
            dependencies: [
                "PlenaryCore", "PlenaryFormats", "PlenarySystem", "PlenaryView", "PlenaryConsole", "PlenaryTerminal",
                "PlenarySimulation", "PlenaryRehearsal", "PlenaryZones", "PlenaryJournalFormat", "PlenaryExport",
                "PlenaryReports", "PlenaryServe", "PlenaryText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        // Measures speed, accuracy and footprint against the targets (BENCHMARKS.md).
        .executableTarget(
            name: "plenary-bench",
            dependencies: [
                "PlenaryCore", "PlenaryFormats", "PlenarySystem", "PlenarySimulation", "PlenaryView",
                "PlenaryConsole", "PlenaryRehearsal", "PlenaryTerminal", "PlenaryTestSupport", "PlenaryZones",
                "PlenaryJournalFormat", "PlenaryExport", "PlenaryReports", "PlenaryServe",
            ],
            swiftSettings: strict),

        .testTarget(
            name: "PlenaryCoreTests",
            dependencies: ["PlenaryCore", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "PlenarySimulationTests", dependencies: ["PlenarySimulation", "PlenaryCore"]),
        .testTarget(
            name: "PlenaryFormatsTests",
            dependencies: [
                "PlenaryFormats", "PlenaryJournalFormat", "PlenaryExport", "PlenaryCore", "PlenaryText",
                "PlenaryZones", "PlenarySystem", "PlenaryView", "PlenaryTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "PlenaryReportsTests",
            dependencies: [
                "PlenaryReports", "PlenaryFormats", "PlenaryView", "PlenaryCore", "PlenarySystem",
                "PlenaryZones",
            ]),
        // The zone engine against glibc's localtime_r and Foundation's zones.
        .testTarget(name: "PlenaryZonesTests", dependencies: ["PlenaryZones", "PlenarySystem", "PlenaryCore"]),
        // Helpers for tests that run the real binary in tmux (no product code).
        .target(name: "PlenaryTestSupport", path: "Tests/PlenaryTestSupport"),
        .testTarget(
            name: "PlenarySystemTests",
            dependencies: [
                "PlenarySystem", "PlenaryFormats", "PlenaryJournalFormat", "PlenaryExport", "PlenaryCore",
                "PlenaryView", "PlenaryConsole", "PlenaryTestSupport",
            ]),
        .testTarget(
            name: "PlenaryRehearsalTests",
            dependencies: [
                "PlenaryRehearsal", "PlenarySimulation", "PlenarySystem", "PlenaryFormats",
                "PlenaryJournalFormat", "PlenaryExport", "PlenaryCore", "PlenaryTestSupport",
            ]),
        // The pictures are drawn with the console's key guide (the legend, the help).
        .testTarget(
            name: "PlenaryViewTests", dependencies: ["PlenaryView", "PlenaryConsole", "PlenaryCore", "PlenaryText"],
            exclude: ["Snapshots"]),
        .testTarget(name: "PlenaryConsoleTests", dependencies: ["PlenaryConsole", "PlenaryView", "PlenaryCore"]),
        // The web pages over real HTTP on loopback, and in headless Chromium.
        .testTarget(
            name: "PlenaryServeTests",
            dependencies: [
                "PlenaryServe", "PlenaryWebServer", "PlenaryCore", "PlenaryView", "PlenarySystem",
                "PlenaryJournalFormat", "PlenarySimulation",
                "PlenaryTestSupport",
            ]),
        // Runs the built `plenary` binary as a user would, including in tmux.
        // Scripted journals (explicit facts at chosen instants) are written with PlenarySystem;
        // the room display's big digits are read back with PlenaryView's font.
        .testTarget(
            name: "PlenaryEndToEndTests",
            dependencies: ["PlenaryCore", "PlenarySystem", "PlenaryView", "PlenaryTestSupport"]),
    ]
)
