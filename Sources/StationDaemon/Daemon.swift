import Audio
import CAP
import Control
import Foundation
import Mandarin
import Messages
import Platform
import Schedule
import Speech
import Station
import Vocabulary

#if canImport(Glibc)
    import Glibc
#endif

/// Wires the station together: schedules, voices and the Mandarin reader → the engine and its
/// store → the control socket; signals and systemd notifications around it.
public final class Daemon: @unchecked Sendable {
    private let log = StationLog()
    private let notify = SystemdNotify()
    private let voicesDirectory: URL
    private let schedules: ScheduleReloader
    /// What start-up loaded: its own value, which a reload (once the socket and signals are
    /// live) cannot rewrite under it.
    private let startup: LoadedSchedules
    private let output: AnnouncerSpeaker
    private let engine: StationEngine<AnnouncerSpeaker>
    private let server: ControlServer
    private let commands: StationCommands<AnnouncerSpeaker>
    private let time: StationClock
    private let options: DaemonOptions
    private let reloadQueue = DispatchQueue(label: "dalaba.reload")
    private var signalSources: [DispatchSourceSignal] = []
    private var watcher: DirectoryWatcher?
    private var clockMonitor: ClockStepMonitor?
    private var amplifierSettings: AmplifierSettings?
    /// CAP alerts dropped in a folder (AlertIntake.swift).
    private let alerts: AlertIntake
    /// Lets the control commands (built before `self` is complete) call `reload()`.
    private let reloadHook = ReloadHook()
    /// Set while a reload is queued but not begun, so a storm of SIGHUPs or file events is one reload.
    private let reloadPending = NSLock()
    private var reloadQueued = false

    public init(options: DaemonOptions) throws {
        // Their default action is to terminate: a `systemctl reload` during start-up must not
        // kill the daemon. (Until the handlers are in place, such a signal is ignored.)
        signal(SIGHUP, SIG_IGN)
        signal(SIGUSR1, SIG_IGN)
        self.options = options
        time = try StationClock(offsetFile: options.clockOffsetFile)
        voicesDirectory = DataPaths.voices(options.voices)
        let schedulesDirectory = DataPaths.schedules(options.schedules)
        let stateDirectory = DaemonOptions.stateDirectory(options.state)

        let voices: VoiceLibrary
        let reader: MandarinReader
        do { voices = try VoiceLibrary(directory: voicesDirectory) } catch {
            throw DaemonFailure("cannot load the voices in \(voicesDirectory.path): \(error)")
        }
        do { reader = try MandarinReader(voicesDirectory: voicesDirectory) } catch {
            throw DaemonFailure("cannot load the Mandarin reader from \(voicesDirectory.path)/mandarin: \(error)")
        }

        // Every announcement from a fresh libespeak-ng (a child of this same program), so that it
        // is the samples `dalaba preview` renders, however many came before it.
        Synthesizer.shared.isolate(in: URL(fileURLWithPath: "/proc/self/exe"))
        let time = self.time
        schedules = ScheduleReloader(directory: schedulesDirectory, configFile: options.config.map(URL.init(fileURLWithPath:)))
        let startup = schedules.load(knownVoices: Set(voices.names))
        self.startup = startup
        for diagnostic in startup.diagnostics { log.warning(diagnostic.description) }
        let settings = startup.settings

        let choice: SinkChoice
        do { choice = try options.output.map { try SinkChoice(parsing: $0) } ?? settings.output } catch {
            throw DaemonFailure("--output: \(error)")
        }
        output = AnnouncerSpeaker(sink: choice.sink(stateDirectory: stateDirectory, log: log, openLimit: options.speakerOpenLimit), voices: voices, reader: reader, log: log,
                                  openLimit: options.speakerOpenLimit)
        output.setZones(settings.zones)
        amplifierSettings = settings.amplifier
        output.setAmplifier(Self.amplifier(settings.amplifier, log: log))
        output.setLevels(mixer: settings.mixer, leadIn: settings.leadIn, loudness: settings.loudness)

        let store: StationStore
        do { store = try StationStore(directory: stateDirectory) } catch {
            throw DaemonFailure("cannot open the station store in \(stateDirectory.path): \(error)")
        }
        engine = StationEngine(
            store: store, programs: startup.programs, output: output,
            settings: .init(rules: SchedulePrograms.rules(settings), speakerRetry: options.speakerRetry, zones: settings.zones.names), log: log,
            now: { time.now() })
        engine.volume.replace(plan: settings.volume, timeZone: settings.timeZone)
        let alerts = AlertIntake(policy: settings.alerts ?? AlertPolicy(), stateDirectory: stateDirectory, engine: engine,
                                 log: log, now: { time.now() })
        self.alerts = alerts

        let socketPath = options.socket ?? SocketPath.forDaemon()
        let hook = reloadHook
        commands = StationCommands(
            engine: engine, calendar: StationCalendar(timeZone: settings.timeZone),
            reload: { hook.action?() ?? ReloadReply(programs: 0, errors: ["the daemon is still starting"]) },
            voices: { [unowned output] in output.voiceNames }, speakable: { [unowned output] in output.canRead($0) },
            now: { time.now() }, alerts: { [alerts] in alerts.reply() })
        commands.zones = settings.zones
        var limits = ControlLimits()
        limits.idleTimeout = options.idleTimeout
        server = ControlServer(path: socketPath, handler: commands, limits: limits, log: log)
        log.info("state in \(stateDirectory.path), schedules in \(schedulesDirectory.path), voices in \(voicesDirectory.path)")
    }

