import FoundationEssentials
import Vocabulary

// The replies as they go over the socket. Ids are the station's announcement numbers
// (Station's `AnnouncementID`, an Int64); the server builds these from the engine's types
// (Control/Replies+Station.swift), the client only reads them.

/// An announcement as the protocol shows it (flat, with names the CLI prints).
public struct AnnouncementView: Codable, Equatable, Sendable {
    public var id: Int64?
    public var title: String
    public var text: String
    public var priority: Priority
    public var voice: String?
    public var `repeat`: Int
    public var chime: Bool
    /// "program FILE", "user NAME" or "alert SENDER" (a CAP alert).
    public var source: String
    public var due: Date
    public var expires: Date?
    /// The zones it plays in; empty: every zone. Absent from daemons before zones.
    public var zones: [String]? = nil

    public init(
        id: Int64?, title: String, text: String, priority: Priority, voice: String?, repeat: Int, chime: Bool,
        source: String, due: Date, expires: Date?, zones: [String]? = nil
    ) {
        self.zones = zones
        self.id = id
        self.title = title
        self.text = text
        self.priority = priority
        self.voice = voice
        self.repeat = `repeat`
        self.chime = chime
        self.source = source
        self.due = due
        self.expires = expires
    }
}

public struct SayReply: Codable, Equatable, Sendable {
    public var id: Int64
    public var due: Date
    /// False when the state directory could not be written: the announcement is queued in
    /// memory only and is lost if the daemon stops before it plays. Absent (true) normally.
    public var persisted: Bool? = nil
    /// True when the `say`'s key had been seen before: nothing was queued, `id` is the first
    /// announcement's. Absent for a newly queued one.
    public var repeated: Bool? = nil
    /// With `repeated`: where that announcement stands — `waiting`, `playing`, or how it ended
    /// (`played`, `missed`, `failed`, `cancelled`, `skipped`), with `reason` and `finished`.
    public var status: String? = nil
    public var reason: String? = nil
    public var finished: Date? = nil

    public init(
        id: Int64, due: Date, persisted: Bool? = nil, repeated: Bool? = nil, status: String? = nil, reason: String? = nil,
        finished: Date? = nil
    ) {
        self.id = id
        self.due = due
        self.persisted = persisted
        self.repeated = repeated
        self.status = status
        self.reason = reason
        self.finished = finished
    }
}

public struct StatusReply: Codable, Equatable, Sendable {
    public var playing: AnnouncementView?
    public var playingSince: Date?
    public var next: AnnouncementView?
    public var queueLength: Int
    public var paused: Bool
    public var quietHours: Bool
    public var speaker: String
    public var speakerError: String?
    public var scheduleErrors: [String]
    /// The same errors for a Chinese reader (`schedule_errors` stays English: logs and scripts
    /// read it); absent from daemons before issue 14.
    public var scheduleErrorsChinese: [String]? = nil
    /// Why the state directory cannot be written (the station plays from memory meanwhile).
    public var storeError: String?
    public var queueVersion: Int
    public var since: Date
    /// The station's time zone (station.yaml), in which the CLI shows times.
    public var timeZone: String? = nil
    /// Each loudspeaker zone in the station's order: one, named `all`, for a station without
    /// `zones:`. Absent from daemons before zones.
    public var zones: [ZoneView]? = nil
    /// The last CAP files refused from the drop folder ("file: reason"), newest last; absent when none.
    public var alertRejections: [String]? = nil
    public var alertRejectionsChinese: [String]? = nil

    public init(
        playing: AnnouncementView?, playingSince: Date?, next: AnnouncementView?, queueLength: Int, paused: Bool,
        quietHours: Bool, speaker: String, speakerError: String?, scheduleErrors: [String], storeError: String?,
        queueVersion: Int, since: Date, timeZone: String? = nil
    ) {
        self.playing = playing
        self.playingSince = playingSince
        self.next = next
        self.queueLength = queueLength
        self.paused = paused
        self.quietHours = quietHours
        self.speaker = speaker
        self.speakerError = speakerError
        self.scheduleErrors = scheduleErrors
        self.storeError = storeError
        self.queueVersion = queueVersion
        self.since = since
        self.timeZone = timeZone
    }
}

/// One loudspeaker zone in `status`: what plays there and its speaker.
public struct ZoneView: Codable, Equatable, Sendable {
    public var name: String
    /// The announcement sounding there now, and its title.
    public var playing: Int64?
    public var playingTitle: String?
    /// Where the zone's sound goes ("alsa:hw:1 left").
    public var speaker: String
    /// Why its speaker is offline; nil while it works.
    public var speakerError: String?

    public init(name: String, playing: Int64? = nil, playingTitle: String? = nil, speaker: String, speakerError: String? = nil) {
        self.name = name
        self.playing = playing
        self.playingTitle = playingTitle
        self.speaker = speaker
        self.speakerError = speakerError
    }
}

public struct QueueReply: Codable, Equatable, Sendable {
    public var playing: AnnouncementView?
    /// Queued announcements in play order.
    public var waiting: [AnnouncementView]
    /// Today's program occurrences not yet queued (they are queued shortly before they are due).
    public var later: [AnnouncementView]
    public var timeZone: String? = nil
    /// The station's zones when station.yaml names them (the client then shows each
    /// announcement's zones); nil for a station without zones.
    public var stationZones: [String]? = nil

