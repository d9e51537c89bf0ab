import Foundation

/// A look-ahead true-peak limiter: lowers the gain smoothly around the few peaks that would
/// pass `threshold` after the loudness gain, and leaves everything else alone. Speech from
/// eSpeak NG has a peak-to-loudness ratio near 19 dB, more than the 15 dB between −16 LUFS and
/// −1 dBTP, so a plain gain would have to stop short of the target.
struct Limiter {
    /// Linear ceiling for the true peak.
    var threshold: Double
    var sampleRate: Int
    /// The gain falls over this long before a peak (no click), 5 ms.
    var lookahead = 0.005
    /// and recovers with this time constant after it, 80 ms (no pumping within a syllable).
    var release = 0.080
    /// True peaks are read per block of this many samples.
    static let block = 16

    /// `samples` with the gain envelope applied, so that no true peak exceeds `threshold`.
    func apply(_ samples: [Float]) throws(LoudnessError) -> [Float] {
        let n = samples.count
        guard n > 0 else { return samples }
        // 1. The gain each sample may have at most, from the true peak of its block and its
        //    neighbours (the interpolator's delay smears a peak across a block boundary).
        let detector = try LoudnessMeter(sampleRate: sampleRate)
        let blocks = (n + Self.block - 1) / Self.block
        var blockGain = [Double](repeating: 1, count: blocks)
        try samples.withUnsafeBufferPointer { (all) throws(LoudnessError) in
            for b in 0..<blocks {
                let start = b * Self.block
                try detector.add(UnsafeBufferPointer(rebasing: all[start..<min(n, start + Self.block)]))
                let peak = try detector.lastTruePeak()
                if peak > threshold { blockGain[b] = threshold / peak }
            }
        }
        var allowed = [Double](repeating: 1, count: n)
        for i in 0..<n {
            let b = i / Self.block
            allowed[i] = min(blockGain[b], blockGain[max(0, b - 1)], blockGain[min(blocks - 1, b + 1)])
        }
        // 2. Trailing minimum over the look-ahead, with release: m[k] ≤ allowed[j] for every j in
        //    (k − A, k].
        let span = max(1, Int(lookahead * Double(sampleRate)))
        let recover = 1 - exp(-1 / (release * Double(sampleRate)))
        var held = [Double](repeating: 1, count: n)
        var window: [Int] = []  // indices of increasing `allowed`, a monotonic queue
        var head = 0
        var previous = 1.0
        for k in 0..<n {
            while window.count > head, allowed[window[window.count - 1]] >= allowed[k] { window.removeLast() }
            window.append(k)
            if window[head] <= k - span { head += 1 }
            let minimum = allowed[window[head]]
            previous = min(minimum, previous + (1 - previous) * recover)
            held[k] = previous
        }
        // 3. The gain at n is the mean of held[n ..< n + A]; each of those is ≤ allowed[n], so
        //    the mean is too, and the mean ramps smoothly into every reduction.
        var prefix = [Double](repeating: 0, count: n + 1)
        for k in 0..<n { prefix[k + 1] = prefix[k] + held[k] }
        var out = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let end = min(n, i + span)
            let gain = (prefix[end] - prefix[i]) / Double(end - i)
            out[i] = Float(Double(samples[i]) * gain)
        }
        return out
    }
}