    /// Starts everything and serves until SIGTERM/SIGINT.
    public func run() -> Never {
        signal(SIGPIPE, SIG_IGN)  // a client that hangs up must not kill the daemon
        reloadHook.action = { [unowned self] in self.reload() }
        do {
            let lastStatus = LastStatus()
            try engine.start(onChange: { [notify] status in
                let line = Self.describe(status)
                if lastStatus.replace(with: line) { notify.send("STATUS=" + line) }  // only when it changed
            })
            let lexicon = lexiconErrors()
            engine.setScheduleErrors(startup.errors + lexicon.map(\.english), chinese: startup.chineseErrors + lexicon.map(\.chinese))
            try server.start()
        } catch {
            log.error("\(error)")
            exit(1)
        }
        installSignals()
        alerts.start()
        watchFiles()
        watchClock()
        if let interval = Watchdog.interval(environment: ProcessInfo.processInfo.environment) {
            engine.startWatchdog(every: interval / 2, playerStallLimit: options.playerStall) { [notify] in notify.send("WATCHDOG=1") }
            log.info(String(format: "systemd watchdog: a ping every %.1f s while the station loop and the player work", interval / 2))
        }
        let status = engine.status()
        log.info("ready: \(startup.programCount) program(s), \(status.queueLength) waiting, speaker \(status.speaker), control socket \(server.path)")
        notify.send("READY=1\nSTATUS=" + Self.describe(status))
        dispatchMain()
    }

    /// Reloads voices, the local lexicon and the schedules (SIGHUP, `dalaba reload`).
    func reload() -> ReloadReply {
        reloadQueue.sync { reloadNow() }
    }

    /// The reload itself, on `reloadQueue`.
    private func reloadNow() -> ReloadReply {
        do {
            let voices = try VoiceLibrary(directory: voicesDirectory)
            // Only the local lexicon is the admin's to edit; the big tables are shared.
            output.replace(voices: voices, reader: output.currentReader.reloadingLocalLexicon())
        } catch {
            log.error("voices not reloaded, the previous ones stay: \(error)")
        }
        let loaded = schedules.load(knownVoices: Set(output.voiceNames))
        for diagnostic in loaded.diagnostics { log(diagnostic.isError ? .error : .warning, diagnostic.description) }
        let lexicon = lexiconErrors()
        let settings = loaded.settings
        commands.calendar = StationCalendar(timeZone: settings.timeZone)
        commands.zones = settings.zones
        if settings.amplifier != amplifierSettings {
            amplifierSettings = settings.amplifier
            output.setAmplifier(Self.amplifier(settings.amplifier, log: log))
        }
        output.setLevels(mixer: settings.mixer, leadIn: settings.leadIn, loudness: settings.loudness)
        engine.volume.replace(plan: settings.volume, timeZone: settings.timeZone)
        output.setZones(settings.zones)
        engine.setZones(settings.zones.names)
        alerts.update(policy: settings.alerts ?? AlertPolicy())
        engine.reload(programs: loaded.programs, rules: SchedulePrograms.rules(settings), errors: loaded.errors + lexicon.map(\.english),
                      chineseErrors: loaded.chineseErrors + lexicon.map(\.chinese))
        log.info("reloaded: \(loaded.programCount) program(s), \(loaded.errors.count + lexicon.count) error(s)")
        return ReloadReply(programs: loaded.programCount, errors: loaded.errors + lexicon.map(\.english),
                           errorsChinese: loaded.chineseErrors + lexicon.map(\.chinese))
    }

