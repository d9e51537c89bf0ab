// Which programs play when: pure functions of a date (or instant) and the station's zone.
import Foundation
import Vocabulary

/// Shares one program among all its occurrences: a year of a thousand programs is half a
/// million occurrences, and copying the whole Program into each made sorting them slow.
final class ProgramBox: Sendable {
    let program: Program
    init(_ program: Program) { self.program = program }
}

/// One due time of one program on one day (播出时间).
public struct Occurrence: Hashable, Sendable {
    private let box: ProgramBox
    public var program: Program { box.program }
    /// The program's place in file-name order: the last tie-break.
    public let fileOrder: Int
    public let date: LocalDate
    public let time: LocalTime
    public let due: Date
    /// Line of the `times` entry (or of `every`) that produced it.
    public let sourceLine: Int

    init(box: ProgramBox, fileOrder: Int, date: LocalDate, time: LocalTime, due: Date, sourceLine: Int) {
        self.box = box
        self.fileOrder = fileOrder
        self.date = date
        self.time = time
        self.due = due
        self.sourceLine = sourceLine
    }

    public static func == (a: Occurrence, b: Occurrence) -> Bool {
        a.due == b.due && a.date == b.date && a.time == b.time && a.fileOrder == b.fileOrder
            && a.sourceLine == b.sourceLine && (a.box === b.box || a.program == b.program)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(program.id)
        hasher.combine(due)
    }

    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
    public var timeText: String { time.description }

    /// Stable across reloads: the same program, day and time give the same id, so a daemon
    /// can replace a queued occurrence instead of adding it twice.
    public var id: String {
        "\(program.id)@\(date)T" + String(format: "%02d:%02d:%02d", time.hour, time.minute, time.second)
    }

    /// Timetable order: due time, then priority (emergency first), then file order.
    public static func timetableOrder(_ a: Occurrence, _ b: Occurrence) -> Bool {
        if a.due != b.due { return a.due < b.due }
        if a.program.priority != b.program.priority { return a.program.priority > b.program.priority }
        if a.fileOrder != b.fileOrder { return a.fileOrder < b.fileOrder }
        return a.sourceLine < b.sourceLine
    }
}

extension Program {
    /// Whether the program plays at all on `date` (days, from/until, except).
    public func plays(on date: LocalDate) -> Bool {
        if let from, date < from { return false }
        if let until, date > until { return false }
        if except.contains(date) { return false }
        switch days {
        case .daily: return true
        case .weekdays: return !date.weekday.isWeekend
        case .weekends: return date.weekday.isWeekend
        case .selected(let weekdays, let dates): return weekdays.contains(date.weekday) || dates.contains(date)
        }
    }

    /// The wall-clock times of one playing day, in order, each with its source line.
    public var dailyTimes: [TimeEntry] {
        switch times {
        case .at(let entries):
            return entries
        case .every(let interval, let range, let line):
            return stride(from: range.start.secondsSinceMidnight, through: range.end.secondsSinceMidnight, by: interval)
                .map { TimeEntry(time: LocalTime(secondsSinceMidnight: $0), line: line) }
        }
    }

    /// This program's occurrences on `date` in `timeZone` (see DayOffsets.swift for DST gaps and overlaps).
    public func occurrences(on date: LocalDate, in timeZone: TimeZone, fileOrder: Int = 0) -> [Occurrence] {
        ProgramBox(self).occurrences(on: DayOffsets(date: date, timeZone: timeZone), fileOrder: fileOrder)
    }
}

extension ProgramBox {
    func occurrences(on day: DayOffsets, fileOrder: Int) -> [Occurrence] {
        guard program.plays(on: day.date) else { return [] }
        return program.dailyTimes.compactMap { entry in
            day.instant(of: entry.time).map {
                Occurrence(box: self, fileOrder: fileOrder, date: day.date, time: entry.time, due: $0, sourceLine: entry.line)
            }
        }
    }

    /// The earliest occurrence on the day due after `instant`, without building the rest.
    func firstOccurrence(on day: DayOffsets, after instant: Date, fileOrder: Int) -> Occurrence? {
        guard program.plays(on: day.date) else { return nil }
        for entry in program.dailyTimes {
            if let due = day.instant(of: entry.time), due > instant {
                return Occurrence(box: self, fileOrder: fileOrder, date: day.date, time: entry.time, due: due,
                                  sourceLine: entry.line)
            }
        }
        return nil
    }
}

extension ScheduleSnapshot {
    /// The station-local date at `instant` (the daemon passes its clock's now).
    public func localDate(at instant: Date) -> LocalDate {
        LocalDate(instant, in: station.timeZone)
    }

    /// Every occurrence on `date` in the station's zone, in timetable order.
    public func timetable(for date: LocalDate) -> [Occurrence] {
        let day = DayOffsets(date: date, timeZone: station.timeZone)
        return boxes.enumerated()
            .flatMap { index, box in box.occurrences(on: day, fileOrder: index) }
            .sorted(by: Occurrence.timetableOrder)
    }

    /// Occurrences due in `start ..< end`, in timetable order.
    public func occurrences(from start: Date, to end: Date) -> [Occurrence] {
        occurrences(spanning: start, end) { $0 >= start && $0 < end }
    }

    /// Occurrences due in the span (`after`, `through`] — the daemon's planning step, which
    /// resumes exactly after what it planned before.
    public func occurrences(after: Date, through: Date) -> [Occurrence] {
        occurrences(spanning: after, through) { $0 > after && $0 <= through }
    }

    private func occurrences(spanning start: Date, _ end: Date, where keep: (Date) -> Bool) -> [Occurrence] {
        guard start <= end else { return [] }
        // One day of margin either side: a local day spans up to 26 h of instants.
        var date = localDate(at: start).adding(days: -1)
        let last = localDate(at: end).adding(days: 1)
        var found: [Occurrence] = []
        while date <= last {
            found += timetable(for: date).filter { keep($0.due) }
            date = date.adding(days: 1)
        }
        return found
    }

    /// The first occurrence due strictly after `instant`, searching at most `days` days ahead
    /// (a program whose dates all lie further out is not found: the daemon asks again daily).
    public func nextOccurrence(after instant: Date, within days: Int = 400) -> Occurrence? {
        guard !programs.isEmpty else { return nil }
        var date = localDate(at: instant).adding(days: -1)
        for _ in 0...(days + 1) {
            let day = DayOffsets(date: date, timeZone: station.timeZone)
            var best: Occurrence?
            for (index, box) in boxes.enumerated() {
                guard let candidate = box.firstOccurrence(on: day, after: instant, fileOrder: index) else { continue }
                if best.map({ Occurrence.timetableOrder(candidate, $0) }) ?? true { best = candidate }
            }
            if let best { return best }
            date = date.adding(days: 1)
        }
        return nil
    }
}
