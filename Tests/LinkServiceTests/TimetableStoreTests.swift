import Foundation
import Hub
import HubLink
import HubTestSupport
import LinkService
import PostgresNIO
import Vocabulary
import XCTest

/// The hub's store of each village's timetable of today (migration 7), against a real
/// PostgreSQL: a station's link replaces its own, never another's; the township reads every
/// village's, a clerk only their own; `status` names the next program.
final class TimetableStoreTests: ClusterTestCase {
    func testAStationReplacesItsOwnTimetableAndTheTownshipReadsIt() async throws {
        let cluster = Self.cluster!
        let database = "timetables"
        _ = try await cluster.createHub(database)
        let (mao, maoCredentials) = try await cluster.addVillage("茅村", villageCode: "501001", database: database)
        let (li, liCredentials) = try await cluster.addVillage("李庄", villageCode: "501002", database: database)
        _ = try await cluster.addVillage("王家", villageCode: "501003", database: database)
        let now = Date()
        let morning = TimetableProgram(due: now - 3600, title: "早间新闻", text: "现在播报新闻。", zones: [], source: "program news.yaml", priority: "normal")
        let fire = TimetableProgram(due: now + 1800, title: "防火", text: "小心火烛。", zones: ["东头"], source: "program fire.yaml", priority: "high")
        let evening = TimetableProgram(due: now + 7200, title: "晚间新闻", text: "晚间新闻。", zones: [], source: "program news.yaml", priority: "normal")

        let station = try await maoCredentials.settings().connect()
        let hub = try await PostgresHub(station)
        try await hub.uploadTimetable(StationTimetable(date: "2026-12-04", timeZone: "Asia/Shanghai", programs: [evening, morning, fire]))
        // Uploaded again (a reload took a program away): replaced, not added to.
        try await hub.uploadTimetable(StationTimetable(date: "2026-12-04", timeZone: "Asia/Shanghai", programs: [morning, fire, evening]))
        let liStation = try await liCredentials.settings().connect()
        try await PostgresHub(liStation).uploadTimetable(StationTimetable(date: "2026-12-04", timeZone: "Asia/Shanghai", programs: []))
        // A station cannot write another village's programs (row-level security).
        do {
            try await station.query(
                """
                INSERT INTO timetable_programs (village_id, position, due, title, text, source, priority)
                VALUES (\(li.id), 9, now(), 'x', 'x', 'program x.yaml', 'normal')
                """, logger: .hub)
            XCTFail("a station wrote another village's timetable")
        } catch {
            XCTAssertTrue(HubError.describe(error).contains("row-level security"), HubError.describe(error))
        }
        let seenByStation = try await station.values("SELECT count(*)::int FROM timetable_programs", as: Int.self)
        XCTAssertEqual(seenByStation, [3], "a station sees its own timetable only")
        try await station.close()
        try await liStation.close()

        let superuser = cluster.superuserSettings(database: database)
        let list = try await cluster.withConnection(superuser) { connection in try await Timetables.list(on: connection) }
        XCTAssertEqual(list.map(\.village), ["茅村", "李庄", "王家"])
        XCTAssertEqual(list[0].day, "2026-12-04")
        XCTAssertEqual(list[0].timeZone, "Asia/Shanghai")
        XCTAssertEqual(list[0].programs.map(\.title), ["早间新闻", "防火", "晚间新闻"], "in due order")
        XCTAssertEqual(list[0].programs[1].zones, ["东头"])
        XCTAssertEqual(list[0].programs[1].source, "program fire.yaml")
        XCTAssertEqual(list[0].next(after: now)?.title, "防火")
        XCTAssertEqual(list[1].day, "2026-12-04")
        XCTAssertEqual(list[1].programs, [])
        XCTAssertNil(list[2].day, "王家 never uploaded one")

        let status = try await cluster.withConnection(superuser) { connection in try await Reports.status(offlineAfter: 90, on: connection) }
        XCTAssertEqual(status.first { $0.name == "茅村" }?.nextProgram?.title, "防火")
        XCTAssertEqual(status.first { $0.name == "茅村" }.flatMap { $0.nextProgram?.due }.map { abs($0.timeIntervalSince(fire.due)) < 0.001 }, true)
        XCTAssertNil(status.first { $0.name == "李庄" }?.nextProgram)

        // A village's clerk reads their own village's timetable, no other's.
        try await cluster.withConnection(superuser) { connection in
            _ = try await People.add(name: "李庄文书", village: "李庄", password: "li-clerk-password", on: connection)
        }
        let clerk = cluster.settings(user: Person.role(forName: "李庄文书"), password: "li-clerk-password", database: database)
        let clerkList = try await cluster.withConnection(clerk) { connection in try await Timetables.list(on: connection) }
        XCTAssertEqual(clerkList.map(\.village), ["李庄"])
        XCTAssertEqual(clerkList.first?.programs, [])
        _ = mao
    }

    /// A link of this version against a hub not yet migrated to 6 and 7 (the administrator
    /// upgrades the hub first, but may not): reporting zones and the timetable does nothing and
    /// breaks nothing, so the link goes on delivering.
    func testALinkAgainstAnOlderHubReportsNothingAndCarriesOn() async throws {
        let cluster = Self.cluster!
        let database = "older_hub"
        _ = try await cluster.createHub(database)
        let (_, credentials) = try await cluster.addVillage("旧村", villageCode: "502001", database: database)
        try await cluster.execute("DROP FUNCTION report_zones(text[]); DROP TABLE timetable_programs, timetables", database: database)
        let station = try await credentials.settings().connect()
        let hub = try await PostgresHub(station)
        try await hub.reportZones(["东头"])
        try await hub.uploadTimetable(StationTimetable(date: "2026-12-04", timeZone: "UTC", programs: [
            TimetableProgram(due: Date(), title: "t", text: "t", zones: [], source: "program t.yaml", priority: "normal"),
        ]))
        // The connection is still usable (no transaction left open or aborted).
        try await hub.beat(Heartbeat(online: true, speaker: "online", scheduleErrors: 0, scheduleDetail: nil, stationTime: Date(), version: "t"))
        let beats = try await station.values("SELECT count(*)::int FROM heartbeats", as: Int.self)
        XCTAssertEqual(beats, [1])
        try await station.close()
    }
}
