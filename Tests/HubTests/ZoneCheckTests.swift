import Foundation
import HubTestSupport
import PostgresNIO
import XCTest

@testable import Hub

/// `--zones` checked at the hub (migration 6): a station reports its zones (`report_zones`), and
/// an announcement naming a zone its village does not have is refused by PostgreSQL itself,
/// whoever inserts it, with the village and the zones it has; a village whose zones the hub has
/// never heard is accepted, unchecked, and named so. Against a real PostgreSQL.
final class ZoneCheckTests: ClusterTestCase {
    private let database = "zone_check"
    private var superuser: HubSettings { Self.cluster.superuserSettings(database: database) }

    private func count(_ sql: PostgresQuery) async throws -> Int {
        try await Self.cluster.withConnection(superuser) { connection in try await connection.values(sql, as: Int.self) }.first ?? -1
    }

    /// The announcement, or the failure it was refused with.
    private func say(_ new: NewAnnouncement, as settings: HubSettings) async throws -> Result<Int, Announcements.Failure> {
        do {
            return .success(try await Self.cluster.withConnection(settings) { connection in try await Announcements.say(new, on: connection).id })
        } catch let failure as Announcements.Failure {
            return .failure(failure)
        }
    }

    func testAZoneTheVillageDoesNotHaveIsRefusedAtTheHub() async throws {
        let cluster = Self.cluster!
        _ = try await cluster.createHub(database)
        let (maoVillage, mao) = try await cluster.addVillage("茅村", villageCode: "401001", database: database)
        let (liVillage, li) = try await cluster.addVillage("李庄", villageCode: "401002", database: database)
        let wang = try await cluster.addVillage("王家", villageCode: "401003", database: database).village
        try await cluster.createLogin("zone_clerk", password: "zone-clerk-password", groups: ["dalaba_township"])
        let township = cluster.settings(user: "zone_clerk", password: "zone-clerk-password", database: database)

        // The stations report: 茅村 two zones (in its order), 李庄 none; 王家 never connected.
        try await cluster.withConnection(try mao.settings()) { connection in
            try await connection.query("SELECT report_zones(\(["西头", "东头", "西头"]))", logger: .hub)
        }
        try await cluster.withConnection(try li.settings()) { connection in
            try await connection.query("SELECT report_zones(\([String]()))", logger: .hub)
        }
        let before = try await count("SELECT count(*)::int FROM announcements")

        // A zone 茅村 does not have: refused, naming the village and its zones, nothing written.
        let south = try await say(NewAnnouncement(text: "南头停水。", villages: ["茅村"], zones: ["南头", "东头"]), as: township)
        XCTAssertEqual(south, .failure(.unknownZones([.init(village: "茅村", unknown: ["南头"], zones: ["西头", "东头"])])))
        // 李庄 has no zones at all; in a notice for both villages the whole notice is refused.
        let both = try await say(NewAnnouncement(text: "东头停水。", villages: ["茅村", "李庄"], zones: ["东头"]), as: township)
        XCTAssertEqual(both, .failure(.unknownZones([.init(village: "李庄", unknown: ["东头"], zones: [])])))
        // Every village lacking a zone is named (migration 8), in the hub's order; 王家's are unknown.
        let all = try await say(NewAnnouncement(text: "北头停水。", villages: nil, zones: ["北头", "西头"]), as: township)
        XCTAssertEqual(all, .failure(.unknownZones([
            .init(village: "茅村", unknown: ["北头"], zones: ["西头", "东头"]), .init(village: "李庄", unknown: ["北头", "西头"], zones: []),
        ])))
        let refusedCount = try await count("SELECT count(*)::int FROM announcements")
        XCTAssertEqual(refusedCount, before, "a refused notice leaves nothing behind")

        // Its own zones, and no zones at all (every zone), go through.
        guard case .success(let east) = try await say(NewAnnouncement(text: "东头停水。", villages: ["茅村"], zones: ["东头"]), as: township)
        else { return XCTFail("a zone 茅村 has was refused") }
        let pending = try await count("SELECT count(*)::int FROM deliveries WHERE announcement_id = \(east) AND state = 'pending'")
        XCTAssertEqual(pending, 1)
        guard case .success = try await say(NewAnnouncement(text: "全村通知。", villages: ["茅村", "李庄"]), as: township)
        else { return XCTFail("a notice for every zone was refused") }

        // 王家's zones are unknown: accepted, and named as not checked.
        guard case .success(let unknown) = try await say(NewAnnouncement(text: "南头停水。", villages: ["王家"], zones: ["南头"]), as: township)
        else { return XCTFail("a village whose zones are unknown was refused") }
        let unchecked = try await cluster.withConnection(township) { connection in
            try await Announcements.villagesWithUnknownZones([maoVillage.id, liVillage.id, wang.id], on: connection)
        }
        XCTAssertEqual(unchecked, ["王家"])
        XCTAssertGreaterThan(unknown, east)

        // Whoever inserts the target, the trigger refuses it: the superuser by plain SQL too.
        do {
            try await cluster.execute(
                """
                WITH a AS (INSERT INTO announcements (text) VALUES ('x') RETURNING id)
                INSERT INTO announcement_targets (announcement_id, village_id, zones)
                SELECT a.id, v.id, '{北头}' FROM a, villages v WHERE v.name = '茅村'
                """, database: database)
            XCTFail("a target for a zone 茅村 does not have was written")
        } catch {
            XCTAssertTrue(HubError.describe(error).contains("茅村 has no zone named 北头: its zones are 西头, 东头"), HubError.describe(error))
        }

        // The station's zones change (station.yaml edited): the new list replaces the old.
        try await cluster.withConnection(try mao.settings()) { connection in
            try await connection.query("SELECT report_zones(\(["东头", "南头"]))", logger: .hub)
        }
        let nowSouth = try await say(NewAnnouncement(text: "南头停水。", villages: ["茅村"], zones: ["南头"]), as: township)
        guard case .success = nowSouth else { return XCTFail("南头 reported, still refused: \(nowSouth)") }
        let west = try await say(NewAnnouncement(text: "西头停水。", villages: ["茅村"], zones: ["西头"]), as: township)
        XCTAssertEqual(west, .failure(.unknownZones([.init(village: "茅村", unknown: ["西头"], zones: ["东头", "南头"])])))

        // Only a station reports zones, and only its own.
        do {
            try await cluster.withConnection(township) { connection in
                try await connection.query("SELECT report_zones(\(["假"]))", logger: .hub)
            }
            XCTFail("a township login reported zones")
        } catch {
            XCTAssertTrue(HubError.describe(error).contains("permission denied"), HubError.describe(error))
        }
        let liZones = try await count("SELECT count(*)::int FROM zones z JOIN villages v ON v.id = z.village_id WHERE v.name = '李庄'")
        XCTAssertEqual(liZones, 0)
    }