    public init(playing: AnnouncementView?, waiting: [AnnouncementView], later: [AnnouncementView], timeZone: String? = nil) {
        self.playing = playing
        self.waiting = waiting
        self.later = later
        self.timeZone = timeZone
    }
}

/// `timetable`: every program occurrence of one day from the station's schedule files, in the
/// order they fall due, whether already played, queued or still to come (the township's hub
/// shows it per village). Occurrences only: a `say` is not in it.
public struct TimetableReply: Codable, Equatable, Sendable {
    /// The day, `YYYY-MM-DD` in the station's zone.
    public var date: String
    public var timeZone: String
    /// The occurrences (no `id`: they are not announcements yet), `source` `program FILE`.
    public var programs: [AnnouncementView]

    public init(date: String, timeZone: String, programs: [AnnouncementView]) {
        self.date = date
        self.timeZone = timeZone
        self.programs = programs
    }
}

/// One play-log line.
public struct HistoryRecord: Codable, Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var text: String
    /// played | interrupted | skipped | cancelled | missed | failed; "playing" while open.
    public var status: String
    public var reason: String?
    public var priority: Priority
    public var source: String
    public var due: Date
    public var started: Date?
    public var finished: Date?
    /// The level it started playing at, in percent of full level; nil if it never sounded.
    public var volume: Double?
    /// The play-log line's number: it only grows, so `history` with `after` resumes from it.
    public var seq: Int64? = nil
    /// The announcement's idempotency key (`say` with `key`).
    public var key: String? = nil
    /// The zones it was for; empty: every zone. Absent from daemons before zones.
    public var zones: [String]? = nil

    public init(
        id: Int64, title: String, text: String, status: String, reason: String?, priority: Priority, source: String,
        due: Date, started: Date?, finished: Date?, volume: Double? = nil, seq: Int64? = nil, key: String? = nil,
        zones: [String]? = nil
    ) {
        self.volume = volume
        self.seq = seq
        self.key = key
        self.zones = zones
        self.id = id
        self.title = title
        self.text = text
        self.status = status
        self.reason = reason
        self.priority = priority
        self.source = source
        self.due = due
        self.started = started
        self.finished = finished
    }
}

public struct HistoryReply: Codable, Equatable, Sendable {
    public var date: String
    public var records: [HistoryRecord]
    public var timeZone: String? = nil
    /// More records follow: ask again with `"offset"` set to this (a page is under 1 MiB); for a
    /// request by `after`, with `"after"` set to this (the last record's `seq`).
    public var next: Int? = nil
    /// The station's zones when station.yaml names them; nil for a station without zones.
    public var stationZones: [String]? = nil
    /// The play log's identity (made with the store): `seq` counts within it, so a store made
    /// afresh (a wiped or new disk) starts again from 1 under a new identity. Nil from daemons
    /// before it; the hub's link keys its upload by it.
    public var store: String? = nil

    public init(date: String, records: [HistoryRecord], timeZone: String? = nil, next: Int? = nil) {
        self.date = date
        self.records = records
        self.timeZone = timeZone
        self.next = next
    }
}

/// `volume`: the level a normal announcement would start at now, and why.
public struct VolumeReply: Codable, Equatable, Sendable {
    /// Percent of full level (100 = as rendered, or the mixer element at its maximum).
    public var level: Double
    /// "the level for 08:00-21:00", "set by alice", …
    public var reason: String
    /// When a clerk's level ends.
    public var until: Date?
    /// The station's zone, for showing `until`.
    public var timeZone: String?

    public init(level: Double, reason: String, until: Date? = nil, timeZone: String? = nil) {
        self.level = level
        self.reason = reason
        self.until = until
        self.timeZone = timeZone
    }
}

public struct SkipReply: Codable, Equatable, Sendable {
    public var skipped: AnnouncementView?
    /// The zone a `skip --zone` stopped in; absent for a skip in every zone.
    public var zone: String? = nil

    public init(skipped: AnnouncementView?, zone: String? = nil) {
        self.skipped = skipped
        self.zone = zone
    }
}

public struct ReloadReply: Codable, Equatable, Sendable {
    public var programs: Int
    public var errors: [String]
    /// The same errors for a Chinese reader; absent from daemons before issue 14.
    public var errorsChinese: [String]? = nil
    public init(programs: Int, errors: [String], errorsChinese: [String]? = nil) {
        self.programs = programs
        self.errors = errors
        self.errorsChinese = errorsChinese
    }
}

/// An event line on a `watch` connection.
public struct EventLine: Codable, Equatable, Sendable {
    public var event: String
    public var time: Date
    public var id: Int64?
    public var title: String?
    public var message: String?
    /// The announcement's idempotency key, when its `say` had one.
    public var key: String? = nil
    /// The zones it is about, by name (where an announcement plays, a speaker's zone); absent
    /// at a station without zones, for station-wide events and from daemons before zones.
    public var zones: [String]? = nil

    public init(event: String, time: Date, id: Int64?, title: String?, message: String?, key: String? = nil, zones: [String]? = nil) {
        self.zones = zones
        self.key = key
        self.event = event
        self.time = time
        self.id = id
        self.title = title
        self.message = message
    }
}
