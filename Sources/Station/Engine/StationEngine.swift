import Foundation
import Vocabulary

/// The running station: applies the queue rules' decisions with one timer, hands
/// announcements to the player thread, and writes every change to the records before it
/// tells anyone about it. All state lives on one serial queue.
///
/// One class over several files, one concern each (as MPD's PlaylistControl/Edit/State):
/// life cycle here; commands in +Commands, queries in +Queries, the timetable and timer
/// loop in +Loop, playback and the speaker in +Playback, clock steps in +ClockJump. Its
/// parts are their own types: `StationRecords` (ids and persistence, the store-outage
/// fallback), `SpeakerHealth`, `RenderCache`, `EngineClock` (the timer), `EngineWatchdog`,
/// and `StatusBoard` (what queries read).
public final class StationEngine<Output: Speaker>: @unchecked Sendable {
    public struct Settings: Sendable {
        /// Render (and queue program occurrences) this long before their due time.
        public var renderLead: TimeInterval = 30
        public var rules = QueueRules()
        /// While the speaker is offline, try it again this often (MPD's interval).
        public var speakerRetry: TimeInterval = 10
        /// How many `say`s may wait: in all, per priority, per user.
        public var limits = QueueLimits()
        /// The station's zones (`zones:` in station.yaml); one, `ZoneName.whole`, without.
        public var zones: [ZoneName] = [.whole]
        public init(renderLead: TimeInterval = 30, rules: QueueRules = QueueRules(), speakerRetry: TimeInterval = 10,
                    limits: QueueLimits = QueueLimits(), zones: [ZoneName] = [.whole]) {
            self.renderLead = renderLead
            self.rules = rules
            self.speakerRetry = speakerRetry
            self.limits = limits
            self.zones = zones.isEmpty ? [.whole] : zones
        }
    }

    /// Why the player was asked to stop, which decides the outcome written to the log.
    enum StopReason {
        case interrupt(by: Announcement), skip(by: String), cancel(reason: String), shutdown
    }

    let queue = DispatchQueue(label: "dalaba.station", qos: .userInteractive)
    /// A render thread per zone, below the players' priority (see RenderWorkers).
    let renderWorkers = RenderWorkers()
    /// Speaker probes block in open(); they must hold up neither rendering nor the engine.
    let probeQueue = DispatchQueue(label: "dalaba.speaker-probe", attributes: .concurrent)
    let records: StationRecords
    let output: Output
    let log: StationLog
    let clock: any EngineClock
    let startedAt: Date
    let board: StatusBoard
    private(set) var timer: (any EngineTimer)!

    // Everything below is touched on `queue` only.
    var programs: ProgramSource
    /// The volume plan and a clerk's override; read without the engine's queue.
    public let volume = VolumeControl()
    var settings: Settings
    var state: StationQueue
    var nextPlanning: Date?
    var plannedThroughCache: Date?
    var renders = RenderCache<Output.Rendered>()
    /// What plays now, by announcement: its zones, player thread, play-log line, stop reason.
    var playbacks: [AnnouncementID: Playback] = [:]
    /// A player thread per zone, started on first use.
    var players: [ZoneName: Player<Output>] = [:]
    /// Each zone's speaker (absent: works).
    var speakers: [ZoneName: SpeakerHealth] = [:]
    var reference = ClockReference()
    var watchdog: EngineWatchdog?
    var scheduleErrors: [String] = []
    var scheduleErrorsChinese: [String] = []
    var stopping = false
    var whenStopped: (() -> Void)?
    var observers: [UUID: @Sendable (StationEvent) -> Void] = [:]
    /// Events of the step under way, delivered once its state is published.
    var outbox: [StationEvent] = []
    /// Told whenever the next announcement may have changed (the daemon's sd_notify STATUS=).
    var onChange: (@Sendable (StationStatus) -> Void)?

    public convenience init(
        store: StationStore, programs: ProgramSource, output: Output, settings: Settings = Settings(),
        log: StationLog = StationLog(), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.init(store: store, programs: programs, output: output, settings: settings, log: log, clock: SystemClock(now: now))
    }

    public init(
        store: StationStore, programs: ProgramSource, output: Output, settings: Settings = Settings(),
        log: StationLog = StationLog(), clock: any EngineClock
    ) {
        self.records = StationRecords(store: store, log: log)
        self.programs = programs
        self.output = output
        self.settings = settings
        // The store's limit is the one limit in all (the store enforces it too).
        self.settings.limits.total = min(settings.limits.total, store.queueLimit)
        self.log = log
        self.clock = clock
        self.startedAt = clock.now()
        self.state = StationQueue(rules: settings.rules, zones: settings.zones)
        self.board = StatusBoard(.init(
            status: StationStatus(
                playing: nil, next: nil, queueLength: 0, paused: false, quietHours: false, speaker: output.description,
                scheduleErrors: [], queueVersion: 0, startedAt: startedAt),
            waiting: [], programs: programs, plannedThrough: nil, rules: settings.rules))
        self.timer = clock.makeTimer(queue: queue) { [weak self] in self?.reschedule() }
    }

    func now() -> Date { clock.now() }

    /// Ids from here up were given while the store could not be written; they live in memory only.
    public static var memoryIDBase: AnnouncementID { StationRecords.memoryIDBase }
    public static func isMemoryOnly(_ id: AnnouncementID) -> Bool { StationRecords.isMemoryOnly(id) }

    // MARK: life cycle

    /// Recovers what the last run left (a crash leaves its playing item pending), plans the
    /// timetable from where it stopped, and starts the clock.
    public func start(onChange: (@Sendable (StationStatus) -> Void)? = nil) throws {
        try queue.sync {
            self.onChange = onChange
            let waiting = try records.recover(at: now())
            state = StationQueue(rules: settings.rules, pending: waiting, zones: settings.zones)
            if !waiting.isEmpty { log.info("\(waiting.count) announcement(s) waiting from the last run") }
            for zone in state.zones { _ = player(for: zone) }
            planTimetable()
            reschedule()
            for zone in state.zones { probeSpeaker(zone) }  // so status tells at once when a device is missing
        }
    }

    /// Stops playback (the item goes back to the queue, so it plays again next start) and
    /// calls `completion` once the store has it.
    public func stop(completion: @escaping @Sendable () -> Void) {
        queue.async { [self] in
            stopping = true
            timer.wake(at: nil)
            watchdog?.cancel()
            watchdog = nil
            emit(StationEvent(kind: .stopping, time: now()))
            publish()
            if !playbacks.isEmpty {
                whenStopped = completion
                for id in playbacks.keys { stopPlaying(id, .shutdown) }
            } else {
                completion()
            }
        }
    }

    /// Sends `ping` every `interval` from the engine's own queue while the player shows
    /// progress within `playerStallLimit` (see `EngineWatchdog`).
    public func startWatchdog(every interval: TimeInterval, playerStallLimit: TimeInterval, ping: @escaping @Sendable () -> Void) {
        queue.async { [self] in
            // Called on the engine's queue, where `players` lives.
            watchdog = EngineWatchdog(
                queue: queue, every: interval, playerStallLimit: playerStallLimit, log: log,
                playerIsResponsive: { [unowned self] limit in players.values.allSatisfy { $0.isResponsive(within: limit) } }, ping: ping)
        }
    }

    /// Waits until everything already handed to the engine's queues is done — a speaker probe
    /// or a render under way and the step it then queues (tests that move a `TestClock` use
    /// it before they look). Playback on the player thread is not waited for.
    public func settle() {
        probeQueue.sync(flags: .barrier) {}
        renderWorkers.settle()
        queue.sync {}
    }
}
