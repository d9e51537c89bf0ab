import Foundation
import Testing
@testable import Schedule
import Vocabulary

/// The file-system side, on a fresh temporary folder per test.
@Suite struct LoaderTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("schedule-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    var loader: ScheduleLoader { ScheduleLoader(knownVoices: testVoices) }

    @Test func emptyFolder() {
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.files.isEmpty && snapshot.programs.isEmpty && snapshot.diagnostics.isEmpty)
        #expect(snapshot.station == StationSettings())
    }

    @Test func missingFolderIsOneClearError() {
        let snapshot = loader.load(directory: dir.appendingPathComponent("nope"))
        #expect(snapshot.diagnostics.map(\.message) == ["the schedules folder does not exist"])
    }

    @Test func readsYamlAndYmlSkipsOthers() throws {
        try write("a.yaml", program())
        try write("b.yml", program())
        try write("README.md", "# notes")
        try write("notes.txt", "hello")
        try write(".a.yaml.swp", "junk")
        try write("a.yaml~", "junk")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("old"), withIntermediateDirectories: true)
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.programs.map(\.id) == ["a", "b"])
        #expect(snapshot.errorCount == 0)
        #expect(snapshot.diagnostics.map { "\(($0.file as NSString).lastPathComponent): \($0.severity) \($0.message)" } == [
            "notes.txt: warning skipped: not a schedule file — only .yaml and .yml files are read",
            "old: warning skipped: folders inside the schedules folder are not read",
        ])
        #expect(snapshot.diagnostics[0].file == dir.relativePath + "/notes.txt")
    }

    @Test func notepadsDotTxtIsExplained() throws {
        try write("morning.yaml.txt", program())
        #expect(loader.load(directory: dir).diagnostics.map(\.message) == [
            "skipped: this file ends in .txt, so it is not read — rename it to morning.yaml (in Notepad's 另存为 / Save As, choose 保存类型 \"所有文件 (*.*)\" / All files)"])
    }

    @Test func sameProgramInTwoFilesIsAnError() throws {
        try write("a.yaml", program())
        try write("a.yml", program())
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.programs.count == 1)
        #expect(snapshot.diagnostics.map(\.message) == [
            "program 'a' is already defined by a.yaml — rename or remove one of the two files"])
    }

    @Test func symlinkLoopIsSkippedWithAWarning() throws {
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop.yaml").path,
                                                   withDestinationPath: dir.appendingPathComponent("loop.yaml").path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.yaml").path,
                                                   withDestinationPath: "/nonexistent/x.yaml")
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.diagnostics.map(\.message) == [
            "file not found (or a symbolic link to a missing file)",
            "skipped: this is a symbolic link that loops back on itself",
        ])
    }

    @Test func fifoDoesNotHang() throws {
        let path = dir.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(path, 0o644) == 0)
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.diagnostics.map(\.message) == ["skipped: not a regular file (a folder, pipe or device)"])
    }

    @Test func tenMegabyteFileIsRefusedWithoutParsing() throws {
        let big = "title: x\n" + String(repeating: "# 填充\n", count: 10 * 1024 * 1024 / 9)
        try write("big.yaml", big)
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.diagnostics.map(\.message) == [
            "this file is \(big.utf8.count / 1024) KB — a schedule file must be under 1024 KB; is it the right file?"])
    }

    @Test func unreadableFileIsAnError() throws {
        try write("secret.yaml", program())
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: dir.appendingPathComponent("secret.yaml").path)
        // root reads anything; the check only means something for other users.
        guard getuid() != 0 else { return }
        #expect(loader.load(directory: dir).errorCount == 1)
    }

    @Test func loadsNamedFiles() throws {
        try write("a.yaml", program())
        try write("b.yaml", "title: x\n")
        let snapshot = loader.load(files: [dir.appendingPathComponent("a.yaml"), dir.appendingPathComponent("b.yaml")])
        #expect(snapshot.programs.map(\.id) == ["a"])
        #expect(snapshot.errorCount == 3)
    }

    @Test func stationFileIsSettingsNotAProgram() throws {
        try write("station.yaml", "timezone: Asia/Urumqi\nquiet_hours: 22:00-06:00\ngrace: 5m\noutput: alsa:default\n")
        try write("a.yaml", program())
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.programs.map(\.id) == ["a"])
        #expect(snapshot.station.timeZone.identifier == "Asia/Urumqi")
        #expect(snapshot.station.quietHours?.description == "22:00-06:00")
        #expect(snapshot.station.grace == 300)
        #expect(snapshot.station.output == .alsa("default"))
    }

    @Test func stationSettingsFromAFileOfAnyName() throws {
        try write("dalabad.conf", "grace: 2m\n")
        let result = loader.load(file: dir.appendingPathComponent("dalabad.conf"), as: .station)
        #expect(result.content == .station(StationSettings(grace: 120)))
        // Without saying so, the same file is not a schedule file at all.
        #expect(loader.load(file: dir.appendingPathComponent("dalabad.conf")).content == .skipped)
    }

    @Test func timesInQuietHoursGetAWarning() throws {
        try write("station.yaml", "quiet_hours: 22:00-06:00\n")
        try write("late.yaml", program(times: "times: [21:59, 22:30, 5:30, 6:00]"))
        try write("night.yaml", program("between: 18:00-23:00", times: "every: 2h"))
        try write("alarm.yaml", program("priority: emergency", times: "times: [23:00]"))
        let snapshot = loader.load(directory: dir)
        #expect(snapshot.errorCount == 0)
        let advice = "it falls in the quiet hours 22:00-06:00 (station.yaml) and will wait until 06:00; use priority: emergency only if it must sound at night"
        #expect(snapshot.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column): \($0.severity) \($0.message)" } == [
            "late.yaml:4:16: warning time 22:30: " + advice,
            "late.yaml:4:23: warning time 05:30: " + advice,
            "night.yaml:4:1: warning time 22:00: " + advice,
        ])
        // Still programs in force: the warning changes nothing.
        #expect(snapshot.programs.map(\.id) == ["alarm", "late", "night"])
        // A reload that keeps last good versions gives the same warnings, once each.
        #expect(loader.load(directory: dir).keepingLastGood(from: snapshot).diagnostics == snapshot.diagnostics)
    }

    @Test func keepsTheLastGoodVersionOfABrokenFile() throws {
        try write("a.yaml", program(times: "times: [08:00]"))
        try write("b.yaml", program())
        try write("station.yaml", "grace: 5m\n")
        let before = loader.load(directory: dir)
        // The clerk breaks a.yaml and station.yaml, adds a broken c.yaml and deletes b.yaml.
        try write("a.yaml", program(times: "times: [24:00]"))
        try write("station.yaml", "grace: soon\n")
        try write("c.yaml", "title: new\n")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("b.yaml"))
        let after = loader.load(directory: dir).keepingLastGood(from: before)
        #expect(after.programs.map(\.id) == ["a"])
        #expect(after.programs.first?.dailyTimes.map(\.time.description) == ["08:00"])
        #expect(after.station.grace == 300)
        #expect(after.files.filter(\.isLastGood).map(\.name) == ["a.yaml", "station.yaml"])
        // The errors stay visible, so status can name file:line.
        #expect(after.diagnostics.contains { $0.file.hasSuffix("a.yaml") && $0.line == 4 && $0.isError })
        #expect(after.diagnostics.contains { $0.file.hasSuffix("c.yaml") })
    }

    @Test func voiceNamesFromAFolder() throws {
        for name in ["standard.yaml", "slow.yaml", "README.md", "notes.txt", ".hidden.yaml"] { try write(name, "") }
        #expect(VoiceNames.inDirectory(dir) == ["standard", "slow"])
        #expect(VoiceNames.inDirectory(dir.appendingPathComponent("none")).isEmpty)
    }
}

