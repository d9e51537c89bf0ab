@testable import Audio
import Foundation
import XCTest

final class SinkTests: XCTestCase {
    func tone(seconds: Double, rate: Int = 22050) -> PCMBuffer {
        let n = Int(seconds * Double(rate))
        return PCMBuffer(samples: (0..<n).map { Int16(8000 * sin(2 * Double.pi * 440 * Double($0) / Double(rate))) }, sampleRate: rate)
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testWAVRoundTripAndHeader() throws {
        let buffer = tone(seconds: 0.5)
        let data = WAV.encode(buffer)
        XCTAssertEqual(data.count, 44 + buffer.samples.count * 2)
        XCTAssertEqual(String(decoding: data[0..<4], as: UTF8.self), "RIFF")
        XCTAssertEqual(String(decoding: data[8..<12], as: UTF8.self), "WAVE")
        XCTAssertEqual(try WAV.decode(data), buffer)
        XCTAssertThrowsError(try WAV.decode(Data("RIFF0000WAVEjunk".utf8)))
        XCTAssertThrowsError(try WAV.decode(Data([1, 2, 3])))
    }

    func testWAVFileSinkWritesTheFile() throws {
        let url = try temporaryDirectory().appendingPathComponent("x.wav")
        let buffer = tone(seconds: 0.3)
        XCTAssertEqual(try WAVFileSink(url: url).play(buffer), .finished)
        XCTAssertEqual(try WAV.decode(Data(contentsOf: url)), buffer)
    }

    func testUnwritablePathLeavesNothingBehind() throws {
        let dir = try temporaryDirectory()
        let url = dir.appendingPathComponent("missing-folder/x.wav")
        XCTAssertThrowsError(try WAVFileSink(url: url).play(tone(seconds: 0.1))) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("cannot write \(url.path)"), message)
            XCTAssertTrue(message.contains("No such file or directory"), message)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testWAVDirectorySinkWritesOneFilePerAnnouncement() throws {
        let dir = try temporaryDirectory().appendingPathComponent("spoken")
        let sink = WAVDirectorySink(directory: dir)
        _ = try sink.play(tone(seconds: 0.1))
        let first = try XCTUnwrap(sink.lastFile)
        _ = try sink.play(tone(seconds: 0.2))
        XCTAssertNotEqual(sink.lastFile, first)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).count, 2)
    }

    /// The acceptance check: the real libasound, through the file plugin, receives exactly the
    /// samples the WAV sink writes.
    func testALSAPlaysTheSameSamplesAsTheWAVSink() throws {
        ALSAFilePCM.reset()
        let buffer = tone(seconds: 1.3)
        let wav = try temporaryDirectory().appendingPathComponent("same.wav")
        _ = try WAVFileSink(url: wav).play(buffer)
        XCTAssertEqual(try ALSASink(device: "loudspeaker").play(buffer), .finished)
        let played = try ALSAFilePCM.played()
        XCTAssertEqual(played.count, buffer.samples.count)
        XCTAssertTrue(played == (try WAV.decode(Data(contentsOf: wav))).samples, "ALSA and WAV samples differ")
    }

    func testStopRequestEndsPlaybackEarly() throws {
        ALSAFilePCM.reset()
        let buffer = tone(seconds: 3)
        var checks = 0
        let end = try ALSASink(device: "loudspeaker").play(buffer, shouldStop: {
            checks += 1
            return checks > 3
        })
        XCTAssertEqual(end, .stopped)
        XCTAssertLessThan(try ALSAFilePCM.played().count, buffer.samples.count / 2)
    }

    /// Start latency (issue 13): with an instant, the device is open before it (the file
    /// plugin's file exists at the first stop question, asked while waiting) and the first
    /// sample goes out on it, never before.
    func testStartingAtOpensFirstThenStartsOnTheInstant() throws {
        ALSAFilePCM.reset()
        let buffer = tone(seconds: 0.2)
        let instant = Date().addingTimeInterval(0.3)
        var openBeforeInstant: Bool?
        var started: Date?
        let end = try ALSASink(device: "loudspeaker").play(buffer, startingAt: instant, started: { started = $0 }, shouldStop: {
            if openBeforeInstant == nil, Date() < instant { openBeforeInstant = FileManager.default.fileExists(atPath: ALSAFilePCM.rawFile.path) }
            return false
        })
        XCTAssertEqual(end, .finished)
        XCTAssertEqual(openBeforeInstant, true, "the device was not open while waiting for the instant")
        let start = try XCTUnwrap(started)
        XCTAssertGreaterThanOrEqual(start, instant, "the first sample went out before its instant")
        XCTAssertEqual(try ALSAFilePCM.played(), buffer.samples)
    }

    func testStopWhileWaitingForTheInstantPlaysNothing() throws {
        ALSAFilePCM.reset()
        var started = false
        var asked = 0
        let end = try ALSASink(device: "loudspeaker").play(tone(seconds: 0.2), startingAt: Date().addingTimeInterval(30), started: { _ in started = true }, shouldStop: {
            asked += 1
            return asked > 2
        })
        XCTAssertEqual(end, .stopped)
        XCTAssertFalse(started)
        XCTAssertEqual(try ALSAFilePCM.played(), [])
    }

    func testMissingDeviceCarriesALSAsOwnMessage() {
        _ = ALSAFilePCM.directory
        XCTAssertThrowsError(try ALSASink(device: "nosuchspeaker").play(tone(seconds: 0.1))) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("cannot open the speaker 'nosuchspeaker': No such file or directory"), message)
            XCTAssertTrue(message.contains("aplay -L"), message)
        }
    }

    func testStereoAndResamplingAdaptation() {
        let mono = PCMBuffer(samples: [0, 100, 200, 300], sampleRate: 22050)
        XCTAssertEqual(ALSASink.adapt(mono, toRate: 22050, channels: 2), [0, 0, 100, 100, 200, 200, 300, 300])
        let doubled = ALSASink.adapt(mono, toRate: 44100, channels: 1)
        XCTAssertEqual(doubled.count, 8)
        XCTAssertEqual(Array(doubled.prefix(4)), [0, 50, 100, 150])
    }

    func testNullSinkPlaysInstantly() throws {
        XCTAssertEqual(try NullSink().play(tone(seconds: 10)), .finished)
        XCTAssertEqual(try NullSink().play(tone(seconds: 10), shouldStop: { true }), .stopped)
    }

    func testSoundCardDetection() throws {
        let dir = try temporaryDirectory()
        let none = dir.appendingPathComponent("none"), one = dir.appendingPathComponent("one")
        try "--- no soundcards ---\n".write(to: none, atomically: true, encoding: .utf8)
        try " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n".write(to: one, atomically: true, encoding: .utf8)
        XCTAssertFalse(SoundCards.present(cardsFile: none.path))
        XCTAssertTrue(SoundCards.present(cardsFile: one.path))
        XCTAssertFalse(SoundCards.present(cardsFile: dir.appendingPathComponent("absent").path))
    }
}
