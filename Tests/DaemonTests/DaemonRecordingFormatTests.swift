import ExternalTools
import Foundation
import XCTest

/// The four formats of issue 13, each made by a tool that is not ours (sox, ffmpeg) at its own
/// sample rate and level, played by a running dalabad as a program (`audio:`) and by `dalaba
/// say --audio`, checked at the ALSA file-plugin PCM: sound present, the right length, and the
/// station's loudness (−16 LUFS) within ±1 LU as ffmpeg's ebur128 filter measures it.
final class DaemonRecordingFormatTests: XCTestCase {
    struct Sample {
        var name: String
        /// The command that makes it, `{}` standing for the file.
        var command: [String]
    }

    static let seconds = 1.5
    /// Four rates and four levels, none the station's 22.05 kHz or its loudness.
    static let samples = [
        Sample(name: "tone.wav", command: ["/usr/bin/sox", "-n", "-r", "8000", "-c", "1", "-b", "16", "{}",
                                           "synth", "\(seconds)", "sine", "440", "gain", "-30"]),
        Sample(name: "tone.flac", command: ffmpegTone(rate: 96000, channels: 2, frequency: 1000, level: -3, codec: ["-c:a", "flac", "-sample_fmt", "s32"])),
        Sample(name: "tone.ogg", command: ffmpegTone(rate: 44100, channels: 2, frequency: 700, level: -24, codec: ["-c:a", "libvorbis", "-q:a", "4"])),
        Sample(name: "tone.mp3", command: ffmpegTone(rate: 48000, channels: 1, frequency: 523.25, level: -12, codec: ["-c:a", "libmp3lame", "-b:a", "128k"])),
    ]

    static func ffmpegTone(rate: Int, channels: Int, frequency: Double, level: Double, codec: [String]) -> [String] {
        ["/usr/bin/ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", "sine=frequency=\(frequency):sample_rate=\(rate):duration=\(seconds)",
         "-af", "volume=\(level + 20 * log10(8.0))dB", "-ac", "\(channels)"] + codec + ["{}"]
    }

    func make(_ sample: Sample, in folder: URL) throws {
        let url = folder.appendingPathComponent(sample.name)
        let tool = Process()
        tool.executableURL = URL(fileURLWithPath: sample.command[0])
        tool.arguments = sample.command.dropFirst().map { $0 == "{}" ? url.path : $0 }
        try tool.run()
        tool.waitUntilExit()
        XCTAssertEqual(tool.terminationStatus, 0, "\(sample.command[0]) made \(sample.name)")
    }

    /// What one announcement put into the PCM's file, removed then so the next starts afresh
    /// (the file plugin creates it at each opening of the PCM).
    func takePlayed(_ harness: DaemonHarness) throws -> URL {
        let taken = harness.directory.appendingPathComponent("played-\(UUID().uuidString.prefix(6)).raw")
        try FileManager.default.moveItem(at: harness.raw, to: taken)
        return taken
    }

    /// Sound present, as long as the recording and the 0.5 s tail, at the station's loudness.
    func checkPlayed(_ raw: URL, _ what: String) throws {
        let data = try Data(contentsOf: raw)
        let samples = data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        let seconds = Double(samples.count) / Double(sampleRate)
        // Codecs pad a few tens of ms (an MP3 frame, Vorbis' pre-skip).
        XCTAssertEqual(seconds, Self.seconds + 0.5, accuracy: 0.15, "\(what): played \(seconds) s")
        XCTAssertGreaterThan(samples.map { abs(Int($0)) }.max() ?? 0, 3000, "\(what): sound at the PCM")
        let measured = try FFmpeg.loudness(of: raw, input: ["-f", "s16le", "-ar", "\(sampleRate)", "-ac", "1"])
        XCTAssertEqual(measured.integrated, -16, accuracy: 1, "\(what): \(measured.integrated) LUFS")
        XCTAssertLessThanOrEqual(measured.truePeak, -1, "\(what): true peak \(measured.truePeak) dBTP")
        print("\(what): \(String(format: "%.2f", seconds)) s, \(measured.integrated) LUFS, \(measured.truePeak) dBTP")
    }

    func finished(_ lines: [HistoryLine]) -> Int {
        lines.count { $0.status != "pending" && $0.status != "playing" }
    }

    func testEachFormatPlaysAsAProgramAndBySayAtTheStationLoudness() throws {
        let harness = try DaemonHarness(stationYAML: DaemonRecordingTests.noLeadIn)
        defer { harness.tearDown() }
        for sample in Self.samples { try make(sample, in: harness.schedules) }
        // One program a recording, 5 s apart (1.5 s of sound and the 0.5 s tail each; the rest
        // for this test to poll the history and take the played file before the next one plays,
        // which took over a second on a loaded machine). The first startMargin ahead: with 5 s,
        // beside CPU hogs, the daemon was not up before it, and it was planned for tomorrow.
        let first = wholeSecond(startMargin)
        let calendar = Calendar(identifier: .gregorian)
        for (index, sample) in Self.samples.enumerated() {
            let parts = calendar.dateComponents(in: TimeZone(identifier: "UTC")!, from: first.addingTimeInterval(5 * Double(index)))
            let time = String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
            try "title: \(sample.name)\naudio: \(sample.name)\ndays: daily\ntimes: [\"\(time)\"]\nchime: false\n"
                .write(to: harness.schedules.appendingPathComponent("\(index).yaml"), atomically: true, encoding: .utf8)
        }
        try harness.start()
        for (index, sample) in Self.samples.enumerated() {
            let lines = try harness.waitForHistory(timeout: 15) { finished($0) == index + 1 }
            XCTAssertEqual(lines.first { $0.title == sample.name }?.status, "played", harness.log.text)
            try checkPlayed(try takePlayed(harness), "program \(sample.name)")
        }
        for (index, sample) in Self.samples.enumerated() {
            let said = try harness.dalaba("say", "--audio", harness.schedules.appendingPathComponent(sample.name).path, "--no-chime")
            XCTAssertEqual(said.status, 0, said.stderr)
            let lines = try harness.waitForHistory(timeout: 15) { finished($0) == Self.samples.count + index + 1 }
            XCTAssertEqual(lines.filter { $0.status == "played" }.count, Self.samples.count + index + 1, harness.log.text)
            try checkPlayed(try takePlayed(harness), "say --audio \(sample.name)")
        }
    }
}
