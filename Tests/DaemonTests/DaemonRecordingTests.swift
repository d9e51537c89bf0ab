import Foundation
import XCTest

/// Recorded programs (`audio:` / 录音, issue 13 item 3): the real dalabad plays an MP3 made by
/// ffmpeg at test time into the ALSA file-plugin PCM, alone or after a text.
final class DaemonRecordingTests: XCTestCase {
    /// A sine of `frequency` Hz, `seconds` long, as an MP3 at 44.1 kHz stereo (not the
    /// station's rate or layout, so resampling and downmixing are exercised).
    func makeMP3(_ url: URL, frequency: Int = 1000, seconds: Double = 3) throws {
        let ffmpeg = Process()
        ffmpeg.executableURL = URL(fileURLWithPath: "/usr/bin/ffmpeg")
        ffmpeg.arguments = [
            "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=\(frequency):sample_rate=44100:duration=\(seconds)",
            "-ac", "2", "-c:a", "libmp3lame", "-b:a", "96k", url.path,
        ]
        try ffmpeg.run()
        ffmpeg.waitUntilExit()
        XCTAssertEqual(ffmpeg.terminationStatus, 0, "ffmpeg made the MP3")
    }

    /// Without the lead-in's silence the speaker's samples are the announcement alone.
    static let noLeadIn = "timezone: UTC\nlead_in: 0s\n"

    func writeProgram(_ harness: DaemonHarness, _ name: String, due: Date, body: String) throws {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: due)
        let time = String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
        try "title: 录音节目\n\(body)days: daily\ntimes: [\"\(time)\"]\nchime: false\n"
            .write(to: harness.schedules.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The station's mono 16-bit samples that reached the speaker PCM.
    func speakerSamples(_ harness: DaemonHarness) throws -> [Int16] {
        let data = try Data(contentsOf: harness.raw)
        return data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
    }

    /// Share of a window's energy at `frequency` (Goertzel): near 1 for the test tone, low for speech.
    func toneShare(_ samples: ArraySlice<Int16>, frequency: Double) -> Double {
        let w = 2 * Double.pi * frequency / Double(sampleRate)
        var s1 = 0.0, s2 = 0.0, energy = 0.0
        for sample in samples {
            let x = Double(sample)
            energy += x * x
            let s0 = x + 2 * cos(w) * s1 - s2
            s2 = s1
            s1 = s0
        }
        let power = s1 * s1 + s2 * s2 - 2 * cos(w) * s1 * s2
        return energy > 0 ? 2 * power / (Double(samples.count) * energy) : 0
    }

    func testProgramWithAudioPlaysTheMP3AtTheSpeaker() throws {
        let harness = try DaemonHarness(stationYAML: Self.noLeadIn)
        defer { harness.tearDown() }
        try makeMP3(harness.schedules.appendingPathComponent("通知.mp3"))
        let due = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 4).rounded(.up))
        try writeProgram(harness, "recording.yaml", due: due, body: "录音: 通知.mp3\n")
        try harness.start()
        let lines = try harness.waitForHistory { $0.contains { $0.status != "pending" && $0.status != "playing" } }
        XCTAssertEqual(lines.first?.status, "played", harness.log.text)
        XCTAssertFalse(harness.log.text.contains("通知.mp3:1:1"), "a recording beside the programs is no schedule file to warn about")
        let samples = try speakerSamples(harness)
        // 3 s of recording and the 0.5 s tail; MP3 encoders pad a few tens of ms.
        let seconds = Double(samples.count) / Double(sampleRate)
        XCTAssertEqual(seconds, 3.5, accuracy: 0.15, "played \(seconds) s")
        let middle = samples[sampleRate...(2 * sampleRate)]
        XCTAssertGreaterThan(toneShare(middle, frequency: 1000), 0.9, "the 1 kHz tone, resampled")
        XCTAssertGreaterThan(middle.map { abs(Int($0)) }.max() ?? 0, 3000, "brought to the loudness target, not silent")
    }

    /// A program with `body` and a 1 kHz MP3 `recording` of `seconds` beside it, due in 4 s,
    /// played by a fresh dalabad: the samples that reached the speaker PCM.
    func playProgram(body: String, recording: String, seconds: Double, station: String = noLeadIn) throws -> [Int16] {
        let harness = try DaemonHarness(stationYAML: station)
        defer { harness.tearDown() }
        try makeMP3(harness.schedules.appendingPathComponent(recording), seconds: seconds)
        let due = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 4).rounded(.up))
        try writeProgram(harness, "program.yaml", due: due, body: body)
        try harness.start()
        let lines = try harness.waitForHistory { $0.contains { $0.status != "pending" && $0.status != "playing" } }
        XCTAssertEqual(lines.first?.status, "played", harness.log.text)
        return try speakerSamples(harness)
    }

    func testTextThenAudioPlayInTheOrderWritten() throws {
        let samples = try playProgram(body: "text: 请各位村民注意防火。\naudio: dialect.mp3\n", recording: "dialect.mp3", seconds: 2)
        let seconds = Double(samples.count) / Double(sampleRate)
        XCTAssertGreaterThan(seconds, 2 + 0.5 + 1 + 0.5, "speech, a pause, the 2 s recording and the tail: \(seconds) s")
        let end = samples.count - sampleRate / 2  // before the tail
        XCTAssertGreaterThan(toneShare(samples[(end - 3 * sampleRate / 2)..<(end - sampleRate / 4)], frequency: 1000), 0.9,
                             "the recording comes last")
        XCTAssertLessThan(toneShare(samples[(sampleRate / 5)..<sampleRate], frequency: 1000), 0.3, "speech comes first")
    }
}

