@testable import DalabaCLI
@testable import DalabaControl
import Messages
import Vocabulary
import XCTest

/// The commands' own texts and argument-parser's words around them, in both languages.
final class ChineseHelpTests: XCTestCase {
    func testEveryCatalogEntryHasBothLanguages() {
        XCTAssertEqual(CatalogAudit.problems(HelpMessage.self, allowed: ["dalaba"]), [])
        XCTAssertEqual(CatalogAudit.problems(CLIMessage.self), [])
        XCTAssertEqual(CatalogAudit.problems(ParserMessage.self), [])
        XCTAssertEqual(CatalogAudit.problems(ControlMessage.self, allowed: ["dalaba", "dalabad"]), [])
        XCTAssertEqual(CatalogAudit.problems(DaemonMessage.self, allowed: ["dalaba", "dalabad"]), [])
    }

    /// Times in the station's zone, the Chinese way: today's by the clock, another day with its
    /// date and weekday.
    func testStationTimesInChinese() {
        let format = StationTimeFormat(zone: "Asia/Shanghai")
        let now = Date(timeIntervalSince1970: 1_796_270_400)  // 2026-12-03 12:00 +08:00, a Thursday
        XCTAssertEqual(format.dateTime(now.addingTimeInterval(6.5 * 3600), in: .chinese, now: now), "今天 18:30")
        XCTAssertEqual(format.dateTime(now.addingTimeInterval(19 * 3600), in: .chinese, now: now), "12月4日 周五 07:00")
        XCTAssertEqual(format.dateTime(now.addingTimeInterval(19 * 3600 + 5), in: .chinese, now: now), "12月4日 周五 07:00:05")
        XCTAssertEqual(format.dateTime(now.addingTimeInterval(19 * 3600), in: .english, now: now), "2026-12-04 07:00:00")
    }

    /// The daemon's English sentences the client knows come out in Chinese with their values.
    func testDaemonSentencesInChinese() {
        XCTAssertEqual(DaemonMessage.localized("no announcement with id 42", in: .chinese), "没有编号为 42 的通知")
        XCTAssertEqual(DaemonMessage.localized("clerk may not change the queue: only root and members of group dalaba may", in: .chinese),
                       "clerk 不能改动播出队列：只有 root 和 dalaba 组的成员可以。请管理员运行 'sudo usermod -aG dalaba clerk'，然后退出并重新登录")
        XCTAssertEqual(DaemonMessage.localized("07:00 has already passed today; give a date: --at YYYY-MM-DDT07:00", in: .chinese),
                       "今天的 07:00 已经过去了，请写上日期：--at YYYY-MM-DDT07:00")
        XCTAssertEqual(DaemonMessage.localized("clerk may not change the volume: only root and members of group dalaba may", in: .chinese),
                       "clerk 不能改动音量：只有 root 和 dalaba 组的成员可以。请管理员运行 'sudo usermod -aG dalaba clerk'，然后退出并重新登录")
        // The reasons a volume applies, as VolumePlan.Reason words them.
        let until = Date(timeIntervalSince1970: 0)
        let reasons: [(VolumePlan.Reason, String)] = [
            (.emergency, "紧急广播的音量"), (.override(by: "alice", until: until), "由 alice 设定"), (.program, "节目自己的音量"),
            (.span(TimeRange(start: LocalTime(hour: 8, minute: 0)!, end: LocalTime(hour: 21, minute: 0)!)), "08:00至21:00 的音量"),
            (.other, "默认音量（不在任何音量时段内）"),
        ]
        for (reason, chinese) in reasons {
            XCTAssertEqual(DaemonMessage.localized(reason.description, in: .chinese), chinese, reason.description)
        }
        // Unknown sentences and English readers get the daemon's words as sent.
        XCTAssertEqual(DaemonMessage.localized("something new", in: .chinese), "something new")
        XCTAssertEqual(DaemonMessage.localized("no announcement with id 42", in: .english), "no announcement with id 42")
    }

    func testArgumentParsersWordsInChinese() {
        let help = """
            OVERVIEW: 检查节目表文件。

            USAGE: dalaba schedule <subcommand>

            OPTIONS:
              -h, --help              Show help information.

              See 'dalaba help schedule <subcommand>' for detailed help.
            """
        XCTAssertEqual(ParserText.localized(help, in: .chinese), """
            说明：检查节目表文件。

            用法：dalaba schedule <subcommand>

            选项：
              -h, --help              显示帮助。

              各子命令的详细帮助见 'dalaba help schedule <子命令>'。
            """)
        XCTAssertEqual(ParserText.localized("Error: 2 unexpected arguments: 'b', 'c'", in: .chinese), "错误：多出了 2 个参数：'b', 'c'")
        XCTAssertEqual(ParserText.localized("Error: Unknown option '--x'. Did you mean '--json'?", in: .chinese),
                       "错误：没有 '--x' 这个选项，是不是想写 '--json'？")
        XCTAssertEqual(ParserText.localized("  --repeat <repeat>  连读几遍。 (default: 1)", in: .chinese), "  --repeat <repeat>  连读几遍。 （默认：1）")
        // English stays as argument-parser wrote it.
        XCTAssertEqual(ParserText.localized(help, in: .english), help)
    }
}
