import Foundation
import HubTestSupport
import Messages
import XCTest

@testable import Hub
@testable import HubCommands

/// `dalaba-hub` for a Chinese reader (issue 15): its help, its subcommands' help, argument-parser's
/// words around them, and the errors of the commands and of the Hub library, each saying what to
/// do. The English (LC_ALL=C) stays as it was.
final class ChineseHubTests: ClusterTestCase {
    private let chinese = ["LC_ALL": "zh_CN.UTF-8"]

    /// English sentences in help for a Chinese reader, leaving out the usage lines (a command
    /// to type: `用法：dalaba hub say <text> …`).
    private func english(in help: String) -> [String] {
        let prose = help.split(separator: "\n").filter { !$0.contains("dalaba hub") }.joined(separator: "\n")
        return EnglishProse.sentences(in: prose, allowed: ["dalaba", "postgresql", "postgres"])
    }

    func testEveryCatalogEntryHasBothLanguages() {
        XCTAssertEqual(CatalogAudit.problems(HubHelp.self), [])
        XCTAssertEqual(CatalogAudit.problems(HubPeopleHelp.self), [])
        XCTAssertEqual(CatalogAudit.problems(HubErrorMessage.self), [])
    }

    func testHelpIsChineseUnderAChineseLocale() throws {
        let root = try runProduct("dalaba-hub", ["--help"], environment: chinese)
        XCTAssertEqual(root.status, 0, root.stderr)
        XCTAssertTrue(root.stdout.contains("说明：乡镇平台：管理各村"), root.stdout)
        XCTAssertTrue(root.stdout.contains("子命令："), root.stdout)
        XCTAssertTrue(root.stdout.contains("取消一条通知"), "cancel is listed: \(root.stdout)")
        XCTAssertFalse(root.stdout.contains("OVERVIEW") || root.stdout.contains("Show help information"), root.stdout)
        XCTAssertEqual(english(in: root.stdout), [], root.stdout)

        for subcommand in [["say"], ["cancel"], ["status"], ["deliveries"], ["history"], ["init"], ["villages", "add"],
                           ["villages", "list"], ["villages", "remove"], ["programs", "push"], ["programs", "list"], ["programs", "remove"],
                           ["villages", "locate"], ["alerts", "list"], ["alerts", "receive"], ["alerts", "watch"], ["alerts", "policy"],
                           ["relays", "add"], ["relays", "list"], ["relays", "revoke"], ["people", "add"], ["people", "list"],
                           ["people", "remove"], ["people", "console"]] {
            let help = try runProduct("dalaba-hub", subcommand + ["--help"], environment: chinese)
            XCTAssertEqual(help.status, 0, help.stderr)
            XCTAssertTrue(help.stdout.contains("用法："), "\(subcommand): \(help.stdout)")
            XCTAssertTrue(help.stdout.contains("显示帮助。"), "\(subcommand): \(help.stdout)")
            XCTAssertEqual(english(in: help.stdout), [], "\(subcommand): \(help.stdout)")
        }
        let say = try runProduct("dalaba-hub", ["say", "--help"], environment: chinese)
        XCTAssertTrue(say.stdout.contains("向各村发一条通知") && say.stdout.contains("村名，用逗号分隔"), say.stdout)

        let english = try runProduct("dalaba-hub", ["--help"])
        XCTAssertTrue(english.stdout.contains("OVERVIEW: The township hub"), english.stdout)
    }

    /// Each error says, in Chinese, what to do next.
    func testErrorsSayWhatToDoInChinese() async throws {
        let unreachable = try runProduct(
            "dalaba-hub", ["status", "--hub", "postgresql://clerk@127.0.0.1:1/dalaba?sslmode=disable"], environment: chinese)
        XCTAssertEqual(unreachable.status, 1)
        XCTAssertTrue(unreachable.stderr.hasPrefix("错误：连不上乡镇平台 postgresql://clerk@127.0.0.1:1/dalaba"), unreachable.stderr)
        XCTAssertTrue(unreachable.stderr.contains("请检查 --hub 或 DALABA_HUB"), unreachable.stderr)

        let badURL = try runProduct("dalaba-hub", ["status", "--hub", "mysql://x"], environment: chinese)
        XCTAssertTrue(badURL.stderr.contains("平台地址写得不对：没有以 postgresql:// 开头。请写成 postgresql://用户@主机"), badURL.stderr)

        let badMode = try runProduct("dalaba-hub", ["status", "--hub", "postgresql://a@b/c?sslmode=sure"], environment: chinese)
        XCTAssertTrue(badMode.stderr.contains("sslmode=sure 不对：只能是 disable, allow, prefer, require, verify-ca, verify-full 之一"), badMode.stderr)

        let noTargets = try runProduct("dalaba-hub", ["say", "通知"], environment: chinese)
        XCTAssertEqual(noTargets.status, 64)
        XCTAssertTrue(noTargets.stderr.contains("错误：请说明发给哪些村：--villages 茅村,李庄 或 --all。"), noTargets.stderr)

        let badPriority = try runProduct("dalaba-hub", ["say", "通知", "--all", "--priority", "urgent"], environment: chinese)
        XCTAssertTrue(badPriority.stderr.contains("--priority urgent 不对：只能是 low, normal, high, emergency 之一"), badPriority.stderr)

        let missing = try runProduct("dalaba-hub", ["cancel"], environment: chinese)
        XCTAssertTrue(missing.stderr.contains("缺少参数 '<id>'"), missing.stderr)

        // The Hub library's own errors, against a real hub.
        let cluster = Self.cluster!
        try await cluster.createHub("chinese_errors")
        let admin = cluster.environment(cluster.superuserSettings(database: "chinese_errors")).merging(chinese) { $1 }
        let unknownVillage = try runProduct("dalaba-hub", ["say", "通知", "--villages", "不存在"], environment: admin)
        XCTAssertEqual(unknownVillage.status, 1)
        XCTAssertTrue(unknownVillage.stderr.contains("错误：平台上没有叫 不存在 的村：用 `dalaba hub villages list` 查看村名。"), unknownVillage.stderr)
        let badCode = try runProduct("dalaba-hub", ["villages", "add", "茅村", "--region", "33010", "--code", "001001"], environment: admin)
        XCTAssertTrue(badCode.stderr.contains("33010 不是县级行政区划代码（GB/T 2260）：请写 6 位数字。"), badCode.stderr)
        let unknownAnnouncement = try runProduct("dalaba-hub", ["cancel", "999"], environment: admin)
        XCTAssertTrue(unknownAnnouncement.stderr.contains("平台上没有通知 999：用 `dalaba hub deliveries` 查看最近的通知。"), unknownAnnouncement.stderr)

        let notInitialized = cluster.environment(cluster.superuserSettings(database: "postgres")).merging(chinese) { $1 }
        let empty = try runProduct("dalaba-hub", ["status"], environment: notInitialized)
        XCTAssertTrue(empty.stderr.contains("还没有 dalaba 的数据库结构：请先运行 `dalaba hub init`。"), empty.stderr)
    }
}
