import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A whole second `seconds` from now (program times are whole seconds).
func wholeSecond(_ seconds: TimeInterval, from now: Date = Date()) -> Date {
    Date(timeIntervalSince1970: (now.timeIntervalSince1970 + seconds).rounded(.up))
}

/// The faults an unattended station meets, each against the real dalabad: what reached the
/// speaker PCM and what the play log says.
final class DaemonScheduleFaultTests: XCTestCase {
    func testBrokenFileKeepsItsLastGoodVersionAndStatusNamesFileAndLine() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let due = wholeSecond(startMargin)  // the edits below must come before it
        let schedules = harness.schedules
        try harness.addProgram("a-fire.yaml", title: "防火", text: "请注意防火。", due: due)
        try harness.addProgram("b-gone.yaml", title: "删除的节目", text: "这条不该播出。", due: due.addingTimeInterval(1))
        try harness.addProgram("c-changed.yaml", title: "旧标题", text: "旧的内容。", due: due.addingTimeInterval(1))
        try harness.start()
        XCTAssertEqual(try harness.status()["queueLength"] as? Int, 3, "all three queued within the render lead")

        // The clerk's edits, picked up by inotify alone: a typo, a deletion, a real change,
        // and a new file that never parsed.
        try "title: 防火\ntext: [请注意防火\n".write(to: schedules.appendingPathComponent("a-fire.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: schedules.appendingPathComponent("b-gone.yaml"))
        try harness.addProgram("c-changed.yaml", title: "新标题", text: "新的内容。", due: due.addingTimeInterval(1))
        try "title: 新节目\ntext: 不会播出\ndays: daily\ntimes: [\"25:00\"]\n"
            .write(to: schedules.appendingPathComponent("d-new.yaml"), atomically: true, encoding: .utf8)

        var errors: [String] = []
        XCTAssertTrue(try eventually {
            errors = try harness.status()["scheduleErrors"] as? [String] ?? []
            return errors.contains { $0.contains("a-fire.yaml:") } && errors.contains { $0.contains("d-new.yaml:") }
        }, "status: \(errors)")
        let located = try NSRegularExpression(pattern: #"a-fire\.yaml:\d+:\d+: error: "#)
        XCTAssertTrue(errors.contains { located.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }, "\(errors)")
        XCTAssertTrue(harness.log.text.contains("a-fire.yaml:"), "the log names the file too")

        _ = try harness.waitForHistory { $0.filter { $0.status == "played" }.count >= 2 }
        Thread.sleep(forTimeInterval: 0.5)  // a duplicate would show by now
        let lines = try harness.history()
        XCTAssertEqual(lines.filter { $0.status == "played" }.map(\.text), ["请注意防火。", "新的内容。"],
                       "the last good fire notice and the changed program, once each: \(lines.map { "\($0.title):\($0.status)" })")
        XCTAssertEqual(lines.first { $0.title == "删除的节目" }?.status, "cancelled", "a deleted file's program stops")
        XCTAssertFalse(lines.contains { $0.title == "新节目" || $0.title == "旧标题" })
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, sampleRate * 2, "sound reached the speaker PCM")
    }

    func testMissingSchedulesFolderKeepsTheProgramsLoadedBefore() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let due = wholeSecond(5)
        try harness.addProgram("keep.yaml", title: "保留", text: "请注意。", due: due)
        try harness.start()
        // The card holding the folder is unmounted (here: the folder moves away).
        try FileManager.default.moveItem(at: harness.schedules, to: harness.directory.appendingPathComponent("away"))
        kill(try XCTUnwrap(harness.process).processIdentifier, SIGHUP)
        var errors: [String] = []
        XCTAssertTrue(try eventually {
            errors = try harness.status()["scheduleErrors"] as? [String] ?? []
            return errors.contains { $0.contains("does not exist — the programs loaded before stay in force") }
        }, "\(errors)")
        let lines = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        XCTAssertEqual(lines.map { "\($0.title):\($0.status)" }, ["保留:played"])
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, sampleRate, "sound reached the speaker PCM")
    }

    func testConfigFileOfAnyNameSetsTheZoneAndSayAtFollowsItsReload() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let config = harness.directory.appendingPathComponent("dalabad-settings.yaml")
        try "timezone: Asia/Shanghai\n".write(to: config, atomically: true, encoding: .utf8)
        try harness.start(output: "null", arguments: ["--config", config.path])
        let day = Date().addingTimeInterval(2 * 86_400).formatted(.iso8601.year().month().day().dateSeparator(.dash))
        func dueOfSayAtNoon() throws -> String {
            let result = try harness.dalaba("say", "中午通知", "--at", "\(day)T12:00", "--json")
            let reply = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr)
            return try XCTUnwrap(reply["due"] as? String)
        }
        XCTAssertEqual(try dueOfSayAtNoon(), "\(day)T04:00:00.000Z", "noon in Shanghai")
        try "timezone: UTC\n".write(to: config, atomically: true, encoding: .utf8)  // seen by inotify
        XCTAssertTrue(harness.waitForLog("reloaded:"), harness.log.text)
        XCTAssertEqual(try dueOfSayAtNoon(), "\(day)T12:00:00.000Z", "noon in the reloaded zone")
    }

    func testVoicesAndLocalLexiconReloadByThemselvesAndABrokenProfileKeepsThePrevious() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let voices = try harness.makeVoicesFolder()
        try harness.start(voices: voices)

        let before = try harness.say("请到𠀾家来。")
        XCTAssertTrue(harness.waitForLog("announcement \(before): played"), harness.log.text)
        XCTAssertTrue(harness.log.text.contains("announcement \(before): reading: skipped 𠀾"), harness.log.text)

        let lexicon = voices.appendingPathComponent("lexicon.local.tsv")
        try (String(contentsOf: lexicon, encoding: .utf8) + "𠀾家\tqiu1 jia1\n").write(to: lexicon, atomically: true, encoding: .utf8)
        XCTAssertTrue(harness.waitForLog("reloaded:"), "an edit of the local lexicon reloads by itself")
        let after = try harness.say("请到𠀾家来。")
        XCTAssertTrue(harness.waitForLog("announcement \(after): played"), harness.log.text)
        XCTAssertFalse(harness.log.text.contains("announcement \(after): reading: skipped"), "the new entry reads it")

        try "name: [broken\n".write(to: voices.appendingPathComponent("standard.yaml"), atomically: true, encoding: .utf8)
        XCTAssertTrue(harness.waitForLog("voices not reloaded, the previous ones stay"), harness.log.text)
        let still = try harness.say("声音照旧。", "--voice", "standard")
        let lines = try harness.waitForHistory { $0.contains { $0.id == still && $0.status == "played" } }
        XCTAssertEqual(lines.map(\.status), ["played", "played", "played"])
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, 3 * sampleRate * 2, "three readings reached the speaker")
    }

    func testSighupStormLeavesTheDaemonUpAndPlaysEachOccurrenceOnce() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        // Far enough ahead for the start, the storm (over a second of signals) and the status
        // below to come before it (with 4 s, beside CPU hogs, it had played before the status).
        let due = wholeSecond(startMargin + 2)
        try harness.addProgram("storm.yaml", title: "风暴", text: "请注意。", due: due)
        try harness.start()
        let pid = try XCTUnwrap(harness.process).processIdentifier
        for index in 0..<100 {
            kill(pid, SIGHUP)
            if index == 50 {  // a file event in the middle of it
                try harness.addProgram("storm.yaml", title: "风暴", text: "请注意。", due: due)
            }
            usleep(10_000)
        }
        XCTAssertTrue(harness.process?.isRunning == true)
        XCTAssertEqual(try harness.status()["queueLength"] as? Int, 1, "one occurrence queued, not one per reload")
        _ = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        Thread.sleep(forTimeInterval: 0.5)
        let lines = try harness.history()
        XCTAssertEqual(lines.map(\.status), ["played"], "\(lines.map { "\($0.id):\($0.status)" })")
        XCTAssertEqual(lines.first?.due, due)
        let reloads = harness.log.text.components(separatedBy: "reloaded:").count - 1
        XCTAssertGreaterThanOrEqual(reloads, 1)
        XCTAssertLessThanOrEqual(reloads, 101, "at most one reload per signal or file event, never a backlog")
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, sampleRate, "sound reached the speaker PCM")
    }
}

