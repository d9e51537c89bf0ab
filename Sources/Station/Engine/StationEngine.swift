import Foundation

/// The running station: applies the queue rules' decisions with one wall-clock timer, hands
/// announcements to the player thread, and writes every change to the store before it
/// tells anyone about it. All state lives on one serial queue.
public final class StationEngine<Output: StationOutput>: @unchecked Sendable {
    public struct Settings: Sendable {
        /// Render (and queue program occurrences) this long before their due time.
        public var renderLead: TimeInterval = 30
        public var rules = QueueRules()
        public init(renderLead: TimeInterval = 30, rules: QueueRules = QueueRules()) {
            self.renderLead = renderLead
            self.rules = rules
        }
    }

    /// Why the player was asked to stop, which decides the outcome written to the log.
    private enum StopReason {
        case interrupt(by: Announcement), skip(by: String), cancel(by: String), shutdown
    }

    private let queue = DispatchQueue(label: "dalaba.station", qos: .userInteractive)
    private let renderQueue = DispatchQueue(label: "dalaba.render", qos: .userInitiated)
    private let store: StationStore
    private let output: Output
    private let player: Player<Output>
    private let log: StationLog
    private let now: @Sendable () -> Date
    private let startedAt: Date

    private var programs: ProgramSource
    private var settings: Settings
    private var state: StationQueue
    private var timer: DispatchSourceTimer?
    private var nextPlanning: Date?
    private var rendered: [AnnouncementID: Result<Output.Rendered, Error>] = [:]
    private var rendering: Set<AnnouncementID> = []
    private var playLogID: Int64?
    private var playingSince: Date?
    private var stopReason: StopReason?
    private var speakerError: String?
    private var scheduleErrors: [String] = []
    private var stopping = false
    private var whenStopped: (() -> Void)?
    private var observers: [UUID: @Sendable (StationEvent) -> Void] = [:]
    /// Told whenever the next announcement may have changed (the daemon's sd_notify STATUS=).
    private var onChange: (@Sendable (StationStatus) -> Void)?

    public init(
        store: StationStore, programs: ProgramSource, output: Output, settings: Settings = Settings(),
        log: StationLog = StationLog(), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.store = store
        self.programs = programs
        self.output = output
        self.settings = settings
        self.log = log
        self.now = now
        self.startedAt = now()
        self.state = StationQueue(rules: settings.rules)
        self.player = Player(output: output, now: now)
    }

    // MARK: life cycle

    /// Recovers what the last run left (a crash leaves its playing item pending), plans the
    /// timetable from where it stopped, and starts the clock.
    public func start(onChange: (@Sendable (StationStatus) -> Void)? = nil) throws {
        try queue.sync {
            self.onChange = onChange
            let waiting = try store.recover(at: now())
            state = StationQueue(rules: settings.rules, pending: waiting)
            if !waiting.isEmpty { log.info("\(waiting.count) announcement(s) waiting from the last run") }
            player.startThread()
            planTimetable()
            reschedule()
        }
    }

    /// Stops playback (the item goes back to the queue, so it plays again next start) and
    /// calls `completion` once the store has it.
    public func stop(completion: @escaping @Sendable () -> Void) {
        queue.async { [self] in
            stopping = true
            timer?.cancel()
            timer = nil
            emit(StationEvent(kind: .stopping, time: now()))
            if state.playing != nil {
                whenStopped = completion
                stopReason = .shutdown
                player.stop()
            } else {
                completion()
            }
        }
    }

    // MARK: commands

    /// Queues an ad-hoc announcement; returns once it is on disk.
    public func say(_ draft: AnnouncementDraft) throws -> Announcement {
        try queue.sync {
            let announcement = try store.enqueue(draft, at: now())
            state.add(announcement)
            log.info("queued by \(draft.source.description), \(draft.priority), due \(draft.due)", id: announcement.id)
            emit(.about(.queued, announcement, at: now()))
            reschedule()
            return announcement
        }
    }

