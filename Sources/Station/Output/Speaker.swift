import Foundation
import Vocabulary

/// The loudspeaker as the engine sees it. The daemon adapts the Audio and Speech modules to
/// this; tests use a recording fake. Render, prepare and play are called off the engine's
/// queue; `expect` and `withdraw` on it.
public protocol Speaker: AnyObject, Sendable {
    associatedtype Rendered: Sendable

    /// Turns an announcement into audio, ahead of its due time. An emergency gets the alert
    /// tone instead of the chime (the announcement's priority says which). Only audio: a
    /// render is not yet a promise to play (the announcement may be cancelled while it
    /// renders), so nothing outside (the amplifier) may act on it until `expect`.
    func render(_ announcement: Announcement) throws -> Rendered

    /// A render ahead that the engine keeps for its announcement's time: the announcement
    /// still waited when the render ended. The output may get ready for it now (the amplifier
    /// switched on so that it is warm by the due time). On the engine's queue: must not block.
    func expect(_ rendered: Rendered, for announcement: Announcement)

    /// A render that will not play after all: its announcement was cancelled, missed or
    /// replaced while it rendered or after `expect`, or stopped before its sound began. The
    /// output forgets it (no switch-on for it; the amplifier off after its hold when nothing
    /// else is expected). On the engine's queue or the player's; must not block.
    func withdraw(_ rendered: Rendered)

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

    /// `play` in some of the station's zones, starting in all of them together. When some of
    /// the zones' outputs fail and others play, throws `ZoneOutputFailure` (after the others
    /// are done); when all fail, any error.
    func play(_ rendered: Rendered, at level: VolumeLevel, in zones: [ZoneName], shouldStop: @escaping () -> Bool) throws -> Bool

    /// How long before an announcement's start the engine hands it to the player (0: at the
    /// instant). With it, the output gets ready (opens the device) meanwhile and its first
    /// sample goes out on the instant itself — the engine's timer, the hand-over and the open
    /// are then not part of the start latency.
    var startAhead: TimeInterval { get }

    /// `play(_:at:in:shouldStop:)` with its first sample at `instant` (the station's clock; nil:
    /// at once); `started` is called with the station's time just before that sample goes out.
    func play(_ rendered: Rendered, at level: VolumeLevel, in zones: [ZoneName], startingAt instant: Date?,
              started: @escaping (Date) -> Void, shouldStop: @escaping () -> Bool) throws -> Bool

    /// `probe` for one zone's output.
    func probe(zone: ZoneName) throws

    /// Where a zone's sound goes ("alsa:hw:1 left"), for `status` and the log.
    func output(of zone: ZoneName) -> String
}

/// Some zones of a playback failed while the others played: which, and why.
public struct ZoneOutputFailure: Error, CustomStringConvertible {
    /// The failed zones and their device's error.
    public var failed: [ZoneName: String]
    /// The zones that did not fail played to the end (false: stopped).
    public var othersFinished: Bool

    public init(failed: [ZoneName: String], othersFinished: Bool) {
        self.failed = failed
        self.othersFinished = othersFinished
    }

    public var description: String {
        failed.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
    }
}

extension Speaker {
    public func expect(_ rendered: Rendered, for announcement: Announcement) {}
    public func withdraw(_ rendered: Rendered) {}
    public func probe() throws {}
    public func prepare(_ rendered: Rendered) {}
    public var leadIn: TimeInterval { 0 }
    /// An output without levels plays everything as rendered.
    public func play(_ rendered: Rendered, at level: VolumeLevel, shouldStop: @escaping () -> Bool) throws -> Bool {
        try play(rendered, shouldStop: shouldStop)
    }
    /// An output without zones plays everything on its one loudspeaker.
    public func play(_ rendered: Rendered, at level: VolumeLevel, in zones: [ZoneName], shouldStop: @escaping () -> Bool) throws -> Bool {
        try play(rendered, at: level, shouldStop: shouldStop)
    }
    public var startAhead: TimeInterval { 0 }
    /// An output that cannot start ahead is handed its announcement at the instant (startAhead 0).
    public func play(_ rendered: Rendered, at level: VolumeLevel, in zones: [ZoneName], startingAt instant: Date?,
                     started: @escaping (Date) -> Void, shouldStop: @escaping () -> Bool) throws -> Bool {
        started(Date())
        return try play(rendered, at: level, in: zones, shouldStop: shouldStop)
    }
    public func probe(zone: ZoneName) throws { try probe() }
    public func output(of zone: ZoneName) -> String { description }
}
