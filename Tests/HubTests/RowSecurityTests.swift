import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// The station's own role connects (its password, scram-sha-256, as a real link does) and is
/// refused by PostgreSQL itself, or sees no rows, outside its village.
final class RowSecurityTests: ClusterTestCase {
    nonisolated(unsafe) static var hub: HubSettings!
    nonisolated(unsafe) static var villageA: Village!
    nonisolated(unsafe) static var villageB: Village!
    static let passwordA = TestCluster.randomPassword()
    static let passwordB = TestCluster.randomPassword()
    static let townshipPassword = TestCluster.randomPassword()
    /// Announcements: one for A, one for B.
    nonisolated(unsafe) static var forA = 0
    nonisolated(unsafe) static var forB = 0

    override class func setUp() {
        super.setUp()
        let cluster = Self.cluster!
        let done = XCTestExpectation(description: "hub set up")
        Task {
            do {
                hub = try await cluster.createHub("rls")
                try await cluster.createLogin("rls_township", password: townshipPassword, groups: ["dalaba_township"])
                try await cluster.withSuperuser(database: "rls") { connection in
                    villageA = try await Villages.add(name: "茅村", regionCode: "330102", villageCode: "001001", password: passwordA, on: connection)
                    villageB = try await Villages.add(name: "李庄", regionCode: "330102", villageCode: "001002", password: passwordB, on: connection)
                }
                let township = try await cluster.settings(user: "rls_township", password: townshipPassword, database: "rls").connect()
                forA = try await township.values("INSERT INTO announcements (text) VALUES ('给茅村') RETURNING id", as: Int.self)[0]
                try await township.query("INSERT INTO announcement_targets (announcement_id, village_id) VALUES (\(forA), \(villageA.id))", logger: .hub)
                forB = try await township.values("INSERT INTO announcements (text) VALUES ('给李庄') RETURNING id", as: Int.self)[0]
                try await township.query("INSERT INTO announcement_targets (announcement_id, village_id) VALUES (\(forB), \(villageB.id))", logger: .hub)
                try await township.close()
                try await cluster.execute(
                    "INSERT INTO play_log (village_id, seq, due_at, outcome) VALUES (\(villageB.id), 1, now(), 'played')", database: "rls")
            } catch {
                XCTFail("set-up: \(HubError.describe(error))")
            }
            done.fulfill()
        }
        _ = XCTWaiter.wait(for: [done], timeout: 60)
    }

    override func setUpWithError() throws {
        // A failed class set-up (its reason printed there): every test fails instead of crashing.
        struct HubNotSetUp: Error {}
        guard Self.villageA != nil, Self.villageB != nil, Self.forA != 0 else { throw HubNotSetUp() }
    }

