import Hub
import PostgresNIO
import XCTest

/// Asserts that PostgreSQL refused `body` with `sqlState` (42501: insufficient privilege, which
/// covers both "permission denied" and "new row violates row-level security policy"), and
/// returns the server's message.
@discardableResult
public func assertRefused(
    _ sqlState: String = "42501", file: StaticString = #filePath, line: UInt = #line, _ body: () async throws -> Void
) async -> String? {
    do {
        try await body()
        XCTFail("PostgreSQL accepted what it should have refused", file: file, line: line)
        return nil
    } catch let error as PSQLError {
        let state = error.serverInfo?[.sqlState]
        XCTAssertEqual(state, sqlState, "\(HubError.describe(error))", file: file, line: line)
        return error.serverInfo?[.message]
    } catch {
        XCTFail("not PostgreSQL's refusal: \(error)", file: file, line: line)
        return nil
    }
}
