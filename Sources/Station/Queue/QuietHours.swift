import Foundation
import Vocabulary

/// The nightly span when only emergencies may sound, on the station's wall clock. Its span may
/// cross midnight (22:00–06:00); equal start and end means no quiet hours.
public struct QuietHours: Equatable, Sendable {
    public var span: TimeRange
    public var timeZone: TimeZone

    public init(_ span: TimeRange, timeZone: TimeZone) {
        self.span = span
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
        return span.contains(LocalTime(secondsSinceMidnight: now))
    }

    /// The next instant after `instant` at which the quiet span ends (valid whether or not
    /// `instant` is inside it).
    public func nextEnd(after instant: Date) -> Date? {
        next(span.end, after: instant)
    }

    /// The next instant after `instant` at which a quiet span begins.
    public func nextStart(after instant: Date) -> Date? {
        next(span.start, after: instant)
    }

    private func next(_ time: LocalTime, after instant: Date) -> Date? {
        guard span.start != span.end else { return nil }
        return calendar.nextDate(
            after: instant,
            matching: DateComponents(hour: time.hour, minute: time.minute, second: time.second),
            matchingPolicy: .nextTime)
    }
}
