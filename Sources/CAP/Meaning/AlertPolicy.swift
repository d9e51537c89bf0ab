// The station's rules for alerts from outside (`alerts:` in station.yaml): where it is, whom
// it believes, whether it broadcasts drills, and how often an alert is repeated.
import FoundationEssentials

public struct AlertPolicy: Sendable, Hashable {
    /// The drop folder (`folder:`); nil means the default under the state directory.
    public var folder: String?
    /// The station's administrative division (GB/T 2260), the prefix CAP geocodes are matched by.
    public var region: RegionCode?
    /// The station's place, tested against CAP polygons and circles.
    public var location: Coordinate?
    /// Senders whose alerts are broadcast (`senders:`); nil means any sender.
    public var senders: [String]?
    /// Whether Test and Exercise messages are broadcast, then as 演练 (`drills:`).
    public var drills: Bool
    /// How long after a broadcast the alert is read again while it has not expired (`repeat_every:`).
    public var repeatEvery: TimeInterval
    /// How many times an alert is broadcast again after the first (`max_repeats:`).
    public var maxRepeats: Int
    /// Readings in a row each time it is broadcast (`repeat:`, as a program's).
    public var readings: Int
    /// The longest description read, in characters; a longer one ends at the last full sentence
    /// within it (`description_limit:`).
    public var descriptionLimit: Int

    public static let repeatEveryBounds: ClosedRange<TimeInterval> = 60...86_400
    public static let maxRepeatsBounds = 0...48
    public static let descriptionLimitBounds = 20...2000

    public init(folder: String? = nil, region: RegionCode? = nil, location: Coordinate? = nil, senders: [String]? = nil,
                drills: Bool = false, repeatEvery: TimeInterval = 15 * 60, maxRepeats: Int = 4, readings: Int = 2,
                descriptionLimit: Int = 300) {
        self.folder = folder
        self.region = region
        self.location = location
        self.senders = senders
        self.drills = drills
        self.repeatEvery = repeatEvery
        self.maxRepeats = maxRepeats
        self.readings = readings
        self.descriptionLimit = descriptionLimit
    }
}

/// A GB/T 2260 administrative division code as CAP geocodes carry it: 6 digits (province 2,
/// prefecture 2, county 2), or 9 and 12 with the township and village (统计用区划代码).
/// Trailing zero groups mean "the whole of": 440000 is all of Guangdong, 440300 Shenzhen.
public struct RegionCode: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    /// nil unless `text` is 6, 9 or 12 digits starting with a province (11–82).
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces
        guard [6, 9, 12].contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isNumber }),
              let province = Int(trimmed.prefix(2)), (11...82).contains(province) else { return nil }
        digits = trimmed
    }

    /// The significant part: the digits up to the last level that is not all zeros.
    public var prefix: Substring {
        for length in [2, 4, 6, 9, 12] where length <= digits.count {
            if digits.dropFirst(length).allSatisfy({ $0 == "0" }) { return digits.prefix(length) }
        }
        return digits[...]
    }

    /// Whether the division `self` names contains `other` (or is it). A station known only to
    /// its county also counts as inside an alert for one of that county's townships: it cannot
    /// be ruled out, and a warning heard by a neighbour costs less than one missed.
    public func overlaps(_ other: RegionCode) -> Bool {
        other.prefix.hasPrefix(prefix) || prefix.hasPrefix(other.prefix)
    }

    public var description: String { digits }
}
