/// Loudness measures and gain on 16-bit samples. "Active" RMS ignores pauses, so a sentence with
/// long silences and a short chime can be compared by how loud they are while sounding.
public enum Level {
    /// The level announcements are rendered at: about −17 dBFS while sounding, which leaves
    /// headroom for speech peaks (crest factor ~4) without clipping.
    public static let targetActiveRMS = 0.14

    /// RMS (0…1 of full scale) over the 20 ms frames that are within 40 dB of the loudest frame.
    public static func activeRMS(_ samples: ArraySlice<Int16>, sampleRate: Int) -> Double {
        let frame = max(1, sampleRate / 50)
        var frames: [(sum: Double, count: Int)] = []
        var index = samples.startIndex
        while index < samples.endIndex {
            let end = min(index + frame, samples.endIndex)
            var sum = 0.0
            for i in index..<end { let v = Double(samples[i]) / 32768; sum += v * v }
            frames.append((sum, end - index))
            index = end
        }
        let loudest = frames.map { $0.sum / Double($0.count) }.max() ?? 0
        guard loudest > 0 else { return 0 }
        let floor = loudest * 1e-4  // −40 dB in power
        let active = frames.filter { $0.sum / Double($0.count) >= floor }
        let sum = active.reduce(0) { $0 + $1.sum }
        let count = active.reduce(0) { $0 + $1.count }
        return (sum / Double(count)).squareRoot()
    }

    public static func activeRMS(_ samples: [Int16], sampleRate: Int) -> Double {
        activeRMS(samples[...], sampleRate: sampleRate)
    }

    /// Largest absolute sample, 0…1 of full scale.
    public static func peak(_ samples: ArraySlice<Int16>) -> Double {
        var peak: Int32 = 0
        for s in samples { peak = max(peak, abs(Int32(s))) }
        return Double(peak) / 32768
    }

    /// Samples from real numbers in −1…1; values beyond full scale are clamped.
    static func quantize(_ values: [Double]) -> [Int16] {
        values.map { Int16(max(-32768, min(32767, ($0 * 32768).rounded()))) }
    }

    static func scaled(_ samples: [Int16], by factor: Double) -> [Int16] {
        samples.map { Int16(max(-32768, min(32767, (Double($0) * factor).rounded()))) }
    }
}
