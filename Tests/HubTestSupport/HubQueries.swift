import Hub
import PostgresNIO

/// Small query helpers for tests: the first column of every row, decoded.
extension PostgresConnection {
    public func values<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> [T] {
        let rows = try await self.query(query, logger: .hub)
        var values: [T] = []
        for try await value in rows.decode(T.self) { values.append(value) }
        return values
    }

    /// How many rows a query returns: with `UPDATE … RETURNING 1`, how many it changed (for
    /// checking that row-level security hid rows rather than refusing; postgres-nio's async API
    /// does not give the command tag's count).
    public func rowCount(_ query: PostgresQuery) async throws -> Int {
        var count = 0
        for try await _ in try await self.query(query, logger: .hub) { count += 1 }
        return count
    }
}
