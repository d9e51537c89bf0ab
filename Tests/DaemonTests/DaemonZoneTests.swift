import Foundation
import XCTest

/// Zones at a real dalabad (#13 item 2): two zones on the left and right channels of one
/// stereo file-plugin PCM (two amplifiers on one USB card), a third on a device that is not
/// there. One daemon run, the programs a few seconds apart.
final class DaemonZoneTests: XCTestCase {
    /// frames of 10 ms at the station's rate
    static let tenMilliseconds = sampleRate / 100

    func testTwoZonesOnTheChannelsOfOneCard() throws {
        let (harness, card) = try stereoCardDaemon(otherZones: "学校: missingcard")
        defer { card.stop(); harness.tearDown() }

        let start = wholeSecond(startMargin).timeIntervalSince1970
        func due(_ offset: Double) -> Date { Date(timeIntervalSince1970: start + offset) }
        func program(_ name: String, _ text: String, at offset: Double, zones: String) throws {
            try harness.addProgram(name, title: name, text: text, due: due(offset))
            let url = harness.schedules.appendingPathComponent(name)
            try (try String(contentsOf: url, encoding: .utf8) + "\nchime: false\nzones: \(zones)\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try program("a-east.yaml", "请注意。", at: 0, zones: "[东头]")
        try program("b-east.yaml", "东头通知。", at: 4, zones: "[东头]")
        // The same words in both, so their sound starts at the same offset when they start together.
        try program("b-west.yaml", "东头通知。", at: 4, zones: "[西头]")
        try program("c-all.yaml", "全村通知。", at: 8, zones: "全部")
        try program("d-east.yaml", "请注意，东头的村民请注意，明天上午九点在村委会开会。", at: 12, zones: "[东头]")
        try program("d-west.yaml", "请注意，西头的村民请注意，明天上午九点在村委会开会。", at: 12, zones: "[西头]")
        try harness.start()

        // The emergency for all zones, once both long ones sound.
        _ = try harness.waitForHistory(timeout: 30) { lines in lines.filter { $0.title.hasPrefix("d-") && $0.started != nil }.count == 2 }
        XCTAssertEqual(try harness.dalaba("say", "紧急通知。", "--priority", "emergency").status, 0)
        let lines = try harness.waitForHistory(timeout: 30) { lines in lines.contains { $0.text == "紧急通知。" && $0.status == "played" } }
        let sessions = card.waitForSessions(count: 5)

        func line(_ title: String) -> HistoryLine? { lines.first { $0.title == title } }
        // 1. A program for one zone: sound in its channel only.
        let a = try XCTUnwrap(sessions.first)
        XCTAssertTrue(a.right.allSatisfy { $0 == 0 }, "西头 stays silent while 东头 plays")
        XCTAssertGreaterThan(a.left.filter { $0 != 0 }.count, sampleRate / 2)
        // 2. Two programs due at the same second in the two zones start within the usual latency.
        for title in ["b-east.yaml", "b-west.yaml"] {
            let late = try XCTUnwrap(line(title)?.started).timeIntervalSince(due(4))
            XCTAssertLessThan(late, 0.02, "\(title) started \(late * 1000) ms after due: \(harness.timingLines)")
        }
        // Two announcements handed to the card by two player threads: the second joins at the
        // next period if the first period was already taken (seen: 441 frames = one 20 ms period).
        // The issue asks both within the station's usual latency (the bench's p99 target, 20 ms).
        let b = sessions[1]
        XCTAssertLessThanOrEqual(abs(b.leftStart! - b.rightStart!), 2 * Self.tenMilliseconds,
                          "sessions \(sessions.map { ($0.left.count, $0.leftStart ?? -1, $0.rightStart ?? -1) }); log: \(harness.log.text.split(separator: "\n").filter { $0.contains("started") })")
        // 3. One announcement for both starts in both within 10 ms (here: the same frame), and
        // the dead 学校 does not hold it.
        XCTAssertEqual(line("c-all.yaml")?.status, "played")
        let c = sessions[2]
        XCTAssertLessThanOrEqual(abs(c.leftStart! - c.rightStart!), Self.tenMilliseconds)
        XCTAssertEqual(c.left, c.right)
        // 4. The emergency for all zones interrupted both and played in both.
        XCTAssertEqual(line("d-east.yaml")?.status, "interrupted")
        XCTAssertEqual(line("d-west.yaml")?.status, "interrupted")
        XCTAssertTrue(harness.log.text.contains("speaker of zone 学校 offline"), harness.log.text)
    }

    /// `dalaba skip --zone` stops what plays in that zone only; the other zone's announcement
    /// plays to its end on the other channel of the same card. `dalaba watch` shows each
    /// announcement's zone, as text in both languages and in its JSON lines.
    func testSkipInOneZoneAndZonesInWatch() throws {
        let (harness, card) = try stereoCardDaemon()
        defer { card.stop(); harness.tearDown() }
        let due = wholeSecond(startMargin)
        let long = "请注意，村民们请注意，明天上午九点在村委会开会，请大家准时参加，不要迟到。"
        for (name, zone) in [("east.yaml", "东头"), ("west.yaml", "西头")] {
            try harness.addProgram(name, title: name, text: long, due: due)
            let url = harness.schedules.appendingPathComponent(name)
            try (try String(contentsOf: url, encoding: .utf8) + "\nchime: false\nzones: [\(zone)]\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try harness.start()
        let watchers = [Locales.english, Locales.chinese].map { try? Watcher(harness, ["watch"], $0) } + [try? Watcher(harness, ["watch", "--json"], Locales.english)]
        defer { watchers.forEach { $0?.stop() } }
        // The text watchers say `watching …` once connected (the JSON one prints events only).
        XCTAssertTrue(eventually { watchers.prefix(2).allSatisfy { $0?.output.text.isEmpty == false } }, "the watchers are connected")

        _ = try harness.waitForHistory(timeout: 30) { $0.filter { $0.started != nil }.count == 2 }
        Thread.sleep(forTimeInterval: 1)  // a second of both
        let skip = try harness.dalaba(["skip", "--zone", "东头"], environment: Locales.english)
        XCTAssertEqual(skip.status, 0, skip.stderr)
        let east = try XCTUnwrap(try harness.history().first { $0.title == "east.yaml" })
        XCTAssertEqual(skip.stdout, "skipped \(east.id) east.yaml in zone 东头\n")
        // Again, in Chinese: nothing plays there any more; the other zone is not touched.
        let again = try harness.dalaba(["skip", "--zone", "东头"], environment: Locales.chinese)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout, "分区 东头 现在没有在播\n")
        // A zone the station does not have: the zones it has, in both languages.
        let unknown = try harness.dalaba(["skip", "--zone", "南头"], environment: Locales.english)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no zone named 南头 — this station's zones are: 东头, 西头"), unknown.stderr)
        let unknownChinese = try harness.dalaba(["skip", "--zone", "南头"], environment: Locales.chinese)
        XCTAssertEqual(unknownChinese.status, 1)
        XCTAssertTrue(unknownChinese.stderr.contains("没有叫 南头 的分区，本站的分区是：东头, 西头"), unknownChinese.stderr)

        let lines = try harness.waitForHistory(timeout: 30) { $0.contains { $0.title == "west.yaml" && $0.finished != nil } }
        XCTAssertEqual(lines.first { $0.title == "east.yaml" }?.status, "skipped")
        XCTAssertEqual(lines.first { $0.title == "west.yaml" }?.status, "played", "the other zone went on")
        let west = try XCTUnwrap(lines.first { $0.title == "west.yaml" })

        // At the card: the left channel falls silent at the skip, the right plays to the end.
        let session = try XCTUnwrap(card.waitForSessions(count: 1).first)
        let leftEnd = try XCTUnwrap(session.left.lastIndex { $0 != 0 })
        let rightEnd = try XCTUnwrap(session.right.lastIndex { $0 != 0 })
        XCTAssertGreaterThan(rightEnd - leftEnd, sampleRate, "left stopped \(Double(rightEnd - leftEnd) / Double(sampleRate)) s before right")

        // watch: the zone of each announcement event, in words and in JSON.
        XCTAssertTrue(eventually { watchers[0]?.output.text.contains("finished \(west.id) [西头] west.yaml") == true }, watchers[0]?.output.text ?? "")
        let english = watchers[0]?.output.text ?? ""
        XCTAssertTrue(english.contains("started \(east.id) [东头] east.yaml"), english)
        XCTAssertTrue(english.contains("skipped \(east.id) [东头] east.yaml — skipped by "), english)
        XCTAssertTrue(eventually { watchers[1]?.output.text.contains("【西头】west.yaml") == true }, watchers[1]?.output.text ?? "")
        XCTAssertTrue(watchers[1]?.output.text.contains("【东头】east.yaml——由 ") == true, watchers[1]?.output.text ?? "")
        XCTAssertTrue(eventually { watchers[2]?.output.text.contains(#""zones":["西头"]"#) == true }, watchers[2]?.output.text ?? "")
        let events = (watchers[2]?.output.text ?? "").split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let skipped = try XCTUnwrap(events.first { $0["event"] as? String == "skipped" })
        XCTAssertEqual(skipped["zones"] as? [String], ["东头"])
    }
}

/// A zone that starts while another zone of the same card plays (#13): its sound is written
/// over the part of the card's buffer that has not sounded yet, not after it. Measured at the
/// PCM: each newcomer's first frame in the stream against the first zone's, compared with
/// the time between their due instants.
final class DaemonZoneJoinTests: XCTestCase {
    func testAZoneJoiningAPlayingCardStartsWithin10ms() throws {
        let (harness, card) = try stereoCardDaemon()
        defer { card.stop(); harness.tearDown() }
        // Sines at the station's rate (no resampling): sample 0 is 0, sample 1 the first sound.
        func sine(_ name: String, _ frequency: Int, _ seconds: Double) throws -> String {
            let url = harness.directory.appendingPathComponent(name)
            XCTAssertEqual(try runCommand("/usr/bin/ffmpeg", [
                "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=\(frequency):sample_rate=\(sampleRate):duration=\(seconds)",
                "-ac", "1", "-c:a", "pcm_s16le", url.path]), 0)
            return url.path
        }
        let count = 20
        let long = try sine("long.wav", 1000, Double(count) + 6)
        let short = try sine("short.wav", 2000, 0.4)
        try harness.start()
        let first = wholeSecond(startMargin)
        func at(_ due: Date) -> String {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: due)
            return String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
        }
        XCTAssertEqual(try harness.dalaba("say", "--audio", long, "--no-chime", "--zones", "东头", "--at", at(first)).status, 0)
        let joins = (0..<count).map { first.addingTimeInterval(Double(2 + $0)) }
        for due in joins {
            let said = try harness.dalaba("say", "--audio", short, "--no-chime", "--zones", "西头", "--at", at(due))
            XCTAssertEqual(said.status, 0, said.stderr)
        }
        _ = try harness.waitForHistory(timeout: startMargin + Double(count) + 30) { $0.filter { $0.status == "played" }.count == count + 1 }
        let session = try XCTUnwrap(card.waitForSessions(count: 1).first)
        let longStart = try XCTUnwrap(session.left.firstIndex { $0 != 0 })
        // Each short sine's first frame: a sound after at least 0.1 s of silence in the right channel.
        var starts: [Int] = []
        var silent = sampleRate
        for (frame, sample) in session.right.enumerated() {
            if sample == 0 { silent += 1; continue }
            if silent > sampleRate / 10 { starts.append(frame) }
            silent = 0
        }
        XCTAssertEqual(starts.count, count, "each joining zone's sound at the card")
        let late = zip(starts, joins).map { start, due in
            Double(start - longStart) / Double(sampleRate) - due.timeIntervalSince(first)
        }.sorted()
        let p50 = late[late.count / 2], p99 = late[min(late.count - 1, Int((Double(late.count) * 0.99).rounded(.up)) - 1)]
        let figures = String(format: "joining zone vs the card's first zone, n = %d: min %.2f ms, p50 %.2f ms, p99 %.2f ms (load %@)",
                             late.count, late[0] * 1000, p50 * 1000, p99 * 1000, (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?")
        print(figures, late.map { String(format: "%.2f", $0 * 1000) }.joined(separator: " "))
        // On failure, the players' own lateness tells a late wake-up from a late card.
        let players = harness.log.text.split(separator: "\n").filter { $0.contains("started") }.joined(separator: "\n")
        // The first zone itself starts CardFeed.gatherTime (3 ms) and its open after its instant
        // (an idle card), so against it a joining zone may come out up to that much early; more
        // would mean its sound was placed before its instant.
        XCTAssertGreaterThanOrEqual(late[0], -0.006, "never before its instant: \(figures)")
        XCTAssertLessThanOrEqual(p99, 0.010, "\(figures)\n\(players)")
    }
}

extension DaemonHarness {
    func dalaba(_ arguments: [String], environment: [String: String]) throws -> CommandResult {
        try runProduct("dalaba", arguments + ["--socket", socket], environment: environment)
    }
}

/// `dalaba watch` running beside a test, its output kept.
final class Watcher {
    let process = Process()
    let output = LogBox()

    init(_ harness: DaemonHarness, _ arguments: [String], _ environment: [String: String]) throws {
        process.executableURL = productsDirectory.appendingPathComponent("dalaba")
        process.arguments = arguments + ["--socket", harness.socket]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let output = self.output
        pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        try process.run()
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}

/// The locale variables of a run: LC_ALL and LC_MESSAGES emptied so that LANG decides.
enum Locales {
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
}

/// A dalabad with zones 东头 and 西头 on the left and right channels of one stereo card (two
/// amplifiers on one USB card): the card is a file-plugin PCM writing into a FIFO that the
/// returned StereoReader drains at the card's pace. `otherZones`: one more `name: device` line.
func stereoCardDaemon(otherZones: String? = nil) throws -> (harness: DaemonHarness, card: StereoReader) {
    let harness = try DaemonHarness(stationYAML: """
        timezone: UTC
        lead_in: 0s
        zones:
          东头: card left
          西头: card right
        """ + (otherZones.map { "\n  \($0)" } ?? ""))
    do {
        let fifo = harness.directory.appendingPathComponent("card.fifo")
        guard mkfifo(fifo.path, 0o600) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        try (try String(contentsOf: harness.alsaConfig, encoding: .utf8)
            + #"pcm.card { type file slave.pcm "null" file "\#(fifo.path)" format "raw" }"# + "\n")
            .write(to: harness.alsaConfig, atomically: true, encoding: .utf8)
        return (harness, StereoReader(path: fifo.path))
    } catch {
        harness.tearDown()
        throw error
    }
}

/// Drains a stereo FIFO at a card's pace and keeps each writer session's frames by channel.
final class StereoReader: @unchecked Sendable {
    struct Session {
        var left: [Int16] = []
        var right: [Int16] = []
        var leftStart: Int? { left.firstIndex { $0 != 0 } }
        var rightStart: Int? { right.firstIndex { $0 != 0 } }
    }

    private let path: String
    private let lock = NSLock()
    private var sessions: [Session] = []
    private var stopped = false

    init(path: String) {
        self.path = path
        Thread { [self] in loop() }.start()
    }

    func waitForSessions(count: Int, timeout: TimeInterval = 10) -> [Session] {
        _ = eventually(timeout: timeout) { lock.withLock { sessions.count >= count } }
        return lock.withLock { sessions }
    }

    func stop() {
        lock.withLock { stopped = true }
        let fd = open(path, O_WRONLY | O_NONBLOCK)
        if fd >= 0 { close(fd) }
    }

    private func loop() {
        let bytesPerSecond = Double(sampleRate * 4)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !lock.withLock({ stopped }) {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return }
            var bytes = Data()
            var sessionStart: Date?
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                sessionStart = sessionStart ?? Date()
                bytes.append(contentsOf: buffer[0..<count])
                let wait = sessionStart!.addingTimeInterval(Double(bytes.count) / bytesPerSecond).timeIntervalSinceNow
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            close(fd)
            guard !bytes.isEmpty else { continue }
            var session = Session()
            bytes.withUnsafeBytes { raw in
                for frame in 0..<(bytes.count / 4) {
                    session.left.append(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: frame * 4, as: Int16.self)))
                    session.right.append(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: frame * 4 + 2, as: Int16.self)))
                }
            }
            lock.withLock { sessions.append(session) }
        }
    }
}
