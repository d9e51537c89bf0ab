import Announcer
import Audio
import Foundation
import Loudness
import Mandarin
import Platform
import Speech
import Station
import Vocabulary

/// The loudspeaker for the station engine: the Announcer (the render path `dalaba preview`
/// shares), then an Audio sink; the amplifier's power around it.
final class AnnouncerSpeaker: Speaker, @unchecked Sendable {
    /// Audio ready to play, with the announcement it belongs to (for the amplifier's books).
    struct Rendered: Sendable {
        var id: AnnouncementID
        var audio: PCMBuffer
    }

    private let sink: AudioSink
    private let log: StationLog
    private let lock = NSLock()
    private var announcer: Announcer
    private var reader: MandarinReader
    private var amplifier: Amplifier?
    /// Rendered (so announced to the amplifier) and neither played nor withdrawn yet.
    private var expected: Set<AnnouncementID> = []
    /// station.yaml's `mixer:` (an element of the card) and `lead_in:`.
    private var mixer: String?
    private var stationLeadIn: TimeInterval = 0
    /// station.yaml's `loudness:` and `true_peak:`.
    private var loudness: LoudnessTarget = .horns
    /// station.yaml's `zones:` opened: where each zone's sound goes.
    private var zoneOutputs: ZoneOutputs
    private var zones = StationZones.whole
    /// Playbacks under way (zones play at once).
    private var speaking = 0
    private let openLimit: TimeInterval

    init(sink: AudioSink, voices: VoiceLibrary, reader: MandarinReader, log: StationLog, openLimit: TimeInterval = ALSAOpener.limit) {
        self.sink = sink
        self.zoneOutputs = ZoneOutputs(stationSink: sink)
        self.openLimit = openLimit
        self.announcer = Announcer(voices: voices, reader: reader)
        self.reader = reader
        self.log = log
    }

    var description: String { sink.name }

    var voiceNames: [String] { lock.withLock { announcer.voices.names } }

    var currentReader: MandarinReader { lock.withLock { reader } }

    /// A reload: new voice profiles and the local lexicon re-read.
    func replace(voices: VoiceLibrary, reader: MandarinReader) {
        lock.withLock {
            self.announcer = Announcer(voices: voices, reader: reader, loudness: loudness)
            self.reader = reader
        }
    }

    /// Station settings (re)loaded: the amplifier commands in force from the next announcement.
    func setAmplifier(_ amplifier: Amplifier?) {
        lock.withLock { self.amplifier = amplifier }
    }

    /// Station settings (re)loaded: the mixer element and the lead-in, from the next announcement.
    func setLevels(mixer: String?, leadIn: TimeInterval, loudness: LoudnessTarget = .horns) {
        lock.withLock {
            self.mixer = mixer
            self.stationLeadIn = leadIn
            if loudness != self.loudness {
                self.loudness = loudness
                self.announcer = Announcer(voices: announcer.voices, reader: reader, loudness: loudness)
            }
        }
    }

    /// Station settings (re)loaded: the zones' outputs, from the next announcement (a card
    /// already playing for a zone finishes on its old route).
    func setZones(_ zones: StationZones) {
        lock.withLock {
            guard zones != self.zones else { return }
            self.zones = zones
            zoneOutputs = ZoneOutputs(zones: zones, stationSink: sink, openLimit: openLimit)
        }
    }

    /// Only a sound card wakes with the stream; WAV files and the null output start at once
    /// (and a WAV stays the preview, sample for sample).
    var leadIn: TimeInterval { lock.withLock { zoneOutputs.anyALSA ? stationLeadIn : 0 } }

    /// A sound card is opened ahead of the instant (ALSASink.startAhead); WAV and null outputs
    /// take the announcement at the instant, as before.
    var startAhead: TimeInterval { lock.withLock { zoneOutputs.anyALSA } ? ALSASink.startAhead : 0 }

    func output(of zone: ZoneName) -> String { lock.withLock { zoneOutputs }.name(of: zone) }

    func probe(zone: ZoneName) throws { try lock.withLock { zoneOutputs }.probe(zone) }

    /// Zones: the same samples in each (a program is one sound for the village); the level
    /// as digital gain, since zones on one card may play different announcements at once.
    func play(_ rendered: Rendered, at level: VolumeLevel, in zones: [ZoneName], shouldStop: @escaping () -> Bool) throws -> Bool {
        try play(rendered, at: level, in: zones, startingAt: nil, started: { _ in }, shouldStop: shouldStop)
    }

    /// The same, its first sample (the lead-in's) at `instant`: the device opened before it.
    func play(_ rendered: Rendered, at level: VolumeLevel, in zones: [ZoneName], startingAt instant: Date?,
              started: @escaping (Date) -> Void, shouldStop: @escaping () -> Bool) throws -> Bool {
        let outputs = lock.withLock { zoneOutputs }
        guard zones != [.whole] else { return try play(rendered, at: level, startingAt: instant, started: started, shouldStop: shouldStop) }
        let amplifier = beginSpeaking()
        defer { endSpeaking(amplifier) }
        return try outputs.play(rendered.audio.played(at: level, leadIn: leadIn), in: zones, startingAt: instant, started: started,
                                shouldStop: shouldStop) == .finished
    }

