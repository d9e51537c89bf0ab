// swift-tools-version:6.0
import PackageDescription

// Layers, bottom up: C libraries (CEspeakNG, CALSA) → Speech, Audio, Mandarin, Schedule
// (each one job, the pure ones with no I/O) → DalabaCLI (the `dalaba` commands) → thin executables.
let package = Package(
    name: "dalaba",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dalaba", targets: ["dalaba"]),
        .executable(name: "dalabad", targets: ["dalabad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEspeakNG", pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(
            name: "CALSA", pkgConfig: "alsa",
            providers: [.apt(["libasound2-dev"])]),

        .target(name: "Speech", dependencies: ["CEspeakNG", "Audio", .product(name: "Yams", package: "Yams")]),
        .target(name: "Audio", dependencies: ["CALSA"]),
        .target(name: "Mandarin"),
        // Clerk-facing texts in English and Chinese, chosen by the locale: a leaf with no
        // dependency (not even Foundation), so that the light client can link it for free.
        .target(name: "Messages"),
        .target(name: "Schedule", dependencies: ["Messages", .product(name: "Yams", package: "Yams")]),
        // Linux facilities the daemon listens to: file changes (inotify), wall-clock steps
        // (timerfd), the amplifier's power commands, sd_notify.
        .systemLibrary(name: "CLinux"),
        .target(name: "Platform", dependencies: ["CLinux"]),
        // The station: pure queue rules and timetable, the GRDB store, the playback engine.
        .target(name: "Station", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // The control socket: JSON-lines protocol, server and client.
        .target(name: "Control", dependencies: ["Station"]),
        .target(
            name: "DalabaCLI",
            dependencies: [
                "Speech", "Audio", "Mandarin", "Schedule", "Control", "Messages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .executableTarget(name: "dalaba", dependencies: ["DalabaCLI"]),
        .executableTarget(
            name: "dalabad",
            dependencies: [
                "Station", "Control", "Speech", "Audio", "Mandarin", "Schedule", "Platform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "dalaba-bench", dependencies: ["Speech", "Audio", "Mandarin", "Schedule", "Station", "Control"]),

        .testTarget(name: "SpeechTests", dependencies: ["Speech"]),
        .testTarget(name: "PlatformTests", dependencies: ["Platform"]),
        .testTarget(name: "AudioTests", dependencies: ["Audio", "Speech"]),
        .testTarget(name: "MandarinTests", dependencies: ["Mandarin"]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages"]),
        .testTarget(name: "ScheduleTests", dependencies: ["Schedule", "Messages"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["DalabaCLI"]),
        .testTarget(name: "StationTests", dependencies: ["Station", "Control"]),
        .testTarget(name: "DaemonTests"),
    ]
)
