import Foundation
import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// The `dalaba-hub` binary run as a process, as the township runs it (and through `dalaba hub`),
/// against a real PostgreSQL: init, villages add, say, status, deliveries.
final class HubCommandLineTests: XCTestCase {
    nonisolated(unsafe) static var cluster: TestCluster!

    override class func setUp() {
        super.setUp()
        cluster = try! TestCluster()
    }

    override class func tearDown() {
        cluster?.remove()
        cluster = nil
        super.tearDown()
    }

    /// The superuser's environment for `database` (DALABA_HUB without the password, PGPASSWORD).
    private func admin(_ database: String) -> [String: String] {
        Self.cluster.environment(Self.cluster.superuserSettings(database: database))
    }

    private func hub(_ arguments: [String], _ environment: [String: String], input: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try runProduct("dalaba-hub", arguments, environment: environment, input: input)
        XCTAssertEqual(result.status, 0, "dalaba-hub \(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    func testInitAddVillagesSayStatusAndDeliveries() async throws {
        let cluster = Self.cluster!
        let env = admin("township")

        // init makes the database and migrates; a second run changes nothing.
        let first = try hub(["init"], env)
        XCTAssertTrue(first.contains("now at schema version \(Migration.latestVersion)"), first)
        let again = try hub(["init"], env)
        XCTAssertTrue(again.contains("up to date (schema version \(Migration.latestVersion))"), again)

        // villages add prints the credentials once; the station logs in with them.
        let added = try runProduct("dalaba-hub", ["villages", "add", "茅村", "--region", "330102", "--code", "001001"], environment: env)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stderr.contains("shown this once"), added.stderr)
        let credentials = try StationCredentials.parse(added.stdout)
        XCTAssertEqual(credentials.village, "茅村")
        XCTAssertGreaterThanOrEqual(credentials.password.count, 32)
        let stationPassword = "li-zhuang-station-password"
        _ = try hub(["villages", "add", "李庄", "--region", "330102", "--code", "001002", "--password-stdin"], env,
                    input: stationPassword + "\n")
        let maocun = try await credentials.settings().connect()
        let ownVillage = try await maocun.values("SELECT name FROM villages", as: String.self)
        XCTAssertEqual(ownVillage, ["茅村"])
        try await maocun.close()
        let list = try hub(["villages", "list"], env)
        XCTAssertTrue(list.contains("茅村") && list.contains("330102001002") && list.contains("dalaba_station_330102001001"), list)

        // A township clerk (member of dalaba_township) sends; --villages reaches only those.
        try await cluster.createLogin("clerk", password: "clerk-password-1", groups: ["dalaba_township"])
        let clerk = cluster.environment(cluster.settings(user: "clerk", password: "clerk-password-1", database: "township"))
        let toOne = try hub(["say", "今天下午三点在村委会开会", "--villages", "茅村"], clerk)
        XCTAssertTrue(toOne.contains("sent to 1 village: 茅村"), toOne)
        let oneID = try XCTUnwrap(Self.announcementID(toOne))
        let toAll = try hub(["say", "明天停水", "--all", "--priority", "high", "--expires", "2h"], clerk)
        XCTAssertTrue(toAll.contains("sent to 2 villages: 茅村, 李庄"), toAll)
        let allID = try XCTUnwrap(Self.announcementID(toAll))
        let rows = try await cluster.withSuperuser(database: "township") { connection in
            try await connection.values(
                "SELECT d.announcement_id || ' ' || v.name FROM deliveries d JOIN villages v ON v.id = d.village_id ORDER BY 1",
                as: String.self)
        }
        XCTAssertEqual(rows, ["\(oneID) 茅村", "\(allID) 李庄", "\(allID) 茅村"].sorted())

        // The clerk cannot make stations' logins.
        let refused = try runProduct("dalaba-hub", ["villages", "add", "王家", "--region", "330102", "--code", "001003"], environment: clerk)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("permission denied"), refused.stderr)

