// swift-tools-version: 6.1
// libFuzzer harnesses, kept out of the main package so normal builds never need the fuzzer
// runtime: the registration reader (FuzzRegistration), the TOML plan reader and plan loader
// (FuzzPlan), and the journal: reading, replay, invariants, every export (FuzzJournal). The
// library sources are symlinked from ../Sources. How to run them: docs/reliability.md, "Fuzzing".
import PackageDescription

// libFuzzer provides main(); each target only defines the entry point.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "PlenaryFuzz",
    targets: [
        .target(name: "PlenaryCore"),
        .target(name: "PlenaryText"),
        .target(name: "PlenaryZones", dependencies: ["PlenaryCore"]),
        .target(name: "PlenaryFormats", dependencies: ["PlenaryCore", "PlenaryText", "PlenaryZones"]),
        .target(name: "PlenaryView", dependencies: ["PlenaryCore", "PlenaryText", "PlenaryFormats"]),
        .target(name: "PlenaryReports", dependencies: ["PlenaryCore", "PlenaryText", "PlenaryFormats", "PlenaryView"]),
        .target(name: "PlenaryJournalFormat", dependencies: ["PlenaryCore"]),
        .target(name: "PlenaryExport", dependencies: ["PlenaryCore"]),
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "FuzzRegistration",
            dependencies: [
                "FuzzSupport", "PlenaryFormats", "PlenaryReports", "PlenaryCore", "PlenaryText", "PlenaryZones",
            ],
            swiftSettings: fuzzer),
        .executableTarget(
            name: "FuzzPlan",
            dependencies: [
                "FuzzSupport", "PlenaryFormats", "PlenaryReports", "PlenaryCore", "PlenaryText", "PlenaryZones",
            ],
            swiftSettings: fuzzer),
        .executableTarget(
            name: "FuzzJournal", dependencies: ["PlenaryCore", "PlenaryExport", "PlenaryJournalFormat"],
            swiftSettings: fuzzer),
    ]
)
