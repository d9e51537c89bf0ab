import Foundation
@testable import DalabaControl
import ControlWire
import Messages
import XCTest

/// Zones at the command line against a running dalabad whose station.yaml names two zones (on
/// the left and right of ALSA's null device): `say --zones`, its refusals, and zones in status,
/// queue and history, in English and (runDalaba) again in Chinese.
final class ZonesControlTests: XCTestCase {
    var daemon: Process?
    var socket = ""
    var schedules: URL!

    override func setUpWithError() throws {
        let folders = try stationFolders(self)
        schedules = folders.schedules
        try "timezone: Asia/Shanghai\nzones:\n  东头: null left\n  西头: null right\n"
            .write(to: schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
        socket = folders.socket
        daemon = try startDalabad(schedules: schedules, state: folders.state, socket: socket)
    }

    override func tearDown() {
        daemon?.terminate()
        daemon?.waitUntilExit()
    }

    func dalaba(_ arguments: [String], line: UInt = #line) throws -> ProcessResult {
        try runDalaba(arguments + ["--socket", socket], line: line)
    }

    func dalaba(_ arguments: [String], in environment: [String: String]) throws -> ProcessResult {
        try runDalaba(arguments + ["--socket", socket], environment: environment)
    }

    /// Two days on at the station, for `--at`.
    var later: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: 2, to: Date())!)
        return String(format: "%04d-%02d-%02dT08:30", parts.year!, parts.month!, parts.day!)
    }

    func testSayWithZonesAndHowTheyShow() throws {
        let west = try dalaba(["say", "西头停水", "--zones", "西头", "--at", later], in: Locales.english)
        XCTAssertEqual(west.status, 0, west.stderr)
        XCTAssertEqual(try dalaba(["say", "全村开会", "--at", later], in: Locales.english).status, 0)
        XCTAssertEqual(try dalaba(["say", "两头都播", "--zones", "东头，西头", "--at", later], in: Locales.english).status, 0)

        let queue = try dalaba(["queue"])
        XCTAssertTrue(queue.stdout.contains("[西头] 西头停水 (user "), queue.stdout)
        XCTAssertTrue(queue.stdout.contains("[all] 全村开会 (user "), queue.stdout)
        XCTAssertTrue(queue.stdout.contains("[东头, 西头] 两头都播 (user "), queue.stdout)
        let chineseQueue = try dalaba(["queue"], in: Locales.chinese)
        XCTAssertTrue(chineseQueue.stdout.contains("【西头】西头停水（插播（"), chineseQueue.stdout)
        XCTAssertTrue(chineseQueue.stdout.contains("【全部】全村开会"), chineseQueue.stdout)
        XCTAssertTrue(chineseQueue.stdout.contains("【东头、西头】两头都播"), chineseQueue.stdout)
        let json = try dalaba(["queue", "--json"])
        XCTAssertTrue(json.stdout.contains(#""stationZones":["东头","西头"]"#), json.stdout)
        XCTAssertTrue(json.stdout.contains(#""zones":["西头"]"#), json.stdout)

        // Each zone in status, with its speaker.
        let status = try dalaba(["status"])
        XCTAssertTrue(status.stdout.contains("zone 东头: idle — speaker "), status.stdout)
        XCTAssertTrue(status.stdout.contains("zone 西头: idle — speaker "), status.stdout)
        let chineseStatus = try dalaba(["status"], in: Locales.chinese)
        XCTAssertTrue(chineseStatus.stdout.contains("分区 东头：空闲；喇叭 "), chineseStatus.stdout)

        // History: cancelled ones carry their zones, in the lines, the CSV and the JSON.
        let id = west.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try dalaba(["cancel", id], in: Locales.english).status, 0)
        let history = try dalaba(["history"])
        XCTAssertTrue(history.stdout.contains("\(id)  [西头] 西头停水 — cancelled by "), history.stdout)
        let chineseHistory = try dalaba(["history"], in: Locales.chinese)
        XCTAssertTrue(chineseHistory.stdout.contains("\(id)  【西头】西头停水——由 "), chineseHistory.stdout)
        let csv = try dalaba(["history", "--csv"]).stdout.split(separator: "\n")
        XCTAssertEqual(csv.first, "id,title,status,due,started,finished,priority,source,reason,text,zones,volume")
        XCTAssertTrue(csv.last?.hasSuffix(",西头停水,西头,") == true, "\(csv)")
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try dalaba(["history", "--json"]).stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.first?["zones"] as? [String], ["西头"])
    }

    func testUnknownZonesAreRefusedInBothLanguages() throws {
        let english = try dalaba(["say", "测试", "--zones", "南头"], in: Locales.english)
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.stderr.contains("no zone named 南头 — this station's zones are: 东头, 西头"), english.stderr)
        let chinese = try dalaba(["say", "测试", "--zones", "南头"], in: Locales.chinese)
        XCTAssertEqual(chinese.status, 1)
        XCTAssertTrue(chinese.stderr.contains("没有叫 南头 的分区"), chinese.stderr)
        XCTAssertTrue(chinese.stderr.contains("东头, 西头"), chinese.stderr)
        // A name that cannot be a zone is a usage error before any request; both runs, both languages.
        for arguments in [["say", "测试", "--zones", "东头,all"], ["say", "测试", "--zones", "东[头"]] {
            XCTAssertEqual(try dalaba(arguments).status, 2, "\(arguments)")
        }
        XCTAssertEqual(try dalaba(["queue", "--json"]).stdout.contains("测试"), false, "nothing was queued")
    }

    /// `skip --zone` (what plays there is stopped at a real card in DaemonZoneTests): nothing
    /// playing in that zone, and a zone the station lacks named with the ones it has.
    func testSkipInOneZoneAnswersForThatZone() throws {
        let idle = try dalaba(["skip", "--zone", "东头"])
        XCTAssertEqual(idle.status, 0, idle.stderr)
        XCTAssertEqual(idle.stdout, "nothing is playing in zone 东头\n")
        XCTAssertEqual(try dalaba(["skip", "--zone", "东头"], in: Locales.chinese).stdout, "分区 东头 现在没有在播\n")
        let json = try dalaba(["skip", "--zone", "西头", "--json"])
        XCTAssertTrue(json.stdout.contains(#""zone":"西头""#), json.stdout)
        let unknown = try dalaba(["skip", "--zone", "南头"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no zone named 南头 — this station's zones are: 东头, 西头"), unknown.stderr)
    }

    func testScheduleShowHasAZonesColumn() throws {
        try "title: 西头停水\ntext: 明天停水。\ndays: daily\ntimes: [07:00]\nzones: [西头]\n"
            .write(to: schedules.appendingPathComponent("west.yaml"), atomically: true, encoding: .utf8)
        try "title: 全村广播\ntext: 早上好。\ndays: daily\ntimes: [08:00]\n"
            .write(to: schedules.appendingPathComponent("all.yaml"), atomically: true, encoding: .utf8)
        let voices = repositoryRoot.appendingPathComponent("voices").path
        let arguments = ["schedule", "show", "--schedules", schedules.path, "--date", "2027-03-01", "--voices", voices]
        XCTAssertEqual(try runDalaba(arguments).stdout.split(separator: "\n").dropFirst(), [
            "07:00  西头停水  normal     ×1  西头       west.yaml:4",
            "08:00  全村广播  normal     ×1  all zones  all.yaml:4",
        ])
        XCTAssertEqual(try runDalaba(arguments, environment: Locales.chinese).stdout.split(separator: "\n").dropFirst(), [
            "07:00  西头停水  普通       ×1  西头      west.yaml:4",
            "08:00  全村广播  普通       ×1  所有分区  all.yaml:4",
        ])
        let json = try runDalaba(arguments + ["--json"])
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["zones"] as? [String] }, [["西头"], ["东头", "西头"]])
    }

    func testScheduleCheckNamesAnUnknownZone() throws {
        try "title: 通知\ntext: 请大家注意。\ndays: daily\ntimes: [07:00]\nzones: [东头, 南头]\n"
            .write(to: schedules.appendingPathComponent("notice.yaml"), atomically: true, encoding: .utf8)
        let voices = repositoryRoot.appendingPathComponent("voices").path
        let check = try runDalaba(["schedule", "check", schedules.path, "--voices", voices])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("notice.yaml:5:13: error: no zone named 南头 — this station's zones are: 东头, 西头"),
                      check.stdout + check.stderr)
        let chinese = try runDalaba(["schedule", "check", schedules.path, "--voices", voices], environment: Locales.chinese)
        XCTAssertTrue(chinese.stdout.contains("第 5 行第 13 列") && chinese.stdout.contains("南头"), chinese.stdout + chinese.stderr)
        // The running daemon refuses it at reload too, and status names it.
        XCTAssertEqual(try dalaba(["reload"], in: Locales.english).status, 1)
        let status = try dalaba(["status"], in: Locales.english)
        XCTAssertTrue(status.stdout.contains("notice.yaml:5:13: error: no zone named 南头"), status.stdout)
    }
}

/// A station without `zones:` (or a daemon from before zones) shows as before.
final class ZonesTextTests: XCTestCase {
    func testNothingChangesWithoutNamedZones() {
        XCTAssertEqual(ZonesText.tag([], station: nil, in: .english), "")
        XCTAssertEqual(ZonesText.tag(nil, station: nil, in: .chinese), "")
        XCTAssertEqual(ZonesText.tag(nil, station: ["东头"], in: .english), "", "a daemon before zones sends none")
        XCTAssertEqual(ZonesText.statusLines([ZoneView(name: "all", speaker: "alsa:default")], in: .english), [])
        XCTAssertEqual(ZonesText.statusLines(nil, in: .english), [])
        XCTAssertEqual(ZonesText.value(nil), "")
    }

    func testNamedZonesInBothLanguages() {
        XCTAssertEqual(ZonesText.tag(["东头", "西头"], station: ["东头", "西头"], in: .english), "[东头, 西头] ")
        XCTAssertEqual(ZonesText.tag([], station: ["东头", "西头"], in: .chinese), "【全部】")
        let zones = [ZoneView(name: "东头", playing: 12, playingTitle: "停水通知", speaker: "alsa:hw:1 left"),
                     ZoneView(name: "西头", speaker: "alsa:hw:1 right", speakerError: "no such device")]
        XCTAssertEqual(ZonesText.statusLines(zones, in: .english), [
            "zone 东头: playing 12 停水通知 — speaker alsa:hw:1 left",
            "zone 西头: idle — speaker alsa:hw:1 right OFFLINE: no such device",
        ])
        XCTAssertEqual(ZonesText.statusLines(zones, in: .chinese), [
            "分区 东头：正在播 12 停水通知；喇叭 alsa:hw:1 left",
            "分区 西头：空闲；喇叭 alsa:hw:1 right 已离线：no such device",
        ])
    }
}
