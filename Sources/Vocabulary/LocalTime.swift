import FoundationEssentials

/// A wall-clock time of day in the station's zone, 00:00:00 … 23:59:59.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public init(secondsSinceMidnight s: Int) {
        let clamped = min(max(s, 0), 86_399)
        hour = clamped / 3600
        minute = clamped / 60 % 60
        second = clamped % 60
    }

    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    public var description: String {
        // Not String(format:): that is Foundation's, and the light `dalaba` links this module.
        second == 0 ? Self.twoDigits(hour) + ":" + Self.twoDigits(minute)
            : Self.twoDigits(hour) + ":" + Self.twoDigits(minute) + ":" + Self.twoDigits(second)
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}

/// A daily span of wall-clock time, possibly across midnight (22:00–06:00): quiet hours, or the
/// `between:` of a repeating program.
public struct TimeRange: Hashable, Sendable, CustomStringConvertible {
    public let start: LocalTime
    public let end: LocalTime

    public init(start: LocalTime, end: LocalTime) {
        self.start = start
        self.end = end
    }

    public var crossesMidnight: Bool { end < start }

    /// Start inclusive, end exclusive: quiet hours 22:00–06:00 hold 22:00 but not 06:00.
    /// Equal start and end hold nothing.
    public func contains(_ time: LocalTime) -> Bool {
        crossesMidnight ? (time >= start || time < end) : (time >= start && time < end)
    }

    public var description: String { "\(start)-\(end)" }
}
