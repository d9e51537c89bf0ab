import Foundation
import Messages
import XCTest

/// The control commands against a running dalabad, each run in English and again in Chinese
/// (runDalaba): what they print and their error paths (refusals, bad times, unknown ids, a
/// schedule with a mistake), with no English sentence under zh_CN.
final class ChineseControlTests: XCTestCase {
    var daemon: Process?
    var socket = ""
    var schedules: URL!

    override func setUpWithError() throws {
        let folders = try stationFolders(self)
        schedules = folders.schedules
        try "timezone: Asia/Shanghai\nvolume:\n  06:00-22:00: 80%\n  default: 60%\n".write(to: schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
        try "title: 早间防疫提醒\ntext: 请大家勤洗手。\ndays: daily\ntimes: [07:00]\n"
            .write(to: schedules.appendingPathComponent("morning.yaml"), atomically: true, encoding: .utf8)
        socket = folders.socket
        daemon = try startDalabad(schedules: schedules, state: folders.state, socket: socket)
    }

    override func tearDown() {
        daemon?.terminate()
        daemon?.waitUntilExit()
    }

    func dalaba(_ arguments: [String], input: String? = nil, line: UInt = #line) throws -> ProcessResult {
        try runDalaba(arguments + ["--socket", socket], input: input, line: line)
    }

    /// A day after tomorrow at the station, for `--at`.
    var later: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let day = calendar.date(byAdding: .day, value: 2, to: Date())!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02dT08:30", parts.year!, parts.month!, parts.day!)
    }

