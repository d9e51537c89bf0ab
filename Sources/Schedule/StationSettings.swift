// Station-wide settings from `station.yaml`. Every one is optional; the defaults below are
// what a station runs with when the file is absent.
import CAP
import Foundation
import Loudness
import Vocabulary

public struct StationSettings: Hashable, Sendable {
    public static let defaultTimeZoneID = "Asia/Shanghai"

    /// The station's zone. If tzdata is missing, China's fixed UTC+8 stands in for Asia/Shanghai
    /// (China has had no daylight saving since 1991, so the two agree for every schedule date).
    public var timeZone: TimeZone
    public var quietHours: TimeRange?
    /// How late a missed program occurrence may still play (after a restart or clock step).
    public var grace: TimeInterval
    public var output: SinkChoice
    public var amplifier: AmplifierSettings?
    /// Levels by the hour and for emergencies (`volume:`); 100% everywhere by default.
    public var volume: VolumePlan
    /// The sound card's ALSA mixer element that the level is set on (`mixer:`, as `amixer
    /// scontrols` names it); without one the level is digital gain on the samples.
    public var mixer: String?
    /// Seconds of silence written to the sound card before the chime, so that a card or an
    /// amplifier that wakes with the stream loses silence rather than the first syllable.
    public var leadIn: TimeInterval

    public static let defaultLeadIn: TimeInterval = 0.5
    /// The loudness every announcement is brought to (`loudness:`, `true_peak:`).
    public var loudness: LoudnessTarget = .horns
    /// The village's loudspeaker zones and where each plays (`zones:`); `.whole` — one zone,
    /// the station's `output:` — when the file names none.
    public var zones: StationZones = .whole
    /// How CAP alerts from outside are taken (`alerts:`); nil when the station has no such block
    /// (the drop folder still works, with the defaults: docs/alerts.md).
    public var alerts: AlertPolicy?

    public init(timeZone: TimeZone = StationSettings.defaultTimeZone, quietHours: TimeRange? = nil,
                grace: TimeInterval = 600, output: SinkChoice = .auto, amplifier: AmplifierSettings? = nil,
                volume: VolumePlan = VolumePlan(), mixer: String? = nil, leadIn: TimeInterval = StationSettings.defaultLeadIn) {
        self.volume = volume
        self.mixer = mixer
        self.leadIn = leadIn
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
