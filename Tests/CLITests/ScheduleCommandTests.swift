@testable import DalabaCLI
import Foundation
import Schedule
import XCTest

/// `dalaba schedule check|show` through the built binary: output, exit codes, help.
final class ScheduleCommandTests: XCTestCase {
    var schedules: String { repositoryRoot.appendingPathComponent("schedules").path }
    var voices: String { repositoryRoot.appendingPathComponent("voices").path }

    func folder(_ files: [String: String]) throws -> URL {
        let dir = try temporaryDirectory(self)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    func testHelpNamesBothSubcommands() throws {
        let result = try runDalaba(["schedule", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Check schedule files and show a day's timetable, without the daemon."))
        XCTAssertTrue(result.stdout.contains("check") && result.stdout.contains("show"), result.stdout)
        let check = try runDalaba(["schedule", "check", "--help"])
        XCTAssertTrue(check.stdout.contains("USAGE: dalaba schedule check [<paths> ...] [--voices <voices>]"), check.stdout)
        XCTAssertTrue(check.stdout.contains("Exits 1 if any file has an error"), check.stdout)
        let show = try runDalaba(["schedule", "show", "--help"])
        XCTAssertTrue(show.stdout.contains("USAGE: dalaba schedule show [--schedules <schedules>] [--date <date>] [--json] [--voices <voices>]"), show.stdout)
        let flowing = show.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flowing.contains("an array of objects with the fields time, title, priority, repeat, file, line,"), show.stdout)
    }

    func testCheckPassesTheRepoSamples() throws {
        let result = try runDalaba(["schedule", "check", schedules, "--voices", voices])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "\(schedules): 5 programs and station settings OK\n")
    }

    func testCheckDefaultsToTheSchedulesFolderOfTheWorkingDirectory() throws {
        let dir = try temporaryDirectory(self)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("schedules"), withIntermediateDirectories: true)
        try Data("title: a\n".utf8).write(to: dir.appendingPathComponent("schedules/a.yaml"))
        let result = try runDalaba(["schedule", "check"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("schedules/a.yaml:1:1: error: missing 'text'"), result.stdout)
        // No voices folder there (nor installed): said once, and voices are then not checked.
        if !FileManager.default.fileExists(atPath: "/usr/local/share/dalaba/voices") {
            XCTAssertTrue(result.stderr.hasPrefix("note: no voices folder at /usr/local/share/dalaba/voices — voice names are not checked\n"),
                          result.stderr)
        }
    }

    func testCheckPrintsEveryErrorCompilerStyleAndExits1() throws {
        let dir = try folder([
            "noon.yaml": "title: 午间\ntext: 勤洗手\ndays: daily\ntmes: [12:00]\npriority: urgent\n",
            "night.yaml": "title: 夜间\ntext: 关好门窗\ndays: daily\ntimes: [24:00]\nvoice: slwo\n",
            "ok.yaml": "title: 好\ntext: 好\ndays: daily\ntimes: [8:00]\n",
            "notes.txt": "x",
        ])
        let result = try runDalaba(["schedule", "check", dir.path, "--voices", voices])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout.split(separator: "\n").map(String.init), [
            "\(dir.path)/night.yaml:4:9: error: time 24:00 does not exist — use 00:00 (it belongs to the next day) or 23:59",
            "\(dir.path)/night.yaml:5:8: error: unknown voice 'slwo' — did you mean 'slow'? (voices are: slow, standard)",
            "\(dir.path)/noon.yaml:4:1: error: unknown key 'tmes' — did you mean 'times'?",
            "\(dir.path)/noon.yaml:5:11: error: unknown priority 'urgent' (use low, normal, high or emergency — 低 / 普通 / 高 / 紧急)",
            "\(dir.path)/notes.txt:1:1: warning: skipped: not a schedule file — only .yaml and .yml files are read",
        ])
        XCTAssertEqual(result.stderr, "4 errors in 2 files, 1 warning — fix them and run 'dalaba schedule check' again\n")
    }