final class DaemonSpeakerFaultTests: XCTestCase {
    func testSpeakerMissingAtStartHoldsTheQueueUntilItAppears() throws {
        let harness = try DaemonHarness(speakerDefined: false)
        defer { harness.tearDown() }
        let notify = try NotifyListener(path: harness.directory.appendingPathComponent("notify.sock").path)
        try harness.start(environment: ["NOTIFY_SOCKET": notify.path], arguments: ["--speaker-retry", "0.3"])
        let watcher = try EventWatcher(socket: harness.socket)
        var error = ""
        XCTAssertTrue(try eventually {
            error = try harness.status()["speakerError"] as? String ?? ""
            return error.contains("loudspeaker")
        }, "status shows the ALSA error: \(error)")

        let waiting = try harness.say("请注意，喇叭修好了。")
        let expiring = try harness.say("过期的通知。", "--expires", "1s")
        XCTAssertTrue(try eventually { try harness.history().contains { $0.id == expiring } })
        let missed = try harness.history()
        XCTAssertEqual(missed.map { "\($0.id):\($0.status)" }, ["\(expiring):missed"], "nothing plays, nothing is dropped")
        XCTAssertTrue(harness.log.text.contains("announcement \(expiring): missed: the speaker was offline"), harness.log.text)
        XCTAssertEqual(try harness.status()["queueLength"] as? Int, 1)
        let statusLines = notify.receive(within: 0).filter { $0.hasPrefix("STATUS=") }
        XCTAssertTrue(statusLines.last?.hasPrefix("STATUS=speaker OFFLINE (cannot open the speaker 'loudspeaker'") == true,
                      "systemctl status tells too: \(statusLines)")

        try harness.defineSpeaker(true)  // the card is plugged back in
        let lines = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        XCTAssertEqual(lines.map { "\($0.id):\($0.status)" }, ["\(expiring):missed", "\(waiting):played"])
        XCTAssertTrue(watcher.waitFor("speakerOnline"), "watch reports it: \(watcher.kinds)")
        XCTAssertNil(try harness.status()["speakerError"])
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, sampleRate * 2)
    }

    func testSpeakerFailingMidPlayReplaysTheAnnouncementWhenItReturns() throws {
        let harness = try DaemonHarness(fifo: true)
        defer { harness.tearDown() }
        let first = SpeakerReader(path: harness.raw.path)
        defer { first.stop() }
        try harness.start(arguments: ["--speaker-retry", "0.3"])
        let watcher = try EventWatcher(socket: harness.socket)
        let id = try harness.say("各位村民请注意，明天上午九点在村委会召开村民大会，请每户派一名代表参加。", "--no-chime")
        XCTAssertTrue(harness.waitForLog("announcement \(id): started"), harness.log.text)
        Thread.sleep(forTimeInterval: 1)
        first.hangUp()  // the cable is pulled

        XCTAssertTrue(watcher.waitFor("speakerOffline"), "watch reports it: \(watcher.kinds)")
        let status = try harness.status()
        XCTAssertNotNil(status["speakerError"] as? String, "\(status)")
        XCTAssertEqual(status["queueLength"] as? Int, 1, "the announcement waits for the speaker")
        XCTAssertEqual(try harness.history().map { "\($0.id):\($0.status)" }, ["\(id):interrupted"])
        Thread.sleep(forTimeInterval: 1)
        XCTAssertFalse(try harness.history().contains { $0.status == "played" }, "nothing plays into a missing speaker")

        let second = SpeakerReader(path: harness.raw.path, speed: 3)  // plugged back in (a fast card, to save time)
        defer { second.stop() }
        let lines = try harness.waitForHistory(timeout: 30) { $0.contains { $0.status == "played" } }
        XCTAssertEqual(lines.map { "\($0.id):\($0.status)" }, ["\(id):interrupted", "\(id):played"])
        XCTAssertTrue(watcher.waitFor("speakerOnline"), "\(watcher.kinds)")
        // Replayed from its start: the returned speaker got the whole reading, seconds more than
        // the one that was cut off after about a second.
        XCTAssertLessThan(first.bytes, 3 * sampleRate * 2, "cut off early")
        XCTAssertGreaterThan(second.bytes, first.bytes + 3 * sampleRate * 2, "first \(first.bytes) B, replay \(second.bytes) B")
    }
}

