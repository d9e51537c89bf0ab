import Foundation
import XCTest

/// The light `dalaba` (its own argument reader, glibc's time zones) against a real dalabad:
/// the same answers as the full command line (dalaba-tools, argument-parser), in the station's zone.
final class DaemonLightClientTests: XCTestCase {
    func testLightAndFullCommandLinesAnswerAlike() throws {
        // A zone far from the machine's UTC, so a time shown in the wrong zone is visible.
        let harness = try DaemonHarness(stationYAML: "timezone: Asia/Kathmandu\n")
        defer { harness.tearDown() }
        try harness.start(output: "null")
        XCTAssertEqual(try harness.dalaba("pause").status, 0)
        // Tomorrow 07:30 at the station: shown with its date, in the station's zone.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Kathmandu")!
        let tomorrow = calendar.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(86_400))
        let day = String(format: "%04d-%02d-%02d", tomorrow.year!, tomorrow.month!, tomorrow.day!)
        let id = try harness.say("明早开会", "--at", "\(day)T07:30", "--priority", "high")

        let status = try harness.dalaba("status")
        XCTAssertEqual(status.status, 0, status.stderr)
        XCTAssertTrue(status.stdout.hasPrefix("playing:  nothing\nnext:     \(id) 明早开会 at \(day) 07:30:00 [high]\nqueue:    1 waiting\n"), status.stdout)
        XCTAssertTrue(status.stdout.contains("paused:   yes (dalaba resume to continue)\n"), status.stdout)
        let queue = try harness.dalaba("queue")
        XCTAssertTrue(queue.stdout.contains(" \(id)".padding(toLength: 8, withPad: " ", startingAt: 0) + "\(day) 07:30:00  high       明早开会 (user "), queue.stdout)

        for arguments in [["status"], ["status", "--json"], ["queue"], ["queue", "--json"], ["history"], ["history", "--csv"],
                          ["history", "--json"], ["cancel", "4242"], ["say", "x", "--at", "25:00"], ["resume"]] {
            let light = try runProduct("dalaba", arguments + ["--socket", harness.socket])
            let full = try runProduct("dalaba-tools", arguments + ["--socket", harness.socket])
            XCTAssertEqual(light.status, full.status, "\(arguments)")
            XCTAssertEqual(light.stderr, full.stderr, "\(arguments)")
            XCTAssertEqual(light.stdout, full.stdout, "\(arguments)")
        }
    }
}
