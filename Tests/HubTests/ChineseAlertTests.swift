import Foundation
import HubTestSupport
import Messages
import XCTest

@testable import Hub
@testable import HubCommands

/// The CAP alert intake for a Chinese reader (`LANG=zh_CN.UTF-8`): every refusal and every
/// error of `dalaba hub alerts …` and `relays …` — malformed XML, a DTD, the wrong namespace, a
/// bad date, an unreadable file, an area no village is in, an expired alert, a bad relay name,
/// a policy out of range — says itself with no English sentence, and the same commands under
/// LC_ALL=C say it in English. Two hubs, one per language, so that neither run's messages are
/// duplicates of the other's.
final class ChineseAlertTests: ClusterTestCase {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/cap")

    /// LANG alone decides (LC_ALL empty is not set, by the POSIX rule).
    private let chinese = ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]

    func testEveryCatalogEntryHasBothLanguages() {
        XCTAssertEqual(CatalogAudit.problems(HubErrorMessage.self), [])
        // HubMessage's English says `{count} {villages}` (village or villages), a word the
        // Chinese has no use for: its placeholders differ there by design. No English in its
        // Chinese, and both languages present, hold for every entry.
        let problems = CatalogAudit.problems(HubMessage.self, allowed: ["dalaba"])
        XCTAssertEqual(problems.filter { !$0.contains("placeholders differ") }, [])
        XCTAssertEqual(problems.filter { $0.contains("placeholders differ") }.map { $0.prefix { $0 != ":" } },
                       ["HubMessage.sayDone", "HubMessage.programPushed", "HubMessage.alertSent"])
    }

    /// One run of the intake's commands against the hub `database`; what each printed.
    private func run(_ database: String, township: String, environment language: [String: String]) async throws -> (results: [String: ProductResult], reasonFile: String) {
        let cluster = Self.cluster!
        _ = try await cluster.createHub(database)
        // 温州 鹿城: the typhoon's region; nobody in 北京, where the epidemic order is for.
        _ = try await cluster.addVillage("鹿城\(township)", regionCode: "330302", villageCode: township + "001", database: database)
        let environment = cluster.environment(cluster.superuserSettings(database: database)).merging(language) { $1 }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-alerts-zh-\(getpid())-\(database)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let malformed = folder + "/malformed.xml"
        try "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</alert>".write(toFile: malformed, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/drop", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.data.appendingPathComponent("hostile-billion-laughs.xml").path, toPath: folder + "/drop/b.xml")

        let data = Self.data.path
        let commands: [String: [String]] = [
            "dtd": ["alerts", "receive", data + "/hostile-xxe.xml"],
            "namespace": ["alerts", "receive", data + "/hostile-wrong-namespace.xml"],
            "date": ["alerts", "receive", data + "/hostile-invalid-date.xml"],
            "malformed": ["alerts", "receive", malformed],
            "missing": ["alerts", "receive", folder + "/no-such.xml"],
            "area": ["alerts", "receive", data + "/cn-epidemic-order-beijing.xml"],
            "expired": ["alerts", "receive", data + "/cn-typhoon-red-wenzhou.xml"],
            "duplicate": ["alerts", "receive", data + "/cn-typhoon-red-wenzhou.xml"],
            "watch": ["alerts", "watch", folder + "/drop", "--once", "--settle", "0"],
            "relayName": ["relays", "add", "县 中继"],
            "relayUnknown": ["relays", "revoke", "nobody"],
            "repeats": ["alerts", "policy", "--max-repeats", "99"],
            "limit": ["alerts", "policy", "--description-limit", "5"],
            "every": ["alerts", "policy", "--repeat-every", "10s"],
        ]
        var results: [String: ProductResult] = [:]
        // In this order: the typhoon's second receipt is the duplicate.
        for name in ["dtd", "namespace", "date", "malformed", "missing", "area", "expired", "duplicate", "watch", "relayName",
                     "relayUnknown", "repeats", "limit", "every"] {
            results[name] = try runProduct("dalaba-hub", commands[name]!, environment: environment)
        }
        results["list"] = try runProduct("dalaba-hub", ["alerts"], environment: environment)
        return (results, (try? String(contentsOfFile: folder + "/drop/rejected/b.xml.reason", encoding: .utf8)) ?? "")
    }

    func testTheIntakesErrorsAreChineseUnderAChineseLocaleAndEnglishOtherwise() async throws {
        let (zh, reasonFile) = try await run("alerts_zh", township: "201", environment: chinese)
        let (en, _) = try await run("alerts_en", township: "202", environment: [:])

        // Refused: exit 1 in both languages; the rest set aside (exit 0) or usage errors.
        for name in ["dtd", "namespace", "date", "malformed", "missing"] {
            XCTAssertEqual(zh[name]!.status, 1, "\(name): \(zh[name]!.stdout)\(zh[name]!.stderr)")
            XCTAssertEqual(en[name]!.status, 1, "\(name): \(en[name]!.stdout)\(en[name]!.stderr)")
        }
        for name in ["area", "expired", "duplicate", "watch", "list"] {
            XCTAssertEqual(zh[name]!.status, 0, "\(name): \(zh[name]!.stderr)")
            XCTAssertEqual(en[name]!.status, 0, "\(name): \(en[name]!.stderr)")
        }
        for name in ["relayName", "relayUnknown", "repeats", "limit", "every"] {
            XCTAssertEqual(zh[name]!.status, 1, "\(name): \(zh[name]!.stdout)")
            XCTAssertEqual(en[name]!.status, 1, "\(name): \(en[name]!.stdout)")
        }

        let expected: [(String, chinese: String, english: String)] = [
            ("dtd", "被拒收：第 2 行：CAP 预警里不允许 DOCTYPE", "refused: line 2: a DOCTYPE (DTD) is not allowed"),
            ("namespace", "不是 CAP 1.2 命名空间", "not <alert> in the CAP 1.2 namespace"),
            ("date", "不是 CAP 日期时间", "is not a CAP date-time"),
            ("malformed", "XML 格式不正确", "not well-formed XML"),
            ("missing", "无法读取文件", "the file cannot be read"),
            ("area", "未发送：不是本平台任何一个村的预警", "not sent: not for any village on this hub"),
            ("expired", "未发送：已于 2020-08-05T00:10:00+08:00 过期", "not sent: it expired at 2020-08-05T00:10:00+08:00"),
            ("duplicate", "已经收到过", "already received"),
            ("watch", "被拒收", "refused"),
            ("relayName", "县 中继 不能用作转发方的名称", "县 中继 cannot be a relay's name"),
            ("relayUnknown", "平台上没有转发方 nobody", "No relay nobody on this hub"),
            ("repeats", "--max-repeats（最多重播次数）必须在 0 到 48 之间", "--max-repeats must lie between 0 and 48"),
            ("limit", "必须在 20 到 2000 个字之间", "--description-limit must lie between 20 and 2000 characters"),
            ("every", "必须在 1 分钟到 24 小时之间", "--repeat-every must lie between 1 minute and 24 hours"),
            ("list", "文件 hostile-xxe.xml", "(file hostile-xxe.xml)"),
        ]
        for (name, chineseText, englishText) in expected {
            let chineseOutput = zh[name]!.stdout + zh[name]!.stderr
            let englishOutput = en[name]!.stdout + en[name]!.stderr
            XCTAssertTrue(chineseOutput.contains(chineseText), "\(name) under LANG=zh_CN.UTF-8: \(chineseOutput)")
            XCTAssertTrue(englishOutput.contains(englishText), "\(name) under LC_ALL=C: \(englishOutput)")
            XCTAssertFalse(englishOutput.contains(chineseText), "\(name) under LC_ALL=C is Chinese: \(englishOutput)")
            for sentence in Self.englishSentences(in: chineseOutput) {
                XCTFail("\(name): English under LANG=zh_CN.UTF-8: \"\(sentence)\"\n\(chineseOutput)")
            }
        }
        // The drop folder's reason file keeps both, whatever the locale.
        XCTAssertTrue(reasonFile.contains("entities and DTDs are refused") && reasonFile.contains("不允许 DOCTYPE"), reasonFile)
    }

    /// The English sentences of `text` outside the lines that show a command (a usage line, an
    /// example to type), as the CLI's Chinese acceptance test reads them.
    static func englishSentences(in text: String) -> [String] {
        text.split(separator: "\n").filter { line in
            let content = line.drop { $0 == " " }
            return !content.hasPrefix("dalaba ") && !content.hasPrefix("用法：")
        }.flatMap { EnglishProse.sentences(in: String($0), allowed: ["dalaba"]) }
    }
}
