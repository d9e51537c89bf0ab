import Foundation
import Vocabulary
import Station

/// An announcement as the protocol shows it (flat, with names the CLI prints).
public struct AnnouncementView: Codable, Equatable, Sendable {
    public var id: AnnouncementID?
    public var title: String
    public var text: String
    public var priority: Priority
    public var voice: String?
    public var `repeat`: Int
    public var chime: Bool
    /// "program FILE" or "user NAME".
    public var source: String
    public var due: Date
    public var expires: Date?

    public init(_ announcement: Announcement) {
        self.init(announcement.draft, id: announcement.id)
    }

    public init(_ draft: AnnouncementDraft, id: AnnouncementID? = nil) {
        self.id = id
        title = draft.title
        text = draft.text
        priority = draft.priority
        voice = draft.voice
        self.repeat = draft.repeatCount
        chime = draft.chime
        source = draft.source.description
        due = draft.due
        expires = draft.expires
    }
}

public struct SayReply: Codable, Equatable, Sendable {
    public var id: AnnouncementID
    public var due: Date
    /// False when the state directory could not be written: the announcement is queued in
    /// memory only and is lost if the daemon stops before it plays. Absent (true) normally.
    public var persisted: Bool? = nil
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
    /// Why the state directory cannot be written (the station plays from memory meanwhile).
    public var storeError: String?
    public var queueVersion: Int
    public var since: Date
    /// The station's time zone (station.yaml), in which the CLI shows times.
    public var timeZone: String? = nil

    public init(_ status: StationStatus) {
        playing = status.playing.map(AnnouncementView.init)
        playingSince = status.playingSince
        next = status.next.map(AnnouncementView.init)
        queueLength = status.queueLength
        paused = status.paused
        quietHours = status.quietHours
        speaker = status.speaker
        speakerError = status.speakerError
        scheduleErrors = status.scheduleErrors
        storeError = status.storeError
        queueVersion = status.queueVersion
        since = status.startedAt
    }
}

public struct QueueReply: Codable, Equatable, Sendable {
    public var playing: AnnouncementView?
    /// Queued announcements in play order.
    public var waiting: [AnnouncementView]
    /// Today's program occurrences not yet queued (they are queued shortly before they are due).
    public var later: [AnnouncementView]
    public var timeZone: String? = nil
}

/// One play-log line.
public struct HistoryRecord: Codable, Equatable, Sendable {
    public var id: AnnouncementID
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

    public init(_ record: PlayRecord) {
        id = record.announcement.id
        title = record.announcement.title
        text = record.announcement.text
        status = record.outcome?.rawValue ?? "playing"
        reason = record.reason
        priority = record.announcement.priority
        source = record.announcement.source.description
        due = record.announcement.due
        started = record.started
        finished = record.finished
    }
}

public struct HistoryReply: Codable, Equatable, Sendable {
    public var date: String
    public var records: [HistoryRecord]
    public var timeZone: String? = nil
    /// More records follow: ask again with `"offset"` set to this (a page is under 1 MiB).
    public var next: Int? = nil
}

public struct SkipReply: Codable, Equatable, Sendable {
    public var skipped: AnnouncementView?
}

public struct ReloadReply: Codable, Equatable, Sendable {
    public var programs: Int
    public var errors: [String]
    public init(programs: Int, errors: [String]) {
        self.programs = programs
        self.errors = errors
    }
}

/// An event line on a `watch` connection.
public struct EventLine: Codable, Equatable, Sendable {
    public var event: String
    public var time: Date
    public var id: AnnouncementID?
    public var title: String?
    public var message: String?

    public init(_ event: StationEvent) {
        self.event = event.kind.rawValue
        time = event.time
        id = event.id
        title = event.title
        message = event.message
    }
}
