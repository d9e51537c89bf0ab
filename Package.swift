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
        .executable(name: "dalaba-tools", targets: ["dalaba-tools"]),
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

        // The words both sides share (priority …): a leaf.
        .target(name: "Vocabulary"),
        .target(name: "Speech", dependencies: ["CEspeakNG", "Audio", .product(name: "Yams", package: "Yams")]),
        .target(name: "Audio", dependencies: ["CALSA"]),
        .target(name: "Mandarin"),
        .target(name: "Schedule", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Linux facilities the daemon listens to: file changes (inotify), wall-clock steps
        // (timerfd), the amplifier's power commands, sd_notify.
        .systemLibrary(name: "CLinux"),
        .target(name: "Platform", dependencies: ["CLinux"]),
        // The station: pure queue rules and timetable, the GRDB store, the playback engine.
        .target(name: "Station", dependencies: ["Vocabulary", .product(name: "GRDB", package: "GRDB.swift")]),
        // The control protocol as it goes over the socket (requests, replies, the blocking
        // client): FoundationEssentials only, no Station, so the `dalaba` client stays light.
        .target(name: "ControlWire", dependencies: ["Vocabulary"]),
        // The control socket's server side: listener, limits, the station's command handler.
        .target(name: "Control", dependencies: ["Station", "ControlWire"]),
        // dalaba's control commands (status, say, queue …): their arguments, the call and the
        // printed answer, without ArgumentParser; what the light `dalaba` binary runs.
        .target(name: "DalabaControl", dependencies: ["ControlWire", "Vocabulary"]),
        .target(
            name: "DalabaCLI",
            dependencies: [
                "Speech", "Audio", "Mandarin", "Schedule", "Control", "DalabaControl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // `dalaba`: the control commands in a small, fully static binary (no dynamic loader, no
        // Foundation/ICU, no GRDB, libespeak-ng or libasound: it starts like mpc, see
        // docs/daemon.md); every other command line goes to `dalaba-tools` by exec.
        .executableTarget(
            name: "dalaba", dependencies: ["DalabaControl"],
            linkerSettings: [
                // Without dead stripping (debug) FoundationEssentials' own dependencies must be named.
                .unsafeFlags(["-static-executable", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"])
            ]),
        // The whole command line (ArgumentParser): preview, pinyin, normalize, schedule, help,
        // completion scripts, usage errors. Installed in libexec; `dalaba` execs it.
        .executableTarget(name: "dalaba-tools", dependencies: ["DalabaCLI"]),
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
        .testTarget(name: "ScheduleTests", dependencies: ["Schedule"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["DalabaCLI", "DalabaControl"]),
        .testTarget(name: "StationTests", dependencies: ["Station", "Control"]),
        .testTarget(name: "DaemonTests"),
    ]
)
