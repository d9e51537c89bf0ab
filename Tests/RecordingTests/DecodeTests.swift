import Audio
import ExternalTools
import Foundation
import Recording
import XCTest

/// Recordings made by ffmpeg (not by us) in the four formats, at four sample rates and levels,
/// decoded to the station's sound.
final class RecordingDecodeTests: XCTestCase {
    static let stationRate = 22050

    /// One test recording: a sine at `frequency`, `level` dBFS peak.
    struct Sample {
        var name: String
        var sampleRate: Int
        var channels: Int
        var frequency: Double
        var level: Double
        var codec: [String]
    }

    static let samples = [
        Sample(name: "tone.wav", sampleRate: 8000, channels: 1, frequency: 440, level: -20, codec: []),
        Sample(name: "tone.flac", sampleRate: 22050, channels: 2, frequency: 1000, level: -6, codec: []),
        Sample(name: "tone.ogg", sampleRate: 44100, channels: 2, frequency: 700, level: -30, codec: ["-c:a", "libvorbis", "-q:a", "4"]),
        Sample(name: "tone.mp3", sampleRate: 48000, channels: 1, frequency: 523.25, level: -12, codec: ["-c:a", "libmp3lame", "-b:a", "128k"]),
    ]

    /// A studio export: 96 kHz, 24 bits — the largest rate step down.
    static let studio = Sample(name: "studio.flac", sampleRate: 96000, channels: 2, frequency: 3000, level: -3,
                               codec: ["-c:a", "flac", "-sample_fmt", "s32"])

    static func make(_ sample: Sample, in folder: URL, seconds: Double = 3) throws -> URL {
        let url = folder.appendingPathComponent(sample.name)
        try FFmpeg.makeTone(url, frequency: sample.frequency, seconds: seconds, sampleRate: sample.sampleRate,
                            channels: sample.channels, level: sample.level, extra: sample.codec)
        return url
    }

    /// Frequency from the rising zero crossings over the middle half (clear of the codecs' edges).
    static func frequency(_ samples: [Int16], sampleRate: Int) -> Double {
        let middle = samples[(samples.count / 4)..<(samples.count * 3 / 4)]
        var first: Int?
        var last = 0
        var rises = 0
        for i in middle.indices.dropFirst() where middle[i - 1] < 0 && middle[i] >= 0 {
            if first == nil { first = i } else { rises += 1 }
            last = i
        }
        guard let first, rises > 0 else { return 0 }
        return Double(rises) * Double(sampleRate) / Double(last - first)
    }

    static func rmsDecibels(_ samples: ArraySlice<Int16>) -> Double {
        let sum = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
        return 10 * log10(sum / Double(samples.count) / (32768.0 * 32768.0))
    }

    func testEachFormatDecodesToStationSound() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sample in Self.samples + [Self.studio] {
            let url = try Self.make(sample, in: folder)
            let decoder = try RecordingDecoder(path: url.path, sampleRate: Self.stationRate)
            XCTAssertEqual(decoder.source.sampleRate, sample.sampleRate, sample.name)
            XCTAssertEqual(decoder.source.channels, sample.channels, sample.name)
            let audio = try Recording.decode(path: url.path, sampleRate: Self.stationRate)
            XCTAssertEqual(audio.sampleRate, Self.stationRate)
            // MP3 and Vorbis carry encoder delay and padding; libsndfile trims most of it.
            XCTAssertEqual(audio.duration, 3, accuracy: 0.06, sample.name)
            XCTAssertEqual(Self.frequency(audio.samples, sampleRate: Self.stationRate), sample.frequency,
                           accuracy: sample.frequency * 0.005, sample.name)
            // The level survives decoding, downmix and resampling: as ffmpeg's own decoder hears it.
            XCTAssertEqual(Self.rmsDecibels(audio.samples[...]), try FFmpeg.rmsLevel(of: url), accuracy: 0.2, sample.name)
        }
    }

    /// Left and right differ: the downmix is their mean, not one side.
    func testStereoIsMixedToMono() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("left-only.flac")
        try FFmpeg.run(["-f", "lavfi", "-i", "sine=frequency=600:sample_rate=44100:duration=2",
                        "-af", "volume=\(-6 + 20 * log10(8.0))dB,pan=stereo|c0=c0|c1=0*c0", url.path])
        let audio = try Recording.decode(path: url.path, sampleRate: Self.stationRate)
        let middle = audio.samples[(audio.samples.count / 4)..<(audio.samples.count * 3 / 4)]
        XCTAssertEqual(Self.rmsDecibels(middle), -6 - 3.01 - 6.02, accuracy: 0.3)
        XCTAssertEqual(Self.frequency(audio.samples, sampleRate: Self.stationRate), 600, accuracy: 3)
    }

    /// Decoders share nothing: the four files decoded on four threads at once come out exactly
    /// as decoded one after the other.
    func testDecodersRunInParallel() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let urls = try Self.samples.map { try Self.make($0, in: folder) }
        let alone = try urls.map { try Recording.decode(path: $0.path, sampleRate: Self.stationRate) }
        let together = Results(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count * 2) { i in
            together.set(i % urls.count, Result { try Recording.decode(path: urls[i % urls.count].path, sampleRate: Self.stationRate) })
        }
        for (i, expected) in alone.enumerated() {
            XCTAssertEqual(try together.get(i).get(), expected, urls[i].lastPathComponent)
        }
    }

    final class Results: @unchecked Sendable {
        private var values: [Result<PCMBuffer, RecordingError>?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Result<PCMBuffer, any Error>) {
            lock.withLock { values[i] = value.mapError { $0 as! RecordingError } }
        }
        func get(_ i: Int) -> Result<PCMBuffer, RecordingError> { lock.withLock { values[i]! } }
    }

    /// A 10-minute MP3 decodes in short steps (the player thread can do other work between
    /// them), and the whole of it takes a few seconds at most. Prints the figures for docs/audio.md.
    func testTenMinuteMP3DecodesInShortSteps() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("program.mp3")
        try FFmpeg.run(["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=600",
                        "-ac", "2", "-c:a", "libmp3lame", "-b:a", "128k", url.path])
        let wallStart = Date()
        let cpuStart = Self.threadCPUTime()
        let decoder = try RecordingDecoder(path: url.path, sampleRate: Self.stationRate)
        var count = 0
        var longestStep = 0.0
        var steps = 0
        while true {
            let stepStart = Date()
            guard let piece = try decoder.next() else { break }
            longestStep = max(longestStep, Date().timeIntervalSince(stepStart))
            count += piece.count
            steps += 1
        }
        let wall = Date().timeIntervalSince(wallStart)
        let cpu = Self.threadCPUTime() - cpuStart
        print(String(format: "10-minute MP3 (44.1 kHz stereo 128k): %.2f s wall, %.2f s CPU, %d steps, longest step %.1f ms",
                     wall, cpu, steps, longestStep * 1000))
        XCTAssertEqual(Double(count) / Double(Self.stationRate), 600, accuracy: 0.2)
        XCTAssertLessThan(longestStep, 0.25, "one step of about 0.5 s of sound must not hold the thread for long")
        XCTAssertLessThan(cpu, 30, "decoding 10 minutes should take seconds, not minutes")
    }

    static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
