import Audio
import Vocabulary

/// What to announce and how it should sound: everything that decides the samples. `dalaba
/// preview`, the daemon's speaker and the bench fill one in and hand it to `Announcer`, so a
/// preview is the broadcast, sample for sample.
public struct AnnouncementScript: Sendable, Equatable {
    /// What is said. Only text for now; a recorded clip (录音) will be a second case, rendered
    /// by the same Announcer with the same chime, repeats and gaps.
    public enum Content: Sendable, Equatable {
        /// Chinese (read by the Mandarin reader) or tone-numbered pinyin (passed through).
        case text(String)
    }

    public var content: Content
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
        self.content = content
        self.voice = voice
        self.repeatCount = repeatCount
        self.gap = gap
        self.opening = opening
    }

    /// The station's rule: an emergency opens with the alert tone whatever else is asked, so
    /// villagers know at once; otherwise the ding-dong unless it was turned off.
    public static func opening(priority: Priority, chime: Bool) -> Chime {
        priority == .emergency ? .alert : (chime ? .dingDong : .none)
    }
}
