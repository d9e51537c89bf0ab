import Foundation
import Hub
import HubTestSupport
import StationTestSupport
import XCTest

/// Issue 15's acceptance, with real PostgreSQL, real dalabad and real dalaba-link processes.
final class LinkAcceptanceTests: XCTestCase {
    var stations: [Station] = []

    override func tearDown() {
        for station in stations { station.stop() }
        stations = []
    }

    func station(_ hub: TestHub, _ name: String, zones: [String] = [], timeZone: String = "UTC") async throws -> (Station, Village) {
        let (village, credentials) = try await hub.addVillage(name)
        let station = try Station(name, credentials: credentials, zones: zones, timeZone: timeZone)
        stations.append(station)
        try station.startDaemon()
        try station.startLink()
        return (station, village)
    }

    func lines(_ station: Station, key: String) throws -> [HistoryLine] { try station.history().filter { $0.key == key } }

    /// `hub say --villages A` plays in A only, and the hub shows A's play within 2 s of it.
    func testAnAnnouncementForOneVillagePlaysThereOnly() async throws {
        let hub = try await TestHub()
        let (a, villageA) = try await station(hub, "茅村")
        let (b, villageB) = try await station(hub, "李庄")
        let id = try await hub.announce("请各位村民下午三点到村委会开会", to: [villageA.id])
        let played = try await hub.waitForDelivery(id, village: villageA.id, state: "played")
        let now = try await hub.delivery(id, village: villageA.id)
        let (delivery, seenAt) = try XCTUnwrap(played, "A's delivery: \(String(describing: now))\n\(a.link?.output.text ?? "")")
        let line = try XCTUnwrap(try lines(a, key: "hub:\(id)").first)
        XCTAssertEqual(line.status, "played")
        let finished = try XCTUnwrap(line.finished)
        XCTAssertEqual(delivery.finished.map { abs($0.timeIntervalSince(finished)) < 0.01 }, true, "the station's own time")
        XCTAssertLessThan(seenAt.timeIntervalSince(finished), 2, "the hub knew within 2 s of the play")
        let deliveryB = try await hub.delivery(id, village: villageB.id)
        XCTAssertNil(deliveryB, "B is not targeted")
        XCTAssertTrue(try lines(b, key: "hub:\(id)").isEmpty, "B did not play it")
        let uploaded = try await hub.playLogSequences(village: villageA.id)
        XCTAssertEqual(uploaded.count, 1)
        if let usage = a.link?.usage {
            print("dalaba-link figures: RSS \(usage.rssKB) kB, CPU \(String(format: "%.2f", usage.cpuSeconds)) s since start")
        }
    }

