import Foundation

/// What `dalaba watch` prints: everything that happens at the station, as it happens.
public struct StationEvent: Equatable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable {
        case queued, started, finished, interrupted, skipped, cancelled, missed, failed
        case paused, resumed, reloaded, speakerOffline, speakerOnline, clockChanged, stopping
    }

    public var kind: Kind
    public var time: Date
    public var id: AnnouncementID?
    public var title: String?
    public var message: String?
    /// The announcement's idempotency key (`say` with `key`), so that the hub's link can tell
    /// which of its announcements this is about.
    public var key: String?

    public init(
        kind: Kind, time: Date, id: AnnouncementID? = nil, title: String? = nil, message: String? = nil, key: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.time = time
        self.id = id
        self.title = title
        self.message = message
    }

    static func about(_ kind: Kind, _ announcement: Announcement, at time: Date, _ message: String? = nil) -> Self {
        StationEvent(
            kind: kind, time: time, id: announcement.id, title: announcement.title, message: message, key: announcement.draft.key)
    }
}
