import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 12, "an emergency always gets through": no client, queue, reply size or file may
/// starve the real dalabad. Each test failed on the daemon before its fix.
final class DaemonClientLimitTests: XCTestCase {
    /// Item 1: idle connections are closed after the idle timeout, and root is never locked out.
    func testIdleConnectionsAreClosedAndRootGetsThroughAtOnce() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        // A 2 s idle timeout (the default is 5 s) so that the test waits less; the 80 are
        // checked to be still open when root's say gets through.
        try harness.start(output: "null", arguments: ["--idle-timeout", "2"])
        var idle: [Int32] = []
        defer { idle.forEach { close($0) } }
        for _ in 0..<80 {
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            guard withUnixAddress(harness.socket, { connect(fd, $0, $1) }) == 0 else { throw HarnessError("connect: \(errno)") }
            idle.append(fd)
        }
        Thread.sleep(forTimeInterval: 0.2)  // all accepted (or refused) by now
        let say = try harness.dalaba("say", "紧急通知。", "--priority", "emergency")
        XCTAssertEqual(say.status, 0, "root's emergency is not locked out by 80 idle connections: \(say.stderr)")
        var probe = [UInt8](repeating: 0, count: 16)
        XCTAssertEqual(recv(idle[79], &probe, probe.count, Int32(MSG_DONTWAIT)), -1, "the 80 were still open during the say")
        XCTAssertEqual(errno, EAGAIN)