extension DaemonRecordingTests {
    /// A recording removed, and another spoiled, after the check (between reload and their
    /// time): each announcement is logged as missed (issue 13) with the file and the reason, the
    /// daemon goes on, and the program due after them still starts on time.
    func testARecordingThatVanishesOrTurnsCorruptBeforeItsTimeIsMissedAndTheNextPlaysOnTime() throws {
        let harness = try DaemonHarness(stationYAML: Self.noLeadIn)
        defer { harness.tearDown() }
        let gone = harness.schedules.appendingPathComponent("gone.mp3")
        let spoiled = harness.schedules.appendingPathComponent("spoiled.mp3")
        try makeMP3(gone, seconds: 1)
        try makeMP3(spoiled, seconds: 1)
        try makeMP3(harness.schedules.appendingPathComponent("next.mp3"), seconds: 1)
        // Beyond the engine's render lead (30 s), so the files are bad when the daemon decodes them.
        let due = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 34).rounded(.up))
        try writeProgram(harness, "vanishing.yaml", due: due, body: "audio: gone.mp3\n")
        try writeProgram(harness, "spoiled.yaml", due: due.addingTimeInterval(3), body: "audio: spoiled.mp3\n")
        try writeProgram(harness, "next.yaml", due: due.addingTimeInterval(6), body: "audio: next.mp3\n")
        try harness.start()
        try FileManager.default.removeItem(at: gone)
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }).write(to: spoiled)
        let lines = try harness.waitForHistory(timeout: 60) { $0.count == 3 && $0.allSatisfy { $0.status != "pending" && $0.status != "playing" } }
        let byTitle = Dictionary(lines.map { ($0.due, $0) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(byTitle[due]?.status, "missed", harness.log.text)
        XCTAssertEqual(byTitle[due.addingTimeInterval(3)]?.status, "missed", harness.log.text)
        XCTAssertTrue(harness.log.text.contains("missed: recording \(gone.path) not found"), harness.log.text)
        XCTAssertTrue(harness.log.text.contains("missed: recording \(spoiled.path) is not a sound file"), harness.log.text)
        XCTAssertFalse(harness.log.text.contains("failed"), harness.log.text)
        let next = try XCTUnwrap(byTitle[due.addingTimeInterval(6)], "\(lines)")
        XCTAssertEqual(next.status, "played", harness.log.text)
        let late = try XCTUnwrap(next.started).timeIntervalSince(next.due)
        XCTAssertLessThan(late, 0.1, "the next program started \(late * 1000) ms after due: \(harness.timingLines)")
        XCTAssertTrue(harness.process?.isRunning ?? false, "the daemon goes on")
        XCTAssertEqual(try harness.dalaba("status").status, 0)
    }
}