    /// PostgreSQL restarted while an announcement is on its way: the link is back within 10 s,
    /// the announcement plays once, its outcome reaches the hub.
    func testHubRestartedMidDeliveryLosesNothingAndDoublesNothing() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        let link = try XCTUnwrap(a.link)
        let id = try await hub.announce("下午停水通知", to: [village.id], at: Date().addingTimeInterval(3))
        _ = try await hub.waitForDelivery(id, village: village.id, state: "queued", timeout: 10)
        let before = link.output.text.utf8.count
        let restarted = Date()
        try hub.cluster.restart(mode: "fast")
        XCTAssertTrue(link.wait(for: "connected to the hub", after: before, timeout: 10), "back within 10 s: \(link.output.text)")
        print("dalaba-link reconnected \(String(format: "%.1f", Date().timeIntervalSince(restarted))) s after the restart began")
        let played = try await hub.waitForDelivery(id, village: village.id, state: "played", timeout: 20)
        let now = try await hub.delivery(id, village: village.id)
        XCTAssertNotNil(played, "\(String(describing: now))\n\(link.output.text)")
        let second = try await hub.announce("第二条通知", to: [village.id])
        let secondPlayed = try await hub.waitForDelivery(second, village: village.id, state: "played", timeout: 20)
        XCTAssertNotNil(secondPlayed, "after the restart, new announcements still come")
        XCTAssertEqual(try lines(a, key: "hub:\(id)").map(\.status), ["played"], "played once")
        let sequences = try await hub.playLogSequences(village: village.id)
        XCTAssertEqual(sequences, Array(1...Int64(sequences.count)), "the log uploaded without gaps")
    }

    /// kill -9 of the link at any moment, then a restart: nothing plays twice, nothing is lost.
    func testALinkKilledAndRestartedDoublesNothing() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        var ids: [Int64] = []
        for round in 0..<3 {
            ids.append(try await hub.announce("通知第\(round)条", to: [village.id]))
            // Killed right after the insert: before, during or after the hand-over to dalabad.
            try await Task.sleep(nanoseconds: UInt64(round) * 150_000_000)
            a.killLink(SIGKILL)
            try a.startLink()
        }
        for id in ids {
            let played = try await hub.waitForDelivery(id, village: village.id, state: "played", timeout: 20)
            let now = try await hub.delivery(id, village: village.id)
            XCTAssertNotNil(played, "announcement \(id): \(String(describing: now))")
            XCTAssertEqual(try lines(a, key: "hub:\(id)").map(\.status), ["played"], "announcement \(id) played once")
        }
        let sequences = try await hub.playLogSequences(village: village.id)
        XCTAssertEqual(sequences, Array(1...Int64(sequences.count)), "no line uploaded twice (the key would refuse it) nor skipped")
        XCTAssertEqual(sequences.count, try a.history().count)
    }

    /// A station cut off (its link gone, then the hub stopped) plays its own programs; back in
    /// touch it plays what is still valid, reports the expired one missed with the reason, and
    /// uploads its log without gaps.
    func testACutOffStationPlaysItsOwnAndReportsTheExpiredAsMissed() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        a.killLink()
        let expiring = try await hub.announce("很快过期的通知", to: [village.id], expires: Date().addingTimeInterval(1.5))
        let lasting = try await hub.announce("一直有效的通知", to: [village.id])
        try hub.cluster.stop()
        // The station's own program, due while it is cut off.
        let due = Date().addingTimeInterval(3)
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: due)
        try """
            title: 本村广播
            text: 本村自己的节目
            days: daily
            times: ["\(String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!))"]
            """.write(to: a.schedules.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        XCTAssertTrue(eventually(timeout: 20) { (try? a.history().contains { $0.key == nil && $0.status == "played" }) == true },
                      "the station plays its own program without the hub")
        try a.startLinkExpectingNoHub()
        try hub.cluster.start()
        let link = try XCTUnwrap(a.link)
        XCTAssertTrue(link.wait(for: "connected to the hub", timeout: 15), link.output.text)
        let missed = try await hub.waitForDelivery(expiring, village: village.id, state: "missed", timeout: 10)
        XCTAssertTrue(missed?.0.reason?.contains("expired at") == true, "\(String(describing: missed))")
        XCTAssertTrue(try lines(a, key: "hub:\(expiring)").isEmpty, "never handed to dalabad")
        let played = try await hub.waitForDelivery(lasting, village: village.id, state: "played", timeout: 20)
        XCTAssertNotNil(played)
        let sequences = try await hub.playLogSequences(village: village.id)
        XCTAssertEqual(sequences, Array(1...Int64(sequences.count)))
        XCTAssertEqual(sequences.count, try a.history().count, "the program's line too")
    }

    /// A pushed program with a mistake is refused at the station with the parser's file:line;
    /// a good one is installed and dalabad loads it; removed, its file goes.
    func testPushedProgramsAreCheckedInstalledAndRemoved() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        try await hub.execute("""
            INSERT INTO programs (file_name, yaml) VALUES ('bad.yaml', E'title: 坏\\ntext: 通知\\ndays: daily\\ntimes:\\n  - 25:00\\n');
            INSERT INTO programs (file_name, yaml) VALUES ('noon.yaml', E'title: 午间\\ntext: 午间广播\\ndays: daily\\ntimes:\\n  - 12:00\\n');
            INSERT INTO program_targets (program_id, village_id) SELECT id, \(village.id) FROM programs;
            """)
        func state(_ file: String) async throws -> [String] {
            try await hub.values("SELECT t.state || coalesce(' ' || t.reason, '') FROM program_targets t JOIN programs p ON p.id = t.program_id WHERE p.file_name = \(file)")
        }
        let installed = try await eventuallyAsync { try await state("noon.yaml") == ["installed"] }
        XCTAssertTrue(installed)
        let refused = try await state("bad.yaml").first ?? ""
        XCTAssertTrue(refused.hasPrefix("refused bad.yaml:5:"), refused)
        XCTAssertTrue(FileManager.default.fileExists(atPath: a.schedules.appendingPathComponent("hub-noon.yaml").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: a.schedules.appendingPathComponent("hub-bad.yaml").path))
        try await hub.execute("UPDATE programs SET removed_at = now() WHERE file_name = 'noon.yaml'")
        let removed = try await eventuallyAsync { try await state("noon.yaml") == ["removed"] }
        XCTAssertTrue(removed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: a.schedules.appendingPathComponent("hub-noon.yaml").path))
    }

    func eventuallyAsync(timeout: TimeInterval = 15, _ condition: () async throws -> Bool) async throws -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if try await condition() { return true }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        return false
    }
}

extension Station {
    /// Starts the link while the hub is down: it runs and keeps trying.
    func startLinkExpectingNoHub() throws {
        try startLink(waitConnected: false)
    }
}
