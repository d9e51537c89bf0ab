import Testing
@testable import Schedule
import Vocabulary

@Suite struct ValueSyntaxTests {
    @Test(arguments: [("8:05", 8, 5, 0), ("08:05", 8, 5, 0), ("08:05:30", 8, 5, 30), ("0:00", 0, 0, 0),
                      ("23:59:59", 23, 59, 59), ("０７：３０", 7, 30, 0), (" 12:00 ", 12, 0, 0)])
    func acceptsTimes(text: String, hour: Int, minute: Int, second: Int) throws {
        #expect(try ValueSyntax.time(text) == LocalTime(hour: hour, minute: minute, second: second))
    }

    @Test func rejectsImpossibleTimesWithTheFix() {
        #expect(throws: ValueError("time 24:00 does not exist — use 00:00 (it belongs to the next day) or 23:59")) {
            try ValueSyntax.time("24:00")
        }
        #expect(throws: ValueError("time 07:60 does not exist — minutes go from 00 to 59")) {
            try ValueSyntax.time("07:60")
        }
        #expect(throws: ValueError("time 25:10 does not exist — hours go from 00 to 23")) {
            try ValueSyntax.time("25:10")
        }
        for bad in ["720", "7.30", "07:5", "007:00", "7:30pm", "", ":30", "12:00:00:00", "-1:00"] {
            #expect(throws: ValueError.self, "\(bad)") { try ValueSyntax.time(bad) }
        }
    }

    @Test func datesInTheSpellingsClerksUse() throws {
        let expected = LocalDate(year: 2026, month: 12, day: 1)
        for text in ["2026-12-01", "2026-12-1", "2026/12/01", "2026.12.1", "2026年12月1日", "2026年12月1号"] {
            #expect(try ValueSyntax.date(text) == expected, "\(text)")
        }
    }

    @Test func impossibleDatesSayWhy() {
        #expect(throws: ValueError("date 2026-02-29 does not exist — February 2026 has 28 days")) {
            try ValueSyntax.date("2026-02-29")
        }
        #expect(throws: ValueError("date 2026-13-01 does not exist — months go from 1 to 12 (year-month-day order)")) {
            try ValueSyntax.date("2026-13-01")
        }
        for bad in ["12/01/2026", "2026-12", "tomorrow", "2026-12-01-02", "26-12-01"] {
            #expect(throws: ValueError.self, "\(bad)") { try ValueSyntax.date(bad) }
        }
    }

    @Test func durations() throws {
        #expect(try ValueSyntax.duration("30s") == 30)
        #expect(try ValueSyntax.duration("10m") == 600)
        #expect(try ValueSyntax.duration("2h") == 7200)
        #expect(try ValueSyntax.duration("1h30m") == 5400)
        #expect(try ValueSyntax.duration("1.5s") == 1.5)
        #expect(try ValueSyntax.duration("2小时") == 7200)
        #expect(try ValueSyntax.duration("10分钟") == 600)
        #expect(try ValueSyntax.duration("5", bareUnit: 1) == 5)
        for bad in ["5", "2x", "h", "1h30", "", "-5s", "1e400s"] {
            #expect(throws: ValueError.self, "\(bad)") { try ValueSyntax.duration(bad) }
        }
    }

    @Test func rangesWithDifferentDashes() throws {
        for text in ["08:00-18:00", "08:00 - 18:00", "8:00~18:00", "08:00至18:00", "08:00–18:00"] {
            let range = try ValueSyntax.range(text)
            #expect(range.start == LocalTime(hour: 8, minute: 0) && range.end == LocalTime(hour: 18, minute: 0), "\(text)")
        }
        #expect(try ValueSyntax.range("22:00-06:00").crossesMidnight)
        #expect(throws: ValueError.self) { try ValueSyntax.range("08:00-08:00") }
        #expect(throws: ValueError.self) { try ValueSyntax.range("08:00") }
    }

    @Test func booleansAndCounts() throws {
        #expect(try ValueSyntax.bool("是") == true)
        #expect(try ValueSyntax.bool("No") == false)
        #expect(throws: ValueError.self) { try ValueSyntax.bool("maybe") }
        #expect(try ValueSyntax.count("3遍", in: 1...10, what: "repeat") == 3)
        #expect(throws: ValueError("repeat 0 is out of range — use 1 to 10")) {
            try ValueSyntax.count("0", in: 1...10, what: "repeat")
        }
        #expect(throws: ValueError.self) { try ValueSyntax.count("99999999999999999999", in: 1...10, what: "repeat") }
    }

    @Test func suggestsNearestKey() {
        #expect(KeySuggestion.nearest(to: "tmes", among: ["title", "times", "text"]) == "times")
        #expect(KeySuggestion.nearest(to: "titel", among: ["title", "times", "text"]) == "title")
        #expect(KeySuggestion.nearest(to: "Title", among: ["title", "times"]) == "title")
        #expect(KeySuggestion.nearest(to: "weather", among: ["title", "times", "text"]) == nil)
    }
}
