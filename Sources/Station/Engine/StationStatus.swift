import Foundation

/// A snapshot for `dalaba status`.
public struct StationStatus: Equatable, Sendable, Codable {
    public var playing: Announcement?
    /// When the current one started sounding.
    public var playingSince: Date?
    /// The first waiting announcement in play order.
    public var next: Announcement?
    public var queueLength: Int
    public var paused: Bool
    public var quietHours: Bool
    /// Where the sound goes.
    public var speaker: String
    /// The last playback error, nil while the speaker works.
    public var speakerError: String?
    /// Schedule files that failed to load: "file:line:col: message".
    public var scheduleErrors: [String]
    /// The same, for a Chinese reader.
    public var scheduleErrorsChinese: [String] = []
    /// Why the state directory cannot be written (disk full, read-only…): the station then
    /// plays from memory and nothing new survives a restart. Nil while writes succeed.
    public var storeError: String? = nil
    public var queueVersion: Int
    public var startedAt: Date
    /// Each zone in the station's order (one, named `all`, without `zones:`): what plays
    /// there and its speaker. `playing` above is the first of what plays anywhere.
    public var zones: [ZoneStatus] = []
}
