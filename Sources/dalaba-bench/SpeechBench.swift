import Audio
import Foundation
import Speech

/// Synthesis speed (a multiple of real time, one core) and the time to render a 200-character
/// announcement, chime and levelling included.
func speechBench() throws {
    let voice = VoiceProfile(name: "standard", rate: 180, pitch: 45)
    // 200 syllables (= 200 characters of Chinese) of a typical epidemic-prevention notice.
    let sentence = "ge4 wei4 cun1min2 qing3 zhu4yi4, jin4qi1 yi4qing2 fang2kong4 xing2shi4 yan2jun4, "
        + "qing3 da4jia1 shao3 chu1men2, bu4 ju4ji2, chu1men2 dai4 kou3zhao4, qin2 xi3shou3, "
    let syllables = sentence.split(whereSeparator: { $0 == " " || $0 == "," }).flatMap { word in
        word.split(whereSeparator: \.isNumber).map(String.init)
    }.count
    let text = String(repeating: sentence, count: 200 / syllables + 1)
    let count = text.filter(\.isNumber).count
    _ = try Synthesizer.shared.synthesize(pinyin: "ni3hao3", voice: voice)  // initialize eSpeak NG first

    var synthesis: [Double] = [], rendering: [Double] = []
    var audio = 0.0
    for _ in 0..<5 {
        let start = DispatchTime.now()
        let speech = try Synthesizer.shared.synthesize(pinyin: text, voice: voice)
        let synthesized = DispatchTime.now()
        let render = AnnouncementRenderer.render(speech: speech, repeat: 1, gap: 2, chime: .dingDong)
        let rendered = DispatchTime.now()
        synthesis.append(seconds(start, synthesized))
        rendering.append(seconds(synthesized, rendered))
        audio = render.duration
        _ = speech
    }
    let synth = median(synthesis), levelling = median(rendering)
    let speechSeconds = audio - Chime.dingDong.render(sampleRate: 22050).count.seconds - AnnouncementRenderer.silenceAfterChime - AnnouncementRenderer.tailSilence
    print(String(format: "announcement: %d syllables, %.1f s of speech (%.1f s rendered)", count, speechSeconds, audio))
    print(String(format: "synthesis: %.1f ms median of 5 → %.0f× real time on one core", synth * 1000, speechSeconds / synth))
    print(String(format: "chime + levelling: %.1f ms; whole render of a 200-character announcement: %.1f ms",
                 levelling * 1000, (synth + levelling) * 1000))
}

func seconds(_ a: DispatchTime, _ b: DispatchTime) -> Double { Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9 }

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

private extension Int {
    var seconds: Double { Double(self) / 22050 }
}