        // Nobody has reported yet: both offline. Then 茅村's station reports (with its own role).
        let silent = try hub(["status"], clerk)
        XCTAssertTrue(silent.contains("2 of 2 villages offline"), silent)
        let station = try await credentials.settings().connect()
        try await station.query(
            """
            INSERT INTO heartbeats (village_id, online, speaker, schedule_errors, station_time, version)
            VALUES (current_village(), true, 'idle', 1, now() + interval '1.5 seconds', '0.9')
            """, logger: .hub)
        try await station.query(
            "UPDATE deliveries SET state = 'played', reason = NULL WHERE announcement_id = \(oneID)", logger: .hub)
        try await station.close()
        let status = try hub(["status"], clerk)
        let maocunLine = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("茅村") }, status)
        XCTAssertTrue(maocunLine.contains("online") && maocunLine.contains("idle") && maocunLine.contains("0.9"), status)
        XCTAssertTrue(maocunLine.contains("+1.5s") || maocunLine.contains("+1.4s"), "the clock offset: \(status)")
        let lizhuangLine = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("李庄") }, status)
        XCTAssertTrue(lizhuangLine.contains("OFFLINE") && lizhuangLine.contains("never"), status)
        XCTAssertTrue(status.contains("1 of 2 villages offline"), status)
        // Offline after a silence: with --offline-after shorter than the time since, 茅村 is too.
        try await Task.sleep(for: .milliseconds(1200))
        let strict = try hub(["status", "--offline-after", "1s"], clerk)
        XCTAssertTrue(strict.contains("2 of 2 villages offline"), strict)
        var chineseClerk = clerk
        chineseClerk["LC_ALL"] = "zh_CN.UTF-8"
        let chinese = try hub(["status", "--offline-after", "1s"], chineseClerk)
        XCTAssertTrue(chinese.contains("2 个村中有 2 个离线。") && chinese.contains("最后联系") && chinese.contains("从未联系"), chinese)

        let deliveries = try hub(["deliveries", String(oneID)], clerk)
        XCTAssertTrue(deliveries.contains("今天下午三点在村委会开会"), deliveries)
        let played = try XCTUnwrap(deliveries.split(separator: "\n").first { $0.hasPrefix("茅村") }, deliveries)
        XCTAssertTrue(played.contains("played"), deliveries)
        XCTAssertFalse(deliveries.contains("李庄"), deliveries)
        XCTAssertTrue(deliveries.contains("1 played."), deliveries)
        let pending = try hub(["deliveries", String(allID)], clerk)
        XCTAssertTrue(pending.contains("2 pending."), pending)
        let pendingChinese = try hub(["deliveries", String(allID)], chineseClerk)
        XCTAssertTrue(pendingChinese.contains("待接收 2 个村。") && pendingChinese.contains("明天停水"), pendingChinese)

        // `dalaba hub …` is the same program, run by the light client as git runs its commands.
        let light = try runProduct("dalaba", ["hub", "status"], environment: clerk)
        XCTAssertEqual(light.status, 0, light.stderr)
        XCTAssertTrue(light.stdout.contains("1 of 2 villages offline") || light.stdout.contains("2 of 2 villages offline"), light.stdout)
    }

    func testAnUninitializedHubAndABadURLAreExplained() throws {
        let cluster = Self.cluster!
        let empty = try runProduct("dalaba-hub", ["status"], environment: admin("postgres"))
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.stderr.contains("run `dalaba hub init` first"), empty.stderr)
        let bad = try runProduct("dalaba-hub", ["status", "--hub", "mysql://x"], environment: [:])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("postgresql://"), bad.stderr)
        var wrong = cluster.superuserSettings(database: "postgres")
        wrong.password = "not-the-password"
        let denied = try runProduct("dalaba-hub", ["status"], environment: cluster.environment(wrong))
        XCTAssertEqual(denied.status, 1)
        XCTAssertTrue(denied.stderr.contains("Cannot reach the hub") && denied.stderr.contains("password authentication failed"), denied.stderr)
    }

    func testProgramsHistoryTargetsAndRemovingAVillage() async throws {
        let cluster = Self.cluster!
        let env = admin("county")
        _ = try hub(["init"], env)
        // Codes of their own: station roles are the cluster's, and the other test has 0010xx.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-cli-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let credentialsFile = folder + "/wangcun.credentials"
        let added = try hub(["villages", "add", "王村", "--region", "330102", "--code", "002001", "--output", credentialsFile], env)
        XCTAssertTrue(added.contains("Credentials written to \(credentialsFile)"), added)
        let mode = try FileManager.default.attributesOfItem(atPath: credentialsFile)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        _ = try hub(["villages", "add", "赵庄", "--region", "330102", "--code", "002002"], env)
        let credentials = try StationCredentials.parse(String(contentsOfFile: credentialsFile, encoding: .utf8))

        // Targets: a name not on the hub, and neither --villages nor --all.
        let unknown = try runProduct("dalaba-hub", ["say", "通知", "--villages", "王村,不存在"], environment: env)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("No village named 不存在"), unknown.stderr)
        let untargeted = try runProduct("dalaba-hub", ["say", "通知"], environment: env)
        XCTAssertEqual(untargeted.status, 64, "a usage error")
        XCTAssertTrue(untargeted.stderr.contains("--villages 茅村,李庄 or --all"), untargeted.stderr)

        // --zones, --at, --expires reach the hub as given (the expiry counted from --at).
        let later = Date().addingTimeInterval(3 * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: later)
        let day = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        let timed = try hub(["say", "明早修路", "--villages", "王村", "--zones", "东头，西头", "--at", day + "T07:30", "--expires", "30m",
                             "--priority", "high"], env)
        let timedID = try XCTUnwrap(Self.announcementID(timed))
        let stored = try await cluster.withSuperuser(database: "county") { connection in
            try await connection.values(
                """
                SELECT a.priority || ' ' || array_to_string(t.zones, '|') || ' ' || extract(epoch FROM a.expires - a.at)::int
                       || ' ' || to_char(a.at AT TIME ZONE current_setting('TimeZone'), 'HH24:MI')
                FROM announcements a JOIN announcement_targets t ON t.announcement_id = a.id WHERE a.id = \(timedID)
                """, as: String.self)
        }
        XCTAssertEqual(stored.count, 1)
        XCTAssertTrue(stored.first?.hasPrefix("high 东头|西头 1800") == true, "\(stored)")

        // A program: pushed to 王村, refused there with the station parser's reason, then removed.
        let programFile = folder + "/防汛.yaml"
        try "节目: 防汛\n".write(toFile: programFile, atomically: true, encoding: .utf8)
        let pushed = try hub(["programs", "push", programFile, "--villages", "王村"], env)
        XCTAssertTrue(pushed.contains("(防汛.yaml) pushed to 1 village: 王村"), pushed)
        let badName = try runProduct("dalaba-hub", ["programs", "push", programFile, "--all", "--name", "../etc/x.yaml"], environment: env)
        XCTAssertEqual(badName.status, 1)
        XCTAssertTrue(badName.stderr.contains("cannot be a schedule file's name"), badName.stderr)
        let station = try await credentials.settings().connect()
        let programIDs = try await station.values("SELECT id FROM programs", as: Int.self)
        XCTAssertEqual(programIDs.count, 1)
        try await station.query(
            "UPDATE program_targets SET state = 'refused', reason = '防汛.yaml:1:1: 错误：缺少“时间”' WHERE program_id = \(programIDs[0])",
            logger: .hub)
        // Its play log: two lines, one for the hub's announcement.
        try await station.query(
            """
            INSERT INTO play_log (village_id, seq, title, text, outcome, source, due_at, started_at, finished_at, announcement_id)
            VALUES (current_village(), 1, '早间提醒', '请大家勤洗手', 'played', 'morning.yaml', now() - interval '1 hour',
                    now() - interval '1 hour', now() - interval '59 minutes', NULL),
                   (current_village(), 2, NULL, '明早修路', 'missed', 'hub', now(), NULL, NULL, \(timedID))
            """, logger: .hub)
        try await station.close()
        let programs = try hub(["programs", "list"], env)
        XCTAssertTrue(programs.contains("防汛.yaml") && programs.contains("refused") && programs.contains("防汛.yaml:1:1: 错误：缺少“时间”"), programs)
        let removed = try hub(["programs", "remove", "防汛.yaml"], env)
        XCTAssertTrue(removed.contains("Removed program(s) \(programIDs[0]);"), removed)
        let afterRemoval = try hub(["programs", "list"], env)
        XCTAssertTrue(afterRemoval.contains("No programs pushed."), afterRemoval)
        let withRemoved = try hub(["programs", "list", "--removed"], env)
        XCTAssertTrue(withRemoved.contains("(removed)"), withRemoved)

        // History: the table, CSV for a spreadsheet, a day's worth.
        let history = try hub(["history", "--village", "王村"], env)
        XCTAssertTrue(history.contains("请大家勤洗手") || history.contains("早间提醒"), history)
        XCTAssertTrue(history.contains("missed") && history.contains(String(timedID)), history)
        let csv = try hub(["history", "--csv"], env)
        let lines = csv.split(separator: "\r\n")
        XCTAssertEqual(lines.first, "village,seq,due,started,finished,outcome,source,announcement,title,text,reason")
        XCTAssertEqual(lines.count, 3, csv)
        let otherDay = try hub(["history", "--date", "2001-01-01"], env)
        XCTAssertTrue(otherDay.contains("Nothing played"), otherDay)
        let badDate = try runProduct("dalaba-hub", ["history", "--date", "2026-02-30"], environment: env)
        XCTAssertNotEqual(badDate.status, 0)

        // Removing a village removes its station's login.
        _ = try hub(["villages", "remove", "赵庄"], env)
        let roles = try await cluster.withSuperuser { connection in
            try await connection.values("SELECT rolname::text FROM pg_roles WHERE rolname LIKE 'dalaba_station_3301020020%' ORDER BY 1", as: String.self)
        }
        XCTAssertEqual(roles, ["dalaba_station_330102002001"])
    }

    static func announcementID(_ output: String) -> Int? {
        guard let range = output.range(of: "Announcement ") else { return nil }
        return Int(output[range.upperBound...].prefix(while: \.isNumber))
    }
}
