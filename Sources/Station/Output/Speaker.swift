import Foundation

/// The loudspeaker as the engine sees it. The daemon adapts the Audio and Speech modules to
/// this; tests use a recording fake. Both methods are called off the engine's queue.
public protocol Speaker: AnyObject, Sendable {
    associatedtype Rendered: Sendable

    /// Turns an announcement into audio, ahead of its due time. An emergency gets the alert
    /// tone instead of the chime (the announcement's priority says which).
    func render(_ announcement: Announcement) throws -> Rendered

    /// Blocks until the output can sound (the amplifier switched on and warm), just before
    /// `play`: the play log's start is taken after it, when sound really starts.
    func prepare(_ rendered: Rendered)

    /// Plays to the end and returns true, or returns false soon after `shouldStop()` turns true.
    /// Blocks: called on the player's own thread.
    func play(_ rendered: Rendered, shouldStop: @escaping () -> Bool) throws -> Bool

    /// Where the sound goes, for `status` and the log ("ALSA default", "WAV files in …").
    var description: String { get }

    /// Opens and closes the device without playing, to tell whether an offline speaker is
    /// back. Throws the device's error while it is still missing. Blocking; never called on
    /// the engine's queue.
    func probe() throws

    /// Seconds of silence the output writes before the first sample of an announcement (so a
    /// sound card or amplifier that wakes with the stream loses silence, not the chime). The
    /// engine starts playback this much before the due time, so the chime sounds on it.
    var leadIn: TimeInterval { get }

    /// `play` at a level (VolumePlan): the one in force when the announcement starts.
    func play(_ rendered: Rendered, at level: VolumeLevel, shouldStop: @escaping () -> Bool) throws -> Bool
}

extension Speaker {
    public func probe() throws {}
    public func prepare(_ rendered: Rendered) {}
    public var leadIn: TimeInterval { 0 }
    /// An output without levels plays everything as rendered.
    public func play(_ rendered: Rendered, at level: VolumeLevel, shouldStop: @escaping () -> Bool) throws -> Bool {
        try play(rendered, shouldStop: shouldStop)
    }
}
