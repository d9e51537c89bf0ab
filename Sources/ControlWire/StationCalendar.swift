import FoundationEssentials

/// Reading the times staff type (`--at 07:30`, `--date 2026-03-02`) in the station's zone. Pure.
public struct StationCalendar: Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// "HH:MM" / "HH:MM:SS" (today; an error when already past) or "YYYY-MM-DDTHH:MM[:SS]".
    public func due(_ text: String, now: Date) throws(ControlError) -> Date {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        let day: DateComponents
        let clock: Substring
        switch parts.count {
        case 1:
            day = calendar.dateComponents([.year, .month, .day], from: now)
            clock = parts[0]
        case 2:
            day = try date(String(parts[0]))
            clock = parts[1]
        default:
            throw .badRequest("\"\(text)\" is not a time: use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM")
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard fields.count == 2 || fields.count == 3, fields.allSatisfy({ $0 != nil }),
            let hour = fields[0], let minute = fields[1], (0...23).contains(hour), (0...59).contains(minute),
            (0...59).contains(fields.count == 3 ? fields[2]! : 0)
        else { throw .badRequest("\"\(text)\" is not a time: use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM") }
        var components = day
        components.hour = hour
        components.minute = minute
        components.second = fields.count == 3 ? fields[2]! : 0
        guard let instant = calendar.date(from: components) else { throw .badRequest("\"\(text)\" is not a time") }
        if parts.count == 1, instant < now.addingTimeInterval(-1) {
            throw .badRequest("\(text) has already passed today; give a date: --at YYYY-MM-DDT\(clock)")
        }
        // A date-time in the past is as much a mistake as a past HH:MM (a wrong year, 1970 from
        // a script): it would play at once. "Now" is `say` without --at.
        if parts.count == 2, instant < now.addingTimeInterval(-1) {
            throw .badRequest("\(text) has already passed (the station's clock is at \(dayName(now)) \(timeOfDay(now))); give a later date and time, or leave out --at to play it now")
        }
        return instant
    }

    /// An end time (`volume --until`): "HH:MM[:SS]" is its next coming (tomorrow once past
    /// today), a date-time must lie ahead.
    public func nextInstant(_ text: String, now: Date) throws(ControlError) -> Date {
        // A clock time read against the start of today, a date-time against no time at all, so
        // that `due` finds nothing past (its refusal speaks of --at): this decides.
        let given = try due(text, now: text.contains("T") ? .distantPast : calendar.startOfDay(for: now))
        if given > now { return given }
        guard !text.contains("T") else {
            throw .badRequest("\(text) has already passed (the station's clock is at \(dayName(now)) \(timeOfDay(now))); give a later time")
        }
        return calendar.date(byAdding: .day, value: 1, to: given) ?? given
    }

    /// The station-zone day "YYYY-MM-DD" as an interval of instants.
    public func day(_ text: String?, now: Date) throws(ControlError) -> DateInterval {
        let components = try text.map(date) ?? calendar.dateComponents([.year, .month, .day], from: now)
        guard let start = calendar.date(from: components),
            let end = calendar.date(byAdding: .day, value: 1, to: start)
        else { throw .badRequest("\"\(text ?? "")\" is not a date") }
        return DateInterval(start: start, end: end)
    }

    func timeOfDay(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: instant)
        return digits(parts.hour ?? 0, 2) + ":" + digits(parts.minute ?? 0, 2) + ":" + digits(parts.second ?? 0, 2)
    }

    public func dayName(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return digits(parts.year ?? 0, 4) + "-" + digits(parts.month ?? 0, 2) + "-" + digits(parts.day ?? 0, 2)
    }

    private func date(_ text: String) throws(ControlError) -> DateComponents {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard fields.count == 3, let year = fields[0], let month = fields[1], let day = fields[2],
            (1...12).contains(month), (1...31).contains(day),
            calendar.date(from: DateComponents(year: year, month: month, day: day))
                .map({ calendar.component(.day, from: $0) == day }) == true
        else { throw .badRequest("\"\(text)\" is not a date: use YYYY-MM-DD") }
        return DateComponents(year: year, month: month, day: day)
    }
}

/// `value` in decimal, zero-padded to `width` digits (String(format: "%0Nd") without Foundation).
package func digits(_ value: Int, _ width: Int) -> String {
    let text = String(value.magnitude)
    return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
}
