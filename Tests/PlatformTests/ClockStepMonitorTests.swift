import Foundation
import Glibc
import Platform
import XCTest

/// Setting the real clock needs CAP_SYS_TIME and would disturb the whole machine, so the step
/// itself is exercised by the daemon's fault tests with an injected clock; here the monitor arms
/// for real and classifies what the kernel reports.
final class ClockStepMonitorTests: XCTestCase {
    func testArmsWithoutFiringWhileTheClockRunsNormally() throws {
        let fired = expectation(description: "no step")
        fired.isInverted = true
        let monitor = try ClockStepMonitor(queue: DispatchQueue(label: "t")) { fired.fulfill() }
        defer { monitor.cancel() }
        wait(for: [fired], timeout: 0.5)
    }

    func testReadOutcomes() {
        XCTAssertEqual(ClockStepMonitor.interpret(readResult: -1, errno: ECANCELED), .clockWasSet)
        XCTAssertEqual(ClockStepMonitor.interpret(readResult: -1, errno: EAGAIN), .nothing)
        XCTAssertEqual(ClockStepMonitor.interpret(readResult: 8, errno: 0), .expired)
    }
}
