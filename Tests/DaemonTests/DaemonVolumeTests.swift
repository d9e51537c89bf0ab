import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Volume by the hour and the lead-in (issue 13 items 1 and 5), on the real dalabad playing
/// into an ALSA file-plugin PCM, its clock moved to day and night with `--clock-offset-file`.
final class DaemonVolumeTests: XCTestCase {
    let text = "请各位村民注意防火。"
    let leadIn = 0.3

    func testNightIsTwelveDecibelsBelowDayEmergencyHasItsOwnLevelAndTheLogSaysSo() throws {
        // 25% is 12.04 dB below 100%.
        let harness = try DaemonHarness(stationYAML: """
            timezone: UTC
            volume:
              06:00-22:00: 100%
              default: 25%
              emergency: 50%
            lead_in: \(leadIn)s

            """)
        defer { harness.tearDown() }
        let offsetFile = harness.directory.appendingPathComponent("clock-offset")
        try setStationClock(to: 12, offsetFile)
        try harness.start(arguments: ["--clock-offset-file", offsetFile.path])
        let pid = try XCTUnwrap(harness.process).processIdentifier

        XCTAssertEqual(try harness.dalaba("volume").stdout, "volume 100% (0 dB): the level for 06:00-22:00\n")
        let day = try play(harness, count: 1)
        try setStationClock(to: 23, offsetFile)
        kill(pid, SIGUSR1)
        XCTAssertTrue(harness.waitForLog("the clock was set forward"), harness.log.text)
        XCTAssertEqual(try harness.dalaba("volume").stdout, "volume 25% (-12.0 dB): the level outside the volume hours\n")
        let night = try play(harness, count: 2)
        let emergency = try play(harness, count: 3, "--priority", "emergency")

        // The PCM gets the lead-in's silence first, then the chime.
        for capture in [day, night, emergency] {
            let silent = Int(leadIn * Double(sampleRate))
            XCTAssertTrue(capture.prefix(silent).allSatisfy { $0 == 0 }, "\(leadIn) s of silence first")
            XCTAssertNotNil(capture[silent..<(silent + sampleRate / 100)].first { $0 != 0 }, "the chime within 10 ms after it")
        }
        let measured = decibels(day) - decibels(night)
        print(String(format: "day − night: %.3f dB", measured))
        XCTAssertEqual(measured, 12.04, accuracy: 0.5, "night is 12 dB below day")
        XCTAssertEqual(day.count, night.count, "the same announcement")

        // The emergency's own level, at night: its samples are preview's alert-tone rendering at 50%.
        let file = harness.directory.appendingPathComponent("emergency.wav")
        let preview = try runProduct("dalaba", ["preview", text, "--alert", "-o", file.path])
        XCTAssertEqual(preview.status, 0, preview.stderr)
        let full = try wavSamples(file)
        let atHalf = decibels(Array(emergency.dropFirst(Int(leadIn * Double(sampleRate))))) - decibels(full)
        print(String(format: "emergency vs preview: %.3f dB", atHalf))
        XCTAssertEqual(atHalf, -6.02, accuracy: 0.1)

        let levels = try harness.history().filter { $0.status == "played" }.map(\.volume)
        XCTAssertEqual(levels, [100, 25, 50])
        let csv = try harness.dalaba("history", "--csv").stdout.split(separator: "\n")
        XCTAssertTrue(csv.first?.hasSuffix(",volume") == true && csv.last?.hasSuffix(",50") == true, "\(csv)")
        XCTAssertTrue(harness.log.text.contains("at 25% (the level outside the volume hours)"), harness.log.text)
    }

    func testAClerksLevelHoldsUntilItsTimeAndOnlyForTheDalabaGroup() throws {
        let harness = try DaemonHarness(stationYAML: "timezone: UTC\nvolume: 80%\n")
        defer { harness.tearDown() }
        let offsetFile = harness.directory.appendingPathComponent("clock-offset")
        try setStationClock(to: 12, offsetFile)
        try harness.start(arguments: ["--clock-offset-file", offsetFile.path])
        let set = try harness.dalaba("volume", "40%", "--until", "13:30")
        XCTAssertEqual(set.stdout, "volume 40% (-8.0 dB): set by root until 13:30:00\n", set.stderr)
        let json = try harness.dalaba("volume", "--json").stdout
        XCTAssertTrue(json.contains("\"level\":40") && json.contains("\"until\":"), json)
        _ = try play(harness, count: 1, "--no-chime")
        XCTAssertEqual(try harness.history().map(\.volume), [40])
        // The light client and the argument-parser one print the same.
        let tools = try runProduct("dalaba-tools", ["volume", "--socket", harness.socket])
        XCTAssertEqual(tools.stdout, try harness.dalaba("volume").stdout)
        XCTAssertEqual(try harness.dalaba("volume", "plan").stdout, "volume 80% (-1.9 dB): the level outside the volume hours\n")
        if getuid() == 0 {
            // uid 65534 with gid 0, as DaemonControlTests: it may read the level, not change it.
            harness.letOthersConnect()
            let outsider = ["/usr/bin/setpriv", "--reuid=65534", "--regid=0", "--clear-groups"]
            XCTAssertEqual(try harness.dalaba("volume", prefix: outsider).status, 0)
            let refused = try harness.dalaba("volume", "90%", prefix: outsider)
            XCTAssertTrue(refused.status == 1 && refused.stderr.contains("may not change the volume: only root and members of group dalaba may"), refused.stderr)
        }
        let bad = try harness.dalaba("volume", "loud")
        XCTAssertTrue(bad.status != 0 && bad.stderr.contains("70%"), bad.stderr)
    }

