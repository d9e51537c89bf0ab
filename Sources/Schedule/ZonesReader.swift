// Reads `zones:` (分区) of station.yaml: one zone a line, its name and where it plays —
// `东头: hw:1 left` (one channel of a card), `学校: plughw:2` (a whole device), or the long
// form `东头: {device: hw:1, channel: left}`. The checks across zones (no name twice, no
// channel shared) are StationZones'; each is reported at the zone that breaks it.
import Messages
import Vocabulary
import Yams

enum ZonesReader {
    static let example = "{东头: hw:1 left, 西头: hw:1 right}"

    static let keys = KeyTable([
        KeySpec(name: "device", aliases: ["设备"]),
        KeySpec(name: "channel", aliases: ["声道"]),
    ])

    static func read(_ field: Field, sink: inout DiagnosticSink) -> StationZones? {
        if field.value.isNull { return .whole }
        guard case .mapping(let mapping) = field.value else {
            sink.error(field.value.position, ScheduleMessage.zonesNotAGroup(["example": example]))
            return nil
        }
        var zones: [StationZones.Zone] = []
        var errors = false
        for (keyNode, value) in mapping {
            let name: ZoneName
            do throws(ValueError) {
                guard case .scalar(let scalar) = keyNode else {
                    throw ValueError(ScheduleMessage.keyNotAWord(["shape": keyNode.shapeName]))
                }
                name = try ZoneName(parsing: scalar.string)
            } catch {
                sink.error(keyNode.position, error.text)
                errors = true
                continue
            }
            guard let route = readRoute(name, value, keyPosition: keyNode.position, sink: &sink) else {
                errors = true
                continue
            }
            let zone = StationZones.Zone(name: name, route: route)
            do {
                _ = try StationZones(zones + [zone])
                zones.append(zone)
            } catch {
                sink.error(keyNode.position, error.text)
                errors = true
            }
        }
        guard !errors else { return nil }
        return zones.isEmpty ? .whole : try? StationZones(zones)
    }

    private static func readRoute(_ name: ZoneName, _ value: Node, keyPosition: SourcePosition,
                                  sink: inout DiagnosticSink) -> ZoneRoute? {
        let example = "\(name.text): hw:1 left"
        switch value {
        case .mapping(let mapping):
            let fields = FieldReader(mapping: mapping, keys: keys, what: ScheduleMessage.whatZone(), sink: &sink)
            guard let deviceField = fields["device"] else {
                sink.error(value.position, ScheduleMessage.zoneNeedsDevice(["name": name.text, "example": "\(name.text): {device: hw:1, channel: left}"]))
                return nil
            }
            guard let device = FieldReader.value(deviceField, sink: &sink, example: "device: hw:1", { text throws(ValueError) in
                try Self.device(text, zone: name, example: example)
            }) else { return nil }
            guard let channelField = fields["channel"] else { return ZoneRoute(device: device) }
            guard let channel = FieldReader.value(channelField, sink: &sink, example: "channel: left", { text throws(ValueError) in
                try ZoneRoute.channel(parsing: text)
            }) else { return nil }
            return ZoneRoute(device: device, channel: channel)
        case .scalar(let scalar) where !value.isNull:
            do {
                return try route(parsing: scalar.string, zone: name, example: example)
            } catch {
                sink.error(value.position, error.text)
                return nil
            }
        default:
            sink.error(value.isNull ? keyPosition : value.position,
                       ScheduleMessage.zoneNeedsDevice(["name": name.text, "example": example]))
            return nil
        }
    }

    /// `hw:1`, `hw:1 left`, `hw:1 右`, `hw:1 2`, `hw:1 channel 2`; `alsa:hw:1` as `output:` writes it.
    static func route(parsing raw: String, zone: ZoneName, example: String) throws(ValueError) -> ZoneRoute {
        var words = TextWidth.folded(raw).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else {
            throw ValueError(ScheduleMessage.zoneNeedsDevice(["name": zone.text, "example": example]))
        }
        let device = try Self.device(words.removeFirst(), zone: zone, example: example)
        if ["channel", "声道"].contains(words.first?.lowercased() ?? ""), words.count == 2 { words.removeFirst() }
        switch words.count {
        case 0: return ZoneRoute(device: device)
        case 1: return ZoneRoute(device: device, channel: try ZoneRoute.channel(parsing: words[0]))
        default: throw ValueError(ScheduleMessage.zoneNotARoute(["name": zone.text, "text": raw, "example": example]))
        }
    }

    private static func device(_ raw: String, zone: ZoneName, example: String) throws(ValueError) -> String {
        var text = raw.trimmed()
        if text.hasPrefix("alsa:") { text = String(text.dropFirst("alsa:".count)) }
        guard !text.isEmpty, !text.contains(where: { $0 == " " || $0 == "\t" }) else {
            throw ValueError(ScheduleMessage.zoneNotARoute(["name": zone.text, "text": raw, "example": example]))
        }
        return text
    }
}