final class DaemonClockTests: XCTestCase {
    /// The clock is injected (`--clock-offset-file`, re-read on SIGUSR1, which the daemon
    /// treats like the timerfd's clock-set wake-up): setting the machine's clock would
    /// disturb everything else running on it.
    /// What needs the process: the offset file and SIGUSR1 reach the engine as a clock step,
    /// and `watch` reports it. The step's rules (forward and back, nothing twice, nothing early)
    /// are tested on the engine with a test clock (EngineOnTestClockTests), without waiting.
    func testClockStepReachesTheEngineThroughTheOffsetFileAndSIGUSR1() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let offsetFile = harness.directory.appendingPathComponent("clock-offset")
        try "0".write(to: offsetFile, atomically: true, encoding: .utf8)
        let base = wholeSecond(4)  // real time; the station will jump an hour ahead of it
        let hour: TimeInterval = 3600
        try harness.addProgram("1-inside-grace.yaml", title: "宽限内", text: "第一条。", due: base.addingTimeInterval(hour - 120))
        try harness.addProgram("2-outside-grace.yaml", title: "宽限外", text: "第二条。", due: base.addingTimeInterval(hour - 1200))
        try harness.start(arguments: ["--clock-offset-file", offsetFile.path])
        let watcher = try EventWatcher(socket: harness.socket)
        let pid = try XCTUnwrap(harness.process).processIdentifier