        // Each idle connection is closed by the daemon within its idle timeout.
        let started = Date()
        var timeout = timeval(tv_sec: 15, tv_usec: 0)
        setsockopt(idle[0], SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        var reply = Data()
        while true {
            let count = recv(idle[0], &buffer, buffer.count, 0)
            if count <= 0 {
                XCTAssertEqual(count, 0, "closed by the daemon, not timed out here (errno \(errno))")
                break
            }
            reply.append(contentsOf: buffer[0..<count])
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 4, "closed within the idle timeout (2 s, swept every 0.5 s)")
        XCTAssertTrue(String(decoding: reply, as: UTF8.self).contains(#""code":"idle""#), String(decoding: reply, as: UTF8.self))
        XCTAssertTrue(harness.waitForLog("sent nothing for"), harness.log.text)
    }

    /// Item 1: the limit is per user: one user's connections leave room for others, and the
    /// refused client reads "busy" (not "Broken pipe"), and the refusal is logged.
    func testOneUserCannotTakeEveryConnection() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to connect as other users")
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        harness.letOthersConnect()
        let hog = Process()
        hog.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        hog.arguments = ["--reuid=65534", "--regid=0", "--clear-groups", "/usr/bin/python3", "-c", Self.hogScript, harness.socket, "70", "20"]
        let out = Pipe()
        hog.standardOutput = out
        try hog.run()
        defer { hog.terminate() }
        let first = String(decoding: out.fileHandleForReading.availableDataLine(), as: UTF8.self)
        let busy = Int(first.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        XCTAssertGreaterThan(busy, 0, "one user's 70 connections are not all accepted: \(first)")
        XCTAssertLessThan(busy, 70, "but some are")

        // The same user is refused with words; another user and root get in.
        let outsider = ["/usr/bin/setpriv", "--reuid=65534", "--regid=0", "--clear-groups"]
        let same = try harness.dalaba("status", prefix: outsider)
        XCTAssertEqual(same.status, 1)
        XCTAssertTrue(same.stderr.contains("too many connections"), "busy, not a broken pipe: \(same.stderr)")
        let other = try harness.dalaba("status", prefix: ["/usr/bin/setpriv", "--reuid=65533", "--regid=0", "--clear-groups"])
        XCTAssertEqual(other.status, 0, other.stderr)
        XCTAssertEqual(try harness.dalaba("say", "紧急通知。", "--priority", "emergency").status, 0)
        XCTAssertTrue(harness.waitForLog("busy"), harness.log.text)
    }

    /// Opens N connections, prints how many were answered "busy", then holds them.
    static let hogScript = """
        import socket, sys, time
        path, n, hold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
        socks = []
        for i in range(n):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(path)
            socks.append(s)
        time.sleep(0.5)
        busy = 0
        for s in socks:
            s.setblocking(False)
            try:
                if b'"busy"' in s.recv(4096): busy += 1
            except BlockingIOError:
                pass
        print(busy, flush=True)
        time.sleep(hold)
        """
}

extension FileHandle {
    /// Reads up to the first newline (blocking).
    func availableDataLine() -> Data {
        var line = Data()
        while true {
            let byte = readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { return line }
            line.append(byte)
        }
    }
}

final class DaemonLargeReplyTests: XCTestCase {
    /// Item 3: 200 long queued announcements make a reply over 1 MiB; `dalaba queue` shows them.
    func testQueueOfTwoHundredLongAnnouncementsIsListed() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let tomorrow = Date().addingTimeInterval(86_400).formatted(.iso8601.year().month().day().dateSeparator(.dash))
        let text = String(repeating: "请各位村民注意防火安全。", count: 160)  // 1920 characters
        var lines = Data()
        for index in 0..<200 {
            lines += Data(#"{"cmd":"say","text":"第\#(index)条\#(text)","at":"\#(tomorrow)T08:00"}"#.utf8) + [0x0A]
        }
        let replies = try sendRaw(harness.socket, lines)
        XCTAssertEqual(replies.components(separatedBy: #""ok":true"#).count - 1, 200, String(replies.prefix(300)))

        let queue = try harness.dalaba("queue")
        XCTAssertEqual(queue.status, 0, queue.stderr)
        XCTAssertEqual(queue.stdout.split(separator: "\n").filter { $0.contains("第") }.count, 200)
        let json = try harness.dalaba("queue", "--json")
        XCTAssertEqual(json.status, 0, json.stderr)
        XCTAssertGreaterThan(json.stdout.utf8.count, 1 << 20, "the reply is over 1 MiB")
        XCTAssertEqual(try harness.dalaba("status").status, 0, "still serving")
    }

    /// Item 3: a busy day's history (over 1 MiB) is read in full, from a year of records.
    func testABusyDaysHistoryIsReadFromAYearOfRecords() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let database = harness.directory.appendingPathComponent("state/station.sqlite").path
        let text = String(repeating: "请各位村民注意防火安全。", count: 160)
        let day = Date().addingTimeInterval(-86_400)
        let dayName = day.formatted(.iso8601.year().month().day().dateSeparator(.dash))
        let start = Calendar(identifier: .gregorian).startOfDay(for: day).timeIntervalSince1970
        var sql = "BEGIN;\n"
        // A year of ordinary days, then one busy day of 400 long announcements.
        sql += """
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 365 * 24 - 1)
            INSERT INTO announcement(title, text, repeatCount, chime, priority, sourceKind, sourceName, due, orderIndex, state, created)
            SELECT '往日' || i, '往日的通知。', 1, 1, 'normal', 'user', 'root', \(start) - 86400 - i * 3600, 0, 'done', 0 FROM n;
            INSERT INTO playLog(announcementId, started, finished, outcome) SELECT id, due, due + 5, 'played' FROM announcement;
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399)
            INSERT INTO announcement(title, text, repeatCount, chime, priority, sourceKind, sourceName, due, orderIndex, state, created)
            SELECT '忙日' || i, '忙日' || i || '\(text)', 1, 1, 'normal', 'user', 'root', \(start) + 60 + i * 60, 0, 'done', 0 FROM n;
            INSERT INTO playLog(announcementId, started, finished, outcome)
              SELECT id, due, due + 30, 'played' FROM announcement WHERE title LIKE '忙日%';
            COMMIT;
            """
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [database]
        let input = Pipe()
        sqlite.standardInput = input
        try sqlite.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        sqlite.waitUntilExit()
        XCTAssertEqual(sqlite.terminationStatus, 0)

        // CPU time, not wall time: on a loaded machine the wall clock measured the load (11.5 s
        // beside CPU hogs against 5 allowed) more than the work of reading the pages.
        let daemon = try XCTUnwrap(harness.process).processIdentifier
        let daemonBefore = try XCTUnwrap(cpuSeconds(of: daemon)), clientsBefore = childrenCPUSeconds()
        let began = Date()
        let json = try harness.dalaba("history", "--date", dayName, "--json")
        XCTAssertEqual(json.status, 0, json.stderr)
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.count, 400)
        XCTAssertEqual(records.first?["title"] as? String, "忙日0")
        XCTAssertEqual(records.last?["title"] as? String, "忙日399")
        let plain = try harness.dalaba("history", "--date", dayName)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout.split(separator: "\n").count, 400)
        let cpu = try XCTUnwrap(cpuSeconds(of: daemon)) - daemonBefore + childrenCPUSeconds() - clientsBefore
        XCTAssertLessThan(cpu, 5, "read in pages, quickly: \(cpu) s of CPU in the daemon and the two dalaba runs, \(Date().timeIntervalSince(began)) s wall")
    }
}

final class DaemonFilesTests: XCTestCase {
    /// Item 5: a schedules folder deleted and made again (rsync, git checkout) is watched again.
    func testSchedulesFolderRemovedAndMadeAgainIsWatchedAgain() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        try FileManager.default.removeItem(at: harness.schedules)
        XCTAssertTrue(try eventually {
            (try harness.status()["scheduleErrors"] as? [String] ?? []).contains { $0.contains("does not exist") }
        }, "the missing folder is reported")
        try FileManager.default.createDirectory(at: harness.schedules, withIntermediateDirectories: true)
        try "timezone: UTC\n".write(to: harness.schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
        try harness.addProgram("back.yaml", title: "回来了", text: "文件夹回来了。", due: Date().addingTimeInterval(3600))
        var errors: [String] = ["?"]
        XCTAssertTrue(try eventually(timeout: 5) {
            errors = try harness.status()["scheduleErrors"] as? [String] ?? []
            return errors.isEmpty
        }, "status recovers without a reload: \(errors)")
        // `status` names the next program whatever the hour; `queue` lists only today's, and an
        // hour from now is tomorrow after 23:00 (CI failed so at 23:39 UTC).
        XCTAssertTrue(try eventually(timeout: 5) { try harness.nextProgramTitle() == "回来了" }, "the new file is read")
    }