    func testEveryControlCommandAndItsErrorsInBothLanguages() throws {
        XCTAssertEqual(try dalaba(["status"]).status, 0)
        let said = try dalaba(["say", "各位村民请注意，今晚七点开会。", "--at", later, "--priority", "high"])
        XCTAssertEqual(said.status, 0, said.stderr)
        XCTAssertEqual(try dalaba(["say", "--at", later], input: "请大家戴口罩。\n").status, 0)
        let queue = try dalaba(["queue"])
        XCTAssertTrue(queue.stdout.contains("PRIORITY"), queue.stdout)
        for arguments in [["history"], ["history", "--csv"], ["history", "--json"], ["skip"], ["pause"], ["resume"],
                          ["status", "--json"], ["queue", "--json"]] {
            let result = try dalaba(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        }
        // Refused or wrong: each with its sentence, in both languages.
        for (arguments, status) in [(["cancel", "999999"], 1), (["say", "测试", "--at", "25:00"], 2),
                                    (["say", "测试", "--at", "00:00:00"], 1), (["say", "😀😀"], 1),
                                    (["say", "测试", "--voice", "loud"], 1), (["say", "测试", "--repeat", "11"], 2),
                                    (["history", "--csv", "--json"], 2), (["history", "--date", "2026-13-01"], 2),
                                    (["say", "测试", "--expires", "soon"], 2)] as [([String], Int32)] {
            let result = try dalaba(arguments)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stdout)\(result.stderr)")
        }
        XCTAssertEqual(try dalaba(["say"], input: "  \n").status, 2)

        // A cancel succeeds once: one id for each language.
        let first = try runDalaba(["say", "测试取消", "--at", later, "--socket", socket], environment: Locales.english)
        let second = try runDalaba(["say", "测试取消", "--at", later, "--socket", socket], environment: Locales.english)
        let english = try runDalaba(["cancel", first.stdout.trimmed, "--socket", socket], environment: Locales.english)
        XCTAssertEqual(english.stdout, "cancelled \(first.stdout.trimmed)\n")
        let chinese = try runDalaba(["cancel", second.stdout.trimmed, "--socket", socket], environment: Locales.chinese)
        XCTAssertEqual(chinese.stdout, "已取消 \(second.stdout.trimmed)\n")
        let history = try runDalaba(["history", "--socket", socket], environment: Locales.chinese)
        XCTAssertTrue(history.stdout.contains("已取消") && history.stdout.contains("由 root 取消"), history.stdout)

        // A schedule with a mistake: reload fails, status names it, in the reader's language.
        try "title: 夜间\ntext: 请关好门窗。\ndays: daily\ntimes: [24:00]\n"
            .write(to: schedules.appendingPathComponent("night.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try dalaba(["reload"]).status, 1)
        let status = try runDalaba(["status", "--socket", socket], environment: Locales.chinese)
        XCTAssertTrue(status.stdout.contains("night.yaml 第 4 行第 9 列 错误：时间 24:00 不存在，请写 23:59 或次日 00:00"), status.stdout)
        let englishStatus = try runDalaba(["status", "--socket", socket], environment: Locales.english)
        XCTAssertTrue(englishStatus.stdout.contains("night.yaml:4:9: error: time 24:00 does not exist"), englishStatus.stdout)
        XCTAssertTrue(englishStatus.stdout.contains("schedule: 1 error(s)"), englishStatus.stdout)
    }

    /// `dalaba volume`: the level and why, a level until a time, back to the plan, and its usage
    /// errors; the daemon's reasons come in English and show in Chinese under zh_CN.
    func testVolumeInBothLanguages() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let hour = calendar.component(.hour, from: Date())
        let planned = (6..<22).contains(hour)
            ? (english: "volume 80% (-1.9 dB): the level for 06:00-22:00\n", chinese: "音量 80%（-1.9 dB）：06:00至22:00 的音量\n")
            : (english: "volume 60% (-4.4 dB): the level outside the volume hours\n",
               chinese: "音量 60%（-4.4 dB）：默认音量（不在任何音量时段内）\n")
        let shown = try dalaba(["volume"])
        XCTAssertEqual(shown.stdout, planned.english, shown.stderr)
        XCTAssertEqual(try runDalaba(["volume", "--socket", socket], environment: Locales.chinese).stdout, planned.chinese)

        let set = try dalaba(["volume", "40%", "--until", later])
        XCTAssertEqual(set.stdout, "volume 40% (-8.0 dB): set by root until 08:30:00\n", set.stderr)
        let day = calendar.date(byAdding: .day, value: 2, to: Date())!
        let weekday = calendar.component(.weekday, from: day)
        let date = ChineseFormat.date(month: calendar.component(.month, from: day), day: calendar.component(.day, from: day),
                                      isoWeekday: weekday == 1 ? 7 : weekday - 1)
        let chinese = try runDalaba(["volume", "--socket", socket], environment: Locales.chinese)
        XCTAssertEqual(chinese.stdout, "音量 40%（-8.0 dB）：由 root 设定，到 \(date) 08:30 结束\n", chinese.stderr)
        XCTAssertEqual(try dalaba(["volume", "--json"]).status, 0)
        let plan = try dalaba(["volume", "plan"])
        XCTAssertEqual(plan.stdout, planned.english, plan.stderr)

        // Usage errors (status 2, before any request) and the daemon's refusal of a past end (1).
        for (arguments, status) in [(["volume", "loud"], 2), (["volume", "120%"], 2), (["volume", "--until", "18:00"], 2),
                                    (["volume", "plan", "--until", "18:00"], 2), (["volume", "60%", "--until", "25:00"], 2),
                                    (["volume", "60%", "--until", "2020-01-01T07:00"], 1)] as [([String], Int32)] {
            let result = try dalaba(arguments)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stdout)\(result.stderr)")
        }
        let english = try runDalaba(["volume", "--until", "18:00", "--socket", socket], environment: Locales.english)
        XCTAssertTrue(english.stderr.contains("Error: --until goes with a level: dalaba volume 60% --until 18:00"), english.stderr)
        let passed = try runDalaba(["volume", "60%", "--until", "2020-01-01T07:00", "--socket", socket], environment: Locales.chinese)
        XCTAssertTrue(passed.stderr.contains("2020-01-01T07:00 已经过去了（广播站的时钟是 "), passed.stderr)
        XCTAssertTrue(passed.stderr.contains("请写一个以后的时间"), passed.stderr)
    }

    func testWatchSaysWhatItWatches() throws {
        for (environment, expected) in [(Locales.english, "watching \(socket) (Ctrl-C to stop)"),
                                        (Locales.chinese, "正在查看 \(socket)（按 Ctrl-C 停止）")] {
            let result = try runDalaba(["1", productsDirectory.appendingPathComponent("dalaba").path, "watch", "--socket", socket],
                                       executable: "/usr/bin/timeout", environment: environment)
            XCTAssertEqual(result.stdout.split(separator: "\n").first.map(String.init), expected, result.stderr)
        }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
