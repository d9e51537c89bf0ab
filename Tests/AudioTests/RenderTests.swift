import Audio
import Foundation
import Speech
import XCTest

final class RenderTests: XCTestCase {
    static let speech: PCMBuffer = try! Synthesizer.shared.synthesize(
        pinyin: "ge4 wei4 cun1min2 qing3 zhu4yi4", voice: VoiceProfile(name: "test", rate: 150))

    func dB(_ ratio: Double) -> Double { 20 * log10(ratio) }

    func testChimesAreAtTheTargetLevel() {
        for chime in [Chime.dingDong, .alert] {
            let samples = chime.render(sampleRate: 22050)
            XCTAssertGreaterThan(samples.count, 22050, "\(chime) lasts over a second")
            let rms = Level.activeRMS(samples, sampleRate: 22050)
            XCTAssertLessThan(abs(dB(rms / Level.targetActiveRMS)), 0.5, "\(chime)")
        }
        XCTAssertTrue(Chime.none.render(sampleRate: 22050).isEmpty)
    }

    /// The alert must not be mistaken for the chime: it sustains (no decay) and is higher.
    func testAlertSoundsDifferentFromTheChime() {
        func zeroCrossingsPerSecond(_ s: [Int16]) -> Double {
            var n = 0
            for i in 1..<s.count where (s[i - 1] < 0) != (s[i] < 0) { n += 1 }
            return Double(n) / (Double(s.count) / 22050)
        }
        func lastQuarterLevel(_ s: [Int16]) -> Double {
            Level.activeRMS(s[(s.count * 3 / 4)...], sampleRate: 22050) / Level.activeRMS(s, sampleRate: 22050)
        }
        let chime = Chime.dingDong.render(sampleRate: 22050)
        let alert = Chime.alert.render(sampleRate: 22050)
        XCTAssertGreaterThan(zeroCrossingsPerSecond(alert), zeroCrossingsPerSecond(chime) * 1.3)
        XCTAssertGreaterThan(lastQuarterLevel(alert), 0.8)
        XCTAssertLessThan(Level.peak(chime[(chime.count * 9 / 10)...]), Level.peak(chime[...]) * 0.3, "the chime decays")
    }

    func testRenderLayoutChimeSilenceSpeechTail() {
        let speech = Self.speech
        let rate = speech.sampleRate
        let chimeCount = Chime.dingDong.render(sampleRate: rate).count
        let render = AnnouncementRenderer.render(speech: speech, repeat: 2, gap: 1.5, chime: .dingDong)
        let silence = Int(AnnouncementRenderer.silenceAfterChime * Double(rate))
        let gap = Int(1.5 * Double(rate))
        let tail = Int(AnnouncementRenderer.tailSilence * Double(rate))
        XCTAssertEqual(render.samples.count, chimeCount + silence + 2 * speech.samples.count + gap + tail)

        let chimePart = render.samples[0..<chimeCount]
        let pause = render.samples[chimeCount..<chimeCount + silence]
        let firstSpeech = render.samples[(chimeCount + silence)..<(chimeCount + silence + speech.samples.count)]
        XCTAssertGreaterThan(Level.activeRMS(chimePart, sampleRate: rate), 0.05)
        XCTAssertEqual(Level.peak(pause), 0)
        XCTAssertGreaterThan(Level.activeRMS(firstSpeech, sampleRate: rate), 0.05)
        XCTAssertEqual(Level.peak(render.samples.suffix(tail)), 0)
    }

    func testChimeAndSpeechEquallyLoudAndNothingClips() {
        // A very quiet and a very loud input both come out at the same level as the chime.
        for factor in [0.05, 1.0, 8.0] {
            var speech = Self.speech
            speech.samples = speech.samples.map { Int16(max(-32768, min(32767, Double($0) * factor))) }
            let render = AnnouncementRenderer.render(speech: speech, chime: .dingDong)
            let chimeCount = Chime.dingDong.render(sampleRate: speech.sampleRate).count
            let chimeRMS = Level.activeRMS(render.samples[0..<chimeCount], sampleRate: speech.sampleRate)
            let speechRMS = Level.activeRMS(render.samples[chimeCount...], sampleRate: speech.sampleRate)
            XCTAssertLessThan(abs(dB(chimeRMS / speechRMS)), 1.0, "input ×\(factor)")
            XCTAssertLessThanOrEqual(Level.peak(render.samples[...]), AnnouncementRenderer.peakCeiling + 1e-4, "input ×\(factor)")
        }
    }

    func testGainScalesButNeverClips() {
        let normal = AnnouncementRenderer.render(speech: Self.speech, chime: .none)
        let quiet = AnnouncementRenderer.render(speech: Self.speech, chime: .none, gain: 0.5)
        let loud = AnnouncementRenderer.render(speech: Self.speech, chime: .none, gain: 4.0)
        let r = Self.speech.sampleRate
        XCTAssertEqual(dB(Level.activeRMS(quiet.samples, sampleRate: r) / Level.activeRMS(normal.samples, sampleRate: r)), -6, accuracy: 0.2)
        XCTAssertLessThanOrEqual(Level.peak(loud.samples[...]), AnnouncementRenderer.peakCeiling + 1e-4)
    }

    func testSilentSpeechDoesNotCrash() {
        let render = AnnouncementRenderer.render(speech: PCMBuffer(samples: [Int16](repeating: 0, count: 100), sampleRate: 22050))
        XCTAssertGreaterThan(render.samples.count, 100)
    }
}
