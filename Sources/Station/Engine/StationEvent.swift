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
    /// The zones it is about (an announcement's, a speaker's), in the station's order; nil at a
    /// station without `zones:` and for events about the whole station (pause, reload).
    public var zones: [ZoneName]?

    public init(
        kind: Kind, time: Date, id: AnnouncementID? = nil, title: String? = nil, message: String? = nil, key: String? = nil,
        zones: [ZoneName]? = nil
    ) {
        self.zones = zones
        self.key = key
        self.kind = kind
        self.time = time
        self.id = id
        self.title = title
        self.message = message
    }

    static func about(_ kind: Kind, _ announcement: Announcement, at time: Date, _ message: String? = nil,
                      zones: [ZoneName]? = nil) -> Self {
        StationEvent(
            kind: kind, time: time, id: announcement.id, title: announcement.title, message: message, key: announcement.draft.key,
            zones: zones)
    }
}
