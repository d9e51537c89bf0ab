import ControlWire
import Foundation
import Vocabulary

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
    /// The zones of this village it is for, by the station's names; empty: every zone.
    public var zones: [String]

    public init(id: Int64, text: String, priority: String = "normal", at: Date? = nil, expires: Date? = nil, zones: [String] = []) {
        self.id = id
        self.text = text
        self.priority = priority
        self.at = at
        self.expires = expires
        self.zones = zones
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

/// An announcement the township cancelled while its delivery to this village is not over: the
/// station may hold it (queued, or playing), so the link cancels it there by its key.
public struct HubCancellation: Equatable, Sendable {
    public var id: Int64
    /// The hub login that cancelled it (`announcements.cancelled_by`).
    public var by: String?
    /// The township's words, if it gave any.
    public var why: String?

    public init(id: Int64, by: String?, why: String?) {
        self.id = id
        self.by = by
        self.why = why
    }

    /// Who and why, as the station's play log and the hub's delivery keep it (English, as every
    /// reason on the wire: docs/control-protocol.md).
    public var reason: String {
        // dalabad keeps at most 200 characters of a reason.
        String(("cancelled at the hub" + (by.map { " by \($0)" } ?? "") + (why.map { ": \($0)" } ?? "")).prefix(160))
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
    /// The identity of dalabad's store (nil: not known, e.g. dalabad away or older).
    public var store: String?

    public init(
        online: Bool, speaker: String?, scheduleErrors: Int, scheduleDetail: String?, stationTime: Date, version: String, store: String? = nil
    ) {
        self.store = store
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

/// One day's timetable of the station (the hub's `timetables` and `timetable_programs` rows).
public struct StationTimetable: Equatable, Sendable {
    /// `YYYY-MM-DD`, the station's day.
    public var date: String
    public var timeZone: String
    public var programs: [TimetableProgram]

    public init(date: String, timeZone: String, programs: [TimetableProgram]) {
        self.date = date
        self.timeZone = timeZone
        self.programs = programs
    }

    /// The station's `timetable` reply as the hub keeps it.
    public init(_ reply: TimetableReply) {
        self.init(date: reply.date, timeZone: reply.timeZone, programs: reply.programs.map {
            TimetableProgram(due: $0.due, title: $0.title, text: $0.text, zones: $0.zones ?? [], source: $0.source,
                             priority: $0.priority.rawValue)
        })
    }
}

