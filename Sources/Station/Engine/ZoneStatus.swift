import Foundation
import Vocabulary

/// One zone in `dalaba status`: its name, what plays in it now, and its speaker. A station
/// without `zones:` has one, named `all` (ZoneName.whole), covering its whole output.
public struct ZoneStatus: Equatable, Sendable, Codable {
    public var name: ZoneName
    /// The announcement sounding in this zone now (it may sound in other zones too).
    public var playing: AnnouncementID?
    /// Its title, for the status line.
    public var playingTitle: String?
    /// Where this zone's sound goes ("alsa:hw:1 left", "alsa:default").
    public var speaker: String
    /// Why its speaker is offline; nil while it works.
    public var speakerError: String?

    public init(name: ZoneName, playing: AnnouncementID? = nil, playingTitle: String? = nil, speaker: String, speakerError: String? = nil) {
        self.name = name
        self.playing = playing
        self.playingTitle = playingTitle
        self.speaker = speaker
        self.speakerError = speakerError
    }
}
