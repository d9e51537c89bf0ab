import Foundation

/// The queries: answered from the `StatusBoard` the engine publishes after each change, so a
/// query never waits behind the engine's queue. Also the event stream for `watch`.
extension StationEngine {
    public func status() -> StationStatus {
        let published = board.current
        var status = published.status
        status.quietHours = published.rules.isQuiet(at: now())
        return status
    }

    /// What will play: the one playing, then the waiting ones in play order, then program
    /// occurrences not yet queued up to `horizon`.
    public func upcoming(through horizon: Date) -> (playing: Announcement?, waiting: [Announcement], later: [AnnouncementDraft]) {
        let published = board.current
        let planned = max(published.plannedThrough ?? now(), now())
        let later = horizon > planned ? published.programs.occurrences(after: planned, through: horizon) : []
        return (published.status.playing, published.waiting, later)
    }

    /// Every program occurrence due in [start, end) from the schedule files as last loaded,
    /// queued or played already or not: a day's timetable.
    public func timetable(from start: Date, to end: Date) -> [AnnouncementDraft] {
        board.current.programs.occurrences(after: start.addingTimeInterval(-0.001), through: end.addingTimeInterval(-0.001))
    }

    /// The first program occurrence not yet queued, due within `horizon` (what `status` shows
    /// as next while nothing waits). Asks for one occurrence, not a span, so that a large
    /// timetable does not slow `status` down.
    public func nextProgram(within horizon: TimeInterval) -> AnnouncementDraft? {
        let published = board.current
        let instant = now()
        let planned = max(published.plannedThrough ?? instant, instant)
        guard let next = published.programs.next(after: planned), next.due <= instant.addingTimeInterval(horizon) else { return nil }
        return next
    }

    public func history(from: Date, to: Date, offset: Int = 0, limit: Int = -1) throws -> [PlayRecord] {
        try records.store.history(from: from, to: to, offset: offset, limit: limit)
    }

    /// Play-log lines after sequence `after`, in order (Store's `history(after:limit:)`).
    public func history(after: Int64, limit: Int = -1) throws -> [PlayRecord] {
        try records.store.history(after: after, limit: limit)
    }

    /// The play log's identity (Store's `identity`): sequences count within it.
    public var storeIdentity: String { records.store.identity }

    /// Registers an observer of station events (called on the engine's queue: hop off quickly).
    public func observe(_ observer: @escaping @Sendable (StationEvent) -> Void) -> UUID {
        let token = UUID()
        queue.sync { observers[token] = observer }
        return token
    }

    public func removeObserver(_ token: UUID) {
        queue.async { self.observers[token] = nil }
    }

    // MARK: on `queue`

    /// Publishes the state for the queries, then delivers the events of this step, so that a
    /// client told of an event finds it in `status` already; and tells the daemon (sd_notify STATUS=).
    /// Every step on the queue that emits ends here.
    func publish() {
        let status = StationStatus(
            playing: state.playing, playingSince: state.playing.flatMap { playbacks[$0.id]?.since }, next: state.pending.first,
            queueLength: state.pending.count, paused: state.paused, quietHours: settings.rules.isQuiet(at: now()),
            speaker: output.description, speakerError: firstSpeakerError, scheduleErrors: scheduleErrors,
            scheduleErrorsChinese: scheduleErrorsChinese,
            storeError: records.error, queueVersion: state.version, startedAt: startedAt,
            zones: zoneStatuses())
        board.publish(.init(status: status, waiting: state.pending, programs: programs, plannedThrough: plannedThroughCache, rules: settings.rules))
        onChange?(status)
        let events = outbox
        outbox.removeAll()
        for event in events {
            for observer in observers.values { observer(event) }
        }
    }

    /// An event of this step, delivered by the step's `publish()`.
    func emit(_ event: StationEvent) {
        outbox.append(event)
    }

    /// An event about an announcement, with its zones: `zones` when given (where it plays),
    /// else the station's zones it is for; none at a station without zones.
    func emit(about kind: StationEvent.Kind, _ announcement: Announcement, at time: Date, _ message: String? = nil,
              zones: [ZoneName]? = nil) {
        let zones = zones ?? state.zones(of: announcement)
        emit(.about(kind, announcement, at: time, message, zones: zones == [.whole] ? nil : zones))
    }
}