    /// Cancels a waiting announcement, or stops it if it is the one playing.
    public func cancel(_ id: AnnouncementID, by user: String) throws {
        try queue.sync {
            if let current = state.playing, current.id == id {
                stopPlaying(.cancel(by: user))
                return
            }
            try store.cancel(id, reason: "cancelled by \(user)", at: now())
            if let removed = state.remove(id) {
                rendered[id] = nil
                log.info("cancelled by \(user)", id: id)
                emit(.about(.cancelled, removed, at: now(), "cancelled by \(user)"))
            }
            reschedule()
        }
    }

    /// Stops what is playing; returns it, or nil when nothing plays.
    public func skip(by user: String) -> Announcement? {
        queue.sync {
            guard let current = state.playing else { return nil }
            stopPlaying(.skip(by: user))
            return current
        }
    }

    public func setPaused(_ paused: Bool, by user: String) {
        queue.sync {
            guard state.paused != paused else { return }
            state.setPaused(paused)
            log.info(paused ? "paused by \(user)" : "resumed by \(user)")
            emit(StationEvent(kind: paused ? .paused : .resumed, time: now(), message: "by \(user)"))
            reschedule()
        }
    }

    /// Replaces the programs and the station rules (a schedule reload).
    /// Queued occurrences of a changed program are replaced, those no longer in any program are
    /// removed (logged `cancelled`), and the render lead is planned again so new times near now
    /// are not skipped.
    public func reload(programs: ProgramSource, rules: QueueRules, errors: [String]) {
        queue.sync {
            self.programs = programs
            settings.rules = rules
            state.rules = rules
            scheduleErrors = errors
            let instant = now()
            let changes = TimetablePlanner.reconcile(queued: state.pending, with: programs)
            for announcement in changes.replace {
                do {
                    try store.replace(announcement)
                    state.remove(announcement.id)
                    state.add(announcement)
                    rendered[announcement.id] = nil
                    log.info("replaced by the reloaded \(announcement.source.description)", id: announcement.id)
                } catch {
                    log.error("cannot replace after reload: \(error)", id: announcement.id)
                }
            }
            for announcement in changes.remove {
                let reason = "\(announcement.source.description) no longer has this time after a reload"
                do {
                    try store.cancel(announcement.id, reason: reason, at: instant)
                    state.remove(announcement.id)
                    rendered[announcement.id] = nil
                    log.info("removed: \(reason)", id: announcement.id)
                    emit(.about(.cancelled, announcement, at: instant, reason))
                } catch {
                    log.error("cannot remove after reload: \(error)", id: announcement.id)
                }
            }
            emit(StationEvent(kind: .reloaded, time: instant, message: errors.isEmpty ? nil : "\(errors.count) schedule error(s)"))
            plannedThroughCache = min(plannedThroughCache ?? instant, instant)
            planTimetable()
            reschedule()
        }
    }

    public func setScheduleErrors(_ errors: [String]) {
        queue.sync { scheduleErrors = errors }
    }

    // MARK: queries

    public func status() -> StationStatus {
        queue.sync { snapshot() }
    }

    /// What will play: the one playing, then the waiting ones in play order, then program
    /// occurrences not yet queued up to `horizon`.
    public func upcoming(through horizon: Date) -> (playing: Announcement?, waiting: [Announcement], later: [AnnouncementDraft]) {
        queue.sync {
            let planned = max(nextPlanningStart, now())
            let later = horizon > planned ? programs.occurrences(after: planned, through: horizon) : []
            return (state.playing, state.pending, later)
        }
    }

    public func history(from: Date, to: Date) throws -> [PlayRecord] {
        try store.history(from: from, to: to)
    }

    /// Registers an observer of station events (called on the engine's queue: hop off quickly).
    public func observe(_ observer: @escaping @Sendable (StationEvent) -> Void) -> UUID {
        let token = UUID()
        queue.sync { observers[token] = observer }
        return token
    }

    public func removeObserver(_ token: UUID) {
        queue.async { self.observers[token] = nil }
    }

    /// Reports a speaker problem found outside playback (e.g. at start).
    public func reportSpeaker(error: String?) {
        queue.async { [self] in
            speakerError = error
            if let error { emit(StationEvent(kind: .speakerOffline, time: now(), message: error)) }
        }
    }