extension DaemonRecordingTests {
    /// `dalaba say --audio FILE` with a path relative to where it is typed: the client makes it
    /// absolute, the daemon plays it; a missing file is refused at once with the reason.
    func testSayAudioPlaysARecordingNamedRelativeToTheWorkingDirectory() throws {
        let harness = try DaemonHarness(stationYAML: Self.noLeadIn)
        defer { harness.tearDown() }
        try makeMP3(harness.directory.appendingPathComponent("ad-hoc.mp3"), seconds: 2)
        try harness.start()
        let dalaba = productsDirectory.appendingPathComponent("dalaba").path
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "cd '\(harness.directory.path)' && '\(dalaba)' say --audio ad-hoc.mp3 --no-chime --socket '\(harness.socket)'"]
        try shell.run()
        shell.waitUntilExit()
        XCTAssertEqual(shell.terminationStatus, 0)
        let lines = try harness.waitForHistory { $0.contains { $0.status != "pending" && $0.status != "playing" } }
        XCTAssertEqual(lines.first?.status, "played", harness.log.text)
        let seconds = Double(try speakerSamples(harness).count) / Double(sampleRate)
        XCTAssertEqual(seconds, 2.5, accuracy: 0.15, "the 2 s recording and the tail")
        let missing = try harness.dalaba("say", "--audio", "/nonexistent/gone.mp3", "--socket", harness.socket)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("recording /nonexistent/gone.mp3 not found"), missing.stderr)
        // The clerk reads the refusal in Chinese (issue 14): the client knows the daemon's words.
        let chinese = try runProduct("dalaba", ["say", "--audio", "/nonexistent/gone.mp3", "--socket", harness.socket],
                                     environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(chinese.status, 1)
        XCTAssertTrue(chinese.stderr.contains("找不到录音 /nonexistent/gone.mp3：请检查文件名"), chinese.stderr)
    }
}

extension DaemonRecordingTests {
    /// station.yaml's `loudness:` reaches the daemon's Announcer: −26 LUFS plays 10 dB below the
    /// default −16 (a steady tone: its level follows the loudness one for one).
    func testStationLoudnessSetsTheLevelOfWhatPlays() throws {
        func played(station: String) throws -> Double {
            let samples = try playProgram(body: "audio: tone.mp3\n", recording: "tone.mp3", seconds: 2, station: station)
            let middle = samples[(sampleRate / 2)..<(3 * sampleRate / 2)]
            let power = middle.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(middle.count)
            return 10 * log10(power)
        }
        let standard = try played(station: Self.noLeadIn)
        let quiet = try played(station: Self.noLeadIn + "loudness: -26\n")
        XCTAssertEqual(standard - quiet, 10, accuracy: 0.5, "default \(standard) dB, at −26 LUFS \(quiet) dB")
    }
}

