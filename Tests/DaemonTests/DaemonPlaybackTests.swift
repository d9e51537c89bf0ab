import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// The real dalabad playing into an ALSA file-plugin PCM.
final class DaemonPlaybackTests: XCTestCase {
    func testProgramDueSoonReachesTheSpeakerOnItsSecond() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        // Whole seconds, far enough ahead for the daemon to start and render.
        let due = wholeSecond(startMargin)
        try harness.addProgram("test-program.yaml", title: "测试节目", text: "请各位村民注意防火。", due: due)
        try harness.start()
        let lines = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        let line = try XCTUnwrap(lines.first)
        XCTAssertEqual(line.title, "测试节目")
        XCTAssertEqual(line.due, due)
        let late = try XCTUnwrap(line.started).timeIntervalSince(due)
        XCTAssertGreaterThanOrEqual(late, 0, "never early")
        XCTAssertLessThan(late, 0.1, "started \(late * 1000) ms after due: \(harness.timingLines)")
        let bytes = try Data(contentsOf: harness.raw).count
        XCTAssertGreaterThan(bytes, sampleRate * 2, "over a second of audio reached the speaker PCM")
    }

    func testEmergencyInterruptsANormalItemWhichThenReplaysFromItsStart() throws {
        let harness = try DaemonHarness(fifo: true)
        defer { harness.tearDown() }
        // A card three times as fast as real time (the same bytes, a third of the wait): the
        // timings below are in seconds of audio, wall seconds × speed.
        let speed = 3.0
        let speaker = SpeakerReader(path: harness.raw.path, speed: speed)
        defer { speaker.stop() }
        try harness.start()
        let long = try harness.say("各位村民请注意，明天上午九点在村委会召开村民大会，请每户派一名代表参加。", "--no-chime")
        XCTAssertTrue(harness.waitForLog("announcement \(long): started"), harness.log.text)
        Thread.sleep(forTimeInterval: 1 / speed)
        let emergency = try harness.say("紧急通知，请立即撤离。", "--priority", "emergency")
        let lines = try harness.waitForHistory(timeout: 40) { $0.filter { $0.status == "played" }.count == 2 }
        XCTAssertEqual(lines.map { "\($0.id):\($0.status)" }, ["\(long):interrupted", "\(emergency):played", "\(long):played"])
        // The replay is whole: as long as a full reading (not just the rest after the interruption).
        let interrupted = lines[0], replay = lines[2]
        let partial = try XCTUnwrap(interrupted.finished).timeIntervalSince(try XCTUnwrap(interrupted.started)) * speed
        let whole = try XCTUnwrap(replay.finished).timeIntervalSince(try XCTUnwrap(replay.started)) * speed
        XCTAssertGreaterThan(whole, partial + 2, "interrupted after \(partial) s of audio, replay took \(whole) s")
        XCTAssertGreaterThan(speaker.bytes, Int(whole + partial) * sampleRate * 2 - sampleRate * 4, "the speaker heard it all")
    }

    func testKillDuringPlaybackLosesNothingAndPlaysNothingTwice() throws {
        let harness = try DaemonHarness(fifo: true)
        defer { harness.tearDown() }
        let speaker = SpeakerReader(path: harness.raw.path)
        try harness.start()
        let playing = try harness.say("各位村民请注意，明天上午九点在村委会召开村民大会，请每户派一名代表参加。")
        XCTAssertTrue(harness.waitForLog("announcement \(playing): started"), harness.log.text)
        let pending = try ["第一条通知", "第二条通知", "第三条通知"].map { try harness.say($0) }
        harness.kill(SIGKILL)
        speaker.stop()

        // The same state directory, now with an instant speaker.
        try FileManager.default.removeItem(at: harness.raw)
        try harness.start()
        let lines = try harness.waitForHistory { $0.filter { $0.status == "played" }.count >= 4 }
        Thread.sleep(forTimeInterval: 0.5)  // anything played twice would show up by now
        let final = try harness.history()
        let played = final.filter { $0.status == "played" }.map(\.id)
        XCTAssertEqual(played.sorted(), ([playing] + pending).sorted(), "each once: \(lines.map { "\($0.id):\($0.status)" })")
        XCTAssertEqual(final.first?.id, playing)
        XCTAssertEqual(final.first?.status, "interrupted")
        XCTAssertEqual(played.first, playing, "the interrupted one plays first after the restart")
    }

    func testSigtermStopsCleanlyAndTheCLISaysTheDaemonIsNotRunning() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        harness.kill(SIGTERM)
        XCTAssertEqual(harness.process?.terminationStatus, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.socket), "socket removed")
        let status = try harness.dalaba("status")
        XCTAssertEqual(status.status, 1)
        XCTAssertEqual(status.stderr, "Error: dalabad is not running at \(harness.socket)\n")
    }

    func testSecondDaemonOnTheSameSocketRefusesToStart() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let second = try runProduct(
            "dalabad",
            ["--schedules", harness.schedules.path, "--voices", repositoryRoot.appendingPathComponent("voices").path,
             "--state", harness.directory.appendingPathComponent("state2").path, "--socket", harness.socket, "--output", "null"])
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("another dalabad is already running at \(harness.socket)"), second.stderr)
        XCTAssertEqual(try harness.dalaba("status").status, 0)
    }
}

/// sd_notify and journald log lines, as systemd would see them.
final class DaemonSystemdTests: XCTestCase {
    func testNotifiesReadyStatusAndStoppingAndLogsWithPriorityPrefixes() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let notifyPath = harness.directory.appendingPathComponent("notify.sock").path
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        XCTAssertEqual(withUnixAddress(notifyPath, { bind(fd, $0, $1) }), 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        try harness.start(output: "null", environment: ["NOTIFY_SOCKET": notifyPath, "JOURNAL_STREAM": "8:1234"])
        let id = try harness.say("测试通知")
        _ = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        harness.kill(SIGTERM)

        var messages: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            messages.append(String(decoding: buffer[0..<count], as: UTF8.self))
            if messages.last == "STOPPING=1" { break }
        }
        XCTAssertTrue(messages.contains { $0.hasPrefix("READY=1\nSTATUS=") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("STATUS=playing \(id) ") }, "\(messages)")
        XCTAssertEqual(messages.last, "STOPPING=1")
        XCTAssertTrue(harness.log.text.contains("<6>announcement \(id): played\n"), harness.log.text)
        XCTAssertTrue(harness.log.text.split(separator: "\n").allSatisfy { $0.hasPrefix("<") }, harness.log.text)
    }
}