    // MARK: the loop (on `queue`)

    private var plannedThroughCache: Date?
    private var nextPlanningStart: Date { plannedThroughCache ?? now() }

    private func planTimetable() {
        let instant = now()
        let plannedThrough: Date?
        do { plannedThrough = try plannedThroughCache ?? store.plannedThrough() } catch {
            log.error("cannot read the store: \(error)")
            plannedThrough = nil
        }
        let plan = TimetablePlanner.plan(
            programs: programs, plannedThrough: plannedThrough, now: instant, lead: settings.renderLead,
            graceWindow: settings.rules.graceWindow)
        do {
            let queued = try store.recordTimetable(
                enqueue: plan.enqueue, missed: plan.missed, missedReason: "the station was not running at its due time",
                plannedThrough: plan.plannedThrough, at: instant)
            for announcement in queued {
                state.add(announcement)
                log.info("queued from \(announcement.source.description), due \(announcement.due)", id: announcement.id)
                emit(.about(.queued, announcement, at: instant))
            }
            for draft in plan.missed {
                log.warning("missed \(draft.source.description) due \(draft.due): the station was not running")
            }
            plannedThroughCache = plan.plannedThrough
        } catch {
            log.error("cannot record the timetable: \(error)")
        }
        nextPlanning = plan.nextPlanning
    }

    /// Applies the queue rules at this instant and arms the timer for the next event.
    private func reschedule() {
        guard !stopping else { return }
        let instant = now()
        if let planning = nextPlanning, planning <= instant { planTimetable() }
        let decision = state.decide(now: instant)
        recordMissed(decision.missed, at: instant)
        switch decision.action {
        case .idle: break
        case .play(let announcement): startPlaying(announcement, at: instant)
        case .interrupt(_, let emergency): stopPlaying(.interrupt(by: emergency))
        }
        renderAhead(at: instant)
        arm(wake: [decision.wake, nextPlanning, nextRenderStart(after: instant)].compactMap { $0 }.min())
        onChange?(snapshot())
    }

    private func recordMissed(_ missed: [Decision.Missed], at instant: Date) {
        guard !missed.isEmpty else { return }
        do {
            try store.recordMissed(missed.map { ($0.announcement.id, $0.reason) }, at: instant)
        } catch {
            log.error("cannot record missed announcements: \(error)")
        }
        for item in missed {
            state.remove(item.announcement.id)
            rendered[item.announcement.id] = nil
            log.warning("missed: \(item.reason)", id: item.announcement.id)
            emit(.about(.missed, item.announcement, at: instant, item.reason))
        }
    }

    private func startPlaying(_ announcement: Announcement, at instant: Date) {
        guard state.start(announcement.id) else { return }
        let audio = rendered.removeValue(forKey: announcement.id)
        stopReason = nil
        playLogID = nil
        player.play(
            Player<Output>.Job(
                announcement: announcement, rendered: audio,
                willStart: { [self] started in
                    queue.async { self.recordStart(announcement, at: started) }
                },
                done: { [self] result in
                    queue.async { self.finishPlaying(announcement, result: result) }
                }))
    }

    private func recordStart(_ announcement: Announcement, at started: Date) {
        playingSince = started
        do {
            playLogID = try store.markStarted(announcement.id, at: started)
        } catch {
            log.error("cannot record the start: \(error)", id: announcement.id)
        }
        let late = started.timeIntervalSince(announcement.due)
        log.info(String(format: "started \"%@\" (%.1f ms after due) on %@", announcement.title, late * 1000, output.description), id: announcement.id)
        emit(.about(.started, announcement, at: started))
        onChange?(snapshot())
    }

    private func stopPlaying(_ reason: StopReason) {
        guard stopReason == nil else { return }
        stopReason = reason
        player.stop()
    }

