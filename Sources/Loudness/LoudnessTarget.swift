import Foundation

/// The one loudness every announcement is brought to, and the peak nothing may pass. Set by
/// station.yaml; the defaults are for horn loudspeakers (docs/audio.md, "Loudness").
public struct LoudnessTarget: Sendable, Equatable, Hashable, Codable {
    /// Integrated loudness, LUFS (BS.1770 gated).
    public var integrated: Double
    /// True-peak ceiling, dBTP.
    public var truePeakCeiling: Double

    /// −16 LUFS: speech over horns outdoors wants a dense, steady level (as streaming and podcast
    /// speech does, AES TD1004), not broadcast's −23 LUFS of headroom the amplifier would have to
    /// make up with gain — and hiss — of its own.
    public static let defaultIntegrated = -16.0
    /// −1 dBTP: room for the cheap USB card's reconstruction filter (EBU R128 s1's ceiling).
    public static let defaultTruePeakCeiling = -1.0

    public static let horns = LoudnessTarget()

    public init(integrated: Double = defaultIntegrated, truePeakCeiling: Double = defaultTruePeakCeiling) {
        self.integrated = integrated
        self.truePeakCeiling = truePeakCeiling
    }

    /// What station.yaml may ask for; anything else is a typo or a misunderstanding, said plainly.
    public func validate() throws(LoudnessError) {
        guard (-40.0 ... -5.0).contains(integrated) else {
            throw LoudnessError("loudness target \(integrated) LUFS is out of range: choose from −40 to −5 LUFS (default −16)")
        }
        guard (-12.0 ... 0.0).contains(truePeakCeiling) else {
            throw LoudnessError("true-peak ceiling \(truePeakCeiling) dBTP is out of range: choose from −12 to 0 dBTP (default −1)")
        }
        guard truePeakCeiling > integrated else {
            throw LoudnessError("true-peak ceiling \(truePeakCeiling) dBTP must be above the loudness target \(integrated) LUFS")
        }
    }
}

/// What a sound measures: its integrated loudness and true peak.
public struct LoudnessMeasurement: Sendable, Equatable {
    /// LUFS; −∞ for silence or sound shorter than one 400 ms block.
    public var integrated: Double
    /// dBTP; −∞ for silence.
    public var truePeak: Double
}