@Suite struct StationSettingsTests {
    func station(_ yaml: String) -> ScheduleFileResult { parseText(yaml, name: "station.yaml") }

    @Test func defaultsWhenEmptyOrCommentsOnly() throws {
        for yaml in ["", "# nothing set\n"] {
            let result = station(yaml)
            #expect(result.diagnostics.isEmpty)
            guard case .station(let settings) = result.content else { Issue.record("not a station"); continue }
            #expect(settings.timeZone.identifier == "Asia/Shanghai")
            #expect(settings.grace == 600 && settings.output == .auto && settings.quietHours == nil && settings.amplifier == nil)
        }
    }

    @Test func amplifierCommands() throws {
        let result = station("amplifier:\n  on_command: gpioset gpiochip0 17=1\n  off_command: gpioset gpiochip0 17=0\n  warm_up: 1.5s\n  hold: 1m\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.amplifier == AmplifierSettings(onCommand: "gpioset gpiochip0 17=1", offCommand: "gpioset gpiochip0 17=0",
                                                        warmUp: 1.5, hold: 60))
    }

    @Test func everyStationErrorIsReported() {
        let result = station("timezone: CST\nquiet_hours: 22:00-24:00\ngrace: soon\noutput: speaker\namplifier:\n  on: x\ntimzone: x\n")
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "1:11 unknown time zone 'CST' — write a region name like Asia/Shanghai or Asia/Urumqi",
            "2:14 time 24:00 does not exist — use 00:00 (it belongs to the next day) or 23:59",
            "3:8 'soon' is not a length of time — write it like 30s, 10m, 2h or 1h30m",
            "4:9 output 'speaker' is not known — use auto, alsa:NAME (e.g. alsa:default), wav:FOLDER or null",
            "6:3 unknown key 'on' — amplifier keys are: on_command, off_command, warm_up, hold",
            "7:1 unknown key 'timzone' — did you mean 'timezone'?",
        ])
    }

    @Test func durationsHaveSaneBounds() {
        let result = station("grace: 99999999999999999999h\namplifier:\n  on_command: x\n  warm_up: 2h\n  hold: 2h\n")
        #expect(result.errors.map(\.message) == [
            "grace is too long — use at most 24h", "warm_up is too long — use at most 1m", "hold is too long — use at most 1h"])
        #expect(parseText(program("gap: 99999999999999999999999h")).errors.map(\.message) == [
            "gap 99999999999999999999999h is too long — use at most 10m"])
    }

    @Test func absurdInstantsDoNotTrap() {
        let station = StationSettings(quietHours: TimeRange(start: LocalTime(hour: 22, minute: 0)!, end: LocalTime(hour: 6, minute: 0)!))
        _ = station.isQuiet(at: Date(timeIntervalSince1970: 1e300))
        _ = station.isQuiet(at: Date(timeIntervalSince1970: -1e300))
        #expect(LocalDate(Date(timeIntervalSince1970: 1e300), in: station.timeZone) == LocalDate(daysSinceEpoch: 1_000_000_000))
    }

    @Test func outputDeviceSpellings() throws {
        #expect(try SinkChoice(parsing: "auto") == .auto)
        #expect(try SinkChoice(parsing: "null") == .null)
        #expect(try SinkChoice(parsing: "alsa:plughw:1,0") == .alsa("plughw:1,0"))
        #expect(try SinkChoice(parsing: "wav:/var/lib/dalaba/out") == .wav(directory: "/var/lib/dalaba/out"))
        #expect(SinkChoice.wav(directory: "x").description == "wav:x")
        #expect(throws: ValueError.self) { try SinkChoice(parsing: "alsa:") }
    }

    @Test func chineseKeys() {
        let result = station("时区: Asia/Urumqi\n静音时段: 22:30至05:30\n功放:\n  on_command: relay on\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.timeZone.identifier == "Asia/Urumqi")
        #expect(settings.quietHours?.description == "22:30-05:30")
        #expect(settings.amplifier?.onCommand == "relay on")
    }

    @Test func quietHoursCanBeSwitchedOff() {
        guard case .station(let settings) = station("quiet_hours: none\n").content else { Issue.record(); return }
        #expect(settings.quietHours == nil)
    }
}

