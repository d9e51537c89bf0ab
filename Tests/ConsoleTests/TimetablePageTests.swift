import Console
import Foundation
import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// 节目 shows each village's timetable of today as its station uploaded it (migration 7): time,
/// title, zones, file; the next program marked; a village without one says so; a clerk sees
/// their own village's only. On the pages' clock set here (ConsoleConfiguration.clock): just
/// before and just after midnight in the station's zone, at any hour the test runs.
final class TimetablePageTests: ConsoleTestCase {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// The console's own zone: not the station's, so each page shows which clock it uses.
    static let consoleZone = TimeZone(identifier: "UTC")!
    static let clock = PagesClock()

    override class func configure(_ configuration: inout ConsoleConfiguration) {
        configuration.timeZone = consoleZone
        configuration.clock = { clock.now }
    }

    func testTheProgramsPageShowsEachVillagesTimetableOfToday() async throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.shanghai
        func shanghai(_ day: Int, _ hour: Int, _ minute: Int) throws -> Date {
            try XCTUnwrap(calendar.date(from: DateComponents(year: 2026, month: 3, day: day, hour: hour, minute: minute)))
        }
        // 23:20 in Shanghai on 2026-03-03 (15:20 on the console's clock, UTC): one program
        // past, two still to come before midnight.
        Self.clock.now = try shanghai(3, 23, 20)
        // 茅村's station uploads its day as its link does: the day's row, then its programs.
        let station = try harness.stationA.settings()
        let programs: [(Date, String, [String], String)] = [
            (try shanghai(3, 22, 20), "晚间<新闻>", [], "program news.yaml"), (try shanghai(3, 23, 50), "防火提醒", ["东头", "西头"], "program fire.yaml"),
            (try shanghai(3, 23, 58), "晚间广播", [], "program evening.yaml"),
        ]
        try await harness.cluster.withConnection(station) { connection in
            try await connection.query(
                "INSERT INTO timetables (village_id, day, time_zone) VALUES (current_village(), '2026-03-03'::date, 'Asia/Shanghai')", logger: .hub)
            for (position, (due, title, zones, source)) in programs.enumerated() {
                try await connection.query(
                    """
                    INSERT INTO timetable_programs (village_id, position, due, title, text, zones, source, priority)
                    VALUES (current_village(), \(position), \(due), \(title), \(title), \(zones), \(source), 'normal')
                    """, logger: .hub)
            }
        }

        let township = harness.browser()
        try await township.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        var mao = try await programsSection(township, harness.villageA.id)
        XCTAssertTrue(mao.contains("<h3>茅村</h3>") && mao.contains("2026-03-03"), mao)
        XCTAssertFalse(mao.contains("不是今天的"), "the station's day is today in Shanghai: \(mao)")
        XCTAssertTrue(mao.contains("<tr class=\"past\"><td>22:20</td><th>晚间&lt;新闻&gt;</th>"), "a title is text, escaped; 22:20 is past: \(mao)")
        XCTAssertTrue(mao.contains("<tr class=\"next\"><td>23:50</td><th>防火提醒</th><td>东头、西头</td><td>fire.yaml</td></tr>"), mao)
        XCTAssertTrue(mao.contains("<tr><td>23:58</td><th>晚间广播</th><td>全村</td><td>evening.yaml</td></tr>"), mao)
        // The order is the day's.
        let order = ["晚间&lt;新闻&gt;", "防火提醒", "晚间广播"].compactMap { mao.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.count, 3)
        XCTAssertEqual(order, order.sorted())
        let li = try await programsSection(township, harness.villageB.id)
        XCTAssertTrue(li.hasPrefix("id=\"timetable-\(harness.villageB.id)\"><h3>李庄</h3><p class=\"meta\">广播站还没有上报节目表"), li)

        // The overview (村庄) names the next program in 茅村's row, none in 李庄's, on the
        // console's clock (UTC here).
        var rows = try await overviewRows(township)
        XCTAssertTrue(rows.mao.contains("<td data-field=\"next\">15:50 防火提醒</td>"), rows.mao)
        XCTAssertTrue(rows.li.contains("<td data-field=\"next\">—</td>"), rows.li)

        // 李庄's clerk: their own village only.
        let clerk = harness.browser()
        try await clerk.signIn(ConsoleHarness.clerkB.0, ConsoleHarness.clerkB.1)
        let own = try await clerk.get("/programs")
        XCTAssertEqual(own.status, 200)
        XCTAssertTrue(own.body.contains("<h3>李庄</h3>"), own.body)
        XCTAssertFalse(own.body.contains("防火提醒") || own.body.contains("<h3>茅村</h3>"), own.body)

        // 00:10 on 2026-03-04 in Shanghai, before 茅村's link uploads the new day: yesterday's
        // timetable, said to be so, every program past and dated, none next.
        Self.clock.now = try shanghai(4, 0, 10)
        mao = try await programsSection(township, harness.villageA.id)
        XCTAssertTrue(mao.contains("2026-03-03") && mao.contains("（不是今天的：广播站今天还没有连上平台）"), mao)
        XCTAssertFalse(mao.contains("class=\"next\""), mao)
        XCTAssertTrue(mao.contains("<tr class=\"past\"><td>03-03 23:50</td><th>防火提醒</th>"), mao)
        XCTAssertTrue(mao.contains("<tr class=\"past\"><td>03-03 23:58</td><th>晚间广播</th>"), mao)
        rows = try await overviewRows(township)
        XCTAssertTrue(rows.mao.contains("<td data-field=\"next\">—</td>"), rows.mao)
    }

    /// One village's section of 节目.
    func programsSection(_ browser: Browser, _ village: Int) async throws -> String {
        let page = try await browser.get("/programs")
        XCTAssertEqual(page.status, 200, page.body)
        XCTAssertTrue(page.body.contains("今天的节目表"), page.body)
        let section = try XCTUnwrap(page.body.range(of: "id=\"timetable-\(village)\"").map { String(page.body[$0.lowerBound...]) }, page.body)
        return String(section.prefix(upTo: section.range(of: "</section>")?.lowerBound ?? section.endIndex))
    }

    /// 茅村's and 李庄's rows of the overview.
    func overviewRows(_ browser: Browser) async throws -> (mao: String, li: String) {
        let overview = try await browser.get("/villages")
        XCTAssertEqual(overview.status, 200, overview.body)
        func row(_ id: Int) throws -> String {
            try XCTUnwrap(overview.body.range(of: "data-village-id=\"\(id)\"").map { String(overview.body[$0.lowerBound...].prefix(1200)) }, overview.body)
        }
        return (try row(harness.villageA.id), try row(harness.villageB.id))
    }
}

/// The pages' clock of a test: the instant it sets.
final class PagesClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = Date()

    var now: Date {
        get { lock.withLock { instant } }
        set { lock.withLock { instant = newValue } }
    }
}
