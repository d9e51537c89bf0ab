import Audio
import Foundation

/// Measuring and setting the loudness of station sound (mono 16-bit PCM).
public enum Loudness {
    /// How far below the ceiling the limiter aims: other meters oversample differently (ffmpeg
    /// goes to 192 kHz, libebur128 4×) and the final rounding to 16 bits adds a little.
    public static let limiterMargin = 0.3

    public static func measure(_ buffer: PCMBuffer) throws(LoudnessError) -> LoudnessMeasurement {
        try measure(floats(buffer.samples), sampleRate: buffer.sampleRate)
    }

    static func measure(_ samples: [Float], sampleRate: Int) throws(LoudnessError) -> LoudnessMeasurement {
        let meter = try LoudnessMeter(sampleRate: sampleRate)
        try meter.add(samples)
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

    /// `buffer` brought to `target`: a gain to the integrated loudness, the limiter where the
    /// true peak would pass the ceiling, the gain corrected for what the limiter took (at most
    /// four rounds, to within 0.1 LU). Silence, and sound shorter than the 400 ms BS.1770 needs,
    /// come back unchanged.
    public static func normalize(_ buffer: PCMBuffer, to target: LoudnessTarget = .horns) throws(LoudnessError) -> Normalized {
        let rate = buffer.sampleRate
        let source = floats(buffer.samples)
        let before = try measure(source, sampleRate: rate)
        guard before.integrated.isFinite else {
            return Normalized(audio: buffer, before: before, after: before, gain: 0, limited: false)
        }
        let threshold = pow(10, (target.truePeakCeiling - limiterMargin) / 20)
        var gain = target.integrated - before.integrated
        var output = source
        var limited = false
        var after = before
        for _ in 0..<4 {
            let factor = Float(pow(10, gain / 20))
            output = source.map { $0 * factor }
            limited = before.truePeak + gain > target.truePeakCeiling - limiterMargin
            if limited { output = try Limiter(threshold: threshold, sampleRate: rate).apply(output) }
            after = try measure(output, sampleRate: rate)
            let miss = target.integrated - after.integrated
            if abs(miss) < 0.1 { break }
            gain += miss
        }
        let samples = quantize(output)
        after = try measure(floats(samples), sampleRate: rate)
        return Normalized(audio: PCMBuffer(samples: samples, sampleRate: rate), before: before, after: after, gain: gain, limited: limited)
    }

    static func floats(_ samples: [Int16]) -> [Float] { samples.map { Float($0) / 32768 } }

    static func quantize(_ values: [Float]) -> [Int16] {
        values.map { Int16(max(-32768, min(32767, ($0 * 32768).rounded()))) }
    }

    static func decibels(_ linear: Double) -> Double { linear > 0 ? 20 * log10(linear) : -.infinity }
}
