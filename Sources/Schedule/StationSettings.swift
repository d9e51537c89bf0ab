// Station-wide settings from `station.yaml`. Every one is optional; the defaults below are
// what a station runs with when the file is absent.
import Foundation
import Messages

/// Where the audio goes (`output:`), in the same spelling as `dalabad --output`.
public enum OutputDevice: Hashable, Sendable, CustomStringConvertible {
    /// ALSA's default device when the machine has a sound card, else WAV files in the state dir.
    case auto
    case alsa(String)
    case wav(directory: String)
    case null

    /// Parses `auto`, `alsa:NAME`, `wav:DIR` or `null`.
    public init(parsing text: String) throws(ValueError) {
        let trimmed = text.trimmed()
        if trimmed == "auto" { self = .auto; return }
        if trimmed == "null" { self = .null; return }
        if trimmed.hasPrefix("alsa:"), trimmed.count > 5 { self = .alsa(String(trimmed.dropFirst(5))); return }
        if trimmed.hasPrefix("wav:"), trimmed.count > 4 { self = .wav(directory: String(trimmed.dropFirst(4))); return }
        throw ValueError(ScheduleMessage.unknownOutput(["text": text]))
    }

    public var description: String {
        switch self {
        case .auto: "auto"
        case .alsa(let name): "alsa:\(name)"
        case .wav(let directory): "wav:\(directory)"
        case .null: "null"
        }
    }
}

/// Shell commands that switch the amplifier (功放) on before speaking and off after.
public struct AmplifierSettings: Hashable, Sendable {
    public var onCommand: String?
    public var offCommand: String?
    /// Wait after `onCommand` before the first sample.
    public var warmUp: TimeInterval
    /// Keep the amplifier on this long after the last announcement, in case another follows.
    public var hold: TimeInterval

    public init(onCommand: String? = nil, offCommand: String? = nil, warmUp: TimeInterval = 2, hold: TimeInterval = 30) {
        self.onCommand = onCommand
        self.offCommand = offCommand
        self.warmUp = warmUp
        self.hold = hold
    }
}

public struct StationSettings: Hashable, Sendable {
    public static let defaultTimeZoneID = "Asia/Shanghai"

    /// The station's zone. If tzdata is missing, China's fixed UTC+8 stands in for Asia/Shanghai
    /// (China has had no daylight saving since 1991, so the two agree for every schedule date).
    public var timeZone: TimeZone
    public var quietHours: TimeRange?
    /// How late a missed program occurrence may still play (after a restart or clock step).
    public var grace: TimeInterval
    public var output: OutputDevice
    public var amplifier: AmplifierSettings?

    public init(timeZone: TimeZone = StationSettings.defaultTimeZone, quietHours: TimeRange? = nil,
                grace: TimeInterval = 600, output: OutputDevice = .auto, amplifier: AmplifierSettings? = nil) {
        self.timeZone = timeZone
        self.quietHours = quietHours
        self.grace = grace
        self.output = output
        self.amplifier = amplifier
    }

    public static var defaultTimeZone: TimeZone {
        TimeZone(identifier: defaultTimeZoneID) ?? TimeZone(secondsFromGMT: 8 * 3600)!
    }

    /// Whether `instant` falls in quiet hours (静音时段), read on the station's wall clock.
    public func isQuiet(at instant: Date) -> Bool {
        guard let quietHours else { return false }
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        var seconds = local.truncatingRemainder(dividingBy: 86_400)
        if seconds < 0 { seconds += 86_400 }
        return quietHours.contains(LocalTime(secondsSinceMidnight: Int(seconds)))
    }
}
