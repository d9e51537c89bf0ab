import ArgumentParser
import Foundation
import Vocabulary

/// `dalabad [--config FILE] [--schedules DIR] [--voices DIR] [--state DIR] [--socket PATH] [--output …]`.
/// Every setting has a default, so it runs with no options at all.
public struct DaemonOptions: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalabad",
        abstract: "The village loudspeaker station daemon: plays scheduled and ad-hoc announcements.",
        discussion: "Controlled with `dalaba` over a Unix socket; see docs/daemon.md.")

    @Option(help: "The station settings file (default: station.yaml in the schedules directory).")
    var config: String?

    @Option(help: "The directory of program files (default: ./schedules if present, else /etc/dalaba/schedules).")
    var schedules: String?

    @Option(help: "The directory of voice profiles and lexicons (default: ./voices if present, else /usr/local/share/dalaba/voices).")
    var voices: String?

    @Option(help: "Where the queue and play log are kept (default: /var/lib/dalaba, or ~/.local/state/dalaba when that is not writable).")
    var state: String?

    @Option(help: "The control socket (default: /run/dalaba/control.sock, else a per-user path that dalaba finds by itself).")
    var socket: String?

    @Option(help: "Where the sound goes: auto, alsa:NAME, wav:DIR or null (default: the station setting, else auto).")
    var output: String?

    // Hidden: for tests and unusual hardware; docs/operations.md describes them.
    @Option(help: ArgumentHelp("Seconds between tries of an offline speaker (default 10).", visibility: .hidden))
    var speakerRetry: Double = 10

    @Option(help: ArgumentHelp("Seconds without progress after which the player counts as stuck for the watchdog (default 90).", visibility: .hidden))
    var playerStall: Double = 90

    @Option(help: ArgumentHelp("Seconds an ALSA open may take before the sound card counts as held by another program (default 3).", visibility: .hidden))
    var speakerOpenLimit: Double = 3

    @Option(help: ArgumentHelp("Seconds a control connection may send nothing before it is closed (default 5).", visibility: .hidden))
    var idleTimeout: Double = 5

    @Option(help: ArgumentHelp("Test clock: a file holding seconds to add to the system clock, read at start and on SIGUSR1.", visibility: .hidden))
    var clockOffsetFile: String?

    public init() {}

    public mutating func validate() throws {
        guard speakerRetry > 0, speakerRetry.isFinite, playerStall > 0, playerStall.isFinite, idleTimeout > 0, idleTimeout.isFinite,
              speakerOpenLimit > 0, speakerOpenLimit.isFinite else {
            throw ValidationError("--speaker-retry, --player-stall, --speaker-open-limit and --idle-timeout take a positive number of seconds")
        }
        if let output, (try? SinkChoice(parsing: output)) == nil {
            throw ValidationError("--output must be auto, alsa:NAME, wav:DIR or null, not \"\(output)\"")
        }
    }

    public func run() throws {
        let daemon = try Daemon(options: self)
        daemon.run()  // never returns: exits from the signal handlers
    }

    /// /var/lib/dalaba for the system service; a per-user state dir otherwise.
    static func stateDirectory(_ option: String?) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        let system = "/var/lib/dalaba"
        if access(system, W_OK) == 0 || (try? FileManager.default.createDirectory(atPath: system, withIntermediateDirectories: true)) != nil {
            return URL(fileURLWithPath: system)
        }
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"] ?? (NSHomeDirectory() + "/.local/state")
        return URL(fileURLWithPath: base).appendingPathComponent("dalaba")
    }
}
