import Foundation
import Vocabulary

/// Identifies an announcement in the queue and the play log (the store's row id).
public typealias AnnouncementID = Int64

/// Where an announcement came from: a program occurrence (schedule file), staff at the CLI, or
/// a CAP alert from outside.
public enum AnnouncementSource: Equatable, Hashable, Sendable, Codable {
    /// `file` is the schedule file name, the program's identity.
    case program(file: String)
    /// `user` is the login name of whoever ran `dalaba say`.
    case user(String)
    /// A CAP alert's broadcast (docs/alerts.md); `sender` is the alert's `<sender>`.
    case alert(sender: String)

    public var description: String {
        switch self {
        case .program(let file): "program \(file)"
        case .user(let name): "user \(name)"
        case .alert(let sender): "alert \(sender)"
        }
    }
}

/// One thing to be spoken, before the store has given it an id.
public struct AnnouncementDraft: Equatable, Sendable, Codable {
    public var title: String
    public var text: String
    public var voice: String?
    public var repeatCount: Int
    /// Seconds of silence between repeats; nil lets the renderer choose.
    public var gap: Double?
    public var chime: Bool
    public var priority: Priority
    public var source: AnnouncementSource
    public var due: Date
    /// After this instant it is no longer worth playing; nil means the station's rule decides
    /// (see `QueueRules.validUntil`).
    public var expires: Date?
    /// Breaks ties between announcements due at the same instant with the same priority:
    /// the program's position in the schedule directory (file order).
    public var order: Int
    /// A program's own level (`volume:`); nil follows the station's volume plan.
    public var volume: VolumeLevel?
    /// A recording to play (an absolute path the daemon reads); nil for text only. `text` is
    /// empty when the announcement is the recording alone.
    public var audio: String?
    /// The recording plays before the text (as written in the program file).
    public var audioFirst: Bool
    /// A `say`'s idempotency key (the hub's link sends `hub:<announcement id>`): the station
    /// queues one announcement per key, ever; a repeat gets the first one back. Nil: none.
    public var key: String?
    /// The zones it plays in (`zones:` of a program, `dalaba say --zones`); `.all` by default.
    public var zones: ZoneSelection

    public init(
        title: String, text: String, voice: String? = nil, repeatCount: Int = 1, gap: Double? = nil,
        chime: Bool = true, priority: Priority = .normal, source: AnnouncementSource, due: Date,
        expires: Date? = nil, order: Int = 0, volume: VolumeLevel? = nil, audio: String? = nil, audioFirst: Bool = false,
        key: String? = nil, zones: ZoneSelection = .all
    ) {
        self.key = key
        self.zones = zones
        self.volume = volume
        self.audio = audio
        self.audioFirst = audioFirst
        self.title = title
        self.text = text
        self.voice = voice
        self.repeatCount = repeatCount
        self.gap = gap
        self.chime = chime
        self.priority = priority
        self.source = source
        self.due = due
        self.expires = expires
        self.order = order
    }
}

/// An announcement the store has accepted: a draft with its id.
public struct Announcement: Equatable, Sendable, Codable, Identifiable {
    public var id: AnnouncementID
    public var draft: AnnouncementDraft

    public init(id: AnnouncementID, draft: AnnouncementDraft) {
        self.id = id
        self.draft = draft
    }

    public var title: String { draft.title }
    public var text: String { draft.text }
    public var priority: Priority { draft.priority }
    public var due: Date { draft.due }
    public var source: AnnouncementSource { draft.source }
}
