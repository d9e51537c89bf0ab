import FoundationEssentials
import Vocabulary

/// One request line: `{"cmd": "...", ...}`. Fields that a command does not use are ignored.
public struct Request: Codable, Equatable, Sendable {
    public enum Command: String, Codable, CaseIterable, Sendable {
        case status, say, queue, cancel, skip, pause, resume, reload, history, watch, volume, alerts, timetable

        /// Commands that change the station; the others only read. (`volume` reads, and
        /// changes only with a `level`: the handler checks that one.)
        public var changesStation: Bool {
            switch self {
            case .say, .cancel, .skip, .pause, .resume, .reload: true
            case .status, .queue, .history, .watch, .volume, .alerts, .timetable: false
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
    /// A recording to play (with or without `text`): an absolute path the daemon reads.
    public var audio: String?
    /// Seconds after the due time after which the announcement is no longer worth playing.
    public var expires: Double?
    /// An idempotency key (≤ 200 characters, e.g. the hub's `hub:<id>`): the station queues one
    /// announcement per key, ever; a repeated `say` gets the first one back, with its state.
    public var key: String?
    /// The zones to play in, by name; absent (or empty) is every zone, as from a client older
    /// than zones.
    public var zones: [String]?
    // cancel
    /// The announcement's number (Station's `AnnouncementID`). A cancel may name the
    /// announcement by its `say`'s `key` instead (the hub's link cancels `hub:<id>`).
    public var id: Int64?
    /// cancel: the reason the play log keeps instead of "cancelled by USER" (the hub's link
    /// says who cancelled it at the hub and why).
    public var reason: String?
    // history, timetable: "YYYY-MM-DD" in the station's zone; today when absent.
    public var date: String?
    /// history: how many records of the day to pass over (the `next` of the previous page).
    public var offset: Int?
    /// history: the play-log lines after this sequence number (`seq`), in order, instead of a day.
    public var after: Int64?
    // volume: a level to hold for a while ("60%", "-6dB"), or "plan" to follow the plan again;
    // `until` when it ends, "HH:MM" (the next such time) or "YYYY-MM-DDTHH:MM" in the station's zone.
    public var level: String?
    public var until: String?

    public init(
        _ command: Command, text: String? = nil, at: String? = nil, repeat: Int? = nil, priority: Priority? = nil,
        voice: String? = nil, chime: Bool? = nil, expires: Double? = nil, id: Int64? = nil, date: String? = nil,
        offset: Int? = nil, level: String? = nil, until: String? = nil, audio: String? = nil, key: String? = nil,
        after: Int64? = nil, zones: [String]? = nil, reason: String? = nil
    ) {
        self.reason = reason
        self.key = key
        self.after = after
        self.zones = zones
        self.audio = audio
        self.level = level
        self.until = until
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

extension Request {
    /// The request as one JSON line with its newline, written by hand: JSONEncoder's first use
    /// costs the `dalaba` client more than the round trip to the daemon. The daemon reads it as
    /// it reads `Wire.line(request)` (StationTests check both ways give the same request).
    public var jsonLine: Data {
        var object: String
        // Plain concatenation: even an array of key-value pairs costs a metadata lookup here.
        object = "{\"cmd\":" + Self.quoted(cmd)
        if let text { object += ",\"text\":" + Self.quoted(text) }
        if let at { object += ",\"at\":" + Self.quoted(at) }
        if let `repeat` { object += ",\"repeat\":" + String(`repeat`) }
        if let priority { object += ",\"priority\":" + Self.quoted(priority.rawValue) }
        if let voice { object += ",\"voice\":" + Self.quoted(voice) }
        if let chime { object += chime ? ",\"chime\":true" : ",\"chime\":false" }
        if let audio { object += ",\"audio\":" + Self.quoted(audio) }
        if let zones {
            object += ",\"zones\":["
            for (index, name) in zones.enumerated() { object += (index == 0 ? "" : ",") + Self.quoted(name) }
            object += "]"
        }
        if let expires {
            guard expires.isFinite else { return Wire.line(self) }
            object += ",\"expires\":" + expires.description
        }
        if let key { object += ",\"key\":" + Self.quoted(key) }
        if let id { object += ",\"id\":" + String(id) }
        if let reason { object += ",\"reason\":" + Self.quoted(reason) }
        if let date { object += ",\"date\":" + Self.quoted(date) }
        if let offset { object += ",\"offset\":" + String(offset) }
        if let after { object += ",\"after\":" + String(after) }
        if let level { object += ",\"level\":" + Self.quoted(level) }
        if let until { object += ",\"until\":" + Self.quoted(until) }
        object += "}\n"
        return object.withUTF8 { Data(bytes: $0.baseAddress!, count: $0.count) }  // not the generic Data(Sequence)
    }

    /// A JSON string: quote, backslash and control characters escaped, the rest as it is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

