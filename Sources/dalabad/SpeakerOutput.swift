import Audio
import Foundation
import Mandarin
import Platform
import Speech
import Station

/// The loudspeaker for the station engine: the Mandarin reader, libespeak-ng and the
/// announcement renderer, then an Audio sink.
final class SpeakerOutput: StationOutput, @unchecked Sendable {
    private let sink: AudioSink
    private let log: StationLog
    private let lock = NSLock()
    private var voices: VoiceLibrary
    private var reader: MandarinReader
    private var amplifier: Amplifier?

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

    /// Station settings (re)loaded: the amplifier commands in force from the next announcement.
    func setAmplifier(_ amplifier: Amplifier?) {
        lock.withLock { self.amplifier = amplifier }
    }

    /// A reload: new voice profiles and the local lexicon re-read.
    func replace(voices: VoiceLibrary, reader: MandarinReader) {
        lock.withLock {
            self.voices = voices
            self.reader = reader
        }
    }

    func render(_ announcement: Announcement) throws -> PCMBuffer {
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
        lock.withLock { amplifier }?.willSpeak(at: announcement.due)
        return audio
    }

    func play(_ rendered: PCMBuffer, shouldStop: @escaping () -> Bool) throws -> Bool {
        let amplifier = lock.withLock { self.amplifier }
        amplifier?.waitUntilReady()
        // Off after the hold time, unless the next announcement comes first.
        defer { amplifier?.doneSpeaking() }
        return try sink.play(rendered, shouldStop: shouldStop) == .finished
    }

    /// Opens and closes an ALSA device without sound (an empty playback). WAV and null
    /// outputs cannot go offline, and an empty WAV file would be litter.
    func probe() throws {
        guard sink is ALSASink else { return }
        _ = try sink.play(PCMBuffer(sampleRate: 22050), shouldStop: { false })
    }
}
