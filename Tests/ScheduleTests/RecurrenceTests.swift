import Foundation
import Testing
@testable import Schedule
import Vocabulary

@Suite struct RecurrenceTests {
    func make(_ yaml: String, name: String = "p.yaml") throws -> Program {
        let result = parseText(yaml, name: name)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return try #require(result.program)
    }

    func snapshot(_ programs: [(String, String)], station: String? = nil) -> ScheduleSnapshot {
        var files = programs.map { parseText($0.1, name: $0.0) }
        if let station { files.append(parseText(station, name: "station.yaml")) }
        return ScheduleSnapshot(files: files)
    }

    /// Seconds after 1970 of a wall time in UTC+8 (Shanghai has had no DST since 1991).
    func shanghai(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: Double(date(day).daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 - 8 * 3600))
    }

    @Test func dayRules() throws {
        let weekdays = try make(program(days: "days: weekdays"))
        let weekends = try make(program(days: "days: weekends"))
        let monThu = try make(program(days: "days: [mon, thu]"))
        let mixed = try make(program(days: "days: [sun, 2026-12-01]"))
        // 2026-11-30 is a Monday.
        let week = (0..<7).map { date("2026-11-30").adding(days: $0) }
        #expect(week.map { weekdays.plays(on: $0) } == [true, true, true, true, true, false, false])
        #expect(week.map { weekends.plays(on: $0) } == [false, false, false, false, false, true, true])
        #expect(week.map { monThu.plays(on: $0) } == [true, false, false, true, false, false, false])
        #expect(week.map { mixed.plays(on: $0) } == [false, true, false, false, false, false, true])
    }

    @Test func fromUntilAreInclusiveAndExceptWins() throws {
        let p = try make(program("from: 2026-12-01\nuntil: 2027-01-31\nexcept: [2027-01-01]"))
        #expect(!p.plays(on: date("2026-11-30")))
        #expect(p.plays(on: date("2026-12-01")))
        #expect(p.plays(on: date("2026-12-31")))
        #expect(!p.plays(on: date("2027-01-01")))
        #expect(p.plays(on: date("2027-01-31")))
        #expect(!p.plays(on: date("2027-02-01")))
    }

    @Test func leapDayOnlyInLeapYears() throws {
        let p = try make(program(days: "days: [2028-02-29]"))
        let all = (0..<(366 * 4)).map { date("2026-01-01").adding(days: $0) }.filter { p.plays(on: $0) }
        #expect(all == [date("2028-02-29")])
    }

    @Test func occurrencesAreInstantsOfTheStationZoneWhateverTheMachineZone() throws {
        let p = try make(program(times: "times: [07:00, 23:30]"))
        let shanghaiDay = p.occurrences(on: date("2026-12-31"), in: zone("Asia/Shanghai"))
        #expect(shanghaiDay.map(\.due) == [shanghai("2026-12-31", 7), shanghai("2026-12-31", 23, 30)])
        #expect(shanghaiDay.map(\.timeText) == ["07:00", "23:30"])
        #expect(shanghaiDay.map(\.id) == ["p@2026-12-31T07:00:00", "p@2026-12-31T23:30:00"])
        // 23:30 on New Year's Eve in Shanghai is already 2026-12-31 15:30 UTC: year ends are plain arithmetic.
        #expect(shanghaiDay[1].due.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) == 15.5 * 3600)
    }

    @Test func springForwardGapIsSkippedAndFallBackFiresOnce() throws {
        let p = try make(program(times: "times: [01:30, 02:30, 03:30]"))
        let newYork = zone("America/New_York")
        // 2027-03-14: clocks jump from 02:00 to 03:00 EST→EDT; 02:30 does not exist.
        let spring = p.occurrences(on: date("2027-03-14"), in: newYork)
        #expect(spring.map(\.timeText) == ["01:30", "03:30"])
        #expect(spring[1].due.timeIntervalSince(spring[0].due) == 3600)
        // 2027-11-07: 01:00–02:00 happens twice; 01:30 fires once, at the first (EDT) pass.
        let fall = p.occurrences(on: date("2027-11-07"), in: newYork)
        #expect(fall.map(\.timeText) == ["01:30", "02:30", "03:30"])
        let utc = Double(date("2027-11-07").daysSinceEpoch * 86_400)
        #expect(fall[0].due.timeIntervalSince1970 == utc + 5.5 * 3600)  // 01:30 EDT = 05:30 UTC
        #expect(fall[1].due.timeIntervalSince1970 == utc + 7.5 * 3600)  // 02:30 EST = 07:30 UTC
    }

    @Test func timetableOrdersByTimeThenPriorityThenFile() throws {
        let s = snapshot([
            ("a.yaml", program("priority: low", times: "times: [08:00, 12:00]")),
            ("b.yaml", program("priority: emergency", times: "times: [12:00]")),
            ("c.yaml", program("priority: low", times: "times: [12:00, 07:00]")),
            ("d.yaml", program("priority: high", times: "times: [12:00]")),
        ])
        let order = s.timetable(for: date("2026-11-30")).map { "\($0.timeText) \($0.program.id)" }
        #expect(order == ["07:00 c", "08:00 a", "12:00 b", "12:00 d", "12:00 a", "12:00 c"])
    }

    @Test func nextOccurrenceCrossesDaysAndMonthEnds() throws {
        let s = snapshot([("winter.yaml", program("from: 2026-12-01", times: "times: [08:00]", days: "days: [mon, thu]"))])
        // From Monday 2026-11-30 noon: the window opens on Tuesday 12-01, first Thursday is 12-03.
        let next = try #require(s.nextOccurrence(after: shanghai("2026-11-30", 12)))
        #expect(next.date == date("2026-12-03"))
        #expect(next.due == shanghai("2026-12-03", 8))
        // Strictly after: asking at the due instant gives the following one (Monday 12-07).
        #expect(s.nextOccurrence(after: next.due)?.date == date("2026-12-07"))
        #expect(s.nextOccurrence(after: next.due.addingTimeInterval(-1))?.due == next.due)
    }

    @Test func nextOccurrenceAgreesWithTheFullTimetable() {
        // The fast search must find exactly the first entry of the sorted timetable, in a
        // zone with DST too, from many starting instants (deterministic stride).
        let s = snapshot([
            ("a.yaml", program("priority: low", times: "times: [01:30, 12:00]", days: "days: [mon, thu]")),
            ("b.yaml", program("priority: high", times: "times: [12:00, 02:30]", days: "days: weekends")),
            ("c.yaml", program("between: 06:00-21:00", times: "every: 2h30m")),
        ], station: "timezone: America/New_York\n")
        var instant = Date(timeIntervalSince1970: Double(date("2027-03-10").daysSinceEpoch * 86_400))
        for _ in 0..<300 {
            let expected = s.occurrences(after: instant, through: instant.addingTimeInterval(8 * 86_400)).first
            #expect(s.nextOccurrence(after: instant) == expected)
            instant.addTimeInterval(3 * 3600 + 17 * 60 + 13)
        }
    }

    @Test func nextOccurrenceIsBounded() {
        let s = snapshot([("far.yaml", program(days: "days: [2030-01-01]"))])
        #expect(s.nextOccurrence(after: shanghai("2026-11-30", 0), within: 400) == nil)
        #expect(s.nextOccurrence(after: shanghai("2026-11-30", 0), within: 2000)?.date == date("2030-01-01"))
        #expect(snapshot([]).nextOccurrence(after: Date(timeIntervalSince1970: 0)) == nil)
    }

    @Test func stationZoneGovernsTheTimetable() throws {
        let s = snapshot([("p.yaml", program(times: "times: [07:00]"))], station: "timezone: Asia/Urumqi\n")
        #expect(s.station.timeZone.identifier == "Asia/Urumqi")
        let due = try #require(s.timetable(for: date("2026-11-30")).first?.due)
        #expect(due == shanghai("2026-11-30", 9))  // Urumqi is UTC+6, two hours behind Shanghai
    }

    @Test func occurrencesInAWindowAcrossMidnight() {
        let s = snapshot([("p.yaml", program(times: "times: [23:00, 00:30, 06:00]"))])
        let found = s.occurrences(from: shanghai("2026-12-31", 22), to: shanghai("2027-01-01", 6))
        #expect(found.map { "\($0.date) \($0.timeText)" } == ["2026-12-31 23:00", "2027-01-01 00:30"])
        // The planning form excludes its start and includes its end.
        let planned = s.occurrences(after: shanghai("2026-12-31", 23), through: shanghai("2027-01-01", 6))
        #expect(planned.map { "\($0.date) \($0.timeText)" } == ["2027-01-01 00:30", "2027-01-01 06:00"])
    }

    @Test func aYearOfOccurrencesCountsEveryDay() {
        let s = snapshot([
            ("daily.yaml", program(times: "times: [07:00, 12:00, 18:30]")),
            ("interval.yaml", program("between: 09:00-18:00", times: "every: 3h", days: "days: weekdays")),
        ])
        let start = shanghai("2028-01-01", 0), end = shanghai("2029-01-01", 0)
        let all = s.occurrences(from: start, to: end)
        // 2028 is a leap year: 366 days × 3, plus 260 weekdays × 4 (09, 12, 15, 18).
        #expect(all.count == 366 * 3 + 260 * 4)
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.due <= $1.due })
    }

    @Test func quietHoursUseTheStationClock() {
        let station = StationSettings(quietHours: TimeRange(start: LocalTime(hour: 22, minute: 0)!,
                                                            end: LocalTime(hour: 6, minute: 0)!))
        #expect(station.isQuiet(at: shanghai("2026-11-30", 23)))
        #expect(station.isQuiet(at: shanghai("2026-11-30", 5, 59)))
        #expect(!station.isQuiet(at: shanghai("2026-11-30", 6)))
        #expect(!station.isQuiet(at: shanghai("2026-11-30", 12)))
    }
}
