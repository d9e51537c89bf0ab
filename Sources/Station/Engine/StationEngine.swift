import Foundation

/// The running station: applies the queue rules' decisions with one wall-clock timer, hands
/// announcements to the player thread, and writes every change to the store before it
/// tells anyone about it. All state lives on one serial queue.
public final class StationEngine<Output: Speaker>: @unchecked Sendable {
    public struct Settings: Sendable {
        /// Render (and queue program occurrences) this long before their due time.
        public var renderLead: TimeInterval = 30
        public var rules = QueueRules()
        /// While the speaker is offline, try it again this often (MPD's interval).
        public var speakerRetry: TimeInterval = 10
        public init(renderLead: TimeInterval = 30, rules: QueueRules = QueueRules(), speakerRetry: TimeInterval = 10) {
            self.renderLead = renderLead
            self.rules = rules
            self.speakerRetry = speakerRetry
        }
    }

    /// Why the player was asked to stop, which decides the outcome written to the log.
    private enum StopReason {
        case interrupt(by: Announcement), skip(by: String), cancel(by: String), shutdown
    }

    private let queue = DispatchQueue(label: "dalaba.station", qos: .userInteractive)
    private let renderQueue = DispatchQueue(label: "dalaba.render", qos: .userInitiated)
    /// Speaker probes block in open(); they must hold up neither rendering nor the engine.
    private let probeQueue = DispatchQueue(label: "dalaba.speaker-probe")
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
    /// While the speaker is offline: when to probe it next; nothing plays until it answers.
    private var speakerRetryAt: Date?
    private var probing = false
    /// Why the store cannot be written; the station then goes on from memory.
    private var storeError: String?
    private var nextMemoryID = StationEngine.memoryIDBase
    /// The wall clock against uptime at the last look, to tell how far a clock step moved.
    private var reference = (wall: Date.distantPast, uptime: UInt64(0))
    private var watchdog: DispatchSourceTimer?
    private var watchdogWithheld = false
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
            probeSpeaker()  // so status tells at once when the device is missing
        }
    }

    /// Stops playback (the item goes back to the queue, so it plays again next start) and
    /// calls `completion` once the store has it.
    public func stop(completion: @escaping @Sendable () -> Void) {
        queue.async { [self] in
            stopping = true
            timer?.cancel()
            timer = nil
            watchdog?.cancel()
            watchdog = nil
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
            let announcement: Announcement
            do {
                announcement = try store.enqueue(draft, at: now())
                storeWorks()
            } catch let refusal as StoreError {
                throw refusal  // the queue is full: a refusal, not a disk problem
            } catch {
                // The disk is full or read-only: better said without a record than not said.
                guard state.pending.count < store.queueLimit else { throw StoreError.queueFull(limit: store.queueLimit) }
                storeFailed(error)
                announcement = inMemory(draft)
                log.warning("kept in memory only: it is lost if the daemon stops before it plays", id: announcement.id)
            }
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
            if !Self.isMemoryOnly(id) { try store.cancel(id, reason: "cancelled by \(user)", at: now()) }
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
                    if !Self.isMemoryOnly(announcement.id) { try store.replace(announcement) }
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
                    if !Self.isMemoryOnly(announcement.id) { try store.cancel(announcement.id, reason: reason, at: instant) }
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

    /// Reports a speaker problem found outside playback: the speaker counts as offline (and is
    /// probed again) until a probe succeeds; nil reports it working.
    public func reportSpeaker(error: String?) {
        queue.async { [self] in
            if let error { speakerWentOffline(error, at: now()) } else { speakerCameBack(at: now()) }
            reschedule()
        }
    }

    /// The wall clock was set (NTP after a power cut, a manual `date`): plan again at once.
    /// Occurrences the jump skipped play if still inside the grace window, else are `missed`;
    /// the store's (file, due) index keeps a jump back from playing anything twice, and the
    /// timer is re-armed so nothing sounds before its due second.
    public func clockChanged() {
        queue.async { [self] in
            guard !stopping else { return }
            let instant = now()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds &- reference.uptime) / 1e9
            let jump = instant.timeIntervalSince(reference.wall.addingTimeInterval(elapsed))
            let message = String(format: "the clock was set %@ by %.0f s; the timetable is planned again", jump >= 0 ? "forward" : "back", abs(jump))
            log.warning(message)
            emit(StationEvent(kind: .clockChanged, time: instant, message: message))
            planTimetable(missedReason: "the clock was set forward past its due time and its grace window")
            reschedule()
        }
    }

    /// Sends `ping` every `interval` from the engine's own queue — so a hung engine stops the
    /// pings — and only while the player thread shows progress within `playerStallLimit`
    /// (systemd's WatchdogSec then restarts a station whose player is stuck in a write).
    public func startWatchdog(every interval: TimeInterval, playerStallLimit: TimeInterval, ping: @escaping @Sendable () -> Void) {
        queue.async { [self] in
            let source = DispatchSource.makeTimerSource(queue: queue)
            source.schedule(deadline: .now(), repeating: interval, leeway: .milliseconds(Int(interval * 100)))
            source.setEventHandler { [self] in
                if player.isResponsive(within: playerStallLimit) {
                    if watchdogWithheld { log.info("the player moves again; watchdog pings resumed") }
                    watchdogWithheld = false
                    ping()
                } else if !watchdogWithheld {
                    watchdogWithheld = true
                    log.error(String(format: "the player has shown no progress for %.0f s (stuck on the sound device?): watchdog pings stop so that systemd restarts the daemon", playerStallLimit))
                }
            }
            watchdog = source
            source.resume()
        }
    }

    /// Ids from here up were given while the store could not be written; they live in memory only.
    public static var memoryIDBase: AnnouncementID { 1 << 40 }
    public static func isMemoryOnly(_ id: AnnouncementID) -> Bool { id >= memoryIDBase }

    // MARK: the loop (on `queue`)

    private var plannedThroughCache: Date?
    private var nextPlanningStart: Date { plannedThroughCache ?? now() }

    private func planTimetable(missedReason: String = "the station was not running at its due time") {
        let instant = now()
        let plannedThrough: Date?
        do { plannedThrough = try plannedThroughCache ?? store.plannedThrough() } catch {
            log.error("cannot read the store: \(error)")
            plannedThrough = nil
        }
        let plan = TimetablePlanner.plan(
            programs: programs, plannedThrough: plannedThrough, now: instant, lead: settings.renderLead,
            graceWindow: settings.rules.graceWindow)
        let queued: [Announcement]
        do {
            queued = try store.recordTimetable(
                enqueue: plan.enqueue, missed: plan.missed, missedReason: missedReason,
                plannedThrough: plan.plannedThrough, at: instant)
            storeWorks()
        } catch {
            // The programs still play, from memory; only the record of them is lost. Without
            // the store's (file, due) index, what is already queued must be skipped here.
            storeFailed(error)
            let known = Set((state.pending + [state.playing].compactMap { $0 }).map { "\($0.source.description)@\($0.due.timeIntervalSince1970)" })
            queued = plan.enqueue.filter { !known.contains("\($0.source.description)@\($0.due.timeIntervalSince1970)") }.map(inMemory)
        }
        for announcement in queued {
            state.add(announcement)
            log.info("queued from \(announcement.source.description), due \(announcement.due)", id: announcement.id)
            emit(.about(.queued, announcement, at: instant))
        }
        for draft in plan.missed {
            log.warning("missed \(draft.source.description) due \(draft.due): \(missedReason)")
        }
        plannedThroughCache = plan.plannedThrough
        nextPlanning = plan.nextPlanning
    }

    private func inMemory(_ draft: AnnouncementDraft) -> Announcement {
        nextMemoryID += 1
        return Announcement(id: nextMemoryID, draft: draft)
    }

    private func storeFailed(_ error: Error) {
        let message = "cannot write to the state directory: \(error)"
        if storeError == nil {  // once per outage: status carries the latest error
            log.error(message + " — playing from memory; what happens now is not kept across a restart")
        }
        storeError = message
    }

    private func storeWorks() {
        guard storeError != nil else { return }
        storeError = nil
        log.info("the state directory can be written again")
    }

    private func speakerWentOffline(_ message: String, at instant: Date, id: AnnouncementID? = nil) {
        let wasOnline = speakerError == nil
        speakerError = message
        speakerRetryAt = instant.addingTimeInterval(settings.speakerRetry)
        guard wasOnline else { return }
        log.error(String(format: "speaker offline: %@; announcements wait, trying it again every %g s", message, settings.speakerRetry), id: id)
        emit(StationEvent(kind: .speakerOffline, time: instant, id: id, message: message))
    }

    private func speakerCameBack(at instant: Date) {
        speakerRetryAt = nil
        guard speakerError != nil else { return }
        speakerError = nil
        log.info("speaker online again")
        emit(StationEvent(kind: .speakerOnline, time: instant, message: output.description))
    }

    /// Opens and closes the device off the engine's queue; one probe at a time.
    private func probeSpeaker() {
        guard !probing, !stopping else { return }
        probing = true
        probeQueue.async { [self] in
            let result = Result { try output.probe() }
            queue.async { [self] in
                probing = false
                switch result {
                case .success: speakerCameBack(at: now())
                case .failure(let error):
                    // A device busy with our own playback is not offline: the player will tell.
                    if state.playing == nil { speakerWentOffline(String(describing: error), at: now()) }
                }
                reschedule()
            }
        }
    }

    /// Applies the queue rules at this instant and arms the timer for the next event.
    private func reschedule() {
        guard !stopping else { return }
        let instant = now()
        reference = (instant, DispatchTime.now().uptimeNanoseconds)
        if let planning = nextPlanning, planning <= instant { planTimetable() }
        let decision = state.decide(now: instant)
        recordMissed(decision.missed, at: instant)
        switch decision.action {
        case .idle: break
        case .play(let announcement):
            // An offline speaker holds everything; the item keeps its place until a probe succeeds.
            if speakerError == nil { startPlaying(announcement, at: instant) }
        case .interrupt(_, let emergency): stopPlaying(.interrupt(by: emergency))
        }
        if speakerError != nil, let retry = speakerRetryAt, retry <= instant { probeSpeaker() }
        let retry = speakerError != nil && !probing ? speakerRetryAt : nil
        renderAhead(at: instant)
        arm(wake: [decision.wake, nextPlanning, nextRenderStart(after: instant), retry].compactMap { $0 }.min())
        onChange?(snapshot())
    }

    private func recordMissed(_ decided: [Decision.Missed], at instant: Date) {
        guard !decided.isEmpty else { return }
        var missed = decided
        if let speakerError {
            for index in missed.indices where missed[index].announcement.due <= instant {
                missed[index].reason = "the speaker was offline (\(speakerError)) until it expired"
            }
        }
        do {
            try store.recordMissed(missed.filter { !Self.isMemoryOnly($0.announcement.id) }.map { ($0.announcement.id, $0.reason) }, at: instant)
            storeWorks()
        } catch {
            storeFailed(error)
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
        if !Self.isMemoryOnly(announcement.id) {
            do {
                playLogID = try store.markStarted(announcement.id, at: started)
                storeWorks()
            } catch {
                storeFailed(error)
            }
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
        case (.failure(.speaker(let error)), _):
            // Not the announcement's fault: it waits for the speaker and plays again from its start.
            (outcome, reason) = (.interrupted, "the speaker failed (\(error)); it plays again from its start when the speaker is back")
        case (.failure(let error), _): (outcome, reason) = (.failed, String(describing: error))
        }
        switch result {
        case .failure(.speaker(let error)): speakerWentOffline(String(describing: error), at: instant, id: announcement.id)
        case .failure(.render): break  // the announcement's own problem, not the speaker's
        case .success: speakerCameBack(at: instant)
        }
        if !Self.isMemoryOnly(announcement.id) {
            do {
                // A failed render never started; give it a start line so the log shows the attempt.
                let logID = try playLogID ?? store.markStarted(announcement.id, at: instant)
                try store.markFinished(announcement.id, logID: logID, outcome: outcome, reason: reason, at: instant)
                storeWorks()
            } catch {
                storeFailed(error)
                log.error("the play log misses this \(outcome.rawValue)", id: announcement.id)
            }
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
        // The station clock may run off the system's (a test's injected offset): the timer
        // needs the system's wall time of the same moment.
        let offset = now().timeIntervalSince(Date())
        let systemWake = abs(offset) < 0.001 ? wake : wake.addingTimeInterval(-offset)
        let source = DispatchSource.makeTimerSource(flags: .strict, queue: queue)
        source.schedule(wallDeadline: DispatchWallTime(systemWake), leeway: .nanoseconds(0))
        source.setEventHandler { [weak self] in self?.reschedule() }
        timer = source
        source.resume()
    }

    private func snapshot() -> StationStatus {
        StationStatus(
            playing: state.playing, playingSince: playingSince, next: state.pending.first,
            queueLength: state.pending.count, paused: state.paused, quietHours: settings.rules.isQuiet(at: now()),
            speaker: output.description, speakerError: speakerError, scheduleErrors: scheduleErrors,
            storeError: storeError, queueVersion: state.version, startedAt: startedAt)
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
