import Announcer
import Audio
import Foundation
import Mandarin
import Speech

/// Synthesis speed (a multiple of real time, one core) and the time to render a 200-character
/// announcement through the Announcer (the station's and preview's one render path), chime and
/// levelling included. Run from the repository (its `voices/`).
func speechBench() throws {
    let voices = try VoiceLibrary(directory: URL(fileURLWithPath: "voices"))
    let announcer = Announcer(voices: voices, loadReader: { try MandarinReader(voicesDirectory: voices.directory) })
    let voice = try voices.profile(named: "standard")
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
        _ = try Synthesizer.shared.synthesize(pinyin: text, voice: voice)
        let synthesized = DispatchTime.now()
        let render = try announcer.render(AnnouncementScript(.text(text), voice: "standard")).audio
        let rendered = DispatchTime.now()
        synthesis.append(seconds(start, synthesized))
        // The whole render less the synthesis in it: what the chime and levelling add.
        rendering.append(seconds(synthesized, rendered) - seconds(start, synthesized))
        audio = render.duration
    }
    let synth = median(synthesis), levelling = median(rendering)
    let speechSeconds = audio - Chime.dingDong.render(sampleRate: PCMBuffer.stationRate).count.seconds - AnnouncementRenderer.silenceAfterChime - AnnouncementRenderer.tailSilence
    print(String(format: "announcement: %d syllables, %.1f s of speech (%.1f s rendered)", count, speechSeconds, audio))
    print(String(format: "synthesis: %.1f ms median of 5 → %.0f× real time on one core", synth * 1000, speechSeconds / synth))
    print(String(format: "chime + levelling: %.1f ms; whole render of a 200-character announcement: %.1f ms",
                 levelling * 1000, (synth + levelling) * 1000))
}

func seconds(_ a: DispatchTime, _ b: DispatchTime) -> Double { Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9 }

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

private extension Int {
    var seconds: Double { Double(self) / Double(PCMBuffer.stationRate) }
}
