import Console
import Foundation
import Hub
import XCTest

/// An unknown name must not be refused faster than a known name with a wrong password: the
/// difference would tell a guesser which accounts exist. Both run one SCRAM login (the person's
/// role, or the hub's decoy role), so their medians are alike.
final class SignInTimingTests: ConsoleTestCase {
    // Many wrong passwords here on purpose: no sign-in limit in the way (the limit has its own
    // test, SignInTests).
    override class func configure(_ configuration: inout ConsoleConfiguration) {
        configuration.loginLimit = 100_000
    }

    /// Each `rounds` times, alternately (so that the machine's load falls on both alike): an
    /// unknown name, and the clerk's name with a wrong password; each timed from the form's POST
    /// to its answer. The medians must be within `allowed` of each other.
    func testAnUnknownNameTakesAsLongAsAWrongPassword() async throws {
        let rounds = 25, allowed = 1.5
        let browser = harness.browser(source: "127.0.0.3")
        var unknown: [Double] = [], wrong: [Double] = []
        for round in 0..<(rounds + 3) {
            for known in round % 2 == 0 ? [true, false] : [false, true] {
                _ = try await browser.get("/login")
                let name = known ? ConsoleHarness.clerkA.0 : "无此人\(round)"
                let start = DispatchTime.now().uptimeNanoseconds
                let reply = try await browser.post("/login", [("name", name), ("password", "wrong-password-\(round)")])
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                XCTAssertEqual(reply.status, 401, reply.body)
                XCTAssertTrue(reply.body.contains("姓名或密码不对"), "the same answer for both")
                if round < 3 { continue }  // warming up: the pool's connections, the first backends
                if known { wrong.append(milliseconds) } else { unknown.append(milliseconds) }
            }
        }
        let medianUnknown = unknown.sorted()[rounds / 2], medianWrong = wrong.sorted()[rounds / 2]
        let ratio = medianUnknown / medianWrong
        print(String(format: "sign-in timing: unknown name median %.2f ms, known name wrong password median %.2f ms (n = %d each), ratio %.2f",
                     medianUnknown, medianWrong, rounds, ratio))
        XCTAssertTrue((1 / allowed...allowed).contains(ratio),
                      String(format: "an unknown name is refused in %.2f ms, a wrong password in %.2f ms (medians): the difference tells who has an account",
                             medianUnknown, medianWrong))
    }
}
