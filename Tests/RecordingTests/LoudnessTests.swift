import Announcer
import Audio
import ExternalTools
import Foundation
import Loudness
import Mandarin
import Recording
import Speech
import XCTest

/// Everything the station plays brought to one loudness, checked by a meter that is not ours:
/// ffmpeg's ebur128 filter on the WAV the station's own writer makes.
final class LoudnessTests: XCTestCase {
    static let rate = 22050
    var folder: URL!

    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Normalizes `audio`, writes it with the station's WAV writer, and checks ffmpeg's figures
    /// against the target: integrated within ±1 LU, true peak at or under the ceiling.
    @discardableResult
    func checkNormalized(_ audio: PCMBuffer, _ name: String, target: LoudnessTarget = .horns,
                         file: StaticString = #filePath, line: UInt = #line) throws -> Loudness.Normalized {
        let result = try Loudness.normalize(audio, to: target)
        XCTAssertEqual(result.audio.samples.count, audio.samples.count, "same length", file: file, line: line)
        let url = folder.appendingPathComponent("\(name).wav")
        try WAV.write(result.audio, to: url)
        let before = try FFmpeg.loudness(of: { let u = folder.appendingPathComponent("\(name)-before.wav"); try WAV.write(audio, to: u); return u }())
        let after = try FFmpeg.loudness(of: url)
        print(String(format: "loudness %@: before %.1f LUFS %.1f dBTP; after %.1f LUFS %.1f dBTP (ffmpeg); gain %+.1f dB%@",
                     name, before.integrated, before.truePeak, after.integrated, after.truePeak, result.gain,
                     result.limited ? ", limited" : ""))
        XCTAssertEqual(after.integrated, target.integrated, accuracy: 1.0, "\(name): integrated loudness", file: file, line: line)
        XCTAssertLessThanOrEqual(after.truePeak, target.truePeakCeiling, "\(name): true peak", file: file, line: line)
        // Our meter (libebur128) and ffmpeg's agree on what was there before.
        XCTAssertEqual(result.before.integrated, before.integrated, accuracy: 0.3, "\(name): meters agree", file: file, line: line)
        return result
    }

    func testRecordingsInFourFormats() throws {
        for sample in RecordingDecodeTests.samples {
            let url = try RecordingDecodeTests.make(sample, in: folder, seconds: 4)
            let audio = try Recording.decode(path: url.path, sampleRate: Self.rate)
            try checkNormalized(audio, sample.name)
        }
    }

    /// A phone recording of speech: eSpeak NG's own program (not our binding) made the voice,
    /// ffmpeg made it a quiet 48 kHz stereo MP3.
    func testSpeechRecordingMadeByOtherTools() throws {
        let wav = folder.appendingPathComponent("voice.wav")
        let espeak = Process()
        espeak.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        espeak.arguments = ["-v", "cmn-latn-pinyin", "-w", wav.path,
                            "ge4 wei4 cun1min2 qing3 zhu4yi4, ming2tian1 shang4wu3 jiu3 dian3 zai4 cun1wei3hui4 kai1hui4."]
        try espeak.run()
        espeak.waitUntilExit()
        XCTAssertEqual(espeak.terminationStatus, 0, "espeak-ng (run `make deps`)")
        let mp3 = folder.appendingPathComponent("voice.mp3")
        try FFmpeg.run(["-i", wav.path, "-af", "volume=-14dB", "-ac", "2", "-ar", "48000", "-c:a", "libmp3lame", mp3.path])
        let audio = try Recording.decode(path: mp3.path, sampleRate: Self.rate)
        let result = try checkNormalized(audio, "voice.mp3")
        XCTAssertTrue(result.limited, "speech peaks ~19 dB above its loudness need the limiter at −16 LUFS / −1 dBTP")
    }

    /// The station's own voice, rendered as `dalaba preview` does, and its two chimes.
    func testStationSpeechAndChimes() throws {
        let speech = try Synthesizer.shared.synthesize(
            pinyin: "ge4 wei4 cun1min2 qing3 zhu4yi4, ming2tian1 shang4wu3 jiu3 dian3 zai4 cun1wei3hui4 kai1hui4.",
            voice: VoiceProfile(name: "test", rate: 150))
        try checkNormalized(speech, "speech")
        let announcement = AnnouncementRenderer.render(speech: speech, repeat: 2, gap: 2, chime: .none)
        try checkNormalized(announcement, "announcement")
        for chime in [Chime.dingDong, .alert] {
            try checkNormalized(PCMBuffer(samples: chime.render(sampleRate: speech.sampleRate), sampleRate: speech.sampleRate), "chime-\(chime)")
        }
    }

