// swift-tools-version:6.0
import PackageDescription

// Layers, bottom up: C libraries (CEspeakNG, CALSA) → Speech, Audio, Mandarin, Schedule
// (each one job, the pure ones with no I/O) → DalabaCLI (the `dalaba` commands) → thin executables.
let package = Package(
    name: "dalaba",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dalaba", targets: ["dalaba"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEspeakNG", pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(
            name: "CALSA", pkgConfig: "alsa",
            providers: [.apt(["libasound2-dev"])]),

        .target(name: "Speech", dependencies: ["CEspeakNG", .product(name: "Yams", package: "Yams")]),
        .target(name: "Audio", dependencies: ["CALSA"]),
        .target(name: "Mandarin"),
        .target(name: "Schedule", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "DalabaCLI",
            dependencies: [
                "Speech", "Audio", "Mandarin", "Schedule",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .executableTarget(name: "dalaba", dependencies: ["DalabaCLI"]),
        .executableTarget(name: "dalaba-bench", dependencies: ["Speech", "Audio", "Mandarin", "Schedule"]),

        .testTarget(name: "SpeechTests", dependencies: ["Speech"]),
        .testTarget(name: "AudioTests", dependencies: ["Audio", "Speech"]),
        .testTarget(name: "MandarinTests", dependencies: ["Mandarin"]),
        .testTarget(name: "ScheduleTests", dependencies: ["Schedule"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["DalabaCLI"]),
    ]
)
