import Audio
import Foundation

/// Measuring and setting the loudness of station sound (mono 16-bit PCM).
public enum Loudness {
    /// How far below the ceiling the limiter aims: other meters oversample differently (ffmpeg
    /// goes to 192 kHz, libebur128 4×) and the final rounding to 16 bits adds a little.
    public static let limiterMargin = 0.3

    public static func measure(_ buffer: PCMBuffer) throws(LoudnessError) -> LoudnessMeasurement {
        let meter = try LoudnessMeter(sampleRate: buffer.sampleRate)
        try meter.add(buffer.samples)
        return LoudnessMeasurement(integrated: try meter.integrated(), truePeak: decibels(try meter.truePeak()))
    }

    /// The result of `normalize`: the sound and what was done, for the log and the tests.
    public struct Normalized: Sendable {
        public var audio: PCMBuffer
        public var before: LoudnessMeasurement
        public var after: LoudnessMeasurement
        /// The gain applied before limiting, dB.
        public var gain: Double
        /// Whether the limiter had to hold peaks down.
        public var limited: Bool
    }

    /// `buffer` brought to `target`: a gain to the integrated loudness; where the true peak
    /// would pass the ceiling, the limiter, and the gain corrected for the loudness it took (at
    /// most four rounds, to within 0.1 LU). Silence, and sound shorter than the 400 ms BS.1770
    /// needs, come back unchanged.
    public static func normalize(_ buffer: PCMBuffer, to target: LoudnessTarget = .horns) throws(LoudnessError) -> Normalized {
        let rate = buffer.sampleRate
        let meter = try LoudnessMeter(sampleRate: rate)
        let peaks = try Limiter.blockPeaks(buffer.samples, feeding: meter)
        let before = LoudnessMeasurement(integrated: try meter.integrated(), truePeak: decibels(try meter.truePeak()))
        guard before.integrated.isFinite else {
            return Normalized(audio: buffer, before: before, after: before, gain: 0, limited: false)
        }
        let limiter = Limiter(threshold: pow(10, (target.truePeakCeiling - limiterMargin) / 20), sampleRate: rate)
        var gain = target.integrated - before.integrated
        var audio = buffer
        var limited = false
        for _ in 0..<4 {
            let factor = pow(10, gain / 20)
            limited = before.truePeak + gain > target.truePeakCeiling - limiterMargin
            guard limited else {
                // A plain gain lands on the target exactly.
                audio.samples = scaled(buffer.samples, by: factor)
                break
            }
            audio.samples = limiter.apply(buffer.samples, gain: factor, blockPeaks: peaks)
            let meter = try LoudnessMeter(sampleRate: rate, truePeak: false)
            try meter.add(audio.samples)
            let miss = target.integrated - (try meter.integrated())
            if abs(miss) < 0.1 { break }
            gain += miss
        }
        var after = try measure(audio)
        if after.truePeak > target.truePeakCeiling {
            // The limiter works from block peaks of the source; should its smooth gain still let
            // a peak through, one trim for the whole sound keeps the ceiling a ceiling.
            audio.samples = scaled(audio.samples, by: pow(10, (target.truePeakCeiling - limiterMargin - after.truePeak) / 20))
            after = try measure(audio)
        }
        return Normalized(audio: audio, before: before, after: after, gain: gain, limited: limited)
    }

    static func scaled(_ samples: [Int16], by factor: Double) -> [Int16] {
        [Int16](unsafeUninitializedCapacity: samples.count) { out, count in
            samples.withUnsafeBufferPointer { input in
                for i in 0..<input.count { out[i] = rounded(Double(input[i]) * factor) }
            }
            count = samples.count
        }
    }

    /// A sample value, rounded and kept within 16 bits.
    @inline(__always)
    static func rounded(_ value: Double) -> Int16 { Int16(max(-32768, min(32767, value.rounded()))) }

    static func decibels(_ linear: Double) -> Double { linear > 0 ? 20 * log10(linear) : -.infinity }
}
