import Announcer
import Audio
import Foundation
import Mandarin
import Speech
import Testing
import Vocabulary

/// The one render path: the rules preview and the station used to have one each.
@Suite struct AnnouncerTests {
    static let voicesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("voices")

    let announcer: Announcer = {
        let voices = try! VoiceLibrary(directory: voicesDirectory)
        return Announcer(voices: voices, loadReader: { try MandarinReader(voicesDirectory: voicesDirectory) })
    }()

    /// One synthesis read twice with exactly the station's gap of silence between.
    /// (Renders are compared within one render: libespeak-ng carries state from one utterance
    /// to the next, see docs, so two renders in one process may differ by a few samples.)
    @Test func repeatsAreSeparatedByTheStationsGap() throws {
        let twice = try announcer.render(AnnouncementScript(.text("dai4 kou3zhao4"), repeatCount: 2, opening: .none)).audio
        let rate = twice.sampleRate
        let gap = Int(Repetition.defaultGap * Double(rate)), tail = Int(AnnouncementRenderer.tailSilence * Double(rate))
        let speech = (twice.samples.count - gap - tail) / 2
        #expect(2 * speech + gap + tail == twice.samples.count)
        let first = Array(twice.samples[0..<speech]), second = Array(twice.samples[(speech + gap)..<(2 * speech + gap)])
        let sameReading = first == second  // compared as a Bool: no sample dump on failure
        #expect(sameReading)
        // The gap is silent, and the reading before it does not end in 3 s of silence of its own.
        #expect(twice.samples[speech..<(speech + gap)].allSatisfy { $0 == 0 })
        #expect(first.suffix(rate).contains { $0 != 0 })
        #expect(Repetition.defaultGap == 3)
    }

    @Test func noVoiceNamedMeansTheStandardVoice() throws {
        #expect(try announcer.profile(named: nil).name == "standard")
        #expect(try announcer.profile(named: "slow").name == "slow")
    }

    @Test func chineseIsReadAndWhatCannotBeReadIsNamed() throws {
        let rendering = try announcer.render(AnnouncementScript(.text("各位村民😀")))
        #expect(rendering.warnings.contains { $0.contains("U+1F600") }, "\(rendering.warnings)")
        #expect(try announcer.pinyin(for: "各位村民").pinyin.contains("cun1"))
        #expect(try announcer.pinyin(for: " ni3 hao3 ").pinyin == "ni3 hao3")
    }

    @Test func nothingSpeakableIsAnErrorThatSaysSo() {
        #expect {
            try announcer.render(AnnouncementScript(.text("😀")))
        } throws: { error in
            (error as? AnnouncerError)?.message.hasPrefix("nothing to say: no character of the text can be read aloud") == true
        }
    }

    @Test func anUnknownVoiceIsNamed() {
        #expect {
            try announcer.render(AnnouncementScript(.text("ni3 hao3"), voice: "loud"))
        } throws: { error in
            "\(error)".contains("unknown voice 'loud'")
        }
    }

    @Test func emergenciesOpenWithTheAlertTone() {
        #expect(AnnouncementScript.opening(priority: .emergency, chime: false) == .alert)
        #expect(AnnouncementScript.opening(priority: .high, chime: true) == .dingDong)
        #expect(AnnouncementScript.opening(priority: .normal, chime: false) == Chime.none)
    }
}
