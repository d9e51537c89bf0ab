import Foundation
import XCTest

/// `dalaba preview` is for hearing exactly the broadcast: the same announcement rendered by
/// preview and played by a running dalabad into its WAV sink must be the same samples.
/// The daemon has spoken other announcements first: libespeak-ng carries a little state
/// (pitch-flutter phase, gain control) from one utterance to the next within a process, which
/// is why the daemon synthesizes each announcement in a fresh child (docs/daemon.md).
final class DaemonPreviewTests: XCTestCase {
    let text = "各位村民请注意，今天下午三点在村委会开会。"

    /// Two readings: the gap between them was 2 s in preview and 3 s on the station.
    func testPreviewIsTheBroadcastSampleForSample() throws {
        try compare(say: ["--repeat", "2"], preview: ["--repeat", "2"])
    }

    /// An emergency (alert tone) from a voices folder without `standard`: the station fell back
    /// to the first voice while preview insisted on `standard`.
    func testEmergencyWithTheFallbackVoiceIsTheSame() throws {
        let voices = URL(fileURLWithPath: "/tmp").appendingPathComponent("dalaba-voices-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: voices, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: voices) }
        let repoVoices = repositoryRoot.appendingPathComponent("voices")
        try FileManager.default.copyItem(at: repoVoices.appendingPathComponent("slow.yaml"), to: voices.appendingPathComponent("slow.yaml"))
        for shared in ["mandarin", "lexicon.local.tsv"] {
            try FileManager.default.createSymbolicLink(at: voices.appendingPathComponent(shared), withDestinationURL: repoVoices.appendingPathComponent(shared))
        }
        try compare(say: ["--priority", "emergency"], preview: ["--alert"], voices: voices)
    }

    private func compare(say: [String], preview: [String], voices: URL = repositoryRoot.appendingPathComponent("voices")) throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        let sink = harness.directory.appendingPathComponent("wav")
        try harness.start(output: "wav:" + sink.path, voices: voices)
        for other in ["请大家注意防火。", "明天上午九点开会。"] { _ = try harness.say(other) }
        let id = try harness.say(text, say[0], say[1])
        let history = try harness.waitForHistory(timeout: 60) { $0.filter { $0.status == "played" }.count == 3 }
        // The WAV sink numbers its files in playing order (an emergency goes first).
        let order = try XCTUnwrap(history.filter { $0.status == "played" }.sorted { ($0.started ?? .distantPast) < ($1.started ?? .distantPast) }
            .firstIndex { $0.id == id })
        let played = try FileManager.default.contentsOfDirectory(at: sink, includingPropertiesForKeys: nil)
        XCTAssertEqual(played.count, 3, "\(played)")
        let wav = try XCTUnwrap(played.first { $0.lastPathComponent.hasSuffix("-\(order + 1).wav") }, "\(played)")
        let broadcast = try Data(contentsOf: wav)

        let file = harness.directory.appendingPathComponent("preview.wav")
        let result = try runProduct("dalaba", ["preview", text, "-o", file.path, "--voices", voices.path] + preview)
        guard result.status == 0 else { return XCTFail("preview failed (\(result.status)): \(result.stderr)") }
        let previewed = try Data(contentsOf: file)

        // 16-bit mono at 22050 Hz after a 44-byte header: the lengths say by how much they differ.
        func seconds(_ wav: Data) -> Double { Double(wav.count - 44) / Double(2 * sampleRate) }
        XCTAssertEqual(previewed.count, broadcast.count,
                       String(format: "preview %.2f s, station %.2f s", seconds(previewed), seconds(broadcast)))
        XCTAssertTrue(previewed == broadcast, "same length, different samples")
    }
}
