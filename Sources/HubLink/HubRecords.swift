import Foundation

// What the link reads from the hub and writes back, as plain values: the hub's rows
// (docs/hub.md's tables) without PostgreSQL, so the link's rules are tested with a fake hub.

/// An announcement of the township's that targets this village and has not reached the station yet.
public struct HubAnnouncement: Equatable, Sendable {
    public var id: Int64
    public var text: String
    /// The station's words: low, normal, high, emergency.
    public var priority: String
    /// Nil: at once.
    public var at: Date?
    /// Nil: never (a station that hears of it late still plays it).
    public var expires: Date?

    public init(id: Int64, text: String, priority: String = "normal", at: Date? = nil, expires: Date? = nil) {
        self.id = id
        self.text = text
        self.priority = priority
        self.at = at
        self.expires = expires
    }

    /// The idempotency key the station keeps it under: the hub's id, so no retry plays it twice.
    public var key: String { AnnouncementKey.key(for: id) }
}

public enum AnnouncementKey {
    static let prefix = "hub:"

    public static func key(for id: Int64) -> String { prefix + String(id) }

    /// The hub's announcement id in a station key, nil for a key that is not the hub's.
    public static func id(in key: String?) -> Int64? {
        guard let key, key.hasPrefix(prefix) else { return nil }
        return Int64(key.dropFirst(prefix.count))
    }
}

/// A delivery's new state at this village, as the hub's `deliveries` row takes it.
public struct DeliveryReport: Equatable, Sendable {
    public enum State: String, Sendable { case queued, playing, played, missed, failed, cancelled }

    public var announcement: Int64
    public var state: State
    public var queued: Date?
    public var started: Date?
    public var finished: Date?
    public var reason: String?

    public init(
        announcement: Int64, state: State, queued: Date? = nil, started: Date? = nil, finished: Date? = nil, reason: String? = nil
    ) {
        self.announcement = announcement
        self.state = state
        self.queued = queued
        self.started = started
        self.finished = finished
        self.reason = reason
    }
}

/// The station's last word (the hub's `heartbeats` row).
public struct Heartbeat: Equatable, Sendable {
    /// dalabad answered.
    public var online: Bool
    public var speaker: String?
    public var scheduleErrors: Int
    /// The errors themselves, one a line (`FILE:LINE:COL: error: …`).
    public var scheduleDetail: String?
    /// The station's clock when it was taken: the hub computes the offset from its own.
    public var stationTime: Date
    public var version: String

    public init(online: Bool, speaker: String?, scheduleErrors: Int, scheduleDetail: String?, stationTime: Date, version: String) {
        self.online = online
        self.speaker = speaker
        self.scheduleErrors = scheduleErrors
        self.scheduleDetail = scheduleDetail
        self.stationTime = stationTime
        self.version = version
    }
}

/// A program pushed to this village (the hub's `programs` row with this village's `program_targets` state).
public struct HubProgram: Equatable, Sendable {
    public enum State: String, Sendable { case pending, installed, refused, removed }

    public var id: Int64
    public var fileName: String
    public var yaml: String
    /// The township removed it: its file goes from the station.
    public var removed: Bool
    public var state: State

    public init(id: Int64, fileName: String, yaml: String, removed: Bool = false, state: State = .pending) {
        self.id = id
        self.fileName = fileName
        self.yaml = yaml
        self.removed = removed
        self.state = state
    }
}

/// What the station made of a pushed program: installed, refused (the parser's `file:line` reason) or removed.
public struct ProgramReport: Equatable, Sendable {
    public var program: Int64
    public var state: HubProgram.State
    public var reason: String?

    public init(program: Int64, state: HubProgram.State, reason: String? = nil) {
        self.program = program
        self.state = state
        self.reason = reason
    }
}
