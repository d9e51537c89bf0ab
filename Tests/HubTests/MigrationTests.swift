import Hub
import HubTestSupport
import PostgresNIO
import XCTest

final class MigrationTests: ClusterTestCase {
    func testMigratesAnEmptyDatabaseThenChangesNothingOnTheSecondRun() async throws {
        let cluster = Self.cluster!
        try await cluster.createDatabase("migrate_twice")
        try await cluster.withSuperuser(database: "migrate_twice") { connection in
            let version = try await Migrator.currentVersion(connection)
            XCTAssertEqual(version, 0)
            let first = try await Migrator.migrate(connection)
            XCTAssertEqual(first.from, 0)
            XCTAssertEqual(first.applied, Migration.all.map(\.version))
            let second = try await Migrator.migrate(connection)
            XCTAssertEqual(second.from, Migration.latestVersion)
            XCTAssertEqual(second.applied, [])
            let recorded = try await connection.values("SELECT version FROM schema_migrations ORDER BY version", as: Int.self)
            XCTAssertEqual(recorded, Migration.all.map(\.version))
            let tables = try await connection.values(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", as: String.self)
            XCTAssertEqual(tables, [
                "alert_announcements", "alert_policy", "alerts", "announcement_targets", "announcements", "audit_log", "deliveries",
                "heartbeats", "people", "play_log", "program_targets", "programs", "relays", "schema_migrations", "timetable_programs",
                "timetables", "villages", "zone_reports", "zones",
            ])
            let unprotected = try await connection.values(
                "SELECT relname::text FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND NOT relrowsecurity AND relname <> 'schema_migrations'",
                as: String.self)
            XCTAssertEqual(unprotected, [], "every table but schema_migrations has row-level security")
        }
    }

    func testASecondDatabaseOnTheSameClusterMigratesToo() async throws {
        // The group roles are the cluster's: the second hub finds them made and must not fail.
        let cluster = Self.cluster!
        try await cluster.createHub("first_hub")
        try await cluster.createHub("second_hub")
        let version = try await cluster.withSuperuser(database: "second_hub") { try await Migrator.currentVersion($0) }
        XCTAssertEqual(version, Migration.latestVersion)
    }

    func testASchemaNewerThanThisBuildIsRefused() async throws {
        let cluster = Self.cluster!
        try await cluster.createHub("from_the_future")
        try await cluster.execute("INSERT INTO schema_migrations (version, name) VALUES (9999, 'later')", database: "from_the_future")
        try await cluster.withSuperuser(database: "from_the_future") { connection in
            do {
                try await Migrator.migrate(connection)
                XCTFail("migrated a schema newer than it knows")
            } catch let error as HubError {
                XCTAssertEqual(error, .schemaTooNew(found: 9999, known: Migration.latestVersion))
            }
        }
    }

    /// Released migrations are never edited (a hub already migrated would not get the change):
    /// their text's fingerprint is pinned here. A new migration adds its line; a change to an old
    /// one fails this test, as it should.
    func testReleasedMigrationsAreUnchanged() {
        let pinned: [Int: UInt64] = [
            1: 0xaa06_61b6_d7c2_6a75,
            2: 0x9714_d1cf_bc04_5054,  // people, clerks, the console's role, audit log (MigrationPeople.swift)
            3: 0x50fc_c69d_13f9_832e,  // CAP alerts, village coordinates, relay tokens (MigrationAlertsAndRelays.swift)
            4: 0xeda4_fbd3_b5ce_11d5,  // cancels reach the station; play log by station store (MigrationCancelsAndStores.swift)
            5: 0x5f10_941d_61e6_c302,  // the console's sign-in decoy role (MigrationSignInDecoy.swift)
            6: 0x429f_d2d9_ca0d_79c1,  // stations report their zones; targets checked against them (MigrationZonesChecked.swift)
            7: 0x1392_721e_42b9_f3cb,  // each village's timetable of today (MigrationTimetables.swift)
            8: 0x2e4c_ef91_4ff8_920d,  // a zone refusal names every village lacking it (MigrationZonesAllVillages.swift)
        ]
        for migration in Migration.all {
            XCTAssertEqual(fnv1a(migration.sql), pinned[migration.version], "migration \(migration.version) (\(migration.name))")
        }
    }

    private func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

final class SQLScriptTests: XCTestCase {
    /// Comments stay with the statement they precede (PostgreSQL ignores them).
    func testCutsAtSemicolonsOutsideQuotesBodiesAndComments() {
        let script = """
            -- a comment; not a statement
            CREATE TABLE t (a text DEFAULT 'x;y', "b;c" int);
            /* block; comment */
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
            DO $body$ BEGIN PERFORM 'it''s; fine'; END $body$;
            SELECT $1::int
            """
        XCTAssertEqual(SQLScript.statements(script), [
            "-- a comment; not a statement\nCREATE TABLE t (a text DEFAULT 'x;y', \"b;c\" int)",
            "/* block; comment */\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$",
            "DO $body$ BEGIN PERFORM 'it''s; fine'; END $body$",
            "SELECT $1::int",
        ])
    }

    func testMigrationOneIsWholeStatements() {
        let statements = SQLScript.statements(Migration.all[0].sql)
        XCTAssertTrue(statements.allSatisfy { !$0.hasSuffix(";") && !$0.isEmpty })
        XCTAssertTrue(statements.contains { $0.contains("CREATE FUNCTION announcement_target_added()") && $0.hasSuffix("END $$") })
    }
}
