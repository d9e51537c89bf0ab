import Foundation
import XCTest

/// The CLI shows times in the station's zone (station.yaml), not the machine's, and `status`
/// names the next program occurrence when nothing is queued yet.
final class DaemonStationTimeTests: XCTestCase {
    func testStatusAndQueueShowTheNextProgramInStationTime() throws {
        // A zone whose offset is not whole hours (so its clock differs from the machine's), and
        // where it is daytime now, so the program an hour from now is still "today" there.
        let now = Date()
        let due = now.addingTimeInterval(3600)
        let candidates = ["Pacific/Chatham", "Australia/Eucla", "Asia/Kathmandu", "America/St_Johns"].compactMap(TimeZone.init(identifier:))
        var calendar = Calendar(identifier: .gregorian)
        let zone = try XCTUnwrap(candidates.first { zone in
            calendar.timeZone = zone
            return (6..<20).contains(calendar.component(.hour, from: now))
        })
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: due)
        let local = String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
        let harness = try DaemonHarness(stationYAML: "timezone: \(zone.identifier)\n")
        defer { harness.tearDown() }
        try """
            title: 晚间防疫提醒
            text: 请大家勤洗手。
            days: daily
            times: ["\(local)"]
            """.write(to: harness.schedules.appendingPathComponent("evening.yaml"), atomically: true, encoding: .utf8)
        try harness.start(output: "null")

        let status = try harness.status()
        XCTAssertEqual(status["timeZone"] as? String, zone.identifier)
        let next = try XCTUnwrap(status["next"] as? [String: Any], "status names the next program: \(status)")
        XCTAssertEqual(next["title"] as? String, "晚间防疫提醒")

        let text = try harness.dalaba("status")
        XCTAssertTrue(text.stdout.contains("next:     - 晚间防疫提醒 at "), text.stdout)
        XCTAssertTrue(text.stdout.contains(local), "shown in station time \(local): \(text.stdout)")
        let queue = try harness.dalaba("queue")
        XCTAssertTrue(queue.stdout.contains(local), "queue in station time \(local): \(queue.stdout)")
    }
}
