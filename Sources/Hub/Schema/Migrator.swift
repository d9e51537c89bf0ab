import Logging
import PostgresNIO

/// Brings a hub database to `Migration.latestVersion`: creates `schema_migrations` if needed and
/// applies what is missing, all in one transaction under an advisory lock, so that two `init`s at
/// once neither collide nor half-apply. Running it again on a current hub changes nothing.
public enum Migrator {
    /// The advisory lock key (any constant; this one spells "dalaba" in ASCII).
    static let lockKey: Int64 = 0x64616c616261

    public struct Outcome: Sendable, Equatable {
        /// The version the hub had before (0: an empty database).
        public var from: Int
        public var applied: [Int]
        public var to: Int { applied.last ?? from }
    }

    @discardableResult
    public static func migrate(_ connection: PostgresConnection, logger: Logger = .hub) async throws -> Outcome {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    applied_by name NOT NULL DEFAULT current_user
                )
                """, logger: logger)
            let from = try await currentVersion(connection, logger: logger)
            guard from <= Migration.latestVersion else {
                throw HubError.schemaTooNew(found: from, known: Migration.latestVersion)
            }
            var applied: [Int] = []
            for migration in Migration.all where migration.version > from {
                try await run(script: migration.sql, on: connection, logger: logger)
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
                applied.append(migration.version)
            }
            try await connection.query("COMMIT", logger: logger)
            return Outcome(from: from, applied: applied)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// Runs a script statement by statement (postgres-nio has no simple-query protocol).
    public static func run(script: String, on connection: PostgresConnection, logger: Logger = .hub) async throws {
        for statement in SQLScript.statements(script) {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
    }

    /// The hub's schema version: 0 when `schema_migrations` is missing or empty.
    public static func currentVersion(_ connection: PostgresConnection, logger: Logger = .hub) async throws -> Int {
        let exists = try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
        for try await present in exists.decode(Bool.self) where !present { return 0 }
        let rows = try await connection.query("SELECT coalesce(max(version), 0) FROM schema_migrations", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return 0
    }
}
