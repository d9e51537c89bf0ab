import Foundation
import Testing

@testable import Station
import Vocabulary

@Suite struct QuietHoursTests {
    let overnight = QuietHours(TimeRange(start: LocalTime(hour: 22, minute: 0)!, end: LocalTime(hour: 6, minute: 0)!), timeZone: shanghai)

    // t0 is 16:00 in Shanghai.
    static let samples: [(TimeInterval, Bool)] = [(5 * 3600 + 3599, false), (6 * 3600, true), (14 * 3600 - 1, true), (14 * 3600, false)]

    @Test(arguments: samples)
    func overnightSpanWrapsMidnight(offset: TimeInterval, quiet: Bool) {
        #expect(overnight.contains(at(offset)) == quiet)
    }

    @Test func daytimeSpan() {
        let noon = QuietHours(TimeRange(start: LocalTime(hour: 12, minute: 0)!, end: LocalTime(hour: 13, minute: 30)!), timeZone: shanghai)
        #expect(noon.contains(at(-4 * 3600)))  // 12:00
        #expect(!noon.contains(at(-4 * 3600 + 5400)))  // 13:30
    }

    @Test func equalStartAndEndMeansNone() {
        let none = QuietHours(TimeRange(start: LocalTime(hour: 1, minute: 0)!, end: LocalTime(hour: 1, minute: 0)!), timeZone: shanghai)
        #expect(!none.contains(at(-15 * 3600)))
        #expect(none.nextEnd(after: t0) == nil)
    }

    @Test func nextEndAndStartAreInTheStationZone() {
        #expect(overnight.nextStart(after: t0) == at(6 * 3600))
        #expect(overnight.nextEnd(after: t0) == at(14 * 3600))
    }

    @Test func timeOfDayPrintsSecondsOnlyWhenSet() {
        #expect(LocalTime(hour: 6, minute: 5)!.description == "06:05")
        #expect(LocalTime(hour: 6, minute: 5, second: 9)!.description == "06:05:09")
    }
}