    func testCheckSingleFilesAndMissingOnes() throws {
        let dir = try folder(["ok.yaml": "title: 好\ntext: 好\ndays: daily\ntimes: [8:00]\n"])
        let ok = try runDalaba(["schedule", "check", dir.appendingPathComponent("ok.yaml").path, "--voices", voices])
        XCTAssertEqual(ok.status, 0, ok.stdout)
        let missing = try runDalaba(["schedule", "check", "gone.yaml", "--voices", voices], in: dir)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stdout, "gone.yaml:1:1: error: file not found (or a symbolic link to a missing file)\n")
    }

    func testCheckOfAnEmptyFolderSaysSo() throws {
        let dir = try temporaryDirectory(self)
        let result = try runDalaba(["schedule", "check", dir.path, "--voices", voices])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "no schedule files (.yaml) in \(dir.path)\n")
    }

    func testShowPrintsTheDayInTimeOrder() throws {
        let result = try runDalaba(["schedule", "show", "--schedules", schedules, "--date", "2026-12-03", "--voices", voices])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            2026-12-03 Thursday (周四), station time Asia/Shanghai: 5 announcements
            07:00  早间防疫提醒  normal     ×2  epidemic-morning.yaml:9
            08:00  党员冬训通知  high       ×1  winter-training.yaml:8
            12:00  午间防疫提醒  normal     ×1  epidemic-noon.yaml:9
            18:30  晚间防疫提醒  normal     ×2  epidemic-evening.yaml:8
            19:30  党员冬训通知  high       ×1  winter-training.yaml:8

            """)
    }

    func testShowJSONHasTheDocumentedFields() throws {
        let result = try runDalaba(["schedule", "show", "--schedules", schedules, "--date", "2027-03-01", "--json", "--voices", voices])
        XCTAssertEqual(result.status, 0, result.stderr)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["time"] as? String }, ["07:00", "09:00", "12:00", "12:00", "15:00", "18:00", "18:30"])
        XCTAssertEqual(entries.map { $0["file"] as? String }.prefix(3), ["epidemic-morning.yaml", "spring-plowing.yaml", "epidemic-noon.yaml"])
        let first = entries[0]
        XCTAssertEqual(Set(first.keys), ["time", "title", "priority", "repeat", "file", "line", "program", "date", "due", "voice", "chime", "quiet"])
        XCTAssertEqual(first["quiet"] as? Bool, false)
        XCTAssertEqual(first["title"] as? String, "早间防疫提醒")
        XCTAssertEqual(first["priority"] as? String, "normal")
        XCTAssertEqual(first["repeat"] as? Int, 2)
        XCTAssertEqual(first["line"] as? Int, 9)
        XCTAssertEqual(first["due"] as? String, "2027-03-01T07:00:00+08:00")
    }

    func testShowEmptyDayAsJSONIsAnEmptyArray() throws {
        let dir = try folder(["a.yaml": "title: a\ntext: b\ndays: [2030-01-01]\ntimes: [8:00]\n"])
        let result = try runDalaba(["schedule", "show", "--schedules", dir.path, "--date", "2026-12-01", "--json", "--voices", voices])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
    }

    func testShowLeavesOutBrokenFilesAndExits1() throws {
        let dir = try folder([
            "a.yaml": "title: 好\ntext: 好\ndays: daily\ntimes: [8:00]\n",
            "b.yaml": "title: 坏\ntext: 坏\ndays: daily\ntimes: [8:60]\n",
        ])
        let result = try runDalaba(["schedule", "show", "--schedules", dir.path, "--date", "2026-12-01", "--voices", voices])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("08:00  好  normal     ×1  a.yaml:4"), result.stdout)
        XCTAssertEqual(result.stderr, "1 file has errors and is left out: \(dir.path)/b.yaml — run 'dalaba schedule check' for details\n")
    }

    func testShowMarksWhatQuietHoursHold() throws {
        let dir = try folder([
            "station.yaml": "quiet_hours: 22:00-06:00\n",
            "late.yaml": "title: 晚\ntext: 关好门窗\ndays: daily\ntimes: [21:59, 22:30]\n",
            "alarm.yaml": "title: 警\ntext: 紧急通知\ndays: daily\ntimes: [23:00]\npriority: emergency\n",
        ])
        let text = try runDalaba(["schedule", "show", "--schedules", dir.path, "--date", "2026-12-01", "--voices", voices])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(text.stdout.split(separator: "\n").dropFirst().map(String.init), [
            "21:59  晚  normal     ×1  late.yaml:4",
            "22:30  晚  normal     ×1  late.yaml:4  (quiet hours: waits until 06:00)",
            "23:00  警  emergency  ×1  alarm.yaml:4",
        ])
        let json = try runDalaba(["schedule", "show", "--schedules", dir.path, "--date", "2026-12-01", "--json", "--voices", voices])
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["quiet"] as? Bool }, [false, true, false])
        XCTAssertTrue(entries[0]["voice"] is NSNull, "no voice: an explicit null")
    }

    func testUsageErrorsExit2() throws {
        // Not "/nonexistent": that is the home of nobody and of system users, and a program run
        // as one of them (chromium, pulse) may have made it.
        let missingFolder = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-no-voices-\(UUID().uuidString)").path
        for arguments in [["schedule", "show", "--date", "2026-02-30"], ["schedule", "show", "--date", "tomorrow"],
                          ["schedule", "check", "--bogus"], ["schedule", "check", "--voices", missingFolder]] {
            let result = try runDalaba(arguments + (arguments.contains("--voices") ? [] : ["--voices", voices]))
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("Error: "), result.stderr)
        }
    }

    func testDisplayWidthCountsChineseAsTwoColumns() {
        XCTAssertEqual(ScheduleReport.displayWidth("早间防疫提醒"), 12)
        XCTAssertEqual(ScheduleReport.displayWidth("ab早"), 4)
        XCTAssertEqual(ScheduleReport.pad("早", to: 4), "早  ")
    }
}

/// A program's recording (`audio:` / 录音) is checked by decoding it: one line each for a missing
/// and a damaged file, at the line of the key, in English and in Chinese.
final class ScheduleRecordingCheckTests: XCTestCase {
    var voices: String { repositoryRoot.appendingPathComponent("voices").path }

    func testMissingAndDamagedRecordingsGiveOneLineEach() throws {
        let dir = try temporaryDirectory(self)
        // A WAV made by ffmpeg, then cut to half: its header announces twice the sound it holds.
        let wav = dir.appendingPathComponent("cut.wav")
        let ffmpeg = Process()
        ffmpeg.executableURL = URL(fileURLWithPath: "/usr/bin/ffmpeg")
        ffmpeg.arguments = ["-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", wav.path]
        try ffmpeg.run()
        ffmpeg.waitUntilExit()
        let whole = try Data(contentsOf: wav)
        try whole.prefix(whole.count / 2).write(to: wav)
        let program = "title: 方言通知\ndays: daily\ntimes: [\"08:00\"]\n"
        try Data((program + "text: 各位村民\naudio: gone.mp3\n").utf8).write(to: dir.appendingPathComponent("a.yaml"))
        try Data((program + "录音: cut.wav\n").utf8).write(to: dir.appendingPathComponent("b.yaml"))
        let result = try runDalaba(["schedule", "check", dir.path, "--voices", voices])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, result.stdout)
        XCTAssertEqual(lines.first, "\(dir.path)/a.yaml:5:1: error: recording \(dir.path)/gone.mp3 not found — check the file name and that the file was copied to the station")
        XCTAssertTrue(lines.last?.hasPrefix("\(dir.path)/b.yaml:4:1: error: recording \(dir.path)/cut.wav is damaged: the file was cut short") ?? false, result.stdout)
        let chinese = try runDalaba(["schedule", "check", dir.appendingPathComponent("a.yaml").path, "--voices", voices],
                                    environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(chinese.stdout.contains("找不到录音 \(dir.path)/gone.mp3"), chinese.stdout)
    }
}