    /// What the station broadcasts: the Announcer levels the chime and the speech each to the
    /// target; a voice's gain moves its speech from the target; another target is honoured.
    func testAnnouncerLevelsChimeAndSpeech() throws {
        let voicesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("voices")
        let voices = try VoiceLibrary(directory: voicesDirectory)
        let text = "ge4 wei4 cun1min2 qing3 zhu4yi4, ming2tian1 shang4wu3 jiu3 dian3 zai4 cun1wei3hui4 kai1hui4."
        for (target, gain) in [(LoudnessTarget.horns, 1.0), (.horns, 0.5), (LoudnessTarget(integrated: -20, truePeakCeiling: -3), 1.0)] {
            let announcer = Announcer(voices: voices, loadReader: { try MandarinReader(voicesDirectory: voicesDirectory) },
                                      loudness: target)
            let speech = try Synthesizer.shared.synthesize(pinyin: text, voice: VoiceProfile(name: "test", gain: gain))
            let audio = try announcer.levelled(speech: speech, gain: gain, script: AnnouncementScript(.text(text), opening: .dingDong))
            let rate = audio.sampleRate
            let chimeEnd = Chime.dingDong.render(sampleRate: rate).count
            let speechStart = chimeEnd + Int(AnnouncementRenderer.silenceAfterChime * Double(rate))
            let speechEnd = audio.samples.count - Int(AnnouncementRenderer.tailSilence * Double(rate))
            XCTAssertEqual(speechEnd - speechStart, speech.samples.count, "layout: chime, breath, speech, tail")
            for (name, part, expected) in [("chime", audio.samples[..<chimeEnd], target.integrated),
                                           ("speech", audio.samples[speechStart..<speechEnd], target.integrated + 20 * log10(gain))] {
                let url = folder.appendingPathComponent("announcer-\(name).wav")
                try WAV.write(PCMBuffer(samples: Array(part), sampleRate: rate), to: url)
                let measured = try FFmpeg.loudness(of: url)
                print(String(format: "announcer %@ (target %.0f LUFS, gain %.1f): %.1f LUFS %.1f dBTP (ffmpeg)",
                             name, target.integrated, gain, measured.integrated, measured.truePeak))
                XCTAssertEqual(measured.integrated, expected, accuracy: 1.0, "\(name) at \(target), gain \(gain)")
                XCTAssertLessThanOrEqual(measured.truePeak, target.truePeakCeiling, "\(name) at \(target), gain \(gain)")
            }
        }
    }

    /// Peaks between the samples: bursts of a quarter-rate sine sampled at 45° have samples at
    /// 0.71 of their true peak. A sample-peak limiter would let them through; ours holds them
    /// under the ceiling as ffmpeg (oversampling to 192 kHz) measures them.
    func testIntersamplePeaksStayUnderTheCeiling() throws {
        let rate = Self.rate
        let samples = (0..<(3 * rate)).map { i -> Int16 in
            let t = Double(i) / Double(rate)
            var v = 0.1 * sin(2 * .pi * 300 * t)
            if i % (rate / 2) < 44 { v += 0.6 * sin(.pi / 2 * Double(i) + .pi / 4) }
            return Int16((v * 32767).rounded())
        }
        let result = try checkNormalized(PCMBuffer(samples: samples, sampleRate: rate), "intersample")
        XCTAssertTrue(result.limited)
    }

    /// The target is a parameter: broadcast's −23 LUFS / −2 dBTP is met as well.
    func testOtherTarget() throws {
        let sample = RecordingDecodeTests.samples[1]
        let audio = try Recording.decode(path: RecordingDecodeTests.make(sample, in: folder).path, sampleRate: Self.rate)
        try checkNormalized(audio, "broadcast", target: LoudnessTarget(integrated: -23, truePeakCeiling: -2))
    }

    /// Silence and sound too short to measure come back as they were.
    func testSilenceAndShortSoundUnchanged() throws {
        let silence = PCMBuffer(samples: [Int16](repeating: 0, count: Self.rate), sampleRate: Self.rate)
        XCTAssertEqual(try Loudness.normalize(silence).audio, silence)
        let blip = PCMBuffer(samples: (0..<2000).map { Int16(8000 * sin(Double($0) / 5)) }, sampleRate: Self.rate)
        XCTAssertEqual(try Loudness.normalize(blip).audio, blip)
        XCTAssertEqual(try Loudness.normalize(PCMBuffer(sampleRate: Self.rate)).audio.samples, [])
    }

    func testTargetValidation() {
        XCTAssertNoThrow(try LoudnessTarget.horns.validate())
        XCTAssertThrowsError(try LoudnessTarget(integrated: 0).validate())
        XCTAssertThrowsError(try LoudnessTarget(integrated: -16, truePeakCeiling: 3).validate())
        XCTAssertThrowsError(try LoudnessTarget(integrated: -10, truePeakCeiling: -11).validate())
    }
}
