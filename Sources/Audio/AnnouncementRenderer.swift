import Vocabulary

/// Puts one announcement together: chime, a breath of silence, the speech `repeat` times with
/// `gap` seconds between, and a tail of silence — levelled so the chime and the speech sound
/// equally loud and nothing clips.
public enum AnnouncementRenderer {
    public static let silenceAfterChime = 0.5
    public static let tailSilence = 0.5
    /// Loudest sample allowed, as a fraction of full scale.
    public static let peakCeiling = 0.97

    public static func render(speech: PCMBuffer, repeat count: Int = 1, gap: Double = Repetition.defaultGap,
                              chime: Chime = .dingDong, gain: Double = 1.0) -> PCMBuffer {
        let rate = speech.sampleRate
        let speechRMS = Level.activeRMS(speech.samples, sampleRate: rate)
        let levelled = speechRMS > 0 ? Level.scaled(speech.samples, by: Level.targetActiveRMS / speechRMS) : speech.samples

        var out = PCMBuffer(sampleRate: rate)
        let chimeSamples = chime.render(sampleRate: rate)
        if !chimeSamples.isEmpty {
            out.samples += chimeSamples
            out.appendSilence(seconds: silenceAfterChime)
        }
        for i in 0..<max(1, count) {
            if i > 0 { out.appendSilence(seconds: gap) }
            out.samples += levelled
        }
        out.appendSilence(seconds: tailSilence)

        // One factor for the whole render keeps chime and speech equal while keeping peaks in range.
        let peak = Level.peak(out.samples[...])
        let factor = peak * gain > peakCeiling ? peakCeiling / peak : gain
        if factor != 1 { out.samples = Level.scaled(out.samples, by: factor) }
        return out
    }
}