    private func finishPlaying(_ announcement: Announcement, result: Result<Bool, PlayerError>) {
        let instant = now()
        let (outcome, reason): (Outcome, String?)
        switch (result, stopReason) {
        case (.success(true), _): (outcome, reason) = (.played, nil)
        case (.success(false), .interrupt(let emergency)?): (outcome, reason) = (.interrupted, "interrupted by emergency \(emergency.id)")
        case (.success(false), .skip(let user)?): (outcome, reason) = (.skipped, "skipped by \(user)")
        case (.success(false), .cancel(let user)?): (outcome, reason) = (.cancelled, "cancelled by \(user)")
        case (.success(false), _): (outcome, reason) = (.interrupted, "the daemon was stopped")
        case (.failure(let error), _): (outcome, reason) = (.failed, String(describing: error))
        }
        switch result {
        case .failure(.speaker(let error)):
            speakerError = String(describing: error)
            emit(StationEvent(kind: .speakerOffline, time: instant, id: announcement.id, message: speakerError))
        case .failure(.render): break  // the announcement's own problem, not the speaker's
        case .success: speakerError = nil
        }
        do {
            // A failed render never started; give it a start line so the log shows the attempt.
            let logID = try playLogID ?? store.markStarted(announcement.id, at: instant)
            try store.markFinished(announcement.id, logID: logID, outcome: outcome, reason: reason, at: instant)
        } catch {
            log.error("cannot record the end (\(outcome.rawValue)): \(error)", id: announcement.id)
        }
        state.finishPlaying(requeue: outcome == .interrupted)
        playLogID = nil
        playingSince = nil
        stopReason = nil
        let level: StationLog.Level = outcome == .failed ? .error : .info
        log(level, outcome.rawValue + (reason.map { ": \($0)" } ?? ""), id: announcement.id)
        emit(.about(Self.eventKind(outcome), announcement, at: instant, reason))
        if stopping {
            whenStopped?()
            whenStopped = nil
            return
        }
        reschedule()
    }

    private static func eventKind(_ outcome: Outcome) -> StationEvent.Kind {
        switch outcome {
        case .played: .finished
        case .interrupted: .interrupted
        case .skipped: .skipped
        case .cancelled: .cancelled
        case .missed: .missed
        case .failed: .failed
        }
    }

    /// Renders the announcements due within the lead, one at a time off the engine's queue.
    private func renderAhead(at instant: Date) {
        for announcement in state.upcoming(now: instant, lead: settings.renderLead)
        where rendered[announcement.id] == nil && !rendering.contains(announcement.id) {
            rendering.insert(announcement.id)
            renderQueue.async { [self] in
                let audio = Result { try output.render(announcement) }
                queue.async {
                    self.rendering.remove(announcement.id)
                    // Still waiting? (It may have started, been cancelled or missed meanwhile.)
                    if self.state.pending.contains(where: { $0.id == announcement.id }) {
                        self.rendered[announcement.id] = audio
                    }
                }
            }
        }
    }

    /// The next instant an announcement that is not due yet enters the render lead.
    private func nextRenderStart(after instant: Date) -> Date? {
        state.pending.lazy.map { $0.due.addingTimeInterval(-self.settings.renderLead) }.filter { $0 > instant }.min()
    }

    private func arm(wake: Date?) {
        timer?.cancel()
        timer = nil
        guard let wake else { return }
        let source = DispatchSource.makeTimerSource(flags: .strict, queue: queue)
        source.schedule(wallDeadline: DispatchWallTime(wake), leeway: .nanoseconds(0))
        source.setEventHandler { [weak self] in self?.reschedule() }
        timer = source
        source.resume()
    }

    private func snapshot() -> StationStatus {
        StationStatus(
            playing: state.playing, playingSince: playingSince, next: state.pending.first,
            queueLength: state.pending.count, paused: state.paused, quietHours: settings.rules.isQuiet(at: now()),
            speaker: output.description, speakerError: speakerError, scheduleErrors: scheduleErrors,
            queueVersion: state.version, startedAt: startedAt)
    }

    private func emit(_ event: StationEvent) {
        for observer in observers.values { observer(event) }
    }
}

extension DispatchWallTime {
    /// The wall-clock instant `date`, so a timer follows the calendar rather than uptime.
    init(_ date: Date) {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        self.init(timespec: timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1_000_000_000)))
    }
}