    /// Item 10: a schedule file that links out of the folder is refused, and nothing of the
    /// linked file appears in status or the journal.
    func testSymlinkOutOfTheFolderIsRefusedAndNotQuoted() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let secret = harness.directory.appendingPathComponent("secret.txt")
        try "root:SECRET-ONE:0:0:root:/root:/bin/bash\nSECRET-TWO: x\nSECRET-THREE\n".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: harness.schedules.appendingPathComponent("leak.yaml").path, withDestinationPath: secret.path)
        // A file inside that is not YAML at all: at most its offending line is quoted.
        try "first line SECRET-A\n\tSECRET-B: [\n{SECRET-C\n".write(to: harness.schedules.appendingPathComponent("junk.yaml"), atomically: true, encoding: .utf8)
        try harness.start(output: "null")
        let errors = try harness.status()["scheduleErrors"] as? [String] ?? []
        XCTAssertTrue(errors.contains { $0.contains("leak.yaml") && $0.contains("symbolic link") }, "\(errors)")
        XCTAssertFalse(errors.joined().contains("SECRET-"), "the linked file is not quoted: \(errors)")
        XCTAssertFalse(harness.log.text.contains("SECRET-ONE") || harness.log.text.contains("SECRET-TWO"), harness.log.text)
        XCTAssertTrue(errors.contains { $0.contains("junk.yaml") }, "\(errors)")
        for line in errors + harness.log.text.split(separator: "\n").map(String.init) {
            let quoted = ["SECRET-A", "SECRET-B", "SECRET-C"].filter { line.contains($0) }
            XCTAssertLessThanOrEqual(quoted.count, 1, "at most the offending line: \(line)")
        }
    }

    /// Item 8: bad lines of voices/lexicon.local.tsv are named file:line in status, the journal
    /// and the reload reply.
    func testBadLocalLexiconLinesAreNamed() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let voices = try harness.makeVoicesFolder(omitting: ["lexicon.local.tsv"])
        let lexicon = voices.appendingPathComponent("lexicon.local.tsv")
        try "# local\n檀山村\ttan2 shan1 cun1\n石碾子沟\tshi2 nian3\n".write(to: lexicon, atomically: true, encoding: .utf8)
        try harness.start(output: "null", voices: voices)
        let status = try harness.dalaba("status", "--json").stdout
        XCTAssertTrue(status.contains("lexicon.local.tsv:3"), status)
        XCTAssertTrue(harness.log.text.contains("lexicon.local.tsv:3"), harness.log.text)
        XCTAssertTrue(try harness.dalaba("status").stdout.contains("lexicon.local.tsv:3"))
        // The clerk reads it in Chinese (issue 14): the daemon sends the line in both languages.
        let chinese = try runProduct("dalaba", ["status", "--socket", harness.socket], environment: ["LANG": "zh_CN.UTF-8"]).stdout
        XCTAssertTrue(chinese.contains("lexicon.local.tsv 第 3 行第 1 列 错误：石碾子沟 有 4 个字，却有 2 个音节，这一行不用"), chinese)

        try "# local\n檀山村\ttan2 shan1 cun1\n\n\n曾家湾\tzeng1\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let reload = try harness.dalaba("reload")
        XCTAssertTrue(reload.stdout.contains("lexicon.local.tsv:5") || reload.stderr.contains("lexicon.local.tsv:5"), reload.stdout + reload.stderr)
        XCTAssertFalse(try harness.dalaba("status", "--json").stdout.contains("lexicon.local.tsv:3"), "the fixed line is no longer reported")

        try "檀山村\ttan2 shan1 cun1\n".write(to: lexicon, atomically: true, encoding: .utf8)
        XCTAssertEqual(try harness.dalaba("reload").status, 0)
        XCTAssertFalse(try harness.dalaba("status", "--json").stdout.contains("lexicon.local.tsv"))
    }
}

