import Foundation
import HubTestSupport
import XCTest

/// `dalaba-console` itself: without the voices for its 插播 preview it does not start half-working;
/// it says where it looked and what to do (install them, --voices, or --no-preview).
final class ConsoleCommandTests: XCTestCase {
    func testMissingVoicesStopItSayingWhatToDo() throws {
        let missing = "/nonexistent/dalaba-voices-\(UUID().uuidString.prefix(8))"
        let result = try runProduct("dalaba-console", [
            "--listen", "127.0.0.1:0", "--hub", "postgresql://dalaba_console@127.0.0.1:1/dalaba", "--credentials", "/nonexistent/console.credentials",
            "--voices", missing,
        ])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains(missing), result.stderr)
        XCTAssertTrue(result.stderr.contains("--voices") && result.stderr.contains("--no-preview"), result.stderr)
        XCTAssertFalse(result.stdout.contains("listening"), result.stdout)
    }
}