    /// The lexicon lines the reader skipped (voices/lexicon.local.tsv promises they are
    /// reported), as file:line: logged, and listed with the schedule errors in `status` and
    /// the reload reply until fixed.
    private func lexiconErrors() -> [LocalizedText] {
        let problems = output.currentReader.lexiconProblems.map(LexiconSkipped.text)
        for problem in problems { log.warning(problem.english) }
        return problems
    }

    /// A reload soon, unless one is already queued and not yet begun: a burst of SIGHUPs or
    /// file events costs one reload, and one that comes during a reload gets another after it.
    private func requestReload() {
        let queued = reloadPending.withLock {
            defer { reloadQueued = true }
            return reloadQueued
        }
        guard !queued else { return }
        reloadQueue.async { [self] in
            reloadPending.withLock { reloadQueued = false }
            _ = reloadNow()
        }
    }

    /// Schedules, station settings and voices reload by themselves when their files change.
    private func watchFiles() {
        var directories = [schedules.directory.path, voicesDirectory.path]
        if let config = schedules.configFile?.deletingLastPathComponent().path, !directories.contains(config) {
            directories.append(config)
        }
        // Recordings too: one copied over, spoiled or removed is reported in `status` at once.
        let relevant: @Sendable (String) -> Bool = { name in
            !name.hasPrefix(".") && ([".yaml", ".yml", ".tsv"].contains { name.hasSuffix($0) }
                || ScheduleLoader.recordingExtensions.contains((name.lowercased() as NSString).pathExtension))
        }
        do {
            watcher = try DirectoryWatcher(directories: directories, queue: DispatchQueue(label: "dalaba.watch"), relevant: relevant) {
                [unowned self] in
                log.info("files changed in the schedules or voices: reloading")
                requestReload()
            }
        } catch {
            log.warning("\(error); edits are picked up on SIGHUP or `dalaba reload` only")
        }
    }

    /// Re-plans at once when the wall clock is set (timerfd, no polling).
    private func watchClock() {
        do {
            clockMonitor = try ClockStepMonitor(queue: .main) { [engine] in engine.clockChanged() }
        } catch {
            log.warning("\(error); after a clock change the timetable follows only at the next event")
        }
    }

    static func amplifier(_ settings: AmplifierSettings?, log: StationLog) -> Amplifier? {
        guard let settings, settings.isConfigured else { return nil }
        return Amplifier(settings: settings, log: { log.info($0) })
    }

    private func installSignals() {
        for number in [SIGTERM, SIGINT, SIGHUP, SIGUSR1] {
            signal(number, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { [unowned self] in
                switch number {
                case SIGHUP: requestReload()
                case SIGUSR1: clockSignal()
                default: shutDown(signalName: number == SIGTERM ? "SIGTERM" : "SIGINT")
                }
            }
            source.resume()
            signalSources.append(source)
        }
    }

    private var stopping = false

    /// SIGUSR1: re-read the test clock's offset, then plan again as after a clock step.
    private func clockSignal() {
        do { try time.reload() } catch { log.error("\(error)") }
        engine.clockChanged()
    }

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
        var line = describeQueue(status)
        if let error = status.speakerError { line = "speaker OFFLINE (\(error)); " + line }
        if status.storeError != nil { line += "; cannot write the state directory" }
        return line
    }

    private static func describeQueue(_ status: StationStatus) -> String {
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
