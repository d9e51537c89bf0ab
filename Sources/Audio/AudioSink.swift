import Foundation

/// How a playback ended.
public enum PlaybackEnd: Sendable, Equatable {
    case finished
    /// `shouldStop` turned true first (skip, an emergency, shutdown).
    case stopped
}

/// Where rendered announcements go: the loudspeaker (ALSA), WAV files, or nowhere.
/// The one small interface the station plays through, as MPD's output plugins.
public protocol AudioSink: AnyObject {
    /// A name for logs and status, e.g. `alsa:default`.
    var name: String { get }
    /// Blocks until `buffer` is played; checks `shouldStop` between small chunks and returns
    /// `.stopped` as soon as it is true.
    func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd
    /// `play` with its first sample at `instant` (wall clock; nil: at once): the sink gets
    /// ready (an ALSA device opened) before it, and calls `started` just before the first
    /// sample goes out. See `StartInstant`.
    func play(_ buffer: PCMBuffer, startingAt instant: Date?, started: (Date) -> Void, shouldStop: () -> Bool) throws -> PlaybackEnd
}

extension AudioSink {
    public func play(_ buffer: PCMBuffer) throws -> PlaybackEnd { try play(buffer, shouldStop: { false }) }
}

/// Plays into nothing, instantly: a stand-in for hardware.
public final class NullSink: AudioSink {
    public let name = "null"
    public init() {}
    public func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd {
        shouldStop() ? .stopped : .finished
    }
}