        try "\(hour)".write(to: offsetFile, atomically: true, encoding: .utf8)
        kill(pid, SIGUSR1)
        XCTAssertTrue(watcher.waitFor("clockChanged"), "\(watcher.kinds)")
        let lines = try harness.waitForHistory { $0.contains { $0.title == "宽限内" && $0.status == "played" } }
        XCTAssertEqual(lines.map { "\($0.title):\($0.status)" }.sorted(), ["宽限内:played", "宽限外:missed"])
        XCTAssertTrue(harness.log.text.contains("the clock was set forward by 3600 s"), harness.log.text)
        XCTAssertTrue(harness.log.text.contains("the clock was set forward past its due time"), harness.log.text)
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, sampleRate, "the reading reached the speaker")
    }
}

final class DaemonStateDiskTests: XCTestCase {
    func testDiskFullKeepsPlayingFromMemoryAndSaysItCannotPersist() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        _ = try harness.mountSmallState()
        try harness.start()

        let filler = harness.fillState()

        let say = try harness.dalaba("say", "磁盘满了也要播出。", "--json")
        XCTAssertEqual(say.status, 0, say.stderr)
        let reply = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(say.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(reply["persisted"] as? Bool, false, say.stdout)
        let id = try XCTUnwrap((reply["id"] as? NSNumber)?.int64Value)
        XCTAssertTrue(harness.waitForLog("announcement \(id): played"), harness.log.text)
        XCTAssertGreaterThan(try Data(contentsOf: harness.raw).count, sampleRate * 2, "it played from memory")
        let error = try harness.status()["storeError"] as? String ?? ""
        XCTAssertTrue(error.contains("full"), "status: \(error)")
        XCTAssertTrue(harness.log.text.contains("cannot write to the state directory"), harness.log.text)
        XCTAssertTrue(harness.log.text.contains("playing from memory"), harness.log.text)
        XCTAssertEqual(try harness.history().count, 0, "nothing could be written to the play log")
        XCTAssertTrue(try harness.dalaba("status").stdout.contains("CANNOT PERSIST"))

        try FileManager.default.removeItem(at: filler)
        let later = try harness.say("空间回来了。")
        let lines = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        XCTAssertEqual(lines.map { "\($0.id):\($0.status)" }, ["\(later):played"])
        XCTAssertNil(try harness.status()["storeError"], "writable again")
    }
}

final class DaemonPowerAndWatchdogTests: XCTestCase {
    func testAmplifierIsOnAndWarmBeforeTheFirstSampleAndOffAfterTheHold() throws {
        let directory = URL(fileURLWithPath: "/tmp/dalabad-amp-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = directory.appendingPathComponent("amp.log").path
        let harness = try DaemonHarness(fifo: true, stationYAML: """
            timezone: UTC
            amplifier:
              on_command: echo on $(date +%s.%N) >> \(record)
              off_command: echo off $(date +%s.%N) >> \(record)
              warm_up: 1s
              hold: 1s

            """)
        defer { harness.tearDown() }
        let speaker = SpeakerReader(path: harness.raw.path)
        defer { speaker.stop() }
        try harness.start()
        // Rendered ahead (so the switch-on is planned), then cancelled: it must not come on.
        // The cancel has to come before the switch-on (due − lead-in − warm-up): 3 s ahead left
        // too little for two dalaba runs and the render on a loaded machine.
        let due = wholeSecond(6)
        let time = due.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).time(includingFractionalSeconds: false))
        let cancelled = try harness.say("取消的通知。", "--at", time)
        XCTAssertTrue(harness.waitForLog("announcement \(cancelled): queued"))
        Thread.sleep(forTimeInterval: 1)  // rendered by now (nothing tells: a render logs nothing)
        XCTAssertEqual(try harness.dalaba("cancel", "\(cancelled)").status, 0)
        Thread.sleep(until: due.addingTimeInterval(0.3))
        XCTAssertFalse(FileManager.default.fileExists(atPath: record), "never switched on for a cancelled announcement")

