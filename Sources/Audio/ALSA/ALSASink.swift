import Foundation

/// The loudspeaker: plays through an ALSA PCM (`default`, `plughw:1,0`, a name from asound.conf).
/// The PCM is opened for each announcement and closed after, so a card that was unplugged is
/// simply tried again next time, and other programs can use the device in between.
public final class ALSASink: AudioSink {
    public let device: String
    public var name: String { "alsa:\(device)" }

    /// How long an open may take before the device counts as held by another program.
    public let openLimit: TimeInterval

    public init(device: String = "default", openLimit: TimeInterval = ALSAOpener.limit) {
        self.device = device
        self.openLimit = openLimit
    }

    /// How long before a playback's instant the station hands it to the player: enough for the
    /// open (about 1 ms, up to ~10 ms on a loaded 2-core box) and a late engine timer, so that at
    /// the instant only the player thread has to wake and write.
    public static let startAhead: TimeInterval = 0.1

    public func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd {
        try play(buffer, startingAt: nil, started: { _ in }, shouldStop: shouldStop)
    }

    /// Opens the device first, then waits for `instant`: the open (a helper thread, libasound's
    /// configuration) is not between the due instant and the first sample.
    public func play(_ buffer: PCMBuffer, startingAt instant: Date?, started: (Date) -> Void, shouldStop: () -> Bool) throws -> PlaybackEnd {
        let pcm = try ALSAOpener.open(device: device, sampleRate: buffer.sampleRate, within: openLimit)
        defer { pcm.close() }
        let frames = Self.adapt(buffer, toRate: pcm.sampleRate, channels: pcm.channels)
        let chunk = pcm.periodFrames * pcm.channels
        let raised = instant != nil && StartInstant.realtime()
        defer { if raised { StartInstant.normal() } }
        if let instant, !StartInstant.wait(until: instant, shouldStop: shouldStop) {
            pcm.drop()
            return .stopped
        }
        started(Date())
        var start = 0
        try frames.withUnsafeBufferPointer { all in
            while start < all.count {
                if shouldStop() { return }
                let end = min(start + chunk, all.count)
                try pcm.write(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
        if start < frames.count {
            pcm.drop()
            return .stopped
        }
        try pcm.drain()
        return .finished
    }

    /// Interleaves for stereo devices and resamples (linear) when the device could not take our rate.
    static func adapt(_ buffer: PCMBuffer, toRate rate: Int, channels: Int) -> [Int16] {
        var mono = buffer.samples
        if rate != buffer.sampleRate, !mono.isEmpty {
            let count = Int((Double(mono.count) * Double(rate) / Double(buffer.sampleRate)).rounded())
            let step = Double(buffer.sampleRate) / Double(rate)
            let source = mono
            mono = (0..<count).map { i in
                let x = Double(i) * step
                let j = min(Int(x), source.count - 1)
                let k = min(j + 1, source.count - 1)
                let f = x - Double(j)
                return Int16((Double(source[j]) * (1 - f) + Double(source[k]) * f).rounded())
            }
        }
        guard channels > 1 else { return mono }
        return mono.flatMap { repeatElement($0, count: channels) }
    }
}
