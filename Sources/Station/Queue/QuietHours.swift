import Foundation

/// A time of day in the station's zone, to the second.
public struct TimeOfDay: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(hour: Int, minute: Int, second: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    public var description: String {
        second == 0
            ? String(format: "%02d:%02d", hour, minute)
            : String(format: "%02d:%02d:%02d", hour, minute, second)
    }
}

/// The nightly span when only emergencies may sound. `start` may be after `end`
/// (22:00–06:00 wraps midnight). Equal start and end means no quiet hours.
public struct QuietHours: Equatable, Sendable {
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var timeZone: TimeZone

    public init(start: TimeOfDay, end: TimeOfDay, timeZone: TimeZone) {
        self.start = start
        self.end = end
        self.timeZone = timeZone
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public func contains(_ instant: Date) -> Bool {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: instant)
        let now = (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)
        let (from, to) = (start.secondsSinceMidnight, end.secondsSinceMidnight)
        if from == to { return false }
        return from < to ? (now >= from && now < to) : (now >= from || now < to)
    }

    /// The next instant after `instant` at which the quiet span ends (valid whether or not
    /// `instant` is inside it).
    public func nextEnd(after instant: Date) -> Date? {
        next(end, after: instant)
    }

    /// The next instant after `instant` at which a quiet span begins.
    public func nextStart(after instant: Date) -> Date? {
        next(start, after: instant)
    }

    private func next(_ time: TimeOfDay, after instant: Date) -> Date? {
        guard start != end else { return nil }
        return calendar.nextDate(
            after: instant,
            matching: DateComponents(hour: time.hour, minute: time.minute, second: time.second),
            matchingPolicy: .nextTime)
    }
}
