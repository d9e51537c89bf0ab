import Foundation

/// A look-ahead true-peak limiter: lowers the gain smoothly around the few peaks that would
/// pass `threshold` after the loudness gain, and leaves everything else alone. Speech from
/// eSpeak NG has a peak-to-loudness ratio near 19 dB, more than the 15 dB between −16 LUFS and
/// −1 dBTP, so a plain gain would have to stop short of the target.
///
/// It reads and writes the station's 16-bit samples, rounding once; memory stays at the output
/// plus a block table, so a 30-minute recording is limited without per-sample work arrays.
struct Limiter {
    /// Linear ceiling for the true peak.
    var threshold: Double
    var sampleRate: Int
    /// The gain falls over this long before a peak (no click), 5 ms,
    var lookahead = 0.005
    /// and recovers with this time constant after it, 80 ms (no pumping within a syllable).
    var release = 0.080
    /// True peaks are read per block of this many samples.
    static let block = 16

    /// The true peak of each block of `samples` (linear), by libebur128, fed to `detector`
    /// block by block (which then knows the whole sound's loudness and true peak too: one pass
    /// for both). A gain scales the block peaks exactly, so they are measured once however often
    /// the gain is corrected.
    static func blockPeaks(_ samples: [Int16], feeding detector: LoudnessMeter) throws(LoudnessError) -> [Double] {
        let blocks = (samples.count + block - 1) / block
        var peaks = [Double](repeating: 0, count: blocks)
        try samples.withUnsafeBufferPointer { (all) throws(LoudnessError) in
            for b in 0..<blocks {
                let start = b * block
                try detector.add(UnsafeBufferPointer(rebasing: all[start..<min(all.count, start + block)]))
                peaks[b] = try detector.lastTruePeak()
            }
        }
        return peaks
    }

    /// `samples` × `gain`, with the gain held down wherever a true peak would pass `threshold`.
    func apply(_ samples: [Int16], gain: Double, blockPeaks: [Double]) -> [Int16] {
        let n = samples.count
        guard n > 0 else { return [] }
        let blocks = blockPeaks.count
        let block = Self.block
        // The gain each block may have at most, widened to its neighbours: the interpolator's
        // delay smears a peak across a block boundary.
        let own = blockPeaks.map { $0 * gain > threshold ? threshold / ($0 * gain) : 1 }
        let allowed = (0..<blocks).map { min(own[max(0, $0 - 1)], own[$0], own[min(blocks - 1, $0 + 1)]) }
        let span = max(1, Int(lookahead * Double(sampleRate)))
        let recover = 1 - exp(-1 / (release * Double(sampleRate)))
        // held[k]: the least gain allowed in (k − span, k], recovering slowly after it. The gain
        // of sample i is the mean of held[i ..< i + span]; each of those windows contains i, so
        // the mean never exceeds what sample i allows, and it ramps smoothly into every dip.
        var ring = [Double](repeating: 1, count: span)
        var sum = Double(span)
        var held = 1.0
        var out = [Int16](repeating: 0, count: n)
        samples.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                for k in 0..<(n + span - 1) {
                    var least = 1.0
                    let low = max(0, k - span + 1), high = min(k, n - 1)
                    if low <= high { for b in (low / block)...(high / block) { least = min(least, allowed[b]) } }
                    held = min(least, held + (1 - held) * recover)
                    sum += held - ring[k % span]
                    ring[k % span] = held
                    let i = k - span + 1
                    if i >= 0 { output[i] = Loudness.rounded(Double(input[i]) * gain * sum / Double(span)) }
                }
            }
        }
        return out
    }
}
