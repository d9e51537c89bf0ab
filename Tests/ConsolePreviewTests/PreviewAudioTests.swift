import Audio
import ConsolePreview
import Foundation
import HubTestSupport
import Vocabulary
import XCTest

/// The preview's WAV is the station's rendering: the same samples as `dalaba preview -o` (a
/// fresh process, as the daemon's isolated synthesis is), chime included as the station plays it.
final class PreviewAudioTests: XCTestCase {
    /// Synthesis in fresh dalabad processes, as the daemon does (dalabad serves as a worker).
    static let preview: ConsolePreview = try! ConsolePreview(
        voicesDirectory: voicesDirectory, synthesisWorker: productsDirectory.appendingPathComponent("dalabad"))

    /// `dalaba preview` (dalaba-tools) of `text` written to a WAV, in an empty folder so that no
    /// station.yaml of the machine's is read.
    func stationRendering(_ text: String, _ arguments: [String] = []) throws -> PCMBuffer {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("dalaba-tools")
        process.arguments = ["preview", text, "--voices", voicesDirectory.path, "-o", dir.appendingPathComponent("out.wav").path] + arguments
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return try WAV.decode(Data(contentsOf: dir.appendingPathComponent("out.wav")))
    }

    func testTheWAVIsWhatTheStationRendersWithTheChime() throws {
        let text = "各位村民请注意，明天上午九点在村委会开会。"
        let audio = try Self.preview.renderedAudio(of: text)
        XCTAssertEqual(audio.opening, .dingDong)
        let preview = try WAV.decode(audio.wav)
        let station = try stationRendering(text)
        XCTAssertEqual(preview.sampleRate, station.sampleRate)
        XCTAssertGreaterThan(preview.duration, 2)
        XCTAssertEqual(preview.samples.count, station.samples.count)
        XCTAssertTrue(preview.samples == station.samples, "the preview's samples differ from dalaba preview's")
        XCTAssertEqual(audio.seconds, preview.duration, accuracy: 0.001)
    }

    func testNoChimeAndEmergencyAsTheStationPlaysThem() throws {
        let text = "请大家注意防火。"
        let quiet = try Self.preview.renderedAudio(of: text, settings: PreviewSettings(chime: false, repeatCount: 2, gap: 1))
        XCTAssertEqual(quiet.opening, .none)
        XCTAssertTrue(try WAV.decode(quiet.wav).samples == stationRendering(text, ["--no-chime", "--repeat", "2", "--gap", "1"]).samples)

        // An emergency opens with the alert tone even with the chime turned off.
        let alarm = try Self.preview.renderedAudio(of: text, settings: PreviewSettings(priority: .emergency, chime: false))
        XCTAssertEqual(alarm.opening, .alert)
        XCTAssertTrue(try WAV.decode(alarm.wav).samples == stationRendering(text, ["--alert"]).samples)
    }

    /// libespeak-ng keeps state between utterances: in a long-running console only fresh
    /// processes keep the tenth preview of a text the same as the first.
    func testRenderingsDoNotDependOnWhatCameBefore() async throws {
        let first = try await Self.preview.audio(of: "今天下午停水。", settings: PreviewSettings(chime: false))
        _ = try await Self.preview.audio(of: "各位村民，明天上午开会，请准时参加。", settings: PreviewSettings(chime: false))
        let dir = try voicesWithLocalLexicon("")
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = try ConsolePreview(voicesDirectory: dir, synthesisWorker: productsDirectory.appendingPathComponent("dalabad"))
        let again = try await other.audio(of: "今天下午停水。", settings: PreviewSettings(chime: false))
        XCTAssertTrue(first.wav == again.wav)
    }

    func testAnUnknownVoiceNamesTheInstalledOnes() async throws {
        do {
            _ = try await Self.preview.audio(of: "请注意", settings: PreviewSettings(voice: "nosuchvoice"))
            XCTFail("rendered with a voice that does not exist")
        } catch {
            XCTAssertTrue("\(error)".contains("standard"), "\(error)")
        }
    }

    /// Figures for docs/console.md: a reading and a rendering of a typical notice.
    func testTimings() throws {
        let text = "各位村民请注意：因线路检修，明天上午八点至下午五点全村停电，请大家提前做好准备。"
        var start = Date()
        _ = try Self.preview.reading(of: text)
        let reading = Date().timeIntervalSince(start)
        start = Date()
        let audio = try Self.preview.renderedAudio(of: text, settings: PreviewSettings(repeatCount: 2))
        let rendering = Date().timeIntervalSince(start)
        start = Date()
        _ = try Self.preview.renderedAudio(of: text, settings: PreviewSettings(repeatCount: 2))
        let cached = Date().timeIntervalSince(start)
        print(String(format: "preview timings: reading %.1f ms, rendering %.0f ms (%.1f s of audio, %d KB), cached %.2f ms",
                     reading * 1000, rendering * 1000, audio.seconds, audio.wav.count / 1024, cached * 1000))
        XCTAssertLessThan(cached, rendering)
    }
}