final class DaemonDoorTests: XCTestCase {
    /// Item 9: control characters in a `say` reach neither the terminal of `dalaba history`
    /// nor the journal as line breaks.
    func testControlCharactersAreStrippedAtTheDoor() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let id = try harness.say("请注意\u{1B}[2J清场\u{07}\n第二行\r第三行\u{9B}")
        _ = try harness.waitForHistory { $0.contains { $0.id == id && $0.status == "played" } }
        let history = try harness.dalaba("history")
        XCTAssertEqual(history.status, 0)
        for control in ["\u{1B}", "\u{07}", "\r", "\u{9B}"] {
            XCTAssertFalse(history.stdout.contains(control), "history prints no \(control.unicodeScalars.first!.value): \(history.stdout)")
        }
        XCTAssertEqual(history.stdout.split(separator: "\n").count, 1, history.stdout)
        let text = try XCTUnwrap(try harness.history().first { $0.id == id }).text
        XCTAssertFalse(text.unicodeScalars.contains { $0.properties.generalCategory == .control }, "stored without controls: \(text.debugDescription)")
        XCTAssertTrue(text.contains("第二行"), text)
        for line in harness.log.text.split(separator: "\n") {
            XCTAssertFalse(line.hasPrefix("第二行") || line.hasPrefix("第三行"), "a journal line was split: \(line)")
            XCTAssertFalse(line.contains("\u{1B}"), "raw ESC in the journal: \(line.debugDescription)")
        }
    }

    /// Item 12: a past full date is refused like a past HH:MM, an emoji-only text at `say`,
    /// and a bad id is reported as a bad id.
    func testPastDatesSilentTextsAndBadIdsAreRefusedForWhatTheyAre() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let past = try harness.dalaba("say", "测试", "--at", "1970-01-01T00:00")
        XCTAssertEqual(past.status, 1, past.stdout)
        XCTAssertTrue(past.stderr.contains("has already passed"), past.stderr)
        let emoji = try harness.dalaba("say", "😀🎉👍")
        XCTAssertEqual(emoji.status, 1, emoji.stdout)
        XCTAssertTrue(emoji.stderr.contains("nothing in this text can be read aloud"), emoji.stderr)
        XCTAssertEqual(try harness.history().count, 0, "neither was queued")
        for bad in [#"{"cmd":"cancel","id":1.5}"#, #"{"cmd":"cancel","id":1e30}"#] {
            let reply = try sendRaw(harness.socket, Data(bad.utf8) + [0x0A])
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: Any], reply)
            let message = try XCTUnwrap((object["error"] as? [String: Any])?["message"] as? String, reply)
            XCTAssertTrue(message.contains("\"id\""), message)
            XCTAssertFalse(message.contains("priority"), message)
        }
    }
}

