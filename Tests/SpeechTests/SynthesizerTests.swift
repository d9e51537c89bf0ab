import Audio
import Foundation
import Speech
import XCTest

final class SynthesizerTests: XCTestCase {
    let standard = VoiceProfile(name: "test", rate: 150, pitch: 50)

    func testSpeaksPinyinIntoMemory() throws {
        let buffer = try Synthesizer.shared.synthesize(pinyin: "ge4 wei4 cun1min2 qing3 zhu4yi4", voice: standard)
        XCTAssertEqual(buffer.sampleRate, 22050)
        // Seven syllables at 150 per minute: roughly 1.5–5 s including eSpeak's end pause.
        XCTAssertGreaterThan(buffer.duration, 1.5)
        XCTAssertLessThan(buffer.duration, 5)
        XCTAssertGreaterThan(Level.activeRMS(buffer.samples, sampleRate: buffer.sampleRate), 0.01)
    }

    func testSlowerRateGivesLongerSpeech() throws {
        let text = "qing3 da4jia1 shao3 chu1men2, bu4 ju4ji2"
        let fast = try Synthesizer.shared.synthesize(pinyin: text, voice: VoiceProfile(name: "f", rate: 200))
        let slow = try Synthesizer.shared.synthesize(pinyin: text, voice: VoiceProfile(name: "s", rate: 100))
        XCTAssertGreaterThan(slow.duration, fast.duration * 1.4)
    }

    /// libespeak-ng has global state; concurrent callers must each get exactly their own speech.
    /// (eSpeak varies its output slightly from call to call, so lengths are compared within
    /// 0.1 s; the texts differ by seconds.)
    func testConcurrentCallersAreSerialized() async throws {
        let texts = ["ni3hao3", "dai4 kou3zhao4, qin2 xi3shou3",
                     "ge4 wei4 cun1min2 qing3 zhu4yi4, jin1tian1 xia4wu3 san1 dian3 zai4 cun1wei3hui4 kai1hui4",
                     "shao3 chu1men2, bu4 ju4ji2"]
        let voice = standard
        let serial = try texts.map { try Synthesizer.shared.synthesize(pinyin: $0, voice: voice).samples.count }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for round in 0..<3 {
                for (i, text) in texts.enumerated() {
                    group.addTask { (i + round * texts.count, try Synthesizer.shared.synthesize(pinyin: text, voice: voice).samples.count) }
                }
            }
            var counts = [Int](repeating: 0, count: texts.count * 3)
            for try await (i, count) in group { counts[i] = count }
            return counts
        }
        for (i, count) in concurrent.enumerated() {
            let expected = serial[i % texts.count]
            XCTAssertLessThan(abs(count - expected), 2205, "text \(i % texts.count): \(count) vs \(expected) samples")
        }
    }

    func testEmptyTextIsAnError() {
        XCTAssertThrowsError(try Synthesizer.shared.synthesize(pinyin: "  \n", voice: standard)) { error in
            XCTAssertTrue("\(error)".contains("empty"), "\(error)")
        }
    }

    func testUnknownEspeakVoiceIsAnErrorAndTheNextCallStillWorks() throws {
        let bad = VoiceProfile(name: "broken", espeakVoice: "no-such-voice-xx")
        XCTAssertThrowsError(try Synthesizer.shared.synthesize(pinyin: "ni3hao3", voice: bad)) { error in
            XCTAssertTrue("\(error)".contains("no-such-voice-xx"), "\(error)")
            XCTAssertTrue("\(error)".contains("broken"), "\(error)")
        }
        XCTAssertFalse(try Synthesizer.shared.synthesize(pinyin: "ni3hao3", voice: standard).samples.isEmpty)
    }
}
