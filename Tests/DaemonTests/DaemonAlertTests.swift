import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17: CAP alerts dropped in the station's folder, against the real dalabad.
final class DaemonAlertTests: XCTestCase {
    static let station = """
        timezone: UTC
        alerts:
          region: 110105
          repeat: 1
          max_repeats: 0
        """

    /// A CAP alert for 北京市 sent now, expiring in an hour.
    static func alert(identifier: String, urgency: String = "Immediate", severity: String = "Severe",
                      msgType: String = "Alert", references: String = "", sent: Date = Date(),
                      headline: String = "紧急通知", description: String = "请立即撤离。") -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>\(identifier)</identifier>
              <sender>110000@12379.cn</sender>
              <sent>\(format.string(from: sent))</sent>
              <status>Actual</status>
              <msgType>\(msgType)</msgType>
              <scope>Public</scope>
              \(references.isEmpty ? "" : "<references>\(references)</references>")
              <info>
                <language>zh-CN</language>
                <category>Safety</category>
                <event>测试</event>
                <urgency>\(urgency)</urgency>
                <severity>\(severity)</severity>
                <certainty>Observed</certainty>
                <expires>\(format.string(from: sent.addingTimeInterval(3600)))</expires>
                <headline>\(headline)</headline>
                <description>\(description)</description>
                <area><areaDesc>北京市</areaDesc><geocode><valueName>GB/T 2260</valueName><value>110000</value></geocode></area>
              </info>
            </alert>
            """
    }

    func folder(_ harness: DaemonHarness) -> URL { harness.directory.appendingPathComponent("state/alerts") }

    /// Writes the file beside the folder and renames it in, as a relay should (one event, whole file).
    func drop(_ text: String, as name: String, into harness: DaemonHarness) throws {
        let staging = harness.directory.appendingPathComponent(".staging-\(name)")
        try Data(text.utf8).write(to: staging)
        XCTAssertEqual(rename(staging.path, folder(harness).appendingPathComponent(name).path), 0)
    }

    func waitForFile(_ url: URL, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: url.path) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Acceptance: an alert with Immediate urgency dropped in the folder is sounding within 1 s,
    /// timed at the PCM as the other daemon tests do: the first bytes the card (a FIFO read at
    /// the card's rate) receives. Those are the station's lead-in (lead_in:, 0.5 s of silence
    /// so that a waking amplifier loses silence, not the chime); the first audible sample
    /// follows it and is held to 1.5 s. Three daemons, one drop each.
    func testAnImmediateAlertSoundsWithinOneSecond() throws {
        var firstBytes: [Double] = [], sounding: [Double] = []
        for round in 1...3 {
            let harness = try DaemonHarness(fifo: true, stationYAML: Self.station)
            defer { harness.tearDown() }
            let card = SoundingReader(path: harness.raw.path)
            defer { card.stop() }
            try harness.start()
            XCTAssertTrue(harness.waitForLog("alerts: reading CAP files dropped in"), harness.log.text)
            let dropped = Date()
            try drop(Self.alert(identifier: "IMMEDIATE-\(round)"), as: "immediate.xml", into: harness)
            let deadline = Date().addingTimeInterval(10)
            while card.sounding == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            let heard = try XCTUnwrap(card.sounding, harness.log.text)
            firstBytes.append(try XCTUnwrap(card.opened).timeIntervalSince(dropped))
            sounding.append(heard.timeIntervalSince(dropped))
            XCTAssertTrue(waitForFile(folder(harness).appendingPathComponent("done/immediate.xml")))
            XCTAssertTrue(harness.log.text.contains("alerts: IMMEDIATE-\(round) from 110000@12379.cn: emergency, 1 broadcast(s)"), harness.log.text)
        }
        func ms(_ values: [Double]) -> String { values.map { String(format: "%.0f ms", $0 * 1000) }.joined(separator: ", ") }
        print("alert dropped → PCM opened: \(ms(firstBytes)); → first sound (after the lead-in): \(ms(sounding))")
        for time in firstBytes { XCTAssertLessThan(time, 1.0, "the PCM received its first bytes \(time) s after the drop") }
        for time in sounding { XCTAssertLessThan(time, 1.5, "the first audible sample \(time) s after the drop") }
    }

    /// Acceptance: XXE, billion laughs, a 50 MB file, a wrong namespace and an invalid date are
    /// each refused with its reason, and a program due meanwhile plays on time.
    func testHostileFilesAreRejectedWhileTheStationPlaysOnTime() throws {
        let harness = try DaemonHarness(stationYAML: Self.station)
        defer { harness.tearDown() }
        let due = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 4).rounded(.up))
        try harness.addProgram("morning.yaml", title: "早间通知", text: "各位村民早上好。", due: due)
        try harness.start()
        XCTAssertTrue(harness.waitForLog("alerts: reading CAP files dropped in"), harness.log.text)
        let data = repositoryRoot.appendingPathComponent("Tests/Data/cap")
        var expected: [String: String] = [:]
        for (file, reason) in [("hostile-xxe.xml", "a DOCTYPE (DTD) is not allowed"),
                               ("hostile-billion-laughs.xml", "a DOCTYPE (DTD) is not allowed"),
                               ("hostile-wrong-namespace.xml", "not <alert> in the CAP 1.2 namespace"),
                               ("hostile-invalid-date.xml", "no such day in that month")] {
            try drop(try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8), as: file, into: harness)
            expected[file] = reason
        }
        let big = harness.directory.appendingPathComponent(".staging-big.xml")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<50 { try handle.write(contentsOf: block) }
        try handle.close()
        XCTAssertEqual(rename(big.path, folder(harness).appendingPathComponent("big.xml").path), 0)
        expected["big.xml"] = "larger than 1048576 bytes"

        for (file, reason) in expected {
            let reasonFile = folder(harness).appendingPathComponent("rejected/\(file).reason")
            XCTAssertTrue(waitForFile(reasonFile), "\(file) rejected: \(harness.log.text)")
            let text = try String(contentsOf: reasonFile, encoding: .utf8)
            XCTAssertTrue(text.contains(reason), "\(file): \(text)")
            XCTAssertEqual(text.split(separator: "\n").count, 2, "one line in English, one in Chinese: \(text)")
            XCTAssertTrue(harness.log.text.contains("alerts: rejected \(file): "), harness.log.text)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder(harness).appendingPathComponent("big.xml").path))
        // `status` shows the last three refused, each with its reason.
        let status = try harness.dalaba("status")
        XCTAssertTrue(status.stdout.contains("alerts:   the last 3 refused (dalaba alerts lists them all)"), status.stdout)
        XCTAssertEqual(status.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(".xml: ") }.count, 3, status.stdout)
        let line = try XCTUnwrap(harness.waitForHistory { $0.contains { $0.status == "played" } }.first)
        let late = try XCTUnwrap(line.started).timeIntervalSince(due)
        XCTAssertGreaterThanOrEqual(late, 0)
        XCTAssertLessThan(late, 0.1, "the program started \(late * 1000) ms after its due time")
    }

    /// Acceptance: a Cancel withdraws the alert it names; the one playing stops and 预警已解除
    /// follows. A duplicate is not spoken again.
    func testCancelStopsThePlayingAlertAndSaysItIsLifted() throws {
        let harness = try DaemonHarness(fifo: true, stationYAML: Self.station)
        defer { harness.tearDown() }
        let speaker = SpeakerReader(path: harness.raw.path)
        defer { speaker.stop() }
        try harness.start()
        XCTAssertTrue(harness.waitForLog("alerts: reading CAP files dropped in"), harness.log.text)
        let sent = Date()
        let long = String(repeating: "各位村民请注意，河水上涨，请远离河道。", count: 6)
        let original = Self.alert(identifier: "FLOOD-1", sent: sent, headline: "洪水预警", description: long)
        try drop(original, as: "flood.xml", into: harness)
        XCTAssertTrue(harness.waitForLog("announcement", timeout: 10))
        XCTAssertTrue(harness.waitForLog(": started"), harness.log.text)
        // The same message again (a relay retrying): not queued twice.
        try drop(original, as: "flood-again.xml", into: harness)
        XCTAssertTrue(waitForFile(folder(harness).appendingPathComponent("done/flood-again.xml")))
        XCTAssertTrue(harness.waitForLog("flood-again.xml not broadcast: already received"), harness.log.text)

        let sentText = Self.alert(identifier: "x", sent: sent).components(separatedBy: "<sent>")[1].components(separatedBy: "</sent>")[0]
        try drop(Self.alert(identifier: "FLOOD-1-CANCEL", msgType: "Cancel", references: "110000@12379.cn,FLOOD-1,\(sentText)",
                            headline: "解除洪水预警"), as: "flood-cancel.xml", into: harness)
        let lines = try harness.waitForHistory(timeout: 30) { $0.contains { $0.title.hasPrefix("预警已解除") && $0.status == "played" } }
        let alert = try XCTUnwrap(lines.first { $0.title == "预警：洪水预警" })
        XCTAssertEqual(alert.status, "cancelled", "\(lines.map { "\($0.title):\($0.status)" })")
        let notice = try XCTUnwrap(lines.first { $0.title.hasPrefix("预警已解除") })
        XCTAssertEqual(notice.text, "预警已解除：洪水预警。")
        // Their own source, the CAP sender (was `user cap`).
        XCTAssertEqual(alert.source, "alert 110000@12379.cn")
        XCTAssertEqual(notice.source, "alert 110000@12379.cn")
        XCTAssertEqual(lines.filter { $0.title == "预警：洪水预警" }.count, 1, "the duplicate was not queued")

        // `dalaba alerts` tells what became of each, in both languages.
        let english = try harness.dalaba("alerts")
        XCTAssertEqual(english.status, 0, english.stderr)
        let rows = english.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.contains("cancelled") && $0.contains("洪水预警 [emergency] — cancelled by FLOOD-1-CANCEL (flood.xml)") }, english.stdout)
        XCTAssertTrue(rows.contains { $0.contains("ignored") && $0.contains("already received (same sender, identifier and sent) (flood-again.xml)") }, english.stdout)
        XCTAssertTrue(rows.contains { $0.contains("ignored") && $0.contains("cancels 1 earlier alert(s) (flood-cancel.xml)") }, english.stdout)
        let chinese = try runProduct("dalaba", ["alerts", "--socket", harness.socket], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(chinese.stdout.contains("已撤销") && chinese.stdout.contains("已被 FLOOD-1-CANCEL 撤销"), chinese.stdout)
    }
}

extension DaemonAlertTests {
    /// A Cancel after a restart still withdraws what the alert it names left queued: the
    /// received alerts and their broadcasts are kept in STATE/alerts.json.
    func testACancelAfterARestartWithdrawsTheQueuedRepeats() throws {
        let harness = try DaemonHarness(stationYAML: """
            timezone: UTC
            alerts:
              region: 110105
              repeat: 1
              repeat_every: 1m
              max_repeats: 2
            """)
        defer { harness.tearDown() }
        try harness.start()
        XCTAssertTrue(harness.waitForLog("alerts: reading CAP files dropped in"), harness.log.text)
        let sent = Date()
        try drop(Self.alert(identifier: "RAIN-1", urgency: "Expected", severity: "Moderate", sent: sent, headline: "暴雨蓝色预警"),
                 as: "rain.xml", into: harness)
        XCTAssertTrue(harness.waitForLog("alerts: RAIN-1 from 110000@12379.cn: normal, 3 broadcast(s)"), harness.log.text)
        _ = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        harness.kill(SIGTERM)
        try harness.start()
        XCTAssertTrue(try harness.dalaba("alerts").stdout.contains("spoken     暴雨蓝色预警 [normal] (rain.xml)"), harness.log.text)
        let sentText = Self.alert(identifier: "x", sent: sent).components(separatedBy: "<sent>")[1].components(separatedBy: "</sent>")[0]
        try drop(Self.alert(identifier: "RAIN-1-CANCEL", msgType: "Cancel", references: "110000@12379.cn,RAIN-1,\(sentText)",
                            headline: "解除暴雨蓝色预警"), as: "rain-cancel.xml", into: harness)
        XCTAssertTrue(harness.waitForLog("alerts: RAIN-1 withdrawn by Cancel RAIN-1-CANCEL"), harness.log.text)
        let lines = try harness.waitForHistory { $0.filter { $0.status == "cancelled" }.count == 2 }
        XCTAssertEqual(lines.filter { $0.title == "预警：暴雨蓝色预警" }.map(\.status).sorted(), ["cancelled", "cancelled", "played"])
        let list = try harness.dalaba("alerts").stdout
        XCTAssertTrue(list.contains("cancelled  暴雨蓝色预警 [normal] — cancelled by RAIN-1-CANCEL (rain.xml)"), list)
    }
}

/// A sound card on a FIFO: drains it at the card's rate and notes when the PCM was opened and
/// when, on the card's clock, the first sample that is not silence was played.
final class SoundingReader: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var _opened: Date?
    private var _sounding: Date?
    private var stopped = false

    init(path: String) {
        self.path = path
        Thread { [self] in loop() }.start()
    }

    var opened: Date? { lock.withLock { _opened } }
    var sounding: Date? { lock.withLock { _sounding } }

    func stop() {
        lock.withLock { stopped = true }
        let fd = open(path, O_WRONLY | O_NONBLOCK)
        if fd >= 0 { close(fd) }
    }

    private func loop() {
        let bytesPerSecond = Double(sampleRate * 2)
        var buffer = [UInt8](repeating: 0, count: 2048)
        // The daemon opens the PCM at start (its probe) and again for each playback.
        while !lock.withLock({ stopped }) {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return }
            var start: Date?
            var total = 0
            while !lock.withLock({ stopped }) {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                if start == nil {
                    start = Date()
                    lock.withLock { if _sounding == nil { _opened = start } }
                }
                if lock.withLock({ _sounding == nil }), let index = buffer[0..<count].firstIndex(where: { $0 != 0 }) {
                    let at = start!.addingTimeInterval(Double(total + index) / bytesPerSecond)
                    lock.withLock { _sounding = at }
                }
                total += count
                let due = start!.addingTimeInterval(Double(total) / bytesPerSecond)
                let wait = due.timeIntervalSinceNow
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            close(fd)
        }
    }
}
