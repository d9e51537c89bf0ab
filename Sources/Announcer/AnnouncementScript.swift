import Audio
import Vocabulary

/// What to announce and how it should sound: everything that decides the samples. `dalaba
/// preview`, the daemon's speaker and the bench fill one in and hand it to `Announcer`, so a
/// preview is the broadcast, sample for sample.
public struct AnnouncementScript: Sendable, Equatable {
    /// One part of what is played: a text read by eSpeak NG or a recorded clip (录音), rendered
    /// by the same Announcer with the same chime, repeats and gaps.
    public enum Content: Sendable, Equatable {
        /// Chinese (read by the Mandarin reader) or tone-numbered pinyin (passed through).
        case text(String)
        /// A sound file (WAV, FLAC, Ogg Vorbis, MP3) at this path, as the daemon may open it.
        case recording(String)
    }

    /// The parts in the order they play (a program's `text:` and `audio:` as written).
    public var parts: [Content]
    /// A voice profile name; nil means the station's fallback (Vocabulary.VoiceName).
    public var voice: String?
    /// Readings in a row (Repetition.counts).
    public var repeatCount: Int
    /// Seconds of silence between readings.
    public var gap: Double
    /// The sound before the first reading.
    public var opening: Chime

    public init(_ content: Content, voice: String? = nil, repeatCount: Int = 1,
                gap: Double = Repetition.defaultGap, opening: Chime = .dingDong) {
        self.init(parts: [content], voice: voice, repeatCount: repeatCount, gap: gap, opening: opening)
    }

    public init(parts: [Content], voice: String? = nil, repeatCount: Int = 1,
                gap: Double = Repetition.defaultGap, opening: Chime = .dingDong) {
        self.parts = parts
        self.voice = voice
        self.repeatCount = repeatCount
        self.gap = gap
        self.opening = opening
    }

    /// The parts of an announcement: the text (if any) and the recording (if any), in the
    /// order given; an empty text is no part.
    public static func parts(text: String, audio: String?, audioFirst: Bool) -> [Content] {
        let spoken: [Content] = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? [] : [.text(text)]
        guard let audio else { return spoken }
        return audioFirst ? [.recording(audio)] + spoken : spoken + [.recording(audio)]
    }

    /// The station's rule: an emergency opens with the alert tone whatever else is asked, so
    /// villagers know at once; otherwise the ding-dong unless it was turned off.
    public static func opening(priority: Priority, chime: Bool) -> Chime {
        priority == .emergency ? .alert : (chime ? .dingDong : .none)
    }
}
