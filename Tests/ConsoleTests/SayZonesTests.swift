import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// 插播 with 分区: a zone the chosen village does not have is refused by the hub (migration 6's
/// trigger) and the form comes back, as typed, saying which zones the village has; nothing is
/// written.
final class SayZonesTests: ConsoleTestCase {
    func testAZoneTheVillageDoesNotHaveBringsTheFormBackWithItsZones() async throws {
        let station = try harness.stationA.settings()
        try await harness.cluster.withConnection(station) { connection in
            try await connection.query("SELECT report_zones(\(["东头", "西头"]))", logger: .hub)
        }
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        _ = try await browser.get("/say")
        let before = try await harness.count("SELECT count(*)::int FROM announcements")
        let a = String(harness.villageA.id)
        let refused = try await browser.post("/say", [("text", "南头停水。"), ("priority", "normal"), ("zones", "南头"), ("villages", a)])
        XCTAssertEqual(refused.status, 422, refused.body)
        XCTAssertTrue(refused.body.contains("茅村 没有叫 南头 的分区：它的分区是 东头、西头。"), refused.body)
        XCTAssertTrue(refused.body.contains("南头停水。"), "the form keeps what was typed: \(refused.body)")
        let after = try await harness.count("SELECT count(*)::int FROM announcements")
        XCTAssertEqual(after, before)

        let sent = try await browser.post("/say", [("text", "东头停水。"), ("priority", "normal"), ("zones", "东头"), ("villages", a)])
        XCTAssertEqual(sent.status, 303, sent.body)
        let zones = try await harness.hub { connection in
            try await connection.values("SELECT array_to_string(zones, ',') FROM announcement_targets ORDER BY announcement_id DESC LIMIT 1", as: String.self)
        }
        XCTAssertEqual(zones, ["东头"])
    }
}
