import FoundationEssentials

/// The name of one zone (分区) of the village's loudspeakers, as `station.yaml` names it and as
/// programs, `dalaba say --zones` and the play log refer to it: 东头, 西头, school. Names are
/// compared as written after full-width letters and digits are folded (ＡＢ = AB), so a clerk's
/// input method cannot make two zones of one.
public struct ZoneName: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let text: String

    /// The longest name, in characters: a zone shows in `status` lines on a phone.
    public static let maxLength = 32

    public init(parsing raw: String) throws(ValueError) {
        let text = Self.foldingFullWidth(raw).trimmingSpaces()
        guard !text.isEmpty else { throw ValueError(VocabularyMessage.emptyZoneName()) }
        guard text.count <= Self.maxLength else {
            throw ValueError(VocabularyMessage.zoneNameTooLong(["text": raw, "max": "\(Self.maxLength)"]))
        }
        // Commas, the list brackets and control characters would make `zones: [a, b]`,
        // `--zones a,b` and the log's zone column ambiguous.
        let forbidden: Set<Character> = [",", "，", "、", "[", "]", "\"", "'", "“", "”"]
        guard !text.contains(where: { forbidden.contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        else { throw ValueError(VocabularyMessage.badZoneName(["text": raw])) }
        self.text = text
    }

    /// Full-width ASCII forms (ＳＣＨＯＯＬ２, typed by Chinese input methods) as ASCII.
    static func foldingFullWidth(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                out.unicodeScalars.append(ascii)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public var description: String { text }
    public static func < (a: ZoneName, b: ZoneName) -> Bool { a.text < b.text }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: raw) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// Which zones an announcement plays in: every zone of the station (the default, also when the
/// station names no zones), or the ones listed. Pure; `resolve(among:)` checks the names
/// against the station's zones.
public enum ZoneSelection: Hashable, Sendable, Codable, CustomStringConvertible {
    case all
    /// At least one name, without repeats, in the order written.
    case named([ZoneName])

    /// `[东头, 西头]` from a program, `东头,西头` from `--zones`: names separated by commas
    /// (ASCII or Chinese ，、) or whitespace. `all` / `全部` / an empty list is every zone.
    public init(parsing raw: String) throws(ValueError) {
        var text = TextWidth.folded(raw).trimmingSpaces()
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        let separators: Set<Character> = [",", "，", "、", " ", "\t", "\u{3000}"]
        let parts = text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        try self.init(names: parts)
    }

    /// The names as separate strings (a YAML list). `all` / `全部` alone, or no names, is every zone.
    public init(names raw: [String]) throws(ValueError) {
        let trimmed = raw.map { TextWidth.folded($0).trimmingSpaces() }.filter { !$0.isEmpty }
        if trimmed.isEmpty || (trimmed.count == 1 && Self.allWords.contains(trimmed[0].lowercased())) {
            self = .all
            return
        }
        var names: [ZoneName] = []
        for part in trimmed {
            if Self.allWords.contains(part.lowercased()) {
                throw ValueError(VocabularyMessage.allAmongZones(["text": raw.joined(separator: ", ")]))
            }
            let name = try ZoneName(parsing: part)
            if !names.contains(name) { names.append(name) }
        }
        self = .named(names)
    }

    /// The words that mean every zone.
    public static let allWords: Set<String> = ["all", "全部", "所有", "全村"]

    /// Whether the announcement plays in `zone`.
    public func includes(_ zone: ZoneName) -> Bool {
        switch self {
        case .all: true
        case .named(let names): names.contains(zone)
        }
    }

    /// The station's zones this selection plays in, in the station's order; throws naming the
    /// unknown ones and the zones there are, so the clerk can correct the spelling.
    public func resolve(among stationZones: [ZoneName]) throws(ValueError) -> [ZoneName] {
        switch self {
        case .all:
            return stationZones
        case .named(let names):
            let unknown = names.filter { !stationZones.contains($0) }
            guard unknown.isEmpty else {
                throw ValueError(VocabularyMessage.unknownZones([
                    "names": unknown.map(\.text).joined(separator: ", "),
                    "known": stationZones.isEmpty ? "-" : stationZones.map(\.text).joined(separator: ", "),
                ]))
            }
            return stationZones.filter { names.contains($0) }
        }
    }

    /// `all`, or the names joined by `, ` (status, queue, history, the play log's column).
    public var description: String {
        switch self {
        case .all: "all"
        case .named(let names): names.map(\.text).joined(separator: ", ")
        }
    }

    /// Encoded as a list of names; the empty list is every zone (so old records and requests
    /// without zones decode as `.all`).
    public init(from decoder: any Decoder) throws {
        let names = try decoder.singleValueContainer().decode([ZoneName].self)
        self = names.isEmpty ? .all : .named(names)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all: try container.encode([ZoneName]())
        case .named(let names): try container.encode(names)
        }
    }
}

/// Where one zone's sound goes, as `station.yaml` writes it: a whole ALSA device, or one channel
/// of a card whose channels drive different amplifiers (left and right of a USB card is the
/// common case). Only the choice: opening and routing are the daemon's job.
public struct ZoneRoute: Hashable, Sendable, CustomStringConvertible {
    /// The ALSA device name (`hw:1`, `plughw:CARD=Device`, `default`).
    public var device: String
    /// The channel of `device` (0 = left, 1 = right, …), nil for every channel of the device.
    public var channel: Int?

    /// The most channels a card is driven with (7.1 cards have 8).
    public static let maxChannels = 8

    public init(device: String, channel: Int? = nil) {
        self.device = device
        self.channel = channel
    }

    /// `left` / `右` / `0`…`7` → the channel index.
    public static func channel(parsing raw: String) throws(ValueError) -> Int {
        let text = TextWidth.folded(raw).trimmingSpaces().lowercased()
        switch text {
        case "left", "l", "左", "左声道": return 0
        case "right", "r", "右", "右声道": return 1
        default:
            guard let index = Int(text), (0..<maxChannels).contains(index) else {
                throw ValueError(VocabularyMessage.badChannel(["text": raw, "max": "\(maxChannels - 1)"]))
            }
            return index
        }
    }

    /// `hw:1`, `hw:1 left`, `hw:1 channel 2`.
    public var description: String {
        switch channel {
        case nil: device
        case 0?: "\(device) left"
        case 1?: "\(device) right"
        case let index?: "\(device) channel \(index)"
        }
    }
}

/// The station's zones in the order `station.yaml` lists them. A station that names none has
/// one zone covering its whole output, so every station has at least one.
public struct StationZones: Hashable, Sendable {
    public struct Zone: Hashable, Sendable {
        public var name: ZoneName
        /// nil: the station's `output:` (the only zone of a station without zones).
        public var route: ZoneRoute?
        public init(name: ZoneName, route: ZoneRoute?) {
            self.name = name
            self.route = route
        }
    }

    public private(set) var zones: [Zone]

    /// The one zone of a station without `zones:`; its name shows in `status` as `all`.
    public static let whole = StationZones(unchecked: [Zone(name: ZoneName.whole, route: nil)])

    private init(unchecked zones: [Zone]) { self.zones = zones }

    /// Throws when a name repeats, when two zones claim the same device channel, or when a
    /// device is used whole by one zone and by channel by another.
    public init(_ zones: [Zone]) throws(ValueError) {
        guard !zones.isEmpty else { self = .whole; return }
        var seen: Set<ZoneName> = []
        for zone in zones where ZoneSelection.allWords.contains(zone.name.text.lowercased()) {
            throw ValueError(VocabularyMessage.zoneNamedAll(["name": zone.name.text]))
        }
        for zone in zones where !seen.insert(zone.name).inserted {
            throw ValueError(VocabularyMessage.duplicateZone(["name": zone.name.text]))
        }
        for (index, zone) in zones.enumerated() {
            guard let route = zone.route else { continue }
            for other in zones[..<index] {
                guard let otherRoute = other.route, otherRoute.device == route.device else { continue }
                if route.channel == nil || otherRoute.channel == nil || route.channel == otherRoute.channel {
                    throw ValueError(VocabularyMessage.zonesShareOutput([
                        "first": other.name.text, "second": zone.name.text, "device": route.device,
                    ]))
                }
            }
        }
        self.zones = zones
    }

    public var names: [ZoneName] { zones.map(\.name) }

    /// Whether the station named its zones (false: the one whole-output zone).
    public var areNamed: Bool { self != .whole }
}

extension ZoneName {
    /// The name of the one zone of a station without `zones:`.
    public static let whole = try! ZoneName(parsing: "all")
}
