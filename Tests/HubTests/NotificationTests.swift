import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// What a link relies on: a NOTIFY on its own village's channel when something targets it (and
/// nothing on it for another village's), and the hub coming back after a restart with nothing lost.
final class NotificationTests: ClusterTestCase {
    /// The payloads that arrive on `channel` while `action` runs, until `expected` holds for
    /// them (waited for up to 20 s: on a loaded machine a notification can take longer than any
    /// fixed window), and for `window` more, in which one that should not come would show.
    private func notifications(
        on channel: String, as settings: HubSettings, expected: @escaping @Sendable ([String]) -> Bool = { _ in true },
        window: Duration = .milliseconds(700), during action: () async throws -> Void
    ) async throws -> [String] {
        let listener = try await settings.connect()
        let sequence = try await listener.listen(channel)
        let heard = Payloads()
        let collector = Task {
            for try await notification in sequence { heard.append(notification.payload) }
        }
        try await action()
        let deadline = ContinuousClock.now + .seconds(20)
        while !expected(heard.all), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: window)
        collector.cancel()
        try await listener.close()
        _ = try? await collector.value
        return heard.all
    }

    private final class Payloads: @unchecked Sendable {
        private let lock = NSLock()
        private var payloads: [String] = []
        func append(_ payload: String) { lock.withLock { payloads.append(payload) } }
        var all: [String] { lock.withLock { payloads } }
    }

    func testASayNotifiesTheTargetedVillagesChannelOnly() async throws {
        let cluster = Self.cluster!
        let hub = try await cluster.createHub("notify")
        let (a, credentialsA) = try await cluster.addVillage("甲村", villageCode: "003001", database: "notify")
        let (b, credentialsB) = try await cluster.addVillage("乙村", villageCode: "003002", database: "notify")
        var sentToA = 0
        let heardByA = try await notifications(
            on: "dalaba_village_\(a.id)", as: try credentialsA.settings(),
            expected: { $0.contains { $0.hasPrefix("announcement ") } && $0.filter { $0.hasPrefix("program ") }.count >= 2 }
        ) {
            let township = try await hub.connect()
            sentToA = try await Announcements.say(NewAnnouncement(text: "只给甲村", villages: ["甲村"]), on: township).id
            let program = try await Programs.push(fileName: "甲.yaml", yaml: "节目: 甲\n", villages: ["甲村"], on: township).id
            _ = try await Programs.remove(String(program), on: township)
            try await township.close()
        }
        XCTAssertEqual(heardByA.first, "announcement \(sentToA)")
        XCTAssertEqual(heardByA.filter { $0.hasPrefix("program ") }.count, 2, "pushed, then removed: \(heardByA)")
        let heardByB = try await notifications(on: "dalaba_village_\(b.id)", as: try credentialsB.settings()) {
            let township = try await hub.connect()
            _ = try await Announcements.say(NewAnnouncement(text: "只给甲村", villages: ["甲村"]), on: township)
            try await township.close()
        }
        XCTAssertEqual(heardByB, [], "another village's announcement says nothing on 乙村's channel")
    }

    func testDeliveryStatesAreHeardByTheTownshipAndAFinalOneStays() async throws {
        let cluster = Self.cluster!
        let hub = try await cluster.createHub("states")
        let (_, credentials) = try await cluster.addVillage("丙村", villageCode: "003003", database: "states")
        let township = try await hub.connect()
        let id = try await Announcements.say(NewAnnouncement(text: "测试", villages: nil), on: township).id
        try await township.close()
        let station = try await credentials.settings().connect()
        let heard = try await notifications(on: "dalaba_deliveries", as: hub, expected: { $0.count >= 3 }) {
            for state in ["queued", "playing", "played"] {
                try await station.query("UPDATE deliveries SET state = \(state) WHERE announcement_id = \(id)", logger: .hub)
            }
        }
        XCTAssertEqual(heard.map { $0.split(separator: " ").last.map(String.init) ?? "" }, ["queued", "playing", "played"])
        // Played is final: a late retry saying "queued" is refused, the row keeps its times.
        await assertRefused("23514") {
            try await station.query("UPDATE deliveries SET state = 'queued' WHERE announcement_id = \(id)", logger: .hub)
        }
        let times = try await station.values(
            "SELECT (queued_at IS NOT NULL AND started_at IS NOT NULL AND finished_at IS NOT NULL)::text || ' ' || state FROM deliveries",
            as: String.self)
        XCTAssertEqual(times, ["true played"])
        try await station.close()
    }

    func testTheHubRestartedLosesNothing() async throws {
        let cluster = Self.cluster!
        let hub = try await cluster.createHub("restart")
        let (_, credentials) = try await cluster.addVillage("丁村", villageCode: "003004", database: "restart")
        let township = try await hub.connect()
        let id = try await Announcements.say(NewAnnouncement(text: "重启前", villages: ["丁村"]), on: township).id
        try await township.close()
        // Connections are closed first: with one left open across restart() this test hung (seen
        // once, not investigated; the link's tests cover reconnecting).
        try cluster.restart()
        let again = try await credentials.settings().connect()
        let pending = try await again.values("SELECT announcement_id FROM deliveries WHERE state = 'pending'", as: Int.self)
        XCTAssertEqual(pending, [id])
        try await again.close()
    }
}
