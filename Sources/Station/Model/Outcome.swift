import Foundation

/// How one announcement (or one attempt at playing it) ended, as written in the play log.
public enum Outcome: String, Codable, CaseIterable, Sendable {
    /// Played to the end.
    case played
    /// Stopped by an emergency or by the daemon stopping; it goes back to the queue.
    case interrupted
    /// Stopped by `dalaba skip`.
    case skipped
    /// Removed by `dalaba cancel`, before or while playing.
    case cancelled
    /// Due but never played while still valid (quiet hours, pause, daemon down past the grace window).
    case missed
    /// Could not be rendered or played.
    case failed
}

/// One line of the play log.
public struct PlayRecord: Equatable, Sendable, Codable {
    public var logID: Int64
    public var announcement: Announcement
    public var outcome: Outcome?
    public var reason: String?
    public var started: Date?
    public var finished: Date?
    /// The level it started playing at; nil when it never sounded (or was logged before v2).
    public var volume: VolumeLevel?

    public init(
        logID: Int64, announcement: Announcement, outcome: Outcome?, reason: String?, started: Date?,
        finished: Date?, volume: VolumeLevel? = nil
    ) {
        self.volume = volume
        self.logID = logID
        self.announcement = announcement
        self.outcome = outcome
        self.reason = reason
        self.started = started
        self.finished = finished
    }
}

/// What a `say` with an idempotency key came to: the announcement, whether the key had been
/// seen before (then nothing was queued), and where that announcement stands now.
public struct SayResult: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        case waiting, playing
        /// Its last play-log line: how, why and when it ended.
        case ended(Outcome, reason: String?, at: Date?)
    }

    public var announcement: Announcement
    public var repeated: Bool
    public var state: State

    public init(announcement: Announcement, repeated: Bool, state: State) {
        self.announcement = announcement
        self.repeated = repeated
        self.state = state
    }
}