    /// No sound card here: `mixer:` names a control that cannot be reached, so the journal says
    /// why and the level is applied to the samples instead — exactly preview's samples at 25%.
    func testAMixerThatCannotBeSetFallsBackToDigitalGain() throws {
        let harness = try DaemonHarness(stationYAML: "timezone: UTC\nvolume: 25%\nmixer: Speaker\nlead_in: 0s\n")
        defer { harness.tearDown() }
        try harness.start()
        let played = try play(harness, count: 1, "--no-chime")
        XCTAssertTrue(harness.log.text.contains("volume: cannot open the mixer of the sound card 'default': "), harness.log.text)
        XCTAssertTrue(harness.log.text.contains("; playing at 25% by digital gain instead"), harness.log.text)
        let file = harness.directory.appendingPathComponent("plain.wav")
        let preview = try runProduct("dalaba", ["preview", text, "--no-chime", "-o", file.path])
        XCTAssertEqual(preview.status, 0, preview.stderr)
        let expected = try wavSamples(file).map { Int16((Double($0) * 0.25).rounded()) }
        XCTAssertEqual(played.count, expected.count, "no lead-in with lead_in: 0s")
        XCTAssertTrue(played == expected, "preview's samples at 25%")
        XCTAssertEqual(try harness.history().map(\.volume), [25])
    }

    /// The lead-in comes on top of the amplifier's warm-up: the amplifier is switched on early
    /// enough that it is warm when the lead-in starts, and the chime still sounds on the due second.
    func testTheAmplifierIsWarmBeforeTheLeadInAndTheChimeIsOnTime() throws {
        let record = "/tmp/dalabad-amp-lead-\(UUID().uuidString.prefix(8)).log"
        defer { try? FileManager.default.removeItem(atPath: record) }
        let harness = try DaemonHarness(stationYAML: """
            timezone: UTC
            lead_in: 0.5s
            amplifier:
              on_command: echo on $(date +%s.%N) >> \(record)
              warm_up: 1s

            """)
        defer { harness.tearDown() }
        let due = wholeSecond(startMargin)  // time to start, render and switch on 1.5 s ahead
        try harness.addProgram("lead.yaml", title: "前置", text: "请注意。", due: due)
        try harness.start()
        let lines = try harness.waitForHistory { $0.contains { $0.status == "played" } }
        let late = try XCTUnwrap(lines.first?.started).timeIntervalSince(due)
        XCTAssertTrue((0..<0.1).contains(late), "the chime started \(late * 1000) ms after due: \(harness.timingLines)")
        let on = try XCTUnwrap(Double(try String(contentsOfFile: record, encoding: .utf8).split(separator: " ")[1]
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertLessThanOrEqual(on, due.timeIntervalSince1970 - 1.4, "on warm-up + lead-in before the due second")
    }

    /// Writes the offset that puts the station's clock (UTC) at `hour`:00 today.
    private func setStationClock(to hour: Int, _ file: URL) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let target = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: Date())!
        try "\(target.timeIntervalSinceNow)".write(to: file, atomically: true, encoding: .utf8)
    }

    /// Says the text now and returns what reached the PCM (the file plugin rewrites its file
    /// at each opening), once the `count`th announcement has played.
    private func play(_ harness: DaemonHarness, count: Int, _ options: String...) throws -> [Int16] {
        _ = try harness.dalaba(["say", text] + options)
        _ = try harness.waitForHistory(timeout: 30) { $0.filter { $0.status == "played" }.count == count }
        return samples(try Data(contentsOf: harness.raw))
    }

    private func samples(_ data: Data) -> [Int16] {
        data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
    }

    private func wavSamples(_ file: URL) throws -> [Int16] {
        let data = try Data(contentsOf: file)
        let marker = try XCTUnwrap(data.range(of: Data("data".utf8)))
        return samples(data.subdata(in: (marker.upperBound + 4)..<data.count))
    }

    private func decibels(_ samples: [Int16]) -> Double {
        let energy = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
        return 10 * log10(energy / Double(samples.count))
    }
}

extension DaemonHarness {
    func dalaba(_ arguments: [String], prefix: [String] = []) throws -> CommandResult {
        try runProduct("dalaba", arguments + ["--socket", socket], prefix: prefix)
    }
}
