import Foundation
import XCTest

/// The CLI shows times in the station's zone (station.yaml), not the machine's, and `status`
/// names the next program occurrence when nothing is queued yet.
final class DaemonStationTimeTests: XCTestCase {
    func testStatusAndQueueShowTheNextProgramInStationTime() throws {
        // A zone far from the test machine's UTC: due at 03:00 UTC reads 16:00 in Chatham (+13:45 or +12:45).
        let harness = try DaemonHarness(stationYAML: "timezone: Pacific/Chatham\n")
        defer { harness.tearDown() }
        let due = Date().addingTimeInterval(3 * 3600)
        let zone = TimeZone(identifier: "Pacific/Chatham")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: due)
        let local = String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
        try """
            title: 晚间防疫提醒
            text: 请大家勤洗手。
            days: daily
            times: ["\(local)"]
            """.write(to: harness.schedules.appendingPathComponent("evening.yaml"), atomically: true, encoding: .utf8)
        try harness.start(output: "null")

        let status = try harness.status()
        XCTAssertEqual(status["timeZone"] as? String, "Pacific/Chatham")
        let next = try XCTUnwrap(status["next"] as? [String: Any], "status names the next program: \(status)")
        XCTAssertEqual(next["title"] as? String, "晚间防疫提醒")

        let text = try harness.dalaba("status")
        XCTAssertTrue(text.stdout.contains("next:     - 晚间防疫提醒 at "), text.stdout)
        XCTAssertTrue(text.stdout.contains(local), "shown in station time \(local): \(text.stdout)")
        let queue = try harness.dalaba("queue")
        XCTAssertTrue(queue.stdout.contains(local), "queue in station time \(local): \(queue.stdout)")
    }
}