    /// An announcement that was expected will not play (cancelled, missed, replaced): when
    /// nothing else is expected, the amplifier need not come on, or goes off after its hold.
    func withdraw(_ id: AnnouncementID) {
        let amplifier: Amplifier? = lock.withLock {
            guard expected.remove(id) != nil, expected.isEmpty else { return nil }
            return self.amplifier
        }
        amplifier?.nothingToSay()
    }

    /// Whether the reader finds anything to say in `text` (the check `render` makes, early).
    /// Chinese characters, letters or digits are read for sure; only a text without any (emoji,
    /// symbols) is read through here, which is cheap for such a text — a whole reading of a
    /// long Chinese text costs ~100 ms, too much for the control socket.
    func canRead(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0.properties.isIdeographic || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }) {
            return true
        }
        return !lock.withLock { reader }.reading(of: text).pinyin.trimmingCharacters(in: .whitespaces).isEmpty
    }

    func render(_ announcement: Announcement) throws -> Rendered {
        let announcer = lock.withLock { self.announcer }
        let draft = announcement.draft
        let rendering = try announcer.render(AnnouncementScript(
            parts: AnnouncementScript.parts(text: draft.text, audio: draft.audio, audioFirst: draft.audioFirst), voice: draft.voice, repeatCount: draft.repeatCount,
            gap: draft.gap ?? Repetition.defaultGap, opening: AnnouncementScript.opening(priority: draft.priority, chime: draft.chime)))
        for warning in rendering.warnings { log.warning("reading: \(warning)", id: announcement.id) }
        // Not the amplifier yet: the announcement may be cancelled while it renders (a long
        // recording takes seconds); the engine says whether it still wants it (`expect`).
        return Rendered(id: announcement.id, audio: rendering.audio)
    }

    /// Rendered ahead and still wanted: the amplifier is switched on so it is warm by its time.
    func expect(_ rendered: Rendered, for announcement: Announcement) {
        let amplifier = lock.withLock {
            expected.insert(rendered.id)
            return self.amplifier
        }
        // Its stream (the lead-in's silence first) opens that much before the due time.
        amplifier?.willSpeak(at: announcement.due.addingTimeInterval(-leadIn))
    }

    func withdraw(_ rendered: Rendered) { withdraw(rendered.id) }

    /// The amplifier on and warm before the first sample (the wait is not part of the play).
    func prepare(_ rendered: Rendered) {
        let amplifier = lock.withLock {
            expected.remove(rendered.id)
            return self.amplifier
        }
        amplifier?.waitUntilReady()
    }

    func play(_ rendered: Rendered, shouldStop: @escaping () -> Bool) throws -> Bool {
        try play(rendered, at: .full, shouldStop: shouldStop)
    }

    /// The level goes to the card's mixer element when station.yaml names one (the samples
    /// stay full scale); otherwise, or when the mixer fails (logged), onto the samples.
    func play(_ rendered: Rendered, at level: VolumeLevel, shouldStop: @escaping () -> Bool) throws -> Bool {
        try play(rendered, at: level, startingAt: nil, started: { _ in }, shouldStop: shouldStop)
    }

    private func play(_ rendered: Rendered, at level: VolumeLevel, startingAt instant: Date?, started: (Date) -> Void,
                      shouldStop: @escaping () -> Bool) throws -> Bool {
        let mixer = lock.withLock { self.mixer }
        let amplifier = beginSpeaking()
        // Off after the hold time, unless the next announcement comes first.
        defer { endSpeaking(amplifier) }
        var digital = level
        if let mixer, let alsa = sink as? ALSASink {
            do {
                try ALSAMixer.set(level, element: mixer, card: ALSAMixer.card(forDevice: alsa.device))
                digital = .full
            } catch {
                log.error("volume: \(error); playing at \(level) by digital gain instead", id: rendered.id)
            }
        }
        return try sink.play(rendered.audio.played(at: digital, leadIn: leadIn), startingAt: instant, started: started, shouldStop: shouldStop) == .finished
    }

    /// Zones play at once: the amplifier's hold starts when the last playback ends, not while
    /// another zone still plays.
    private func beginSpeaking() -> Amplifier? {
        lock.withLock {
            speaking += 1
            return amplifier
        }
    }

    private func endSpeaking(_ amplifier: Amplifier?) {
        let quiet = lock.withLock {
            speaking -= 1
            return speaking == 0
        }
        if quiet { amplifier?.doneSpeaking() }
    }

    /// Opens and closes an ALSA device without sound (an empty playback). WAV and null
    /// outputs cannot go offline, and an empty WAV file would be litter.
    func probe() throws {
        guard sink is ALSASink else { return }
        _ = try sink.play(PCMBuffer(sampleRate: PCMBuffer.stationRate), shouldStop: { false })
    }
}