final class DaemonIdTests: XCTestCase {
    /// Item 7: `cancel` of an id in the memory-only range that does not exist is refused.
    func testCancelOfAnUnknownMemoryRangeIdIsRefused() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let cancel = try harness.dalaba("cancel", "\((1 << 40) + 5)")
        XCTAssertEqual(cancel.status, 1, cancel.stdout)
        XCTAssertEqual(cancel.stderr, "Error: no announcement with id \((1 << 40) + 5)\n")
    }
}

final class DaemonDiskFullCommandTests: XCTestCase {
    /// Items 6 and 7: while the state directory cannot be written, `dalaba queue` shows
    /// memory-only ids whole, and `cancel` still stops an announcement queued before.
    func testWhileTheDiskIsFullQueueShowsWholeIdsAndCancelWorks() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        _ = try harness.mountSmallState()
        try harness.start(output: "null")
        let tomorrow = Date().addingTimeInterval(86_400).formatted(.iso8601.year().month().day().dateSeparator(.dash))
        let onDisk = try harness.say("写错的通知。", "--at", "\(tomorrow)T08:00")

        let filler = harness.fillState()

        let inMemory = try harness.say("内存里的通知。", "--at", "\(tomorrow)T09:00")
        XCTAssertGreaterThanOrEqual(inMemory, 1 << 40, "the store failed, so a memory-only id")
        let queue = try harness.dalaba("queue")
        XCTAssertTrue(queue.stdout.contains("\(inMemory) "), "the whole id: \(queue.stdout)")

        let cancel = try harness.dalaba("cancel", "\(onDisk)")
        XCTAssertEqual(cancel.status, 0, "a wrong announcement can be stopped while the disk is full: \(cancel.stderr)")
        XCTAssertFalse(try harness.dalaba("queue").stdout.contains("写错的"), "gone from the queue")
        XCTAssertEqual(try harness.dalaba("cancel", "\(inMemory)").status, 0)
        XCTAssertEqual(try harness.status()["queueLength"] as? Int, 0)

        // Space again: the cancel reaches the play log, and the announcement stays cancelled.
        try FileManager.default.removeItem(at: filler)
        _ = try harness.say("空间回来了。", "--at", "\(tomorrow)T10:00")
        XCTAssertTrue(try eventually { try harness.history().contains { $0.id == onDisk && $0.status == "cancelled" } },
                      "the cancel is written once the disk has room")
    }
}

