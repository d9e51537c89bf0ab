@testable import Console
import Foundation
import XCTest

/// The pages' times: the arithmetic agrees with Foundation's calendar.
final class FormatTests: XCTestCase {
    func testTimesAgreeWithTheCalendar() throws {
        let zone = try XCTUnwrap(TimeZone(identifier: "Asia/Shanghai"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let now = try XCTUnwrap(calendar.date(from: DateComponents(year: 2026, month: 12, day: 3, hour: 18, minute: 5)))
        let format = Format(timeZone: zone, now: now)
        XCTAssertEqual(format.time(now.addingTimeInterval(-60)), "18:04")
        XCTAssertEqual(format.time(calendar.date(from: DateComponents(year: 2026, month: 2, day: 28, hour: 23, minute: 59))), "02-28 23:59")
        XCTAssertEqual(format.time(calendar.date(from: DateComponents(year: 2024, month: 2, day: 29, hour: 0, minute: 0))), "2024-02-29 00:00")
        XCTAssertEqual(format.time(calendar.date(from: DateComponents(year: 1969, month: 12, day: 31, hour: 7, minute: 30))), "1969-12-31 07:30")
        XCTAssertEqual(format.time(nil), "—")
    }

    func testEscapingLeavesPlainTextAlone() {
        XCTAssertEqual(HTML.escape("茅村 在线"), "茅村 在线")
        XCTAssertEqual(HTML.escape("<b>\"a\" & 'b'</b>"), "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;")
    }
}