        let id = try harness.say("请注意。", "--no-chime")
        let lines = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        XCTAssertEqual(lines.filter { $0.status == "played" }.map(\.id), [id])
        XCTAssertTrue(eventually { ((try? String(contentsOfFile: record, encoding: .utf8)) ?? "").contains("off") })
        let events = try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n").map { $0.split(separator: " ") }
        XCTAssertEqual(events.map { String($0[0]) }, ["on", "off"])
        let on = Date(timeIntervalSince1970: try XCTUnwrap(Double(events[0][1])))
        let off = Date(timeIntervalSince1970: try XCTUnwrap(Double(events[1][1])))
        let firstSample = try XCTUnwrap(speaker.firstBytes.first)
        XCTAssertGreaterThanOrEqual(firstSample.timeIntervalSince(on), 0.95, "warm-up before the first sample")
        let played = try XCTUnwrap(lines.first { $0.id == id })
        XCTAssertGreaterThanOrEqual(off.timeIntervalSince(try XCTUnwrap(played.finished)), 0.95, "off only after the hold")
    }

    func testWatchdogPingsWhileThePlayerMovesAndStopsWhenItIsStuck() throws {
        let harness = try DaemonHarness(fifo: true)
        defer { harness.tearDown() }
        // A device that takes no more sound: the FIFO is open but nobody reads it, so the
        // player blocks in a write once the pipe is full. (Blocking in open was the stuck
        // player here before issue 12; an open is now bounded and counts as the speaker busy.)
        let holder = open(harness.raw.path, O_RDONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(holder, 0)
        defer { close(holder) }
        let notify = try NotifyListener(path: harness.directory.appendingPathComponent("notify.sock").path)
        try harness.start(
            output: "alsa:loudspeaker", environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "200000"],
            arguments: ["--player-stall", "1"])
        XCTAssertGreaterThanOrEqual(notify.count("WATCHDOG=1", within: 1), 5, "a ping every 0.1 s")

        let id = try harness.say("请注意。")
        XCTAssertTrue(harness.waitForLog("the player has shown no progress"), harness.log.text)
        XCTAssertEqual(notify.count("WATCHDOG=1", within: 0.6), 0, "no pings while the player is stuck")

        let speaker = SpeakerReader(path: harness.raw.path, speed: 3)  // the device answers again (a fast card, to save time)
        defer { speaker.stop() }
        _ = try harness.waitForHistory { $0.contains { $0.id == id && $0.status == "played" } }
        XCTAssertGreaterThan(speaker.bytes, sampleRate)
        XCTAssertGreaterThanOrEqual(notify.count("WATCHDOG=1", within: 1), 5, "pings resume")
    }
}

/// Runs a system command; its exit status.
func runCommand(_ path: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

/// A bound datagram socket standing in for systemd's $NOTIFY_SOCKET.
final class NotifyListener {
    let path: String
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard withUnixAddress(path, { bind(fd, $0, $1) }) == 0 else { throw HarnessError("bind \(path): \(errno)") }
    }

    deinit { close(fd) }

    /// Drops what arrived so far, then counts the messages equal to `message` over `seconds`.
    func count(_ message: String, within seconds: TimeInterval) -> Int {
        _ = receive(within: 0)
        return receive(within: seconds).count { $0 == message }
    }

    /// Every message that arrives within `seconds` (those already waiting included).
    func receive(within seconds: TimeInterval) -> [String] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var messages: [String] = []
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let left = deadline.timeIntervalSinceNow
            let received: Int
            if left > 0 {
                var timeout = timeval(tv_sec: Int(left), tv_usec: Int((left - left.rounded(.down)) * 1_000_000))
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                received = recv(fd, &buffer, buffer.count, 0)
            } else {
                received = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if received <= 0 { return messages }
            }
            if received > 0 { messages.append(String(decoding: buffer[0..<received], as: UTF8.self)) }
        }
    }
}
