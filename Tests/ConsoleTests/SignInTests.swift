import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// Signing in: PostgreSQL checks the password; the session cookie is HttpOnly and SameSite=Strict;
/// ten wrong passwords make the next sign-ins refused unchecked; the audit log records it all.
final class SignInTests: ConsoleTestCase {
    func testTheRightPasswordSignsInAndTheWrongOneDoesNot() async throws {
        let browser = harness.browser()
        let wrong = try await browser.signIn(ConsoleHarness.clerkA.0, "not-the-password")
        XCTAssertEqual(wrong.status, 401)
        XCTAssertTrue(wrong.body.contains("姓名或密码不对"), wrong.body)
        XCTAssertNil(browser.cookies["dalaba_session"])
        let villagesBefore = try await browser.get("/villages")
        XCTAssertEqual(villagesBefore.status, 303, "no session: to the sign-in page")
        XCTAssertEqual(villagesBefore.header("Location"), "/login")

        let right = try await browser.signIn(ConsoleHarness.clerkA.0, ConsoleHarness.clerkA.1)
        XCTAssertEqual(right.status, 303, right.body)
        XCTAssertEqual(right.header("Location"), "/villages")
        let cookie = try XCTUnwrap(right.setCookies.first { $0.hasPrefix("dalaba_session=") })
        XCTAssertTrue(cookie.contains("HttpOnly"), cookie)
        XCTAssertTrue(cookie.contains("SameSite=Strict"), cookie)
        XCTAssertFalse(cookie.contains("Secure"), "plain HTTP: not Secure")
        let page = try await browser.get("/villages")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("茅村"))
        XCTAssertFalse(page.body.contains("李庄"), "a clerk sees only their village")

        let out = try await browser.post("/logout", [])
        XCTAssertEqual(out.status, 303)
        let after = try await browser.get("/villages")
        XCTAssertEqual(after.status, 303, "signed out")
    }

    func testTownshipStaffSeeEveryVillage() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        let page = try await browser.get("/villages")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("茅村") && page.body.contains("李庄"), page.body)
    }

    func testASignInWithoutTheLoginPagesTokenIsRefused() async throws {
        let browser = harness.browser()
        _ = try await browser.get("/login")
        let reply = try await browser.post("/login", [("name", ConsoleHarness.clerkA.0), ("password", ConsoleHarness.clerkA.1)], csrf: false)
        XCTAssertEqual(reply.status, 403)
        XCTAssertNil(browser.cookies["dalaba_session"])
    }

    func testTheEleventhAttemptAfterTenWrongPasswordsIsRefusedUnchecked() async throws {
        try await harness.hub { connection in
            _ = try await People.add(name: "赵六", village: "茅村", password: "zhao-password", on: connection)
        }
        // From 127.0.0.2, so that the other tests' address keeps its budget.
        let guesser = harness.browser(source: "127.0.0.2")
        for attempt in 1...10 {
            let reply = try await guesser.signIn("赵六", "guess-\(attempt)")
            XCTAssertEqual(reply.status, 401, "attempt \(attempt)")
        }
        let eleventh = try await guesser.signIn("赵六", "zhao-password")
        XCTAssertEqual(eleventh.status, 429, "the right password is not even checked now")
        XCTAssertTrue(eleventh.body.contains("分钟后再试"), eleventh.body)
        XCTAssertNil(guesser.cookies["dalaba_session"])
        // The name is blocked from another address too, and the address for another name.
        let elsewhere = try await harness.browser(source: "127.0.0.3").signIn("赵六", "zhao-password")
        XCTAssertEqual(elsewhere.status, 429)
        let otherName = try await guesser.signIn(ConsoleHarness.clerkB.0, ConsoleHarness.clerkB.1)
        XCTAssertEqual(otherName.status, 429)
        // Another person from another address is not affected.
        let clerk = try await harness.browser(source: "127.0.0.4").signIn(ConsoleHarness.clerkB.0, ConsoleHarness.clerkB.1)
        XCTAssertEqual(clerk.status, 303)
        let refusals = try await harness.count("SELECT count(*)::int FROM audit_log WHERE action = 'login-refused' AND target = '赵六'")
        XCTAssertEqual(refusals, 10, "the ten wrong passwords are in the audit log; the refused-unchecked ones never reached the hub")
    }

    func testSignInAndOutAreAudited() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.clerkB.0, ConsoleHarness.clerkB.1)
        _ = try await browser.get("/villages")  // the sign-out form's page, with its token
        let out = try await browser.post("/logout", [])
        XCTAssertEqual(out.status, 303)
        let role = Person.role(forName: ConsoleHarness.clerkB.0)
        let actions = try await harness.hub { connection in
            try await connection.values("SELECT action FROM audit_log WHERE person = \(role) ORDER BY id", as: String.self)
        }
        XCTAssertEqual(Array(actions.suffix(2)), ["login", "logout"])
        let client = try await harness.hub { connection in
            try await connection.values("SELECT client FROM audit_log WHERE person = \(role) ORDER BY id DESC LIMIT 1", as: String.self)
        }
        XCTAssertEqual(client, ["127.0.0.1"])
    }
}
