import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// What a person may do is the hub's row-level security: a clerk posting another village's id is
/// refused by PostgreSQL and nothing is written; forms without their CSRF token change nothing.
final class PermissionTests: ConsoleTestCase {
    private func snapshot() async throws -> [Int] {
        [
            try await harness.count("SELECT count(*)::int FROM announcements"),
            try await harness.count("SELECT count(*)::int FROM announcement_targets"),
            try await harness.count("SELECT count(*)::int FROM deliveries"),
        ]
    }

    func testAClerkSendingToAnotherVillageIsRefusedAndNothingChanges() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.clerkA.0, ConsoleHarness.clerkA.1)
        _ = try await browser.get("/say")
        let before = try await snapshot()
        let b = String(harness.villageB.id), a = String(harness.villageA.id)
        for ids in [[b], [a, b]] {
            let reply = try await browser.post("/say", [("text", "今晚开会。"), ("priority", "normal")] + ids.map { ("villages", $0) })
            XCTAssertEqual(reply.status, 403, reply.body)
            XCTAssertTrue(reply.body.contains("只能查看和发送到自己负责的村"), reply.body)
            let after = try await snapshot()
            XCTAssertEqual(after, before, "villages \(ids): nothing written")
        }
        let role = Person.role(forName: ConsoleHarness.clerkA.0)
        let refusals = try await harness.count("SELECT count(*)::int FROM audit_log WHERE person = '\(role)' AND action = 'say-refused'")
        XCTAssertEqual(refusals, 2)

        // The same form for the clerk's own village goes through.
        let own = try await browser.post("/say", [("text", "今晚开会。"), ("priority", "normal"), ("villages", a)])
        XCTAssertEqual(own.status, 303, own.body)
        let targets = try await harness.hub { connection in
            try await connection.values("SELECT village_id FROM announcement_targets ORDER BY announcement_id DESC LIMIT 1", as: Int.self)
        }
        XCTAssertEqual(targets, [harness.villageA.id])
    }

    func testAClerkCannotOpenAnotherVillagesAnnouncement() async throws {
        let forB = try await harness.hub { connection in
            try await Announcements.say(NewAnnouncement(text: "给李庄的通知", villages: ["李庄"]), on: connection).id
        }
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.clerkA.0, ConsoleHarness.clerkA.1)
        let detail = try await browser.get("/deliveries/\(forB)")
        XCTAssertEqual(detail.status, 404)
        XCTAssertFalse(detail.body.contains("给李庄的通知"))
        let list = try await browser.get("/deliveries")
        XCTAssertFalse(list.body.contains("给李庄的通知"))
        let csv = try await browser.get("/deliveries?format=csv")
        XCTAssertEqual(csv.status, 200)
        XCTAssertFalse(csv.body.contains("给李庄的通知"))
    }

    func testAFormWithoutItsCSRFTokenIsRefusedAndNothingChanges() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        _ = try await browser.get("/say")
        let before = try await snapshot()
        let fields = [("text", "没有令牌的通知"), ("priority", "normal"), ("villages", String(harness.villageA.id))]
        let missing = try await browser.post("/say", fields, csrf: false)
        XCTAssertEqual(missing.status, 403)
        XCTAssertTrue(missing.body.contains("安全令牌"), missing.body)
        let wrong = try await browser.post("/say", fields + [("csrf", "0000")], csrf: false)
        XCTAssertEqual(wrong.status, 403)
        let emergency = try await browser.post("/emergency", [("text", "紧急"), ("villages", String(harness.villageA.id))], csrf: false)
        XCTAssertEqual(emergency.status, 403)
        let crossSite = try await browser.post("/say", fields, origin: "http://evil.example")
        XCTAssertEqual(crossSite.status, 403, "a form from another site")
        let after = try await snapshot()
        XCTAssertEqual(after, before)
        // The token of the signed-in page works.
        _ = try await browser.get("/say")
        let sent = try await browser.post("/say", fields)
        XCTAssertEqual(sent.status, 303, sent.body)
    }

    func testAnAnnouncementsScriptIsShownAsTextEverywhere() async throws {
        let script = "<script>alert('x')</script>停水"
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        _ = try await browser.get("/say")
        let sent = try await browser.post("/say", [("text", script), ("priority", "high"), ("villages", String(harness.villageA.id))])
        XCTAssertEqual(sent.status, 303, sent.body)
        let location = try XCTUnwrap(sent.header("Location"))
        let id = try XCTUnwrap(Int(location.split(separator: "/").last ?? ""))
        // Playing now at 茅村, so the overview shows it too.
        try await harness.hub { connection in
            try await connection.query("UPDATE deliveries SET state = 'playing' WHERE announcement_id = \(id)", logger: .hub)
        }
        for path in [location, "/deliveries", "/villages"] {
            let page = try await browser.get(path)
            XCTAssertEqual(page.status, 200, path)
            XCTAssertFalse(page.body.contains("<script>alert"), "\(path) carries the script as markup")
            XCTAssertTrue(page.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;停水"), "\(path): \(page.body)")
        }
        let csp = try await browser.get("/villages").header("Content-Security-Policy")
        XCTAssertTrue(csp?.contains("script-src 'self'") == true, "\(String(describing: csp))")
    }

    /// The other pages that show a notice's words, or a station's: 节目 (a program's file name,
    /// and a station's reason for refusing it, which quotes the schedule), the emergency's
    /// confirmation page, and the 插播 and 紧急 forms shown again with what to correct.
    func testMarkupIsTextOnTheProgramsEmergencyAndReturnedForms() async throws {
        let script = "<script>alert('x')</script>停水"
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;停水"
        let fileName = "<img src=x onerror=alert(1)>.yaml"
        try await harness.hub { connection in
            let ids = try await connection.values(
                "INSERT INTO programs (file_name, yaml) VALUES (\(fileName), 'title: x') RETURNING id", as: Int.self)
            try await connection.query("""
                INSERT INTO program_targets (program_id, village_id, state, reason)
                VALUES (\(ids[0]), \(self.harness.villageA.id), 'refused', \(script))
                """, logger: .hub)
        }
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        let programs = try await browser.get("/programs")
        XCTAssertEqual(programs.status, 200)
        XCTAssertFalse(programs.body.contains("<script>alert") || programs.body.contains("<img src=x"), programs.body)
        XCTAssertTrue(programs.body.contains(escaped), programs.body)
        XCTAssertTrue(programs.body.contains("&lt;img src=x onerror=alert(1)&gt;.yaml"), programs.body)

        _ = try await browser.get("/emergency")
        let confirm = try await browser.post("/emergency", [("text", script), ("villages", String(harness.villageA.id))])
        XCTAssertEqual(confirm.status, 200, confirm.body)
        XCTAssertTrue(confirm.body.contains("确认发送紧急广播"), "the confirmation page")
        XCTAssertFalse(confirm.body.contains("<script>alert"), confirm.body)
        XCTAssertTrue(confirm.body.contains(escaped), confirm.body)

        // No village chosen: the forms come back with the text in them, as text.
        _ = try await browser.get("/say")
        let say = try await browser.post("/say", [("text", script)])
        XCTAssertEqual(say.status, 400, say.body)
        XCTAssertFalse(say.body.contains("<script>alert"), say.body)
        XCTAssertTrue(say.body.contains(escaped), say.body)
        _ = try await browser.get("/emergency")
        let emergency = try await browser.post("/emergency", [("text", script)])
        XCTAssertFalse(emergency.body.contains("<script>alert"), emergency.body)
        XCTAssertTrue(emergency.body.contains(escaped), emergency.body)
    }

    func testEveryActionIsAudited() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.township.0, ConsoleHarness.township.1)
        _ = try await browser.get("/say")
        let sent = try await browser.post("/say", [("text", "审计测试"), ("villages", String(harness.villageB.id))])
        XCTAssertEqual(sent.status, 303, sent.body)
        let id = try XCTUnwrap(sent.header("Location")?.split(separator: "/").last.map(String.init))
        _ = try await browser.get("/deliveries?format=csv")
        let role = Person.role(forName: ConsoleHarness.township.0)
        let rows = try await harness.hub { connection in
            try await connection.values(
                "SELECT action || ' ' || coalesce(target, '') FROM audit_log WHERE person = \(role) AND at > now() - interval '1 minute' ORDER BY id",
                as: String.self)
        }
        XCTAssertTrue(rows.contains("login 李明"), "\(rows)")
        XCTAssertTrue(rows.contains("say announcement \(id)"), "\(rows)")
        XCTAssertTrue(rows.contains("export deliveries.csv"), "\(rows)")
    }

    func testAnEmergencyIsSentOnlyAfterItsConfirmation() async throws {
        let browser = harness.browser()
        try await browser.signIn(ConsoleHarness.clerkB.0, ConsoleHarness.clerkB.1)
        _ = try await browser.get("/emergency")
        let before = try await snapshot()
        let first = try await browser.post("/emergency", [("text", "山洪预警，请立即转移。"), ("villages", String(harness.villageB.id))])
        XCTAssertEqual(first.status, 200, first.body)
        XCTAssertTrue(first.body.contains("确认发送紧急广播"))
        let unchanged = try await snapshot()
        XCTAssertEqual(unchanged, before, "nothing sent before the confirmation")
        let confirmation = try XCTUnwrap(first.body.range(of: "name=\"confirm\" value=\"").map { range in
            String(first.body[range.upperBound...].prefix { $0 != "\"" })
        })
        let sent = try await browser.post("/emergency/confirm", [("confirm", confirmation)])
        XCTAssertEqual(sent.status, 303, sent.body)
        let priority = try await harness.hub { connection in
            try await connection.values("SELECT priority FROM announcements ORDER BY id DESC LIMIT 1", as: String.self)
        }
        XCTAssertEqual(priority, ["emergency"])
        let again = try await browser.post("/emergency/confirm", [("confirm", confirmation)])
        XCTAssertEqual(again.status, 409, "a confirmation sends once")
        // A clerk's emergency for another village is refused at the first step.
        _ = try await browser.get("/emergency")
        let other = try await browser.post("/emergency", [("text", "越权"), ("villages", String(harness.villageA.id))])
        XCTAssertEqual(other.status, 403)
    }
}
