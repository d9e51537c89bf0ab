import CAP
import Foundation
import Testing

/// CAP's date-time form, checked to the day of the month; each refusal says why.
@Suite struct CAPTimeTests {
    func why(_ text: String) -> String? {
        do {
            _ = try CAPTime(parsing: text)
            return nil
        } catch {
            return error.text.english
        }
    }

    @Test func readsOffsets() throws {
        let utc = try CAPTime(parsing: "2026-12-03T06:30:00-00:00")
        #expect(utc.date == Date(timeIntervalSince1970: 1_796_279_400))
        #expect(try CAPTime(parsing: "2026-12-03T14:30:00+08:00").date == utc.date)
        #expect(try CAPTime(parsing: "2026-12-02T23:00:00-07:30").date == utc.date)
        #expect(try CAPTime(parsing: "2024-02-29T00:00:00+00:00").date == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(try CAPTime(parsing: " 1970-01-01T00:00:00+00:00\n").date == Date(timeIntervalSince1970: 0))
    }

    @Test func refusesInvalidDatesWithTheReason() {
        #expect(why("2026-12-03T06:30:00Z")?.contains("(CAP 1.2 does not allow Z; UTC is written -00:00)") == true)
        #expect(why("2026-12-03T06:30:00")?.contains("(date, time and offset from UTC are all required)") == true)
        #expect(why("2026-12-03 06:30:00+08:00")?.contains("(date, time and offset from UTC are all required)") == true)
        #expect(why("2026-12-03T06:30:00.5+08:00")?.contains("(date, time and offset from UTC are all required)") == true)
        #expect(why("2026-13-03T06:30:00+08:00")?.contains("(no such month)") == true)
        #expect(why("2023-02-29T06:30:00+08:00")?.contains("(no such day in that month)") == true)
        #expect(why("2026-04-31T06:30:00+08:00")?.contains("(no such day in that month)") == true)
        #expect(why("2026-12-03T24:00:00+08:00")?.contains("(no such time of day)") == true)
        #expect(why("2026-12-03T23:59:60+08:00")?.contains("(no such time of day)") == true)
        #expect(why("2026-12-03T06:30:00+15:00")?.contains("(the offset from UTC is beyond 14 hours)") == true)
        #expect(why("二〇二六年十二月三日")?.contains("(date, time and offset from UTC are all required)") == true)
    }
}
