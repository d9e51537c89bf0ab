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

    /// Migration 5's decoy, which the console logs in as for a name nobody has: PostgreSQL runs its
    /// SCRAM exchange like a person's (a member of dalaba_people, so pg_hba.conf's +dalaba_people
    /// line takes it the same way), but it never gets a session even with its password, and it
    /// has no privilege.
    func testTheSignInDecoyRunsSCRAMButNeverSignsIn() async throws {
        let decoy = People.signInDecoyRole
        try await Self.cluster.withSuperuser(database: "people") { connection in
            let rows = try await connection.query(
                "SELECT rolcanlogin, rolinherit, rolconnlimit, rolpassword FROM pg_authid WHERE rolname = \(decoy)", logger: .hub)
            var found = 0
            for try await (canLogin, inherit, limit, password) in rows.decode((Bool, Bool, Int, String).self) {
                found += 1
                XCTAssertFalse(canLogin, "NOLOGIN")
                XCTAssertFalse(inherit, "NOINHERIT")
                XCTAssertEqual(limit, 0, "CONNECTION LIMIT 0")
                XCTAssertTrue(password.hasPrefix("SCRAM-SHA-256$4096:"), "a SCRAM verifier as the people's: \(password.prefix(20))")
            }
            XCTAssertEqual(found, 1, "migration 5 makes \(decoy)")
            let groups = try await connection.values(
                "SELECT r.rolname::text FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid WHERE m.member = \(decoy)::regrole",
                as: String.self)
            XCTAssertEqual(groups, ["dalaba_people"], "for pg_hba.conf only")
            let privileged = try await connection.values("""
                SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S')
                  AND has_table_privilege(\(decoy), c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                """, as: String.self)
            XCTAssertEqual(privileged, [], "no table of the hub")
            // A password the test knows, to see what PostgreSQL does with a right one.
            try await connection.query(PostgresQuery(unsafeSQL: "ALTER ROLE \(decoy) PASSWORD 'decoy-test-password'"), logger: .hub)
        }
        for (password, state) in [("wrong-password", "28P01"), ("decoy-test-password", "28000")] {
            do {
                let settings = Self.cluster.settings(user: decoy, password: password, database: "people")
                let connection = try await PostgresConnection.connect(configuration: try settings.connectionConfiguration(), id: 1, logger: .hub)
                try? await connection.close()
                XCTFail("the decoy signed in with \(password)")
            } catch let error as PSQLError {
                // 28P01: SCRAM ran and failed; 28000 with the right password: SCRAM passed, and
                // only then NOLOGIN refused it. Either way no session.
                XCTAssertEqual(error.serverInfo?[.sqlState], state, "\(password): \(String(reflecting: error))")
            }
        }
        // Nobody knows its password again.
        try await Self.cluster.withSuperuser(database: "people") { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "ALTER ROLE \(decoy) PASSWORD '\(TestCluster.randomPassword())'"), logger: .hub)
        }
    }
}
