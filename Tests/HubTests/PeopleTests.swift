import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// Migration 2's people: a clerk's own login sees and sends to their village only, township staff
/// to all; the console's role has no rights of its own but may become a person (SET ROLE).
final class PeopleTests: ClusterTestCase {
    nonisolated(unsafe) static var villageA: Village!
    nonisolated(unsafe) static var villageB: Village!
    static let consolePassword = TestCluster.randomPassword()

    override class func setUp() {
        super.setUp()
        let cluster = Self.cluster!
        let done = XCTestExpectation(description: "hub set up")
        Task {
            do {
                try await cluster.createHub("people")
                try await cluster.withSuperuser(database: "people") { connection in
                    villageA = try await Villages.add(name: "茅村", regionCode: "330102", villageCode: "002001", password: TestCluster.randomPassword(), on: connection)
                    villageB = try await Villages.add(name: "李庄", regionCode: "330102", villageCode: "002002", password: TestCluster.randomPassword(), on: connection)
                    _ = try await People.add(name: "王芳", village: "茅村", password: "clerk-password", on: connection)
                    _ = try await People.add(name: "李明", village: nil, password: "township-password", on: connection)
                    try await People.setConsolePassword(consolePassword, on: connection)
                    _ = try await Announcements.say(NewAnnouncement(text: "给李庄", villages: ["李庄"]), on: connection)
                    _ = try await Announcements.say(NewAnnouncement(text: "给茅村", villages: ["茅村"]), on: connection)
                }
            } catch {
                XCTFail("set-up: \(HubError.describe(error))")
            }
            done.fulfill()
        }
        _ = XCTWaiter.wait(for: [done], timeout: 60)
    }

    override func setUpWithError() throws {
        struct HubNotSetUp: Error {}
        guard Self.villageA != nil else { throw HubNotSetUp() }
    }

    private func connect<T: Sendable>(_ user: String, _ password: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await Self.cluster.settings(user: user, password: password, database: "people").connect()
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    func testAClerkSeesAndSendsToTheirVillageOnly() async throws {
        try await connect(Person.role(forName: "王芳"), "clerk-password") { clerk in
            let villages = try await clerk.values("SELECT name FROM villages", as: String.self)
            XCTAssertEqual(villages, ["茅村"])
            let texts = try await clerk.values("SELECT text FROM announcements ORDER BY id", as: String.self)
            XCTAssertEqual(texts, ["给茅村"])
            let deliveries = try await clerk.values("SELECT village_id FROM deliveries", as: Int.self)
            XCTAssertEqual(deliveries, [Self.villageA.id])
            let id = try await clerk.values("INSERT INTO announcements (text) VALUES ('本村通知') RETURNING id", as: Int.self)[0]
            try await clerk.query("INSERT INTO announcement_targets (announcement_id, village_id) VALUES (\(id), \(Self.villageA.id))", logger: .hub)
            await assertRefused {
                try await clerk.query("INSERT INTO announcement_targets (announcement_id, village_id) VALUES (\(id), \(Self.villageB.id))", logger: .hub)
            }
            await assertRefused {
                try await clerk.query("INSERT INTO announcements (text, created_by) VALUES ('冒名', 'dalaba_person_李明')", logger: .hub)
            }
            await assertRefused {
                try await clerk.query("UPDATE deliveries SET state = 'played'", logger: .hub)
            }
            await assertRefused {
                try await clerk.query("INSERT INTO audit_log (person, action) VALUES ('dalaba_person_李明', 'say')", logger: .hub)
            }
        }
    }

    func testTownshipStaffSeeEveryVillage() async throws {
        try await connect(Person.role(forName: "李明"), "township-password") { staff in
            let villages = try await staff.values("SELECT name FROM villages ORDER BY village_code", as: String.self)
            XCTAssertEqual(villages, ["茅村", "李庄"])
            let people = try await staff.values("SELECT name FROM people ORDER BY name", as: String.self)
            XCTAssertEqual(people.sorted(), ["李明", "王芳"].sorted())
        }
    }

    func testTheConsoleHasNoRightsOfItsOwnButBecomesThePerson() async throws {
        try await connect(People.consoleRole, Self.consolePassword) { console in
            await assertRefused { try await console.query("SELECT name FROM villages", logger: .hub) }
            let who = try await console.values("SELECT role::text FROM people WHERE name = '王芳'", as: String.self)
            XCTAssertEqual(who, [Person.role(forName: "王芳")])
            try await console.query("BEGIN", logger: .hub)
            try await console.query("SELECT set_config('role', \(Person.role(forName: "王芳")), true)", logger: .hub)
            let villages = try await console.values("SELECT name FROM villages", as: String.self)
            XCTAssertEqual(villages, ["茅村"])
            try await console.query("COMMIT", logger: .hub)
            await assertRefused { try await console.query("SELECT name FROM villages", logger: .hub) }
            // Not a member of the administrators' or the stations' roles.
            await assertRefused { try await console.query("SET ROLE dalaba_admin", logger: .hub) }
        }
    }

    func testAPersonCanBeRemovedAndTheirLoginGoes() async throws {
        try await Self.cluster.withSuperuser(database: "people") { connection in
            _ = try await People.add(name: "临时", village: "李庄", password: "temporary-password", on: connection)
            try await People.remove(name: "临时", on: connection)
            let roles = try await connection.values("SELECT count(*)::int FROM pg_roles WHERE rolname = \(Person.role(forName: "临时"))", as: Int.self)
            XCTAssertEqual(roles, [0])
        }
    }
}
