import Foundation
import Station

// The protocol's replies (ControlWire) built from the engine's types: the server's side of the
// mapping, kept here so that the wire module and the client need no Station.

extension AnnouncementView {
    public init(_ announcement: Announcement) {
        self.init(announcement.draft, id: announcement.id)
    }

    public init(_ draft: AnnouncementDraft, id: AnnouncementID? = nil) {
        self.init(
            id: id, title: draft.title, text: draft.text, priority: draft.priority, voice: draft.voice,
            repeat: draft.repeatCount, chime: draft.chime, source: draft.source.description, due: draft.due,
            expires: draft.expires, zones: draft.zones.wireNames)
    }
}

extension ZoneSelection {
    /// On the wire: the names, empty for every zone.
    var wireNames: [String] {
        switch self {
        case .all: []
        case .named(let names): names.map(\.text)
        }
    }
}

extension StationZones {
    /// The station's zone names for the client, nil when station.yaml names none.
    var wireNames: [String]? { areNamed ? names.map(\.text) : nil }
}

extension ZoneView {
    public init(_ zone: ZoneStatus) {
        self.init(name: zone.name.text, playing: zone.playing, playingTitle: zone.playingTitle, speaker: zone.speaker,
                  speakerError: zone.speakerError)
    }
}

extension StatusReply {
    public init(_ status: StationStatus) {
        self.init(
            playing: status.playing.map(AnnouncementView.init), playingSince: status.playingSince,
            next: status.next.map(AnnouncementView.init), queueLength: status.queueLength, paused: status.paused,
            quietHours: status.quietHours, speaker: status.speaker, speakerError: status.speakerError,
            scheduleErrors: status.scheduleErrors, storeError: status.storeError, queueVersion: status.queueVersion,
            since: status.startedAt)
        scheduleErrorsChinese = status.scheduleErrorsChinese
        zones = status.zones.map(ZoneView.init)
    }
}

extension HistoryRecord {
    public init(_ record: PlayRecord) {
        self.init(
            id: record.announcement.id, title: record.announcement.title, text: record.announcement.text,
            status: record.outcome?.rawValue ?? "playing", reason: record.reason, priority: record.announcement.priority,
            source: record.announcement.source.description, due: record.announcement.due, started: record.started,
            finished: record.finished, volume: record.volume?.percent, seq: record.logID, key: record.announcement.draft.key,
            zones: record.announcement.draft.zones.wireNames)
    }
}

extension VolumeReply {
    public init(_ inForce: VolumeControl.InForce, timeZone: String? = nil) {
        self.init(level: inForce.level.percent, reason: inForce.reason.description, until: inForce.reasonEnd, timeZone: timeZone)
    }
}

extension EventLine {
    public init(_ event: StationEvent) {
        self.init(
            event: event.kind.rawValue, time: event.time, id: event.id, title: event.title, message: event.message, key: event.key,
            zones: event.zones?.map(\.text))
    }
}

extension SayReply {
    /// A `say` with a key: a repeat tells where the first announcement stands.
    public init(_ result: SayResult, persisted: Bool?) {
        self.init(id: result.announcement.id, due: result.announcement.due, persisted: persisted)
        guard result.repeated else { return }
        repeated = true
        switch result.state {
        case .waiting: status = "waiting"
        case .playing: status = "playing"
        case .ended(let outcome, let why, let at):
            status = outcome.rawValue
            reason = why
            finished = at
        }
    }
}
