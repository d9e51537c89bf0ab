import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// Server-sent events: a heartbeat or a delivery's change reaches the open page, asked of the hub
/// as the person (a clerk never hears of another village).
final class LiveUpdateTests: ConsoleTestCase {
    private func heartbeat(_ village: Village, speaker: String) async throws {
        try await harness.hub { connection in
            try await connection.query(
                """
                INSERT INTO heartbeats (village_id, online, speaker) VALUES (\(village.id), true, \(speaker))
                ON CONFLICT (village_id) DO UPDATE SET online = true, speaker = EXCLUDED.speaker
                """, logger: .hub)
        }
    }

    func testTheOverviewStreamDeliversAHeartbeat() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        let stream = try EventStreamReader(port: harness.port, path: "/villages/events", cookies: browser.cookies)
        let opened = try await stream.wait(timeout: 10) { $0.contains("retry: 3000") }
        XCTAssertTrue(opened, stream.text)
        XCTAssertTrue(stream.text.hasPrefix("HTTP/1.1 200"), stream.text)
        XCTAssertTrue(stream.text.lowercased().contains("content-type: text/event-stream"), stream.text)
        let id = harness.villageA.id
        try await heartbeat(harness.villageA, speaker: "喇叭甲")
        let heard = try await stream.wait(timeout: 10) { $0.contains("event: village") && $0.contains("\"id\":\(id)") && $0.contains("喇叭甲") }
        XCTAssertTrue(heard, stream.text)
        XCTAssertTrue(stream.text.contains("\"state\":\"在线\""), stream.text)
    }

    func testAClerksStreamHearsOnlyTheirVillage() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.clerkA.0, ConsoleHarness.clerkA.1)
        let stream = try EventStreamReader(port: harness.port, path: "/villages/events", cookies: browser.cookies)
        _ = try await stream.wait(timeout: 10) { $0.contains("retry: 3000") }
        try await heartbeat(harness.villageB, speaker: "李庄的喇叭")
        try await heartbeat(harness.villageA, speaker: "茅村的喇叭")
        let heard = try await stream.wait(timeout: 10) { $0.contains("茅村的喇叭") }
        XCTAssertTrue(heard, stream.text)
        XCTAssertFalse(stream.text.contains("李庄的喇叭"), stream.text)
        XCTAssertFalse(stream.text.contains("\"id\":\(harness.villageB.id),"), stream.text)
    }

    func testADeliveryInProgressIsStreamed() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        _ = try await browser.get("/say")
        let sent = try await browser.post("/say", [("text", "直播测试"), ("villages", String(harness.villageA.id))])
        let location = try XCTUnwrap(sent.header("Location"))
        let stream = try EventStreamReader(port: harness.port, path: location + "/events", cookies: browser.cookies)
        _ = try await stream.wait(timeout: 10) { $0.contains("retry: 3000") }
        let id = try XCTUnwrap(Int(location.split(separator: "/").last ?? ""))
        // The station's own role moves it, as its link does.
        let settings = harness.cluster.settings(user: harness.villageA.stationRole, password: harness.stationA.password, database: ConsoleHarness.database)
        let connection = try await settings.connect()
        try await connection.query("UPDATE deliveries SET state = 'queued' WHERE announcement_id = \(id)", logger: .hub)
        try await connection.close()
        let heard = try await stream.wait(timeout: 10) { $0.contains("event: delivery") && $0.contains("已排队") }
        XCTAssertTrue(heard, stream.text)
    }
}
