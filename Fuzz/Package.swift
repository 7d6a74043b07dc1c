// swift-tools-version: 6.1
// A libFuzzer harness for the registration reader and the TOML plan reader, kept out of the main package so
// normal builds never need the fuzzer runtime. The library sources are symlinked
// from ../Sources. How to run it: docs/registration-format.md, "Fuzzing".
import PackageDescription

let package = Package(
    name: "PlenaryFuzz",
    targets: [
        .target(name: "PlenaryCore"),
        .target(name: "PlenaryText"),
        .target(name: "PlenaryZones", dependencies: ["PlenaryCore"]),
        .target(name: "PlenaryFormats", dependencies: ["PlenaryCore", "PlenaryText", "PlenaryZones"]),
        .executableTarget(
            name: "FuzzRegistration",
            dependencies: ["PlenaryFormats", "PlenaryCore", "PlenaryText", "PlenaryZones"],
            // libFuzzer provides main(); this target only defines the entry point.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
