import Audio
import Control
import Foundation
import Mandarin
import Schedule
import Speech
import Station

#if canImport(Glibc)
    import Glibc
#endif

/// Wires the station together: schedules, voices and the Mandarin reader → the engine and its
/// store → the control socket; signals and systemd notifications around it.
final class Daemon: @unchecked Sendable {
    private let log = StationLog()
    private let notify = SystemdNotify()
    private let voicesDirectory: URL
    private let schedules: ScheduleReloader
    private let output: SpeakerOutput
    private let engine: StationEngine<SpeakerOutput>
    private let server: ControlServer
    private let reloadQueue = DispatchQueue(label: "dalaba.reload")
    private var signalSources: [DispatchSourceSignal] = []
    /// Lets the control commands (built before `self` is complete) call `reload()`.
    private let reloadHook = ReloadHook()

    init(options: DaemonOptions) throws {
        voicesDirectory = DaemonOptions.directory(options.voices, local: "voices", installed: "/usr/local/share/dalaba/voices")
        let schedulesDirectory = DaemonOptions.directory(options.schedules, local: "schedules", installed: "/etc/dalaba/schedules")
        let stateDirectory = DaemonOptions.stateDirectory(options.state)

        let voices: VoiceLibrary
        let reader: MandarinReader
        do { voices = try VoiceLibrary(directory: voicesDirectory) } catch {
            throw DaemonFailure("cannot load the voices in \(voicesDirectory.path): \(error)")
        }
        do { reader = try MandarinReader(voicesDirectory: voicesDirectory) } catch {
            throw DaemonFailure("cannot load the Mandarin reader from \(voicesDirectory.path)/mandarin: \(error)")
        }

        schedules = ScheduleReloader(directory: schedulesDirectory, configFile: options.config.map(URL.init(fileURLWithPath:)))
        for diagnostic in schedules.load(knownVoices: Set(voices.names)) { log.warning(diagnostic.description) }
        let settings = schedules.settings

        let choice = try options.output.map(OutputChoice.init(parsing:)) ?? OutputChoice(parsing: settings.output.description)
        output = SpeakerOutput(sink: choice.sink(stateDirectory: stateDirectory, log: log), voices: voices, reader: reader, log: log)

        let store: StationStore
        do { store = try StationStore(directory: stateDirectory) } catch {
            throw DaemonFailure("cannot open the station store in \(stateDirectory.path): \(error)")
        }
        engine = StationEngine(
            store: store, programs: schedules.programs, output: output,
            settings: .init(rules: SchedulePrograms.rules(settings)), log: log)

        let socketPath = options.socket ?? SocketPath.forDaemon()
        let hook = reloadHook
        let commands = StationCommands(
            engine: engine, clock: StationClock(timeZone: settings.timeZone),
            reload: { hook.action?() ?? ReloadReply(programs: 0, errors: ["the daemon is still starting"]) },
            voices: { [unowned output] in output.voiceNames })
        server = ControlServer(path: socketPath, handler: commands, log: log)
        log.info("state in \(stateDirectory.path), schedules in \(schedulesDirectory.path), voices in \(voicesDirectory.path)")
    }

    /// Starts everything and serves until SIGTERM/SIGINT.
    func run() -> Never {
        signal(SIGPIPE, SIG_IGN)  // a client that hangs up must not kill the daemon
        reloadHook.action = { [unowned self] in self.reload() }
        do {
            let lastStatus = LastStatus()
            try engine.start(onChange: { [notify] status in
                let line = Self.describe(status)
                if lastStatus.replace(with: line) { notify.send("STATUS=" + line) }  // only when it changed
            })
            engine.setScheduleErrors(schedules.errors)
            try server.start()
        } catch {
            log.error("\(error)")
            exit(1)
        }
        installSignals()
        let status = engine.status()
        log.info("ready: \(schedules.programCount) program(s), \(status.queueLength) waiting, speaker \(status.speaker), control socket \(server.path)")
        notify.send("READY=1\nSTATUS=" + Self.describe(status))
        dispatchMain()
    }

    /// Reloads voices, the local lexicon and the schedules (SIGHUP, `dalaba reload`).
    func reload() -> ReloadReply {
        reloadQueue.sync {
            do {
                let voices = try VoiceLibrary(directory: voicesDirectory)
                let reader = try MandarinReader(voicesDirectory: voicesDirectory)
                output.replace(voices: voices, reader: reader)
            } catch {
                log.error("voices not reloaded, the previous ones stay: \(error)")
            }
            let diagnostics = schedules.load(knownVoices: Set(output.voiceNames))
            for diagnostic in diagnostics { log.warning(diagnostic.description) }
            engine.reload(programs: schedules.programs, rules: SchedulePrograms.rules(schedules.settings), errors: schedules.errors)
            log.info("reloaded: \(schedules.programCount) program(s), \(schedules.errors.count) error(s)")
            return ReloadReply(programs: schedules.programCount, errors: schedules.errors)
        }
    }

    private func installSignals() {
        for number in [SIGTERM, SIGINT, SIGHUP] {
            signal(number, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { [unowned self] in
                if number == SIGHUP {
                    DispatchQueue.global().async { _ = self.reload() }
                } else {
                    self.shutDown(signalName: number == SIGTERM ? "SIGTERM" : "SIGINT")
                }
            }
            source.resume()
            signalSources.append(source)
        }
    }

    private var stopping = false

    /// Stops playback cleanly (the item plays again next start), closes the socket, exits 0.
    private func shutDown(signalName: String) {
        guard !stopping else { return }
        stopping = true
        log.info("\(signalName): stopping")
        notify.send("STOPPING=1")
        server.stop()
        engine.stop { exit(0) }
        // A render in progress cannot be interrupted; don't let it hold the stop for long.
        DispatchQueue.main.asyncAfter(deadline: .now() + 5) { exit(0) }
    }

    static func describe(_ status: StationStatus) -> String {
        if let playing = status.playing { return "playing \(playing.id) \(playing.title); \(status.queueLength) waiting" }
        if status.paused { return "paused; \(status.queueLength) waiting" }
        if let next = status.next {
            return "next \(next.id) \(next.title) at \(next.due.formatted(.iso8601)); \(status.queueLength) waiting"
        }
        return "idle; nothing waiting"
    }
}

/// The last STATUS= sent, so systemd hears only changes.
final class LastStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var line = ""

    /// Stores `line`; true when it differs from the previous one.
    func replace(with line: String) -> Bool {
        lock.withLock {
            defer { self.line = line }
            return self.line != line
        }
    }
}

/// The reload entry point the control commands call, set once the daemon runs.
final class ReloadHook: @unchecked Sendable {
    var action: (() -> ReloadReply)?
}