    /// `dalaba hub say --zones` in both languages: refused with the village's zones (exit 1), or
    /// accepted with a note when the village's zones are not known yet.
    func testTheCommandSaysWhichZonesTheVillageHas() async throws {
        let cluster = Self.cluster!
        let name = "zone_command"
        _ = try await cluster.createHub(name)
        let (_, mao) = try await cluster.addVillage("茅村", villageCode: "402001", database: name)
        _ = try await cluster.addVillage("王家", villageCode: "402003", database: name)
        try await cluster.withConnection(try mao.settings()) { connection in
            try await connection.query("SELECT report_zones(\(["东头", "西头"]))", logger: .hub)
        }
        let admin = cluster.environment(cluster.superuserSettings(database: name))
        let chinese = admin.merging(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) { $1 }

        let refused = try runProduct("dalaba-hub", ["say", "南头停水。", "--villages", "茅村", "--zones", "南头"], environment: admin)
        XCTAssertEqual(refused.status, 1, refused.stdout)
        XCTAssertTrue(refused.stderr.contains("茅村 has no zone named 南头: its zones are 东头, 西头. Name those in --zones"), refused.stderr)
        let refusedChinese = try runProduct("dalaba-hub", ["say", "南头停水。", "--villages", "茅村", "--zones", "南头"], environment: chinese)
        XCTAssertEqual(refusedChinese.status, 1, refusedChinese.stdout)
        XCTAssertTrue(refusedChinese.stderr.contains("茅村 没有叫 南头 的分区：它的分区是 东头、西头。请在 --zones 里写这些分区"), refusedChinese.stderr)
        XCTAssertEqual(ChineseAlertTests.englishSentences(in: refusedChinese.stderr), [], refusedChinese.stderr)

        // --all: each village lacking the zone on its own line; 王家 (zones unknown) is not one.
        let everywhere = try runProduct("dalaba-hub", ["say", "南头停水。", "--all", "--zones", "南头"], environment: chinese)
        XCTAssertEqual(everywhere.status, 1, everywhere.stdout)
        XCTAssertTrue(everywhere.stderr.contains("茅村 没有叫 南头 的分区：它的分区是 东头、西头。"), everywhere.stderr)
        XCTAssertFalse(everywhere.stderr.contains("王家"), everywhere.stderr)

        let unchecked = try runProduct("dalaba-hub", ["say", "南头停水。", "--villages", "王家", "--zones", "南头"], environment: admin)
        XCTAssertEqual(unchecked.status, 0, unchecked.stderr)
        XCTAssertTrue(unchecked.stdout.contains("Not checked for 王家: the hub does not know their zones yet"), unchecked.stdout)
        let uncheckedChinese = try runProduct("dalaba-hub", ["say", "南头停水。", "--villages", "王家", "--zones", "南头"], environment: chinese)
        XCTAssertTrue(uncheckedChinese.stdout.contains("王家 的分区平台还不知道"), uncheckedChinese.stdout)
        XCTAssertEqual(ChineseAlertTests.englishSentences(in: uncheckedChinese.stdout), [], uncheckedChinese.stdout)

        let checked = try runProduct("dalaba-hub", ["say", "东头停水。", "--villages", "茅村", "--zones", "东头"], environment: admin)
        XCTAssertEqual(checked.status, 0, checked.stderr)
        XCTAssertFalse(checked.stdout.contains("Not checked"), checked.stdout)
    }
}
