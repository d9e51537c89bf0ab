import CAP
import Foundation
import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// CAP alerts received at the township hub (docs/hub.md, "Alerts"), against a real PostgreSQL
/// with the CAP test data of Tests/Data/cap: fanned out to the villages they cover, Update and
/// Cancel, duplicates, drills, senders, refusals kept with their reason; relays' tokens.
final class HubAlertTests: ClusterTestCase {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/cap")

    static func file(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: data.appendingPathComponent(name)))
    }

    /// A CAP date-time in UTC (`-00:00`: CAP does not allow Z), to the second.
    static func capText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d-00:00", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// A CAP time as a Date (the test messages' own clock).
    static func time(_ text: String) throws -> Date { try CAPTime(parsing: text).date }

    /// A hub with villages in 温州 (two districts), 巍山 (one inside the warning's circle, one
    /// outside) and 北京. Codes are the cluster's roles: each test gives its own `township` digits.
    private func hub(_ name: String, township: String) async throws -> HubSettings {
        let cluster = Self.cluster!
        let settings = try await cluster.createHub(name)
        _ = try await cluster.addVillage("鹿城\(township)", regionCode: "330302", villageCode: township + "001", database: name)
        _ = try await cluster.addVillage("瓯海\(township)", regionCode: "330304", villageCode: township + "001", database: name)
        _ = try await cluster.addVillage("庙街\(township)", regionCode: "532927", villageCode: township + "001", database: name)
        _ = try await cluster.addVillage("山后\(township)", regionCode: "532927", villageCode: township + "002", database: name)
        _ = try await cluster.addVillage("东城\(township)", regionCode: "110101", villageCode: township + "001", database: name)
        try await cluster.execute(
            """
            UPDATE villages SET latitude = 25.31, longitude = 100.27 WHERE name = '庙街\(township)';
            UPDATE villages SET latitude = 25.60, longitude = 100.60 WHERE name = '山后\(township)';
            """, database: name)
        return settings
    }

    private func withHub<T: Sendable>(_ settings: HubSettings, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await Self.cluster.withConnection(settings, body)
    }

    func testAWarningIsFannedOutToTheVillagesItsRegionCodeAndCircleCover() async throws {
        let settings = try await hub("fan_out", township: "101")
        let typhoonTime = try Self.time("2020-08-04T00:12:00+08:00")
        let typhoon = try await withHub(settings) { connection in
            try await HubAlerts.receive(try Self.file("cn-typhoon-red-wenzhou.xml"), via: "file cn-typhoon-red-wenzhou.xml",
                                        now: typhoonTime, on: connection)
        }
        // 330300 (温州市) covers 鹿城 330302 and 瓯海 330304, nobody else.
        XCTAssertEqual(typhoon.state, .fannedOut, "\(typhoon)")
        XCTAssertEqual(typhoon.villages, ["鹿城101", "瓯海101"])
        XCTAssertEqual(typhoon.priority, .emergency, "Extreme/Immediate → emergency, as on the station")
        // At once, then every 15 minutes, 4 more (the default policy), each until the expiry.
        XCTAssertEqual(typhoon.announcements.count, 5)
        let rows = try await Self.cluster.withSuperuser(database: "fan_out") { connection in
            try await connection.values(
                """
                SELECT a.priority || ' ' || to_char(a.at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') || ' '
                       || to_char(a.expires AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' ' || left(a.text, 19)
                FROM alert_announcements l JOIN announcements a ON a.id = l.announcement_id
                WHERE l.alert_id = \(typhoon.id) ORDER BY a.id
                """, as: String.self)
        }
        XCTAssertEqual(rows, [
            "emergency 00:12 2020-08-05 00:10 温州市气象台继续发布台风红色预警信号。",
            "emergency 00:27 2020-08-05 00:10 温州市气象台继续发布台风红色预警信号。",
            "emergency 00:42 2020-08-05 00:10 温州市气象台继续发布台风红色预警信号。",
            "emergency 00:57 2020-08-05 00:10 温州市气象台继续发布台风红色预警信号。",
            "emergency 01:12 2020-08-05 00:10 温州市气象台继续发布台风红色预警信号。",
        ])
        let deliveries = try await Self.cluster.withSuperuser(database: "fan_out") { connection in
            try await connection.values(
                """
                SELECT DISTINCT v.name FROM deliveries d JOIN villages v ON v.id = d.village_id
                JOIN alert_announcements l ON l.announcement_id = d.announcement_id ORDER BY 1
                """, as: String.self)
        }
        XCTAssertEqual(deliveries, ["瓯海101", "鹿城101"].sorted())

        // The rainstorm: geocode 532927 names both 巍山 villages, its circle (15 km around 庙街)
        // only the one whose coordinates lie inside it.
        let rainstorm = try await withHub(settings) { connection in
            try await HubAlerts.receive(try Self.file("cn-rainstorm-orange-weishan.xml"), via: "stdin",
                                        now: try Self.time("2024-09-05T08:20:00+08:00"), on: connection)
        }
        XCTAssertEqual(rainstorm.state, .fannedOut, "\(rainstorm)")
        XCTAssertEqual(rainstorm.villages, ["庙街101"])
        XCTAssertEqual(rainstorm.priority, .high, "Severe → high")

        // The Beijing order, received after it expired: kept, not sent.
        let late = try await withHub(settings) { connection in
            try await HubAlerts.receive(try Self.file("cn-epidemic-order-beijing.xml"), via: "stdin",
                                        now: try Self.time("2020-03-01T08:00:00+08:00"), on: connection)
        }
        XCTAssertEqual(late.state, .ignored)
        XCTAssertEqual(late.reason?.english, "it expired at 2020-02-28T17:00:00+08:00")
        XCTAssertEqual(late.announcements, [])

        // A US example: no village of the hub is in it.
        let amber = try await withHub(settings) { connection in
            try await HubAlerts.receive(try Self.file("spec-a4-amber-alert.xml"), via: "stdin", now: typhoonTime, on: connection)
        }
        XCTAssertEqual(amber.state, .ignored)
        XCTAssertTrue(amber.reason?.english.hasPrefix("not for any village on this hub") == true, "\(amber)")

        // The same typhoon message again (a relay retrying): listed, nothing sent twice.
        let again = try await withHub(settings) { connection in
            try await HubAlerts.receive(try Self.file("cn-typhoon-red-wenzhou.xml"), via: "relay r1", now: typhoonTime, on: connection)
        }
        XCTAssertEqual(again.state, .ignored)
        XCTAssertEqual(again.reason?.english, "already received (same sender, identifier and sent)")
        let announcementCount = try await Self.cluster.withSuperuser(database: "fan_out") { connection in
            try await connection.values("SELECT count(*)::int FROM announcements", as: Int.self)
        }
        XCTAssertEqual(announcementCount, [5 + rainstorm.announcements.count])

        let list = try await withHub(settings) { connection in try await HubAlerts.list(on: connection) }
        XCTAssertEqual(list.map(\.state), ["ignored", "ignored", "ignored", "fanned_out", "fanned_out"])
        XCTAssertEqual(list.last?.villages, ["鹿城101", "瓯海101"])
        XCTAssertEqual(list.last?.via, "file cn-typhoon-red-wenzhou.xml")
        XCTAssertTrue(list.last?.isExpired(at: try Self.time("2020-08-05T00:10:00+08:00")) == true)
        XCTAssertFalse(list.last?.isExpired(at: typhoonTime) == true)
    }

    /// A message in the shape of the typhoon warning, for Updates, Cancels and statuses.
    static func message(identifier: String, sent: String = "2026-12-03T10:00:00+08:00", status: String = "Actual",
                        msgType: String = "Alert", references: String? = nil, sender: String = "330300@12379.cn",
                        headline: String = "温州市气象台发布暴雨黄色预警信号", severity: String = "Moderate",
                        expires: String = "2026-12-03T22:00:00+08:00", geocode: String = "330300") -> [UInt8] {
        Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>\(identifier)</identifier>
              <sender>\(sender)</sender>
              <sent>\(sent)</sent>
              <status>\(status)</status>
              <msgType>\(msgType)</msgType>
              <scope>Public</scope>
              \(references.map { "<references>\($0)</references>" } ?? "")
              <info>
                <language>zh-CN</language>
                <category>Met</category>
                <event>暴雨</event>
                <urgency>Expected</urgency>
                <severity>\(severity)</severity>
                <certainty>Likely</certainty>
                <expires>\(expires)</expires>
                <headline>\(headline)</headline>
                <instruction>请注意防范。</instruction>
                <area><areaDesc>温州市</areaDesc><geocode><valueName>GB/T 2260</valueName><value>\(geocode)</value></geocode></area>
              </info>
            </alert>
            """.utf8)
    }

    func testAnUpdateReplacesAndACancelWithdrawsWithANoticeWhereItWasHeard() async throws {
        let settings = try await hub("update_cancel", township: "102")
        let now = try Self.time("2026-12-03T10:01:00+08:00")
        let first = try await withHub(settings) { connection in
            try await HubAlerts.receive(Self.message(identifier: "WZ-1"), via: "stdin", now: now, on: connection)
        }
        XCTAssertEqual(first.state, .fannedOut)
        XCTAssertEqual(first.priority, .normal)
        // 鹿城 has played the first broadcast; 瓯海's is still pending.
        try await Self.cluster.execute(
            """
            UPDATE deliveries SET state = 'played' WHERE announcement_id = \(first.announcements[0])
              AND village_id = (SELECT id FROM villages WHERE name = '鹿城102');
            """, database: "update_cancel")

        // The Update: WZ-1's announcements are cancelled (deliveries not yet played become
        // cancelled), the update is sent at its own (higher) priority.
        let update = try await withHub(settings) { connection in
            try await HubAlerts.receive(
                Self.message(identifier: "WZ-2", sent: "2026-12-03T11:00:00+08:00", msgType: "Update",
                             references: "330300@12379.cn,WZ-1,2026-12-03T10:00:00+08:00",
                             headline: "温州市气象台升级暴雨橙色预警信号", severity: "Severe"),
                via: "stdin", now: now.addingTimeInterval(3600), on: connection)
        }
        XCTAssertEqual(update.state, .fannedOut)
        XCTAssertEqual(update.priority, .high)
        XCTAssertEqual(update.withdrawn, [first.id])
        // Cancelled by the hub's cancel path (announcements.cancelled_at; the link withdraws it
        // at the station); what 鹿城 played stays played.
        let afterUpdate = try await Self.cluster.withSuperuser(database: "update_cancel") { connection in
            try await connection.values(
                """
                SELECT (a.cancelled_at IS NOT NULL) || ' ' || v.name || ' ' || d.state
                FROM announcements a JOIN deliveries d ON d.announcement_id = a.id JOIN villages v ON v.id = d.village_id
                WHERE a.id = \(first.announcements[0]) AND d.state = 'played'
                """, as: String.self)
        }
        XCTAssertEqual(afterUpdate, ["true 鹿城102 played"])
        let open = try await Self.cluster.withSuperuser(database: "update_cancel") { connection in
            try await connection.values(
                """
                SELECT count(*)::int FROM alert_announcements l JOIN announcements a ON a.id = l.announcement_id
                WHERE l.alert_id = \(first.id) AND a.cancelled_at IS NULL
                """, as: Int.self)
        }
        XCTAssertEqual(open, [0], "every broadcast of the replaced alert is cancelled")
        let why = try await Self.cluster.withSuperuser(database: "update_cancel") { connection in
            try await connection.values("SELECT cancel_reason FROM announcements WHERE id = \(first.announcements[0])", as: String.self)
        }
        XCTAssertEqual(why, ["已被更新 WZ-2 取代"], "the stations and the township see why")

        // 瓯海 plays the update; then the Cancel: the update's announcements are cancelled and
        // only 瓯海, where people heard it, is told 预警已解除.
        try await Self.cluster.execute(
            """
            UPDATE deliveries SET state = 'played' WHERE announcement_id = \(update.announcements[0])
              AND village_id = (SELECT id FROM villages WHERE name = '瓯海102');
            """, database: "update_cancel")
        let cancel = try await withHub(settings) { connection in
            try await HubAlerts.receive(
                Self.message(identifier: "WZ-3", sent: "2026-12-03T12:00:00+08:00", msgType: "Cancel",
                             references: "330300@12379.cn,WZ-2,2026-12-03T11:00:00+08:00"),
                via: "stdin", now: now.addingTimeInterval(7200), on: connection)
        }
        XCTAssertEqual(cancel.state, .ignored)
        XCTAssertEqual(cancel.reason?.english, "cancels 1 earlier alert(s)")
        XCTAssertEqual(cancel.withdrawn, [update.id])
        XCTAssertEqual(cancel.villages, ["瓯海102"])
        XCTAssertEqual(cancel.announcements.count, 1)
        let notice = try await Self.cluster.withSuperuser(database: "update_cancel") { connection in
            try await connection.values(
                """
                SELECT a.priority || ' ' || a.text || ' ' || string_agg(v.name, ',')
                FROM announcements a JOIN announcement_targets t ON t.announcement_id = a.id JOIN villages v ON v.id = t.village_id
                WHERE a.id = \(cancel.announcements[0]) GROUP BY a.id
                """, as: String.self)
        }
        XCTAssertEqual(notice, ["high 预警已解除：温州市气象台升级暴雨橙色预警信号。 瓯海102"])

        let list = try await withHub(settings) { connection in try await HubAlerts.list(on: connection) }
        XCTAssertEqual(list.map(\.state), ["ignored", "cancelled", "cancelled"])
        XCTAssertEqual(list[1].reason?.english, "cancelled by WZ-3")
        XCTAssertEqual(list[2].reason?.english, "replaced by the update WZ-2")
        XCTAssertEqual(list[2].reason?.chinese, "已被更新 WZ-2 取代")

        // A Cancel of something already cancelled withdraws nothing more.
        let twice = try await withHub(settings) { connection in
            try await HubAlerts.receive(
                Self.message(identifier: "WZ-4", sent: "2026-12-03T12:05:00+08:00", msgType: "Cancel",
                             references: "330300@12379.cn,WZ-2,2026-12-03T11:00:00+08:00"),
                via: "stdin", now: now.addingTimeInterval(7500), on: connection)
        }
        XCTAssertEqual(twice.withdrawn, [])
        XCTAssertEqual(twice.announcements, [])
    }

    func testDrillsSendersDraftsAndHostileFilesAreDecidedByTheHubsPolicy() async throws {
        let settings = try await hub("policy", township: "103")
        let now = try Self.time("2026-12-03T10:01:00+08:00")
        func receive(_ bytes: [UInt8], via: String = "stdin") async throws -> AlertOutcome {
            try await withHub(settings) { connection in try await HubAlerts.receive(bytes, via: via, now: now, on: connection) }
        }
        // Drills are not sent unless the township allows them; then they say 演练.
        let exercise = try await receive(Self.message(identifier: "EX-1", status: "Exercise"))
        XCTAssertEqual(exercise.state, .rejected)
        XCTAssertTrue(exercise.reason?.english.contains("this hub does not send drills") == true, "\(exercise)")
        let draft = try await receive(Self.message(identifier: "DR-1", status: "Draft"))
        XCTAssertEqual(draft.reason?.english, "a Draft is never broadcast")
        let policy = try await withHub(settings) { connection in
            try await AlertPolicyStore.update(.init(senders: .some(["330300@12379.cn"]), drills: true, maxRepeats: 0), on: connection)
        }
        XCTAssertEqual(policy.senders, ["330300@12379.cn"])
        XCTAssertTrue(policy.drills)
        let drill = try await receive(Self.message(identifier: "TS-1", status: "Test"))
        XCTAssertEqual(drill.state, .fannedOut)
        XCTAssertEqual(drill.announcements.count, 1, "max_repeats 0: one broadcast")
        let text = try await Self.cluster.withSuperuser(database: "policy") { connection in
            try await connection.values("SELECT text FROM announcements WHERE id = \(drill.announcements[0])", as: String.self)
        }
        XCTAssertEqual(text, ["演练。温州市气象台发布暴雨黄色预警信号。请注意防范。"])
        let stranger = try await receive(Self.message(identifier: "X-1", sender: "someone@example.org"))
        XCTAssertEqual(stranger.state, .rejected)
        XCTAssertEqual(stranger.reason?.english,
                       "the sender someone@example.org is not in the hub's alert senders (`dalaba hub alerts policy --senders`)")
        let anyone = try await withHub(settings) { connection in
            try await AlertPolicyStore.update(.init(senders: .some(nil)), on: connection)
        }
        XCTAssertNil(anyone.senders)
        XCTAssertTrue(anyone.drills, "a change leaves the other settings")

        // Hostile and broken files: each refused with its one-line reason, kept, nothing sent.
        for (name, expected) in [
            ("hostile-xxe.xml", "a DOCTYPE (DTD) is not allowed"), ("hostile-billion-laughs.xml", "a DOCTYPE (DTD) is not allowed"),
            ("hostile-wrong-namespace.xml", "not <alert> in the CAP 1.2 namespace"), ("hostile-invalid-date.xml", "no such day in that month"),
        ] {
            let outcome = try await receive(try Self.file(name), via: "file " + name)
            XCTAssertEqual(outcome.state, .rejected, name)
            XCTAssertTrue(outcome.reason?.english.contains(expected) == true, "\(name): \(String(describing: outcome.reason))")
            XCTAssertFalse(outcome.reason?.english.contains("\n") ?? true, "one line")
        }
        let huge = try await receive([UInt8](repeating: 0x20, count: 2_000_000))
        XCTAssertTrue(huge.reason?.english.hasPrefix("the file is larger than 1048576 bytes") == true, "\(huge)")
        let kept = try await Self.cluster.withSuperuser(database: "policy") { connection in
            try await connection.values(
                "SELECT via || ' ' || (message IS NOT NULL) FROM alerts WHERE state = 'rejected' AND identifier IS NULL ORDER BY id",
                as: String.self)
        }
        XCTAssertEqual(kept, [
            "file hostile-xxe.xml true", "file hostile-billion-laughs.xml true", "file hostile-wrong-namespace.xml true",
            "file hostile-invalid-date.xml true", "stdin false",
        ])
        let sent = try await Self.cluster.withSuperuser(database: "policy") { connection in
            try await connection.values("SELECT count(*)::int FROM announcements", as: Int.self)
        }
        XCTAssertEqual(sent, [1], "only the allowed drill went out")
    }

    func testARelayPostsWithItsTokenOnly() async throws {
        let settings = try await hub("relays", township: "104")
        let (relay, token) = try await withHub(settings) { connection in try await Relays.add(name: "cneb-relay", on: connection) }
        XCTAssertEqual(relay.name, "cneb-relay")
        let stored = try await Self.cluster.withSuperuser(database: "relays") { connection in
            try await connection.values("SELECT encode(secret_hash, 'hex') FROM relays", as: String.self)
        }
        XCTAssertEqual(stored.count, 1)
        XCTAssertFalse(token.contains(stored[0]), "the hub keeps a hash, not the token")
        // The console posts as dalaba_relay (by SET ROLE): that role's rights are enough.
        try await Self.cluster.createLogin("relay_gate", password: "relay-gate-password", groups: ["dalaba_relay"])
        let gate = Self.cluster.settings(user: "relay_gate", password: "relay-gate-password", database: "relays")
        let now = try Self.time("2026-12-03T10:01:00+08:00")
        let message = Self.message(identifier: "RL-1")
        let accepted = try await withHub(gate) { connection in
            try await HubAlerts.receive(message, bearerToken: token, now: now, on: connection)
        }
        guard case .received(let name, let outcome) = accepted else { return XCTFail("\(accepted)") }
        XCTAssertEqual(name, "cneb-relay")
        XCTAssertEqual(outcome.state, .fannedOut)
        let list = try await withHub(settings) { connection in try await HubAlerts.list(on: connection) }
        XCTAssertEqual(list.first?.via, "relay cneb-relay")
        XCTAssertEqual(list.first?.villages, ["鹿城104", "瓯海104"])
        // …and no more: it cannot push programs nor make relays.
        for statement in ["INSERT INTO programs (file_name, yaml) VALUES ('x.yaml', 'y')",
                          "INSERT INTO relays (name, secret_hash) VALUES ('x', decode(repeat('00', 32), 'hex'))"] {
            do {
                try await withHub(gate) { connection in try await connection.query(PostgresQuery(unsafeSQL: statement), logger: .hub) }
                XCTFail("the relay role ran \(statement)")
            } catch {
                XCTAssertTrue(HubError.describe(error).contains("permission denied"), HubError.describe(error))
            }
        }

        // A wrong secret (same length), a made-up id, garbage, and the token once revoked.
        var wrong = Array(token)
        wrong[wrong.count - 1] = wrong[wrong.count - 1] == "A" ? "B" : "A"
        let id = token.prefix { $0 != "." }
        for bad in [String(wrong), "999." + token.drop { $0 != "." }.dropFirst(), "", "Bearer", String(id)] {
            let receipt = try await withHub(gate) { connection in
                try await HubAlerts.receive(message, bearerToken: bad, now: now, on: connection)
            }
            XCTAssertEqual(receipt, .unauthorized, bad)
        }
        try await withHub(settings) { connection in try await Relays.revoke(name: "cneb-relay", on: connection) }
        let revoked = try await withHub(gate) { connection in
            try await HubAlerts.receive(message, bearerToken: token, now: now, on: connection)
        }
        XCTAssertEqual(revoked, .unauthorized)
        let relays = try await withHub(settings) { connection in try await Relays.list(on: connection) }
        XCTAssertNotNil(relays.first?.revokedAt)
        XCTAssertNotNil(relays.first?.lastUsedAt)
        // Nothing was received for the refused posts.
        let count = try await Self.cluster.withSuperuser(database: "relays") { connection in
            try await connection.values("SELECT count(*)::int FROM alerts", as: Int.self)
        }
        XCTAssertEqual(count, [1])
    }

    /// The township's clerk (dalaba_township) receives alerts; a station's role sees none of them.
    func testTheTownshipReceivesAndStationsSeeNoAlerts() async throws {
        let cluster = Self.cluster!
        let settings = try await hub("roles", township: "105")
        try await cluster.createLogin("alert_clerk", password: "clerk-password-2", groups: ["dalaba_township"])
        let clerk = cluster.settings(user: "alert_clerk", password: "clerk-password-2", database: "roles")
        let now = try Self.time("2026-12-03T10:01:00+08:00")
        let outcome = try await withHub(clerk) { connection in
            try await HubAlerts.receive(Self.message(identifier: "CL-1"), via: "stdin", now: now, on: connection)
        }
        XCTAssertEqual(outcome.state, .fannedOut)
        let cancel = try await withHub(clerk) { connection in
            try await HubAlerts.receive(
                Self.message(identifier: "CL-2", sent: "2026-12-03T10:30:00+08:00", msgType: "Cancel",
                             references: "330300@12379.cn,CL-1,2026-12-03T10:00:00+08:00"),
                via: "stdin", now: now, on: connection)
        }
        XCTAssertEqual(cancel.withdrawn, [outcome.id])
        // The clerk may not change the policy nor make relays.
        do {
            _ = try await withHub(clerk) { connection in try await AlertPolicyStore.update(.init(drills: true), on: connection) }
            XCTFail("the clerk changed the policy")
        } catch {
            XCTAssertTrue(HubError.describe(error).contains("permission denied"), HubError.describe(error))
        }
        _ = settings
        let (_, credentials) = try await cluster.addVillage("旁观105", regionCode: "330302", villageCode: "105009", database: "roles")
        let station = try await credentials.settings().connect()
        defer { Task { try? await station.close() } }
        do {
            _ = try await station.values("SELECT count(*)::int FROM alerts", as: Int.self)
            XCTFail("a station read the alerts")
        } catch {
            XCTAssertTrue(HubError.describe(error).contains("permission denied"), HubError.describe(error))
        }
        try await station.close()
    }

    /// The commands, as the township runs them: receive a file and standard input, the list,
    /// the policy, a village's coordinates, a relay's token printed once.
    func testTheCommandsReceiveListAndSetThePolicy() async throws {
        let cluster = Self.cluster!
        _ = try await self.hub("commands", township: "106")
        let admin = cluster.environment(cluster.superuserSettings(database: "commands"))
        func command(_ arguments: [String], input: String? = nil, status: Int32 = 0, file: StaticString = #filePath, line: UInt = #line) throws -> ProductResult {
            let result = try runProduct("dalaba-hub", arguments, environment: admin, input: input)
            XCTAssertEqual(result.status, status, "dalaba-hub \(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
            return result
        }
        // The typhoon's file as the township got it: long expired by now, so kept and not sent.
        let typhoon = try command(["alerts", "receive", Self.data.appendingPathComponent("cn-typhoon-red-wenzhou.xml").path])
        XCTAssertTrue(typhoon.stdout.contains("not sent: it expired at 2020-08-05T00:10:00+08:00"), typhoon.stdout)
        // A current one from standard input.
        let expires = Date().addingTimeInterval(3600)
        let message = String(decoding: Self.message(identifier: "CLI-1", sent: Self.capText(Date()), expires: Self.capText(expires)), as: UTF8.self)
        let received = try command(["alerts", "receive", "-"], input: message)
        XCTAssertTrue(received.stdout.contains("sent to 2 villages: 鹿城106, 瓯海106; 4 broadcast(s): 温州市气象台发布暴雨黄色预警信号"),
                      received.stdout)
        // A hostile file: refused with its reason, status 1.
        let evil = try command(["alerts", "receive", Self.data.appendingPathComponent("hostile-xxe.xml").path], status: 1)
        XCTAssertTrue(evil.stdout.contains("refused: line 2: a DOCTYPE (DTD) is not allowed"), evil.stdout)
        let list = try command(["alerts"]).stdout
        let lines = list.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, list)
        XCTAssertTrue(lines[1].contains("REFUSED") && lines[1].contains("(file hostile-xxe.xml)") && lines[1].contains("DOCTYPE"), list)
        XCTAssertTrue(lines[2].contains("sent") && lines[2].contains("normal") && lines[2].hasSuffix("鹿城106, 瓯海106"), list)
        XCTAssertTrue(lines[3].contains("not sent") && lines[3].contains("it expired at"), list)
        var chinese = admin
        chinese["LC_ALL"] = "zh_CN.UTF-8"
        let listChinese = try runProduct("dalaba-hub", ["alerts"], environment: chinese)
        XCTAssertTrue(listChinese.stdout.contains("拒收") && listChinese.stdout.contains("鹿城106、瓯海106") && listChinese.stdout.contains("已过期") == false,
                      listChinese.stdout)

        // The policy: shown, then only one sender; a village located.
        XCTAssertTrue(try command(["alerts", "policy"]).stdout.hasPrefix("Senders: any. Drills: refused. Repeated every 15m 0s"))
        let set = try command(["alerts", "policy", "--senders", "330300@12379.cn", "--drills", "on", "--repeat-every", "30m"]).stdout
        XCTAssertTrue(set.hasPrefix("Senders: 330300@12379.cn. Drills: sent, announced as 演练. Repeated every 30m 0s"), set)
        _ = try command(["alerts", "policy", "--repeat-every", "10s"], status: 1)
        XCTAssertTrue(try command(["villages", "locate", "鹿城106", "28.0,120.65"]).stdout.contains("鹿城106 is at 28.0,120.65."))
        let located = try await cluster.withSuperuser(database: "commands") { connection in
            try await connection.values("SELECT latitude || ',' || longitude FROM villages WHERE name = '鹿城106'", as: String.self)
        }
        XCTAssertEqual(located, ["28,120.65"])
        _ = try command(["villages", "locate", "无此村", "28.0,120.65"], status: 1)

        // The drop folder: a good file to done/, a hostile one to rejected/ with its reason.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-alerts-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dropped = String(decoding: Self.message(identifier: "DROP-1", sent: Self.capText(Date()), expires: Self.capText(expires)), as: UTF8.self)
        try dropped.write(toFile: folder + "/a.xml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.data.appendingPathComponent("hostile-billion-laughs.xml").path, toPath: folder + "/b.xml")
        let watched = try command(["alerts", "watch", folder, "--once", "--settle", "0"])
        XCTAssertTrue(watched.stdout.contains("sent to 2 villages: 鹿城106, 瓯海106; 2 broadcast(s)"), watched.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/done"), ["a.xml"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/rejected").sorted(), ["b.xml", "b.xml.reason"])
        let reason = try String(contentsOfFile: folder + "/rejected/b.xml.reason", encoding: .utf8)
        XCTAssertTrue(reason.contains("a DOCTYPE (DTD) is not allowed") && reason.contains("不允许 DOCTYPE"), reason)

        // A relay's token: the only line on standard output; the hub keeps its hash.
        let relay = try command(["relays", "add", "county-relay"])
        let token = relay.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertFalse(token.contains("\n"))
        XCTAssertTrue(relay.stderr.contains("shown this once"), relay.stderr)
        let authenticated = try await cluster.withSuperuser(database: "commands") { connection in
            try await Relays.authenticate(token: token, on: connection)
        }
        XCTAssertEqual(authenticated?.name, "county-relay")
        XCTAssertTrue(try command(["relays"]).stdout.contains("county-relay"))
        _ = try command(["relays", "revoke", "county-relay"])
        XCTAssertTrue(try command(["relays"]).stdout.contains("revoked"))
    }
}
