import Foundation
import Vocabulary
import Station

/// One request line: `{"cmd": "...", ...}`. Fields that a command does not use are ignored.
public struct Request: Codable, Equatable, Sendable {
    public enum Command: String, Codable, CaseIterable, Sendable {
        case status, say, queue, cancel, skip, pause, resume, reload, history, watch

        /// Commands that change the station; the others only read.
        public var changesStation: Bool {
            switch self {
            case .say, .cancel, .skip, .pause, .resume, .reload: true
            case .status, .queue, .history, .watch: false
            }
        }
    }

    public var cmd: String
    // say
    public var text: String?
    /// Due time in the station's zone: "HH:MM", "HH:MM:SS" (today) or "YYYY-MM-DDTHH:MM[:SS]".
    public var at: String?
    public var `repeat`: Int?
    public var priority: Priority?
    public var voice: String?
    public var chime: Bool?
    /// Seconds after the due time after which the announcement is no longer worth playing.
    public var expires: Double?
    // cancel
    public var id: AnnouncementID?
    // history: "YYYY-MM-DD" in the station's zone; today when absent.
    public var date: String?
    /// history: how many records of the day to pass over (the `next` of the previous page).
    public var offset: Int?

    public init(
        _ command: Command, text: String? = nil, at: String? = nil, repeat: Int? = nil, priority: Priority? = nil,
        voice: String? = nil, chime: Bool? = nil, expires: Double? = nil, id: AnnouncementID? = nil, date: String? = nil,
        offset: Int? = nil
    ) {
        self.cmd = command.rawValue
        self.text = text
        self.at = at
        self.repeat = `repeat`
        self.priority = priority
        self.voice = voice
        self.chime = chime
        self.expires = expires
        self.id = id
        self.date = date
        self.offset = offset
    }

    public var command: Command? { Command(rawValue: cmd) }
}