@Suite struct StationVolumeTests {
    func station(_ yaml: String) -> ScheduleFileResult { parseText(yaml, name: "station.yaml") }

    @Test func volumeByTheHourWithDefaultAndEmergency() throws {
        // Unquoted times: YAML 1.1 would read 12:00 as 720; the keys are read from the source text.
        let result = station("volume:\n  06:00-08:00: 70%\n  08:00-21:00: 85%\n  21:00-22:00: -12dB\n  default: 50%\n  emergency: 95%\nmixer: Speaker\nlead_in: 0.8s\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.volume.spans.map { "\($0.hours) \($0.level)" } == ["06:00-08:00 70%", "08:00-21:00 85%", "21:00-22:00 25.1%"])
        #expect(settings.volume.other.percent == 50 && settings.volume.emergency.percent == 95)
        #expect(settings.mixer == "Speaker" && settings.leadIn == 0.8)
    }

    @Test func defaultsAndChineseKeys() throws {
        guard case .station(let plain) = station("").content else { Issue.record(); return }
        #expect(plain.volume == VolumePlan() && plain.mixer == nil && plain.leadIn == 0.5)
        let result = station("音量:\n  \"22:00至06:00\": 30%\n  默认: 80%\n  紧急: 100%\n混音器: PCM\n前置静音: 1秒\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.volume.spans.map(\.hours.description) == ["22:00-06:00"])
        #expect(settings.volume.other.percent == 80 && settings.mixer == "PCM" && settings.leadIn == 1)
        guard case .station(let flat) = station("volume: 60%\n").content else { Issue.record(); return }
        #expect(flat.volume == VolumePlan(other: VolumeLevel(clamping: 60)))
    }

    @Test func volumeErrorsSayWhatToWrite() {
        let result = station("volume:\n  06:00-08:00: loud\n  morning: 50%\n  09:00-10:00:\nlead_in: 1h\n")
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "2:16 'loud' is not a volume — write a percentage like 70% or decibels below full like -6dB",
            "3:3 'morning' is not a time range, default or emergency — e.g. volume: {\"06:00-08:00\": 70%, default: 85%, emergency: 100%}",
            "4:15 '09:00-10:00' needs a level — e.g. volume: {\"06:00-08:00\": 70%, default: 85%, emergency: 100%}",
            "5:10 lead_in is too long — use at most 10s",
        ])
    }

