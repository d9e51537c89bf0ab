import Foundation

/// The sound before an announcement: the familiar two-tone 叮咚, or for emergencies a distinct
/// alternating alert, so that villagers know at once which kind of message follows.
public enum Chime: String, Sendable, CaseIterable {
    case dingDong
    case alert
    case none

    /// The chime at `sampleRate`, at an active RMS of `rms` (0…1 of full scale); empty for `.none`.
    /// Computed once per chime, rate and level: every announcement opens with one, and working
    /// it out sample by sample took longer than synthesizing a short text.
    public func render(sampleRate: Int, rms: Double = Level.targetActiveRMS) -> [Int16] {
        let key = Rendered.Key(chime: self, sampleRate: sampleRate, rms: rms)
        if let samples = Rendered.lock.withLock({ Rendered.cache[key] }) { return samples }
        let samples = compute(sampleRate: sampleRate, rms: rms)
        Rendered.lock.withLock { Rendered.cache[key] = samples }
        return samples
    }

    private enum Rendered {
        struct Key: Hashable {
            var chime: Chime
            var sampleRate: Int
            var rms: Double
        }
        static let lock = NSLock()
        nonisolated(unsafe) static var cache: [Key: [Int16]] = [:]  // guarded by lock
    }

    private func compute(sampleRate: Int, rms: Double) -> [Int16] {
        let raw: [Double]
        switch self {
        case .none: return []
        case .dingDong:
            // E5 then C5, bell-like: decaying partials at 1×, 2× and 3× the fundamental.
            raw = Self.mix([
                (Self.bell(659.25, seconds: 0.9, sampleRate: sampleRate), at: 0),
                (Self.bell(523.25, seconds: 1.2, sampleRate: sampleRate), at: Int(0.45 * Double(sampleRate))),
            ])
        case .alert:
            // Six alternating 960 / 770 Hz tones of 0.25 s, sustained (not decaying): unlike the chime.
            raw = (0..<6).flatMap { i in
                Self.tone(i.isMultiple(of: 2) ? 960 : 770, seconds: 0.25, sampleRate: sampleRate)
            }
        }
        // Bring to a safe peak first, then set the level by measurement, the same way speech is set.
        let peak = raw.map(abs).max() ?? 0
        guard peak > 0 else { return [] }
        let samples = Level.quantize(raw.map { $0 * 0.5 / peak })
        let current = Level.activeRMS(samples, sampleRate: sampleRate)
        return Level.scaled(samples, by: rms / current)
    }

    private static func bell(_ frequency: Double, seconds: Double, sampleRate: Int) -> [Double] {
        let count = Int(seconds * Double(sampleRate))
        let attack = 0.005 * Double(sampleRate)
        return (0..<count).map { i in
            let t = Double(i) / Double(sampleRate)
            let envelope = min(1, Double(i) / attack) * exp(-t / 0.35)
            let w = 2 * Double.pi * frequency * t
            return envelope * (sin(w) + 0.3 * sin(2 * w) + 0.1 * sin(3 * w))
        }
    }

    private static func tone(_ frequency: Double, seconds: Double, sampleRate: Int) -> [Double] {
        let count = Int(seconds * Double(sampleRate))
        let fade = 0.005 * Double(sampleRate)
        return (0..<count).map { i in
            let t = Double(i) / Double(sampleRate)
            let envelope = min(1, Double(i) / fade, Double(count - i) / fade)
            let w = 2 * Double.pi * frequency * t
            return envelope * (sin(w) + 0.3 * sin(3 * w))
        }
    }

    private static func mix(_ parts: [([Double], at: Int)]) -> [Double] {
        let length = parts.map { $0.0.count + $0.at }.max() ?? 0
        var out = [Double](repeating: 0, count: length)
        for (part, offset) in parts {
            for (i, v) in part.enumerated() { out[offset + i] += v }
        }
        return out
    }
}