extension DaemonRecordingTests {
    /// A recording beside the programs replaced by one the station cannot play, then removed:
    /// `status` names the file and the reason in English and in Chinese (issue 13: "reported by
    /// schedule check, at reload and in status"), without a `dalaba reload`, and the program's
    /// last good version stays in the queue.
    func testStatusNamesABadRecordingInBothLanguagesAndTheProgramStays() throws {
        let harness = try DaemonHarness(stationYAML: Self.noLeadIn)
        defer { harness.tearDown() }
        let mp3 = harness.schedules.appendingPathComponent("通知.mp3")
        try makeMP3(mp3, seconds: 1)
        try writeProgram(harness, "notice.yaml", due: Date().addingTimeInterval(600), body: "audio: 通知.mp3\n")
        try harness.start()
        XCTAssertEqual((try harness.status()["scheduleErrors"] as? [String]) ?? ["?"], [], harness.log.text)

        /// `dalaba status` in English and in Chinese, once the English names `expected`.
        func statusOnce(naming expected: String, after change: String) throws -> (english: String, chinese: String) {
            var english = ""
            XCTAssertTrue(try eventually(timeout: 10) {
                english = try harness.dalaba("status").stdout
                return english.contains(expected)
            }, "status after the recording was \(change):\n\(english)\nlog:\n\(harness.log.text)")
            let chinese = try runProduct("dalaba", ["status", "--socket", harness.socket], environment: ["LANG": "zh_CN.UTF-8"]).stdout
            // `status` rather than `queue`: ten minutes from now may be tomorrow, past today's queue.
            XCTAssertEqual(try harness.nextProgramTitle(), "录音节目", "the last good version stays in force")
            return (english, chinese)
        }
        // A text file saved over the recording (the clerk copied the wrong file).
        try Data("这不是录音\n".utf8).write(to: mp3)
        var shown = try statusOnce(naming: "通知.mp3 is not a sound file", after: "spoiled")
        XCTAssertTrue(shown.english.contains("schedule: 1 error(s)"), shown.english)
        XCTAssertTrue(shown.chinese.contains("通知.mp3 不是广播站能播放的声音文件"), shown.chinese)
        XCTAssertTrue(shown.chinese.contains("节目表：  1 个错误"), shown.chinese)

        try FileManager.default.removeItem(at: mp3)
        shown = try statusOnce(naming: "通知.mp3 not found", after: "removed")
        XCTAssertTrue(shown.chinese.contains("找不到录音"), shown.chinese)
        XCTAssertTrue(shown.chinese.contains("通知.mp3"), shown.chinese)
    }
}

/// An announcement cancelled while it renders (issue 13: the amplifier race). A long recording
/// takes seconds to decode and level; the engine used to drop the finished render without
/// withdrawing it, after the render itself had already asked the amplifier on.
extension DaemonRecordingTests {
    func testARenderCancelledWhileItRunsNeverSwitchesTheAmplifierOnNorReachesThePCM() throws {
        let record = "/tmp/dalabad-amp-cancel-\(UUID().uuidString.prefix(8)).log"
        defer { try? FileManager.default.removeItem(atPath: record) }
        // A warm-up longer than the time to the due second: an announced render switches the
        // amplifier on at once, so the old code fails here and not 25 s later.
        let harness = try DaemonHarness(stationYAML: """
            timezone: UTC
            lead_in: 0s
            amplifier:
              on_command: echo on >> \(record)
              warm_up: 40s
              hold: 0s

            """)
        defer { harness.tearDown() }
        // Five minutes of MP3: seconds of decoding and levelling in a debug build.
        let mp3 = harness.schedules.appendingPathComponent("长通知.mp3")
        try makeMP3(mp3, seconds: 300)
        try harness.start()
        let due = wholeSecond(25)  // inside the 30 s render lead: rendered at once
        let clock = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: due)
        let said = try harness.dalaba("say", "--audio", mp3.path, "--at", String(format: "%02d:%02d:%02d", clock.hour!, clock.minute!, clock.second!))
        let id = try XCTUnwrap(Int64(said.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(said.stdout) \(said.stderr)")
        Thread.sleep(forTimeInterval: 0.3)  // the render under way
        let cancel = try harness.dalaba("cancel", String(id))
        XCTAssertEqual(cancel.status, 0, cancel.stderr)
        XCTAssertTrue(harness.waitForLog("its render ended after it left the queue; not played", timeout: 120),
                      "the render ended and was withdrawn: \(harness.log.text)")
        Thread.sleep(forTimeInterval: 0.5)  // an amplifier command, had one been asked, has run
        XCTAssertFalse(FileManager.default.fileExists(atPath: record),
                       "the amplifier came on for a cancelled announcement: \((try? String(contentsOfFile: record, encoding: .utf8)) ?? "")")
        XCTAssertFalse(harness.log.text.contains("amplifier on"), harness.log.text)
        let pcm = (try? Data(contentsOf: harness.raw)) ?? Data()
        XCTAssertTrue(pcm.isEmpty, "\(pcm.count) bytes reached the PCM")
        XCTAssertEqual(try harness.history().first { $0.id == id }?.status, "cancelled")
    }
}
