import Foundation
import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// 节目 shows each village's timetable of today as its station uploaded it (migration 7): time,
/// title, zones, file; the next program marked; a village without one says so; a clerk sees
/// their own village's only.
final class TimetablePageTests: ConsoleTestCase {
    func testTheProgramsPageShowsEachVillagesTimetableOfToday() async throws {
        // 茅村's station uploads its day as its link does: the day's row, then its programs.
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        let day = String(format: "%04d-%02d-%02d", today.year!, today.month!, today.day!)
        // The programs lie an hour either side of now: all on the station's today.
        let hour = calendar.component(.hour, from: now)
        if hour == 0 || hour == 23 { throw XCTSkip("within an hour of midnight in Shanghai: the programs would fall on another day") }
        let station = try harness.stationA.settings()
        try await harness.cluster.withConnection(station) { connection in
            try await connection.query(
                "INSERT INTO timetables (village_id, day, time_zone) VALUES (current_village(), \(day)::date, 'Asia/Shanghai')", logger: .hub)
            let programs: [(TimeInterval, String, [String], String)] = [
                (-3600, "早间<新闻>", [], "program news.yaml"), (1800, "防火提醒", ["东头", "西头"], "program fire.yaml"),
                (3600, "晚间广播", [], "program evening.yaml"),
            ]
            for (position, (offset, title, zones, source)) in programs.enumerated() {
                try await connection.query(
                    """
                    INSERT INTO timetable_programs (village_id, position, due, title, text, zones, source, priority)
                    VALUES (current_village(), \(position), \(now.addingTimeInterval(offset)), \(title), \(title), \(zones), \(source), 'normal')
                    """, logger: .hub)
            }
        }

        let township = harness.browser()
        try await township.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        let page = try await township.get("/programs")
        XCTAssertEqual(page.status, 200, page.body)
        let body = page.body
        XCTAssertTrue(body.contains("今天的节目表"), body)
        let section = try XCTUnwrap(body.range(of: "id=\"timetable-\(harness.villageA.id)\"").map { String(body[$0.lowerBound...]) }, body)
        let mao = String(section.prefix(upTo: section.range(of: "</section>")?.lowerBound ?? section.endIndex))
        XCTAssertTrue(mao.contains("<h3>茅村</h3>") && mao.contains(day), mao)
        XCTAssertTrue(mao.contains("早间&lt;新闻&gt;"), "a title is text, escaped: \(mao)")
        XCTAssertTrue(mao.contains("<tr class=\"next\"><td>\(Self.clock(now.addingTimeInterval(1800), calendar))</td><th>防火提醒</th><td>东头、西头</td><td>fire.yaml</td></tr>"), mao)
        XCTAssertTrue(mao.contains("<tr class=\"past\">"), "the morning's is past: \(mao)")
        XCTAssertTrue(mao.contains("<th>晚间广播</th><td>全村</td><td>evening.yaml</td>"), mao)
        // The order is the day's.
        let order = ["早间&lt;新闻&gt;", "防火提醒", "晚间广播"].map { mao.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }.count, 3)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
        let li = try XCTUnwrap(body.range(of: "id=\"timetable-\(harness.villageB.id)\"").map { String(body[$0.lowerBound...]) })
        XCTAssertTrue(li.hasPrefix("id=\"timetable-\(harness.villageB.id)\"><h3>李庄</h3><p class=\"meta\">广播站还没有上报节目表"), li)

        // The overview (村庄) names the next program in 茅村's row, none in 李庄's, on the
        // console's clock (its time zone: this machine's).
        var consoleCalendar = Calendar(identifier: .gregorian)
        consoleCalendar.timeZone = .current
        guard consoleCalendar.isDate(now.addingTimeInterval(1800), inSameDayAs: now) else {
            throw XCTSkip("within half an hour of midnight on the console's clock")
        }
        let overview = try await township.get("/villages")
        let maoRow = try XCTUnwrap(overview.body.range(of: "data-village-id=\"\(harness.villageA.id)\"").map { String(overview.body[$0.lowerBound...].prefix(1200)) })
        XCTAssertTrue(maoRow.contains("<td data-field=\"next\">\(Self.clock(now.addingTimeInterval(1800), consoleCalendar)) 防火提醒</td>"), maoRow)
        let liRow = try XCTUnwrap(overview.body.range(of: "data-village-id=\"\(harness.villageB.id)\"").map { String(overview.body[$0.lowerBound...].prefix(1200)) })
        XCTAssertTrue(liRow.contains("<td data-field=\"next\">—</td>"), liRow)

        // 李庄's clerk: their own village only.
        let clerk = harness.browser()
        try await clerk.signIn(ConsoleHarness.clerkB.0, ConsoleHarness.clerkB.1)
        let own = try await clerk.get("/programs")
        XCTAssertEqual(own.status, 200)
        XCTAssertTrue(own.body.contains("<h3>李庄</h3>"), own.body)
        XCTAssertFalse(own.body.contains("防火提醒") || own.body.contains("<h3>茅村</h3>"), own.body)
    }

    static func clock(_ instant: Date, _ calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }
}