final class DaemonFullQueueTests: XCTestCase {
    /// Item 2: a queue full of ordinary announcements still takes an emergency, in place of
    /// the low-priority one due last (logged).
    func testAFullQueueStillTakesAnEmergency() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        try harness.start(output: "null")
        let tomorrow = Date().addingTimeInterval(86_400).formatted(.iso8601.year().month().day().dateSeparator(.dash))
        var lines = Data()
        for index in 0..<1000 {
            let priority = index < 300 ? "low" : "normal"
            let minute = String(format: "08:%02d:%02d", index / 60, index % 60)
            lines += Data(#"{"cmd":"say","text":"第\#(index)条通知","priority":"\#(priority)","at":"\#(tomorrow)T\#(minute)"}"#.utf8) + [0x0A]
        }
        let replies = try sendRaw(harness.socket, lines)
        XCTAssertEqual(replies.components(separatedBy: #""ok":true"#).count - 1, 1000, String(replies.suffix(300)))

        let normal = try harness.dalaba("say", "再来一条", "--at", "\(tomorrow)T20:00")
        XCTAssertEqual(normal.status, 1, "the queue is full for ordinary announcements")
        let emergency = try harness.dalaba("say", "山洪预警，请立即转移。", "--priority", "emergency", "--at", "\(tomorrow)T07:00")
        XCTAssertEqual(emergency.status, 0, "an emergency is always accepted: \(emergency.stderr)")
        XCTAssertTrue(harness.waitForLog("pushed out of the full queue"), harness.log.text.suffix(2000).description)
        let pushed = try XCTUnwrap(try harness.history().first { $0.status == "cancelled" }, "logged in the play log")
        XCTAssertEqual(pushed.text, "第299条通知", "the low announcement due last made room")
        XCTAssertEqual(try harness.status()["queueLength"] as? Int, 1000)
    }
}

final class DaemonSpeakerBusyTests: XCTestCase {
    /// Item 11: a sound card held by another program (here a FIFO nobody reads yet: opening
    /// it blocks, as a held card does) no longer hangs the daemon in open: status and the
    /// journal say so, the control socket answers, and it is tried again like an unplugged card.
    func testASpeakerHeldByAnotherProgramIsReportedAndRetried() throws {
        let harness = try DaemonHarness(fifo: true)
        defer { harness.tearDown() }
        // A held card is given up on after 1 s here (3 s by default), to wait less.
        try harness.start(arguments: ["--speaker-retry", "1", "--speaker-open-limit", "1"])
        var error = ""
        XCTAssertTrue(try eventually(timeout: 8) {
            error = try harness.status()["speakerError"] as? String ?? ""
            return !error.isEmpty
        }, "status reports the held device")
        XCTAssertTrue(error.contains("another program may be holding the sound card"), error)
        XCTAssertTrue(harness.log.text.contains("speaker offline"), harness.log.text)
        let id = try harness.say("请注意。")
        let began = Date()
        XCTAssertNil(try harness.status()["playing"], "waiting for the speaker, not stuck playing")
        XCTAssertLessThan(Date().timeIntervalSince(began), 1, "the control socket answers at once")

        let speaker = SpeakerReader(path: harness.raw.path, speed: 3)  // the other program lets go (a fast card, to save time)
        defer { speaker.stop() }
        _ = try harness.waitForHistory(timeout: 15) { $0.contains { $0.id == id && $0.status == "played" } }
        XCTAssertGreaterThan(speaker.bytes, sampleRate)
        XCTAssertTrue(harness.log.text.contains("speaker online again"), harness.log.text)
    }

    /// Item 4 (the `started` part): the play log's start is when sound starts, after the
    /// amplifier's warm-up, not before it.
    func testStartedIsWhenSoundStartsAfterTheAmplifierWarmUp() throws {
        let harness = try DaemonHarness(fifo: true, stationYAML: """
            timezone: UTC
            amplifier:
              on_command: "true"
              off_command: "true"
              warm_up: 2s
              hold: 1s

            """)
        defer { harness.tearDown() }
        let speaker = SpeakerReader(path: harness.raw.path)
        defer { speaker.stop() }
        try harness.start()
        let id = try harness.say("请注意。", "--no-chime")
        let lines = try harness.waitForHistory { $0.contains { $0.id == id && $0.status == "played" } }
        let started = try XCTUnwrap(lines.first { $0.id == id }?.started)
        let firstSample = try XCTUnwrap(speaker.firstBytes.last)
        XCTAssertLessThan(abs(firstSample.timeIntervalSince(started)), 0.5,
                          "started \(started) vs first sample \(firstSample): the log tells when it was heard")
    }
}
