import Foundation
import HubTestSupport
import StationTestSupport

/// chromedriver on a free loopback port and one headless Chromium session through it, for one
/// test class (started in its set-up, stopped in its tear-down).
final class Browser: @unchecked Sendable {
    let driver: WebDriver
    private let chromedriver: Child

    /// Fails (never skips) when Debian's chromium or chromium-driver is missing: `make deps`
    /// installs them.
    init() throws {
        for path in ["/usr/bin/chromedriver", "/usr/bin/chromium"] where !FileManager.default.isExecutableFile(atPath: path) {
            throw HarnessError("\(path) is missing: `make deps` installs Debian's chromium and chromium-driver")
        }
        let port = try TestCluster.freePort()
        chromedriver = try Child(URL(fileURLWithPath: "/usr/bin/chromedriver"),
                                 ["--port=\(port)", "--allowed-ips=127.0.0.1"], environment: [:])
        driver = WebDriver(port: port)
        guard eventually(timeout: 20, { driver.isReady() }) else {
            chromedriver.kill()
            throw HarnessError("chromedriver did not answer on port \(port) (\(driver.lastStatus)): \(chromedriver.output.text)")
        }
        do { try driver.startSession() } catch {
            chromedriver.kill()
            throw error
        }
    }

    func quit() {
        driver.endSession()
        chromedriver.kill()
    }
}