    @Test func loudnessAndTruePeakInEnglishAndChinese() throws {
        guard case .station(let plain) = station("").content else { Issue.record(); return }
        #expect(plain.loudness.integrated == -16 && plain.loudness.truePeakCeiling == -1)
        guard case .station(let english) = station("loudness: -18\ntrue_peak: -2 dBTP\n").content else { Issue.record(); return }
        #expect(english.loudness.integrated == -18 && english.loudness.truePeakCeiling == -2)
        let chinese = station("响度: -20 LUFS\n峰值上限: -3\n")
        guard case .station(let settings) = chinese.content else { Issue.record("\(chinese.diagnostics)"); return }
        #expect(settings.loudness.integrated == -20 && settings.loudness.truePeakCeiling == -3)
    }

    @Test func loudnessErrorsSayTheRange() {
        #expect(station("loudness: loud\n").diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "1:11 'loudness' must be a number of LUFS, like -16 — not 'loud'",
        ])
        let result = station("loudness: -3\n")
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "1:11 loudness target -3.0 LUFS is out of range: choose from −40 to −5 LUFS (default −16)",
        ])
        #expect(result.diagnostics.first?.chinese?.hasPrefix("响度设置不合适") == true)
    }

    @Test func aProgramMaySetItsOwnLevel() throws {
        let result = parseText(program("volume: 40%"))
        guard case .program(let parsed) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(parsed.volume == VolumeLevel(clamping: 40))
        #expect(parseText(program("音量: 150%")).errors.map(\.message) == ["'150%' is not between 0% and 100%"])
    }
}
