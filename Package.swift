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
        .executable(name: "dalaba-link", targets: ["dalaba-link"]),
        .executable(name: "dalaba-hub", targets: ["dalaba-hub"]),
        .executable(name: "dalaba-console", targets: ["dalaba-console"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // The township hub (docs/hub.md) only: no station target links it.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already postgres-nio's own dependencies, named because the hub uses them directly:
        // its Logger, TLS settings for sslmode, and HMAC-SHA256 for the SCRAM verifier.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.9.0"..<"6.0.0"),
        // The township's web console (docs/console.md) only: no other target links it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already Hummingbird's and postgres-nio's: the console's own services run under it.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEspeakNG", pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(
            name: "CALSA", pkgConfig: "alsa",
            providers: [.apt(["libasound2-dev"])]),
        // Recordings (WAV, FLAC, Ogg Vorbis, MP3), their resampling, and one loudness (docs/audio.md).
        .systemLibrary(
            name: "CSndFile", pkgConfig: "sndfile",
            providers: [.apt(["libsndfile1-dev"])]),
        .systemLibrary(
            name: "CSoxr", pkgConfig: "soxr",
            providers: [.apt(["libsoxr-dev"])]),
        .systemLibrary(
            name: "CEBUR128", pkgConfig: "libebur128",
            providers: [.apt(["libebur128-dev"])]),

        // Clerk-facing texts in English and Chinese, chosen by the locale: a leaf with no
        // dependency (not even Foundation), so that the light client can link it for free.
        .target(name: "Messages"),
        // The words both sides share (priority, local times and ranges, the sink choice, amplifier
        // settings, the duration grammar, voice names, the located diagnostic): a leaf, no I/O
        // beyond listing the voices folder, FoundationEssentials only (the light `dalaba` links it).
        .target(name: "Vocabulary", dependencies: ["Messages"]),
        .target(name: "Speech", dependencies: ["CEspeakNG", "Audio", "Vocabulary", .product(name: "Yams", package: "Yams")]),
        .target(name: "Audio", dependencies: ["CALSA", "Vocabulary"]),
        .target(name: "Mandarin", dependencies: ["Vocabulary", "Messages"]),
        // A recording decoded to the station's PCM; every sound brought to one loudness.
        .target(name: "Recording", dependencies: ["CSndFile", "CSoxr", "Audio", "Vocabulary", "Messages"]),
        .target(name: "Loudness", dependencies: ["CEBUR128", "Audio"]),
        // CAP 1.2 alerts from outside (docs/alerts.md): a strict XML reader that refuses DTDs and
        // entities, the alert's checked model, and what it means for this station. Pure.
        .target(name: "CAP", dependencies: ["Vocabulary", "Messages"]),
        .target(name: "Schedule", dependencies: ["CAP", "Vocabulary", "Messages", "Audio", "Recording", "Loudness", .product(name: "Yams", package: "Yams")]),
        // Linux facilities the daemon listens to: file changes (inotify), wall-clock steps
        // (timerfd), the amplifier's power commands, sd_notify.
        .systemLibrary(name: "CLinux"),
        .target(name: "Platform", dependencies: ["CLinux", "Vocabulary"]),
        // The station: pure queue rules and timetable, the GRDB store, the playback engine.
        .target(name: "Station", dependencies: ["Vocabulary", "CLinux", .product(name: "GRDB", package: "GRDB.swift")]),
        // The control protocol as it goes over the socket (requests, replies, the blocking
        // client): FoundationEssentials only, no Station, so the `dalaba` client stays light.
        .target(name: "ControlWire", dependencies: ["Vocabulary"]),
        // The control socket's server side: listener, limits, the station's command handler.
        .target(name: "Control", dependencies: ["Station", "ControlWire", "Audio", "Recording", "Vocabulary"]),
        // The one render path: an announcement (text; later recorded audio) → PCM, for preview,
        // the daemon's speaker and the bench.
        .target(name: "Announcer", dependencies: ["Audio", "Loudness", "Recording", "Speech", "Mandarin", "Vocabulary"]),
        // dalaba's control commands (status, say, queue …): their arguments, the call and the
        // printed answer, without ArgumentParser; what the light `dalaba` binary runs.
        .target(name: "DalabaControl", dependencies: ["ControlWire", "Vocabulary", "Messages"]),
        .target(
            name: "DalabaCLI",
            dependencies: [
                "Announcer", "Speech", "Audio", "Loudness", "Mandarin", "Schedule", "Control", "DalabaControl", "Vocabulary", "Messages",
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
        // What dalabad does: the wiring of schedules, voices and the reader into the engine,
        // the speaker, reloads, signals and systemd; a library so that tests can build it.
        .target(
            name: "StationDaemon",
            dependencies: [
                "Announcer", "Station", "Control", "Speech", "Audio", "Loudness", "Mandarin", "Recording", "Schedule", "Platform", "Vocabulary", "Messages",
                "CAP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "dalabad", dependencies: ["StationDaemon", "Speech"]),
        // The township's commands (`dalaba hub …` execs it): PostgreSQL, so apart from `dalaba`.
        .executableTarget(name: "dalaba-hub", dependencies: ["HubCommands"]),
        // The station's link to the township hub (docs/hub-scale.md): its rules — catch-up, the
        // `say` key, delivery reports, the play-log upload, pushed programs, backoff — with
        // the hub and dalabad behind protocols, so they are tested with fakes and a fake clock.
        .target(name: "HubLink", dependencies: ["ControlWire", "Schedule", "Vocabulary"]),
        // dalaba-link's service: the hub over postgres-nio (LISTEN on the village's channel,
        // the station's role), dalabad over its control socket, the reconnect loop; its options.
        .target(
            name: "LinkService",
            dependencies: [
                "HubLink", "Hub", "ControlWire", "Schedule",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Swift 6.3's optimizer runs for 10+ minutes on this module's async code over
            // postgres-nio without finishing (release build, 2026-12-03); the link waits on the
            // network, so it is built unoptimized.
            swiftSettings: [.unsafeFlags(["-Onone"], .when(configuration: .release))]),
        // `dalaba-link`: the station's second service (systemd/dalaba-link.service).
        .executableTarget(name: "dalaba-link", dependencies: ["LinkService"]),
        // The web console's 插播 preview (docs/console.md): a notice's reading and the WAV a station
        // renders for it, through Announcer; no Hummingbird, so it is tested on its own.
        .target(name: "ConsolePreview", dependencies: ["Announcer", "Speech", "Audio", "Loudness", "Mandarin", "Vocabulary"]),
        .executableTarget(name: "dalaba-bench", dependencies: ["Announcer", "Speech", "Audio", "Mandarin", "Schedule", "Station", "Control", "Vocabulary"]),

        // The township hub (docs/hub.md): the PostgreSQL schema (versioned migrations, roles,
        // row-level security), the hub URL and the township's queries. PostgresNIO lives here
        // and in what depends on it, never in a station target.
        .target(
            name: "Hub",
            dependencies: [
                "Vocabulary", "CAP", "Messages",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The township's commands (argument-parser, one file per subcommand) and their output.
        .target(
            name: "HubCommands",
            dependencies: ["Hub", "CAP", "ControlWire", "Vocabulary", "Messages", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The township's web console (docs/console.md): Hummingbird over the hub, each request run
        // as the signed-in person's own PostgreSQL role, so the hub's row-level security decides.
        .target(
            name: "Console",
            dependencies: [
                "Hub", "ControlWire", "Vocabulary", "Messages", "ConsolePreview", "Control",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `dalaba-console`: the console's service (systemd/dalaba-console.service).
        .executableTarget(name: "dalaba-console", dependencies: ["Console", "Speech"]),
        // A throwaway PostgreSQL cluster for tests (initdb as an unprivileged user, a Unix socket
        // and a loopback port, restartable): only test targets depend on it.
        .target(name: "HubTestSupport", dependencies: ["Hub", .product(name: "PostgresNIO", package: "postgres-nio")], path: "Tests/HubTestSupport"),

        // A real station for tests (dalabad with libasound's file plugin, dalaba-link) and a
        // shared cluster with hub databases: the link's tests and the console's browser tests.
        .target(
            name: "StationTestSupport",
            dependencies: ["Hub", "HubTestSupport", "ControlWire", .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Tests/StationTestSupport"),

        .testTarget(name: "HubTests", dependencies: ["Hub", "HubCommands", "HubTestSupport", "CAP", "Messages", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(
            name: "ConsoleTests",
            dependencies: ["Console", "ConsolePreview", "Hub", "HubCommands", "HubTestSupport", "Messages", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages"]),
        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary", "Messages"]),
        .testTarget(name: "AnnouncerTests", dependencies: ["Announcer", "Audio", "Speech", "Mandarin", "Vocabulary"]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "Vocabulary"]),
        .testTarget(name: "PlatformTests", dependencies: ["Platform", "Vocabulary"]),
        .testTarget(name: "AudioTests", dependencies: ["Audio", "Speech"]),
        .testTarget(name: "MandarinTests", dependencies: ["Mandarin", "Vocabulary", "Messages"]),
        .testTarget(name: "RecordingTests", dependencies: ["Recording", "Loudness", "Audio", "Speech", "Announcer", "Mandarin", "ExternalTools"]),
        .testTarget(name: "ScheduleTests", dependencies: ["Schedule", "CAP", "Vocabulary", "Messages"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["DalabaCLI", "DalabaControl", "Announcer", "Messages"]),
        .testTarget(name: "StationTests", dependencies: ["Station", "Control", "Vocabulary"]),
        .testTarget(name: "StationDaemonTests", dependencies: ["StationDaemon", "Announcer", "Vocabulary"]),
        .testTarget(name: "DaemonTests", dependencies: ["ExternalTools"]),
        .testTarget(name: "CAPTests", dependencies: ["CAP", "Vocabulary", "Messages"]),
        .testTarget(name: "ConsolePreviewTests", dependencies: ["ConsolePreview", "Audio", "Vocabulary", "HubTestSupport"]),
        // Issue 16's acceptance in headless Chromium over WebDriver (its own small client), and
        // the console's bench (wrk): dalaba-console, dalabad and dalaba-link run as processes.
        .testTarget(
            name: "ConsoleBrowserTests",
            dependencies: ["Hub", "HubTestSupport", "StationTestSupport", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "HubLinkTests", dependencies: ["HubLink", "ControlWire"]),
        .testTarget(
            name: "LinkServiceTests",
            dependencies: ["LinkService", "HubLink", "Hub", "HubTestSupport", "StationTestSupport", "ControlWire", "Vocabulary", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // ffmpeg, driven by the tests that measure sound with a tool that is not ours.
        .target(name: "ExternalTools", path: "Tests/ExternalTools"),
    ]
)
