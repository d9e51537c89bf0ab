import Audio
import Foundation
import Loudness
import Mandarin
import Recording
import Speech
import Vocabulary

/// The one path from an announcement to PCM: voice fallback, reading (Chinese → pinyin),
/// the emptiness check, synthesis, chime, repeats with their gaps, levelling. Used by `dalaba
/// preview`, by the daemon's speaker and by dalaba-bench; nothing else renders announcements.
public struct Announcer: Sendable {
    public let voices: VoiceLibrary
    /// The one loudness chime and speech are each brought to (issue 13; docs/audio.md).
    public let loudness: LoudnessTarget
    private let reader: @Sendable () throws -> MandarinReader

    /// With a reader already loaded (the daemon keeps one).
    public init(voices: VoiceLibrary, reader: MandarinReader, loudness: LoudnessTarget = .horns) {
        self.voices = voices
        self.reader = { reader }
        self.loudness = loudness
    }

    /// With a reader loaded only when a text needs reading (`dalaba preview` of pinyin skips
    /// the lexicon); `loadReader` is called at most once per render.
    public init(voices: VoiceLibrary, loadReader: @escaping @Sendable () throws -> MandarinReader,
                loudness: LoudnessTarget = .horns) {
        self.voices = voices
        self.reader = loadReader
        self.loudness = loudness
    }

    /// The rendered announcement and what the reader could not read (characters it skipped),
    /// for the person or the log.
    public struct Rendering: Sendable {
        public var audio: PCMBuffer
        public var warnings: [String]
    }

    /// The station's sample rate (Audio's `PCMBuffer.stationRate`).
    public static let sampleRate = PCMBuffer.stationRate
    /// Silence between two parts (the Mandarin text and the dialect recording).
    public static let silenceBetweenParts = 0.5

    public func render(_ script: AnnouncementScript) throws -> Rendering {
        guard !script.parts.isEmpty else { throw AnnouncerError("nothing to say: neither a text nor a recording") }
        if script.parts.count == 1, case .text(let text) = script.parts[0] {
            let profile = try profile(named: script.voice)
            let spoken = try pinyin(for: text)
            let speech = try Synthesizer.shared.synthesize(pinyin: spoken.pinyin, voice: profile)
            let audio = try levelled(speech: speech, gain: profile.gain, script: script)
            return Rendering(audio: audio, warnings: spoken.warnings)
        }
        // Several parts, or a recording: each brought to the target on its own (a phone's
        // recording is as loud as the speech), then played one after the other as one reading.
        var warnings: [String] = []
        var body = PCMBuffer(sampleRate: Self.sampleRate)
        for (index, part) in script.parts.enumerated() {
            if index > 0 { body.appendSilence(seconds: Self.silenceBetweenParts) }
            let levelledPart: PCMBuffer
            switch part {
            case .text(let text):
                let profile = try profile(named: script.voice)
                let spoken = try pinyin(for: text)
                warnings += spoken.warnings
                let speech = try Synthesizer.shared.synthesize(pinyin: spoken.pinyin, voice: profile)
                levelledPart = try normalized(speech, gain: profile.gain)
            case .recording(let path):
                let clip: PCMBuffer
                // Removed or spoiled since its program was checked: missed, not failed.
                do { clip = try Recording.decode(path: path, sampleRate: body.sampleRate) } catch {
                    throw RecordingUnavailable(error.text)
                }
                levelledPart = try normalized(clip, gain: 1)
            }
            guard levelledPart.sampleRate == body.sampleRate else {
                throw AnnouncerError("speech at \(levelledPart.sampleRate) Hz, recordings at \(body.sampleRate) Hz")
            }
            body.samples += levelledPart.samples
        }
        let chime = try normalized(PCMBuffer(samples: script.opening.render(sampleRate: body.sampleRate), sampleRate: body.sampleRate), gain: 1)
        let audio = AnnouncementRenderer.assemble(speech: body, chime: chime.samples, repeat: script.repeatCount, gap: script.gap)
        return Rendering(audio: audio, warnings: warnings)
    }

    /// One part at the station's loudness (moved by `gain`, a voice's factor), under the ceiling.
    private func normalized(_ part: PCMBuffer, gain: Double) throws -> PCMBuffer {
        guard !part.samples.isEmpty else { return part }
        var target = loudness
        target.integrated += 20 * log10(gain)
        do { return try Loudness.normalize(part, to: target).audio } catch {
            throw AnnouncerError("cannot level the announcement: \(error)")
        }
    }

    /// Chime and speech each at the station's loudness under its true-peak ceiling, then laid
    /// out. A voice's `gain` moves its speech from the target by that factor (0.5 = 6 dB
    /// softer), never past the ceiling.
    public func levelled(speech: PCMBuffer, gain: Double, script: AnnouncementScript) throws -> PCMBuffer {
        var speechTarget = loudness
        speechTarget.integrated += 20 * log10(gain)
        do {
            let voice = try Loudness.normalize(speech, to: speechTarget).audio
            let chime = PCMBuffer(samples: script.opening.render(sampleRate: speech.sampleRate), sampleRate: speech.sampleRate)
            let opening = try Loudness.normalize(chime, to: loudness).audio
            return AnnouncementRenderer.assemble(speech: voice, chime: opening.samples, repeat: script.repeatCount, gap: script.gap)
        } catch {
            throw AnnouncerError("cannot level the announcement: \(error)")
        }
    }

    /// The profile an announcement speaks with: the one it names, else the fallback voice
    /// (Vocabulary.VoiceName). Throws, naming the installed voices, when there is no such voice.
    public func profile(named name: String?) throws -> VoiceProfile {
        try voices.profile(named: name ?? voices.fallbackName ?? VoiceName.standard)
    }

    /// What eSpeak NG is given: tone-numbered pinyin as it is, Chinese through the reader.
    /// Throws when nothing of the text can be read aloud.
    public func pinyin(for text: String) throws -> (pinyin: String, warnings: [String]) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if Self.isPinyin(trimmed) { return (trimmed, []) }
        let reader: MandarinReader
        do { reader = try self.reader() } catch {
            throw AnnouncerError("cannot load the Mandarin lexicon: \(error)")
        }
        let reading = reader.reading(of: text)
        guard reading.pinyin.contains(where: \.isNumber) else {
            throw AnnouncerError("nothing to say: no character of the text can be read aloud"
                                 + (reading.warnings.isEmpty ? "" : " (\(reading.warnings.joined(separator: "; ")))"))
        }
        return (reading.pinyin, reading.warnings)
    }

    /// `ge4 wei4 cun1min2, qing3 zhu4yi4.`: syllables of letters ending in a tone digit, with
    /// spaces and pause punctuation between them.
    public static func isPinyin(_ text: String) -> Bool {
        var sawSyllable = false
        var letters = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z": letters += 1
            case "1"..."5":
                guard letters > 0 else { return false }
                letters = 0
                sawSyllable = true
            case " ", "\t", "\n", ",", ".", "?", "!", ";", ":":
                guard letters == 0 else { return false }
            default: return false
            }
        }
        return sawSyllable && letters == 0
    }
}

/// An announcement that cannot be rendered, in words for the person who asked for it.
public struct AnnouncerError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
