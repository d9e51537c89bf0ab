import CEBUR128

/// Integrated loudness (ITU-R BS.1770-4 / EBU R128, gated) and true peak of mono sound, over
/// libebur128: the thin layer. Feed it pieces with `add`, read the figures at any time. One
/// instance per stream; instances share nothing.
public final class LoudnessMeter {
    public let sampleRate: Int
    private let state: UnsafeMutablePointer<ebur128_state>

    /// `truePeak: false` measures loudness only, at a fraction of the cost (no 4× oversampling).
    public init(sampleRate: Int, truePeak: Bool = true) throws(LoudnessError) {
        self.sampleRate = sampleRate
        let mode = EBUR128_MODE_I.rawValue | (truePeak ? EBUR128_MODE_TRUE_PEAK.rawValue : 0)
        guard sampleRate > 0, let state = ebur128_init(1, UInt(sampleRate), Int32(mode))
        else { throw LoudnessError("libebur128 cannot measure at \(sampleRate) Hz") }
        self.state = state
    }

    deinit {
        var state: UnsafeMutablePointer<ebur128_state>? = state
        ebur128_destroy(&state)
    }

    /// 16-bit samples (full scale = 0 dBFS), as the station plays them.
    public func add(_ samples: UnsafeBufferPointer<Int16>) throws(LoudnessError) {
        guard let base = samples.baseAddress, samples.count > 0 else { return }
        try check(ebur128_add_frames_short(state, base, samples.count), "add_frames")
    }

    public func add(_ samples: [Int16]) throws(LoudnessError) {
        let result = samples.withUnsafeBufferPointer { ebur128_add_frames_short(state, $0.baseAddress, $0.count) }
        try check(samples.isEmpty ? 0 : result, "add_frames")
    }

    /// Gated integrated loudness in LUFS; −∞ while nothing loud enough (or under 400 ms) was added.
    public func integrated() throws(LoudnessError) -> Double {
        var out = 0.0
        try check(ebur128_loudness_global(state, &out), "loudness_global")
        return out
    }

    /// The highest true peak (4× oversampled below 96 kHz) of everything added, linear (1 = 0 dBTP).
    public func truePeak() throws(LoudnessError) -> Double {
        var out = 0.0
        try check(ebur128_true_peak(state, 0, &out), "true_peak")
        return out
    }

    /// The true peak of the last piece added, linear.
    public func lastTruePeak() throws(LoudnessError) -> Double {
        var out = 0.0
        try check(ebur128_prev_true_peak(state, 0, &out), "prev_true_peak")
        return out
    }

    private func check(_ code: Int32, _ call: String) throws(LoudnessError) {
        guard code != 0 else { return }
        // libebur128 has no strerror; these are its four error names (ebur128.h).
        let name = switch code {
        case Int32(EBUR128_ERROR_NOMEM.rawValue): "out of memory"
        case Int32(EBUR128_ERROR_INVALID_MODE.rawValue): "invalid mode"
        case Int32(EBUR128_ERROR_INVALID_CHANNEL_INDEX.rawValue): "invalid channel index"
        case Int32(EBUR128_ERROR_NO_CHANGE.rawValue): "no change"
        default: "error \(code)"
        }
        throw LoudnessError("libebur128 \(call): \(name)")
    }
}

/// A loudness measurement that failed, in libebur128's terms.
public struct LoudnessError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
