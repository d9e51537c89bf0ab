// Validates `station.yaml` into StationSettings. Its keys are for the admin, in English.
import Foundation
import Loudness
import Messages
import Vocabulary
import Yams

enum StationParser {
    static let keys = KeyTable([
        KeySpec(name: "timezone", aliases: ["时区"]),
        KeySpec(name: "quiet_hours", aliases: ["静音时段"]),
        KeySpec(name: "grace", aliases: []),
        KeySpec(name: "output", aliases: []),
        KeySpec(name: "amplifier", aliases: ["功放"]),
        KeySpec(name: "volume", aliases: ["音量"]),
        KeySpec(name: "mixer", aliases: ["混音器"]),
        KeySpec(name: "lead_in", aliases: ["前置静音"]),
        KeySpec(name: "loudness", aliases: ["响度"]),
        KeySpec(name: "true_peak", aliases: ["峰值上限"]),
        KeySpec(name: "zones", aliases: ["分区"]),
        // CAP alerts from outside (StationAlertsParser.swift).
        KeySpec(name: "alerts", aliases: ["预警"]),
    ])

    static let amplifierKeys = KeyTable([
        KeySpec(name: "on_command", aliases: []),
        KeySpec(name: "off_command", aliases: []),
        KeySpec(name: "warm_up", aliases: []),
        KeySpec(name: "hold", aliases: []),
    ])

    static func parse(root: Node, sink: inout DiagnosticSink) -> StationSettings? {
        // A station.yaml holding only comments is a valid "all defaults" file.
        if root.isNull { return StationSettings() }
        guard case .mapping(let mapping) = root else {
            sink.error(root.position, StructureHints.notAMappingMessage(
                root, what: ScheduleMessage.whatStationFile(),
                keys: LocalizedText(english: "timezone, quiet_hours, grace, output",
                                    chinese: "timezone、quiet_hours、grace、output")))
            return nil
        }
        let fields = FieldReader(mapping: mapping, keys: keys, what: ScheduleMessage.whatStation(), sink: &sink)
        var settings = StationSettings()
        if let field = fields["timezone"],
           let zone = FieldReader.value(field, sink: &sink, example: "timezone: Asia/Shanghai", parseZone) {
            settings.timeZone = zone
        }
        if let field = fields["quiet_hours"] {
            settings.quietHours = readQuietHours(field, sink: &sink)
        }
        if let field = fields["grace"], let grace = FieldReader.value(field, sink: &sink, example: "grace: 10m", {
            text throws(ValueError) in try bounded(ValueSyntax.duration(text), max: 86_400, what: "grace", limit: "24h")
        }) {
            settings.grace = grace
        }
        if let field = fields["output"], let output = FieldReader.value(field, sink: &sink, example: "output: auto", {
            text throws(ValueError) in try SinkChoice(parsing: text)
        }) {
            settings.output = output
        }
        if let field = fields["amplifier"] {
            settings.amplifier = readAmplifier(field, sink: &sink)
        }
        if let field = fields["volume"], let plan = readVolume(field, sink: &sink) {
            settings.volume = plan
        }
        if let field = fields["mixer"], let text = FieldReader.scalarText(field, sink: &sink, example: "mixer: Speaker") {
            settings.mixer = text.trimmed()
        }
        if let field = fields["lead_in"], let leadIn = FieldReader.value(field, sink: &sink, example: "lead_in: 0.5s", {
            text throws(ValueError) in try bounded(ValueSyntax.duration(text), max: 10, what: "lead_in", limit: "10s")
        }) {
            settings.leadIn = leadIn
        }
        readLoudness(fields, into: &settings, sink: &sink)
        if let field = fields["zones"], let zones = ZonesReader.read(field, sink: &sink) {
            settings.zones = zones
            if zones.areNamed, let mixer = fields["mixer"] {
                sink.warning(mixer.keyPosition, ScheduleMessage.mixerIgnoredWithZones())
            }
        }
        if let field = fields["alerts"] {
            settings.alerts = readAlerts(field, sink: &sink)
        }
        return sink.hasErrors ? nil : settings
    }

    /// `loudness: -16` (LUFS) and `true_peak: -1` (dBTP), each with or without its unit; the
    /// pair is checked together by LoudnessTarget.validate (the ceiling must be above the target).
    private static func readLoudness(_ fields: FieldReader, into settings: inout StationSettings, sink: inout DiagnosticSink) {
        func number(_ key: String, unit: String, example: String) -> Double? {
            fields[key].flatMap {
                FieldReader.value($0, sink: &sink, example: example) { text throws(ValueError) in
                    var trimmed = text.trimmed()
                    if trimmed.lowercased().hasSuffix(unit.lowercased()) { trimmed = String(trimmed.dropLast(unit.count)).trimmed() }
                    guard let value = Double(trimmed.replacingOccurrences(of: "−", with: "-")), value.isFinite else {
                        throw ValueError(ScheduleMessage.loudnessNotANumber(["key": key, "text": text, "unit": unit]))
                    }
                    return value
                }
            }
        }
        let integrated = number("loudness", unit: "LUFS", example: "loudness: -16")
        let ceiling = number("true_peak", unit: "dBTP", example: "true_peak: -1")
        guard integrated != nil || ceiling != nil else { return }
        let target = LoudnessTarget(integrated: integrated ?? LoudnessTarget.defaultIntegrated,
                                    truePeakCeiling: ceiling ?? LoudnessTarget.defaultTruePeakCeiling)
        do {
            try target.validate()
            settings.loudness = target
        } catch {
            let field = (fields["loudness"] ?? fields["true_peak"])!
            sink.error(field.value.position, ScheduleMessage.loudnessInvalid(["reason": error.message]))
        }
    }

