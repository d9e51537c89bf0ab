import Foundation
import Testing
@testable import Schedule
import Vocabulary

@Suite struct LocalDateTests {
    @Test func roundTripsThroughDayNumbersAcrossCenturies() {
        // Every day from 1899 to about 2101 (the leap rules of 1900 and 2000 included),
        // against a date stepped forward by the month lengths.
        var expected = LocalDate(year: 1899, month: 1, day: 1)!
        let first = expected.daysSinceEpoch
        var mismatches: [Int] = []
        for days in first...(first + 74_000) {
            let date = LocalDate(daysSinceEpoch: days)
            if date != expected || date.daysSinceEpoch != days { mismatches.append(days) }
            expected = LocalDate(year: expected.year, month: expected.month, day: expected.day + 1)
                ?? LocalDate(year: expected.year, month: expected.month + 1, day: 1)
                ?? LocalDate(year: expected.year + 1, month: 1, day: 1)!
        }
        #expect(mismatches.isEmpty)
        #expect(expected.year == 2101)
    }

    @Test func knowsLeapYears() {
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2027, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
    }

    @Test func weekdaysMatchTheCalendar() {
        #expect(date("1970-01-01").weekday == .thursday)
        #expect(date("2026-11-30").weekday == .monday)
        #expect(date("2028-02-29").weekday == .tuesday)
        #expect(date("2000-01-01").weekday == .saturday)
        #expect(date("1969-12-31").weekday == .wednesday)
        // Cross-check a span of days against Foundation's Gregorian calendar.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for offset in stride(from: -800, through: 40_000, by: 37) {
            let day = LocalDate(daysSinceEpoch: offset)
            let foundation = calendar.component(.weekday, from: Date(timeIntervalSince1970: Double(offset) * 86_400))
            #expect(day.weekday.rawValue == (foundation + 5) % 7 + 1)
        }
    }

    @Test func addsDaysOverMonthAndYearEnds() {
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2028-02-28").adding(days: 1) == date("2028-02-29"))
        #expect(date("2027-02-28").adding(days: 1) == date("2027-03-01"))
        #expect(date("2027-03-01").adding(days: -1) == date("2027-02-28"))
    }

    @Test func localDateOfAnInstantDependsOnTheZoneNotTheMachine() {
        // 2026-11-30 17:30 UTC is 2026-12-01 01:30 in Shanghai and 12:30 in New York.
        let instant = Date(timeIntervalSince1970: Double(date("2026-11-30").daysSinceEpoch * 86_400 + 17 * 3600 + 1800))
        #expect(LocalDate(instant, in: zone("Asia/Shanghai")) == date("2026-12-01"))
        #expect(LocalDate(instant, in: zone("America/New_York")) == date("2026-11-30"))
    }

    @Test func strictISOParsing() {
        #expect(LocalDate(iso: "2026-12-01") == LocalDate(year: 2026, month: 12, day: 1))
        for bad in ["2026-2-01", "2026-02-30", "20261201", "2026-12-01x", "", "２０２６-12-01"] {
            #expect(LocalDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func timeRangesAcrossMidnight() {
        let quiet = TimeRange(start: LocalTime(hour: 22, minute: 0)!, end: LocalTime(hour: 6, minute: 0)!)
        #expect(quiet.contains(LocalTime(hour: 23, minute: 59)!))
        #expect(quiet.contains(LocalTime(hour: 22, minute: 0)!))
        #expect(quiet.contains(LocalTime(hour: 0, minute: 0)!))
        #expect(!quiet.contains(LocalTime(hour: 6, minute: 0)!))
        #expect(!quiet.contains(LocalTime(hour: 12, minute: 0)!))
    }
}