    private func asStationA<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await Self.cluster.withConnection(Self.cluster.settings(user: Self.villageA.stationRole, password: Self.passwordA, database: "rls"), body)
    }

    func testAStationReadsOnlyWhatTargetsItsVillage() async throws {
        try await asStationA { station in
            let village = try await station.values("SELECT current_village()", as: Int.self)
            XCTAssertEqual(village, [Self.villageA.id])
            let texts = try await station.values("SELECT text FROM announcements ORDER BY id", as: String.self)
            XCTAssertEqual(texts, ["给茅村"])
            let deliveries = try await station.values("SELECT announcement_id FROM deliveries", as: Int.self)
            XCTAssertEqual(deliveries, [Self.forA])
            let villages = try await station.values("SELECT name FROM villages", as: String.self)
            XCTAssertEqual(villages, ["茅村"])
            let othersLog = try await station.values("SELECT count(*)::int FROM play_log", as: Int.self)
            XCTAssertEqual(othersLog, [0])
            let direct = try await station.values("SELECT text FROM announcements WHERE id = \(Self.forB)", as: String.self)
            XCTAssertEqual(direct, [], "asking for B's announcement by id shows nothing")
        }
    }

    func testAStationCannotWriteAnotherVillagesRows() async throws {
        let villageB = Self.villageB.id
        let forB = Self.forB
        try await asStationA { station in
            // B's delivery is invisible to A: the update touches nothing.
            let changed = try await station.rowCount(
                "UPDATE deliveries SET state = 'played' WHERE announcement_id = \(forB) RETURNING 1")
            XCTAssertEqual(changed, 0)
            await assertRefused {
                try await station.query("INSERT INTO heartbeats (village_id, online) VALUES (\(villageB), true)", logger: .hub)
            }
            await assertRefused {
                try await station.query(
                    "INSERT INTO play_log (village_id, seq, due_at, outcome) VALUES (\(villageB), 2, now(), 'played')", logger: .hub)
            }
            // Moving its own delivery to B: the column is not its to change.
            await assertRefused {
                try await station.query("UPDATE deliveries SET village_id = \(villageB)", logger: .hub)
            }
            await assertRefused {
                try await station.query("INSERT INTO announcements (text) VALUES ('forged')", logger: .hub)
            }
            await assertRefused {
                try await station.query("DELETE FROM deliveries", logger: .hub)
            }
            await assertRefused {
                try await station.query("UPDATE program_targets SET village_id = \(villageB)", logger: .hub)
            }
        }
        let untouched = try await Self.cluster.withSuperuser(database: "rls") { connection in
            try await connection.values("SELECT state FROM deliveries WHERE announcement_id = \(forB)", as: String.self)
        }
        XCTAssertEqual(untouched, ["pending"])
    }

    func testAStationWritesItsOwnDeliveryHeartbeatAndLog() async throws {
        let villageA = Self.villageA.id
        let forA = Self.forA
        try await asStationA { station in
            let changed = try await station.rowCount(
                "UPDATE deliveries SET state = 'queued' WHERE announcement_id = \(forA) RETURNING 1")
            XCTAssertEqual(changed, 1)
            try await station.query(
                """
                INSERT INTO heartbeats (village_id, online, speaker, station_time, version)
                VALUES (\(villageA), true, 'idle', now(), 'test')
                ON CONFLICT (village_id) DO UPDATE SET online = excluded.online, station_time = excluded.station_time
                """, logger: .hub)
            let next = try await station.values("SELECT play_log_last_seq()", as: Int.self)
            try await station.query(
                "INSERT INTO play_log (village_id, seq, due_at, outcome, text) VALUES (\(villageA), \(next[0] + 1), now(), 'played', '给茅村')",
                logger: .hub)
            let last = try await station.values("SELECT play_log_last_seq()", as: Int.self)
            XCTAssertEqual(last, [next[0] + 1])
            // The same sequence number again is a duplicate: the key refuses it.
            await assertRefused("23505") {
                try await station.query(
                    "INSERT INTO play_log (village_id, seq, due_at, outcome) VALUES (\(villageA), \(next[0] + 1), now(), 'played')",
                    logger: .hub)
            }
        }
    }

    func testAStationCannotLogInWithAnotherPassword() async throws {
        let settings = Self.cluster.settings(user: Self.villageA.stationRole, password: Self.passwordB, database: "rls")
        do {
            let connection = try await settings.connect()
            try? await connection.close()
            XCTFail("logged in with B's password")
        } catch let error as HubError {
            guard case .cannotConnect(_, let underlying) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(underlying.contains("password authentication failed"), underlying)
        }
    }

    func testTheTownshipReadsEveryVillageButCannotForgeAStationsReport() async throws {
        let township = try await Self.cluster.settings(user: "rls_township", password: Self.townshipPassword, database: "rls").connect()
        let villages = try await township.values("SELECT name FROM villages ORDER BY id", as: String.self)
        XCTAssertEqual(villages, ["茅村", "李庄"])
        await assertRefused {
            try await township.query("UPDATE deliveries SET state = 'played'", logger: .hub)
        }
        await assertRefused {
            try await township.query("INSERT INTO heartbeats (village_id, online) VALUES (\(Self.villageA.id), true)", logger: .hub)
        }
        try await township.close()
    }
}