    private static func bounded(_ seconds: TimeInterval, max: TimeInterval, what: String,
                                limit: String) throws(ValueError) -> TimeInterval {
        guard seconds <= max else { throw ValueError(ScheduleMessage.tooLong(["what": what, "limit": limit])) }
        return seconds
    }

    private static func parseZone(_ raw: String) throws(ValueError) -> TimeZone {
        let name = raw.trimmed()
        if name == StationSettings.defaultTimeZoneID { return StationSettings.defaultTimeZone }
        // Only region names: an abbreviation like CST means different zones in different places.
        guard name.contains("/") || name == "UTC", let zone = TimeZone(identifier: name) else {
            throw ValueError(ScheduleMessage.unknownTimeZone(["text": raw]))
        }
        return zone
    }

    private static func readQuietHours(_ field: Field, sink: inout DiagnosticSink) -> TimeRange? {
        if field.value.isNull { return nil }
        return FieldReader.value(field, sink: &sink, example: "quiet_hours: 22:00-06:00") { raw throws(ValueError) in
            if ["none", "off", "无", "no", "false"].contains(raw.trimmed().lowercased()) {
                return nil
            }
            return try ValueSyntax.range(raw)
        } ?? nil
    }

    /// `volume: 80%` (one level at every hour), or a group: time ranges with their levels,
    /// `default:` outside them and `emergency:` (both 100% unless given).
    private static func readVolume(_ field: Field, sink: inout DiagnosticSink) -> VolumePlan? {
        let example = "volume: {\"06:00-08:00\": 70%, default: 85%, emergency: 100%}"
        guard case .mapping(let mapping) = field.value else {
            return FieldReader.value(field, sink: &sink, example: "volume: 85%") { text throws(ValueError) in
                VolumePlan(other: try VolumeLevel(parsing: text))
            }
        }
        var plan = VolumePlan()
        var errors = false
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string.trimmed() ?? ""
            let level: VolumeLevel
            do throws(ValueError) {
                guard case .scalar(let scalar) = value, !value.isNull else {
                    throw ValueError(ScheduleMessage.volumeNeedsLevel(["key": key, "example": example]))
                }
                level = try VolumeLevel(parsing: scalar.string)
            } catch {
                sink.error(value.position, error.text)
                errors = true
                continue
            }
            switch key {
            case "default", "默认": plan.other = level
            case "emergency", "紧急": plan.emergency = level
            default:
                do {
                    plan.spans.append(VolumePlan.Span(try ValueSyntax.range(key), level))
                } catch {
                    sink.error(keyNode.position, ScheduleMessage.volumeNotARange(["key": key.prefix(40), "example": example]))
                    errors = true
                }
            }
        }
        return errors ? nil : plan
    }

    private static func readAmplifier(_ field: Field, sink: inout DiagnosticSink) -> AmplifierSettings? {
        guard case .mapping(let mapping) = field.value else {
            if field.value.isNull { return nil }
            sink.error(field.value.position, ScheduleMessage.amplifierNotAGroup())
            return nil
        }
        let fields = FieldReader(mapping: mapping, keys: amplifierKeys, what: ScheduleMessage.whatAmplifier(), sink: &sink)
        var amplifier = AmplifierSettings()
        for (key, example) in [("on_command", "on_command: gpioset gpiochip0 17=1"),
                               ("off_command", "off_command: gpioset gpiochip0 17=0")] {
            guard let field = fields[key],
                  let text = FieldReader.scalarText(field, sink: &sink, example: example) else { continue }
            let command = text.trimmed()
            if key == "on_command" { amplifier.onCommand = command } else { amplifier.offCommand = command }
        }
        for (key, example, limit, limitText) in [("warm_up", "warm_up: 2s", 60.0, "1m"), ("hold", "hold: 30s", 3600, "1h")] {
            guard let field = fields[key], let seconds = FieldReader.value(field, sink: &sink, example: example, {
                text throws(ValueError) in try bounded(ValueSyntax.duration(text, bareUnit: 1), max: limit, what: key, limit: limitText)
            }) else { continue }
            if key == "warm_up" { amplifier.warmUp = seconds } else { amplifier.hold = seconds }
        }
        if amplifier.onCommand == nil, amplifier.offCommand == nil, !sink.hasErrors {
            sink.warning(field.keyPosition, ScheduleMessage.amplifierDoesNothing())
        }
        return amplifier
    }
}
