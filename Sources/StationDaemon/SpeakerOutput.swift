import Audio
import Foundation
import Mandarin
import Platform
import Speech
import Station

/// The loudspeaker for the station engine: the Mandarin reader, libespeak-ng and the
/// announcement renderer, then an Audio sink; the amplifier's power around it.
final class SpeakerOutput: StationOutput, @unchecked Sendable {
    /// Audio ready to play, with the announcement it belongs to (for the amplifier's books).
    struct Rendered: Sendable {
        var id: AnnouncementID
        var audio: PCMBuffer
    }

    private let sink: AudioSink
    private let log: StationLog
    private let lock = NSLock()
    private var voices: VoiceLibrary
    private var reader: MandarinReader
    private var amplifier: Amplifier?
    /// Rendered (so announced to the amplifier) and neither played nor withdrawn yet.
    private var expected: Set<AnnouncementID> = []

    static let defaultVoice = "standard"

    init(sink: AudioSink, voices: VoiceLibrary, reader: MandarinReader, log: StationLog) {
        self.sink = sink
        self.voices = voices
        self.reader = reader
        self.log = log
    }

    var description: String { sink.name }

    var voiceNames: [String] { lock.withLock { voices.names } }

    var currentReader: MandarinReader { lock.withLock { reader } }

    /// A reload: new voice profiles and the local lexicon re-read.
    func replace(voices: VoiceLibrary, reader: MandarinReader) {
        lock.withLock {
            self.voices = voices
            self.reader = reader
        }
    }

    /// Station settings (re)loaded: the amplifier commands in force from the next announcement.
    func setAmplifier(_ amplifier: Amplifier?) {
        lock.withLock { self.amplifier = amplifier }
    }

    /// An announcement that was rendered will not play (cancelled, missed, replaced): when
    /// nothing else is expected, the amplifier need not come on, or goes off after its hold.
    func withdraw(_ id: AnnouncementID) {
        let amplifier: Amplifier? = lock.withLock {
            guard expected.remove(id) != nil, expected.isEmpty else { return nil }
            return self.amplifier
        }
        amplifier?.nothingToSay()
    }

    func render(_ announcement: Announcement) throws -> Rendered {
        let (voices, reader) = lock.withLock { (self.voices, self.reader) }
        let draft = announcement.draft
        let profile = try voices.profile(named: draft.voice ?? (voices.names.contains(Self.defaultVoice) ? Self.defaultVoice : voices.names.first ?? Self.defaultVoice))
        let reading = reader.reading(of: draft.text)
        for warning in reading.warnings { log.warning("reading: \(warning)", id: announcement.id) }
        guard !reading.pinyin.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DaemonFailure("nothing speakable in the text")
        }
        let speech = try Synthesizer.shared.synthesize(pinyin: reading.pinyin, voice: profile)
        let chime: Chime = draft.priority == .emergency ? .alert : (draft.chime ? .dingDong : .none)
        let audio = AnnouncementRenderer.render(
            speech: speech, repeat: draft.repeatCount, gap: draft.gap ?? 3, chime: chime, gain: profile.gain)
        // Rendered ahead of its due time: the amplifier is switched on so it is warm by then.
        let amplifier = lock.withLock {
            expected.insert(announcement.id)
            return self.amplifier
        }
        amplifier?.willSpeak(at: announcement.due)
        return Rendered(id: announcement.id, audio: audio)
    }

    func play(_ rendered: Rendered, shouldStop: @escaping () -> Bool) throws -> Bool {
        let amplifier = lock.withLock {
            expected.remove(rendered.id)
            return self.amplifier
        }
        amplifier?.waitUntilReady()
        // Off after the hold time, unless the next announcement comes first.
        defer { amplifier?.doneSpeaking() }
        return try sink.play(rendered.audio, shouldStop: shouldStop) == .finished
    }

    /// Opens and closes an ALSA device without sound (an empty playback). WAV and null
    /// outputs cannot go offline, and an empty WAV file would be litter.
    func probe() throws {
        guard sink is ALSASink else { return }
        _ = try sink.play(PCMBuffer(sampleRate: 22050), shouldStop: { false })
    }
}
