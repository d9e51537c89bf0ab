// `alerts:` in station.yaml: the station's policy for CAP alerts from outside (docs/alerts.md).
// Apart from StationParser's other keys so that the block reads as one thing.
import CAP
import Foundation
import Messages
import Vocabulary
import Yams

/// What station.yaml's `alerts:` block can get wrong, in both languages.
public enum AlertSettingsMessage: String, MessageCatalog {
    case notAGroup, notARegion, notALocation, latitude, longitude, whatAlerts

    public var templates: (english: String, chinese: String) {
        switch self {
        case .notAGroup:
            ("'alerts' must be a group of keys (folder, region, location, senders, drills, repeat_every, max_repeats) indented below it",
             "'alerts'（预警）下面必须是一组键（folder、region、location、senders、drills、repeat_every、max_repeats），每行比它多缩进两个空格")
        case .notARegion:
            ("'{text}' is not a region code — write the station's GB/T 2260 code, 6, 9 or 12 digits, like 330302 or 330302001001",
             "'{text}' 不是行政区划代码，请写本站的 GB/T 2260 代码（6、9 或 12 位数字），例如 330302 或 330302001001")
        case .notALocation:
            ("'{text}' is not a location — write latitude and longitude in degrees, like [28.0, 120.65]",
             "'{text}' 不是位置，请写纬度和经度（度），例如 [28.0, 120.65]")
        case .latitude: ("latitude {value} is not between -90 and 90", "纬度 {value} 不在 -90 到 90 之间")
        case .longitude: ("longitude {value} is not between -180 and 180", "经度 {value} 不在 -180 到 180 之间")
        case .whatAlerts: ("alerts", "预警（alerts）的")
        }
    }
}

extension StationParser {
    static let alertKeys = KeyTable([
        KeySpec(name: "folder", aliases: ["文件夹"]),
        KeySpec(name: "region", aliases: ["区划代码"]),
        KeySpec(name: "location", aliases: ["位置"]),
        KeySpec(name: "senders", aliases: ["发布者"]),
        KeySpec(name: "drills", aliases: ["演练"]),
        KeySpec(name: "repeat_every", aliases: ["重播间隔"]),
        KeySpec(name: "max_repeats", aliases: ["最多重播"]),
        KeySpec(name: "repeat", aliases: ["遍数"]),
        KeySpec(name: "description_limit", aliases: ["描述字数"]),
    ])

    static func readAlerts(_ field: Field, sink: inout DiagnosticSink) -> AlertPolicy? {
        guard case .mapping(let mapping) = field.value else {
            if field.value.isNull { return AlertPolicy() }
            sink.error(field.value.position, AlertSettingsMessage.notAGroup())
            return nil
        }
        let fields = FieldReader(mapping: mapping, keys: alertKeys, what: AlertSettingsMessage.whatAlerts(), sink: &sink)
        var policy = AlertPolicy()
        if let field = fields["folder"], let text = FieldReader.scalarText(field, sink: &sink, example: "folder: /var/lib/dalaba/alerts") {
            policy.folder = text.trimmed()
        }
        if let field = fields["region"], let region = FieldReader.value(field, sink: &sink, example: "region: 330302", {
            text throws(ValueError) -> RegionCode in
            guard let code = RegionCode(text) else { throw ValueError(AlertSettingsMessage.notARegion(["text": text])) }
            return code
        }) {
            policy.region = region
        }
        if let field = fields["location"] {
            policy.location = readLocation(field, sink: &sink)
        }
        if let field = fields["senders"] {
            let senders = ListItems.read(field, sink: &sink, example: "senders: [330300@12379.cn]").map { $0.text.trimmed() }
            policy.senders = senders.filter { !$0.isEmpty }
        }
        if let field = fields["drills"], let drills = FieldReader.value(field, sink: &sink, example: "drills: false", ValueSyntax.bool) {
            policy.drills = drills
        }
        if let field = fields["repeat_every"], let every = FieldReader.value(field, sink: &sink, example: "repeat_every: 15m", {
            text throws(ValueError) -> TimeInterval in
            let seconds = try ValueSyntax.duration(text)
            guard AlertPolicy.repeatEveryBounds.contains(seconds) else {
                throw ValueError(ScheduleMessage.outOfRange(["what": "repeat_every", "value": text, "low": "1m", "high": "24h"]))
            }
            return seconds
        }) {
            policy.repeatEvery = every
        }
        let counts: [(String, ClosedRange<Int>, String, WritableKeyPath<AlertPolicy, Int>)] = [
            ("max_repeats", AlertPolicy.maxRepeatsBounds, "max_repeats: 4", \.maxRepeats),
            ("repeat", Repetition.counts, "repeat: 2", \.readings),
            ("description_limit", AlertPolicy.descriptionLimitBounds, "description_limit: 300", \.descriptionLimit),
        ]
        for (key, bounds, example, path) in counts {
            guard let field = fields[key], let value = FieldReader.value(field, sink: &sink, example: example, {
                text throws(ValueError) in try ValueSyntax.count(text, in: bounds, what: key)
            }) else { continue }
            policy[keyPath: path] = value
        }
        return policy
    }

    /// `[28.0, 120.65]` or `28.0, 120.65`: latitude then longitude, in degrees.
    private static func readLocation(_ field: Field, sink: inout DiagnosticSink) -> Coordinate? {
        let items = ListItems.read(field, sink: &sink, example: "location: [28.0, 120.65]")
        guard !items.isEmpty else { return nil }
        let text = items.map(\.text).joined(separator: ", ")
        guard items.count == 2, let latitude = Double(items[0].text.trimmed()), let longitude = Double(items[1].text.trimmed()) else {
            sink.error(items[0].position, AlertSettingsMessage.notALocation(["text": text]))
            return nil
        }
        guard (-90...90).contains(latitude) else {
            sink.error(items[0].position, AlertSettingsMessage.latitude(["value": items[0].text.trimmed()]))
            return nil
        }
        guard (-180...180).contains(longitude) else {
            sink.error(items[1].position, AlertSettingsMessage.longitude(["value": items[1].text.trimmed()]))
            return nil
        }
        return Coordinate(latitude: latitude, longitude: longitude)
    }
}
