import Foundation

/// Station settings that the queue rules depend on.
public struct QueueRules: Equatable, Sendable {
    /// How long after its due time a program occurrence is still worth playing.
    public var graceWindow: TimeInterval
    public var quietHours: QuietHours?

    public init(graceWindow: TimeInterval = 600, quietHours: QuietHours? = nil) {
        self.graceWindow = graceWindow
        self.quietHours = quietHours
    }

    /// The instant after which `announcement` is no longer played but logged `missed`.
    /// An explicit expiry wins; a program occurrence is valid for the grace window; an
    /// ad-hoc `say` without `--expires` stays valid until it plays or is cancelled, because
    /// staff asked for it explicitly.
    public func validUntil(_ announcement: Announcement) -> Date? {
        if let expires = announcement.draft.expires { return expires }
        if case .program = announcement.source { return announcement.due.addingTimeInterval(graceWindow) }
        return nil
    }

    public func isQuiet(at instant: Date) -> Bool {
        quietHours?.contains(instant) ?? false
    }
}
