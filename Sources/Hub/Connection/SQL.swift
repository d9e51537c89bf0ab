import PostgresNIO

/// Quoting for the few statements that cannot take bound parameters (CREATE ROLE, LISTEN).
public enum SQL {
    public static func identifier(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    public static func literal(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }
}

/// BEGIN … COMMIT around `body`, ROLLBACK when it throws (its error is rethrown as is, not
/// wrapped as postgres-nio's withTransaction does, so that callers can match it).
enum Transaction {
    static func run<T: Sendable>(
        on connection: PostgresConnection, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await connection.query("BEGIN", logger: .hub)
        do {
            let value = try await body(connection)
            try await connection.query("COMMIT", logger: .hub)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: .hub)
            throw error
        }
    }
}
