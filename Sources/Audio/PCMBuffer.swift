/// Mono 16-bit PCM in memory: what the synthesizer produces and every sink plays.
/// Audio is the lowest layer; Speech depends on it for this type.
public struct PCMBuffer: Sendable, Equatable {
    public var samples: [Int16]
    public var sampleRate: Int

    /// The rate every announcement is rendered and played at: eSpeak NG's, to which recordings
    /// are resampled (docs/audio.md). The one definition: the Announcer, the recording checks
    /// of `schedule check` and `say --audio`, and the speaker probe use it.
    public static let stationRate = 22050

    public init(samples: [Int16] = [], sampleRate: Int) {
        self.samples = samples
        self.sampleRate = sampleRate
    }

    /// From samples in −1…1 (decoders and resamplers work in floats); values beyond full scale
    /// are clamped.
    public init(floats: [Float], sampleRate: Int) {
        samples = [Int16](unsafeUninitializedCapacity: floats.count) { out, count in
            floats.withUnsafeBufferPointer { input in
                for i in 0..<input.count { out[i] = Int16(max(-32768, min(32767, (input[i] * 32768).rounded()))) }
            }
            count = floats.count
        }
        self.sampleRate = sampleRate
    }

    /// Length in seconds.
    public var duration: Double { Double(samples.count) / Double(sampleRate) }

    public mutating func append(_ other: PCMBuffer) {
        precondition(other.sampleRate == sampleRate, "sample rates differ: \(other.sampleRate) vs \(sampleRate)")
        samples.append(contentsOf: other.samples)
    }

    public mutating func appendSilence(seconds: Double) {
        samples.append(contentsOf: repeatElement(0, count: max(0, Int(seconds * Double(sampleRate)))))
    }
}
