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

        var out = assemble(speech: PCMBuffer(samples: levelled, sampleRate: rate),
                           chime: chime.render(sampleRate: rate), repeat: count, gap: gap)

        // One factor for the whole render keeps chime and speech equal while keeping peaks in range.
        let peak = Level.peak(out.samples[...])
        let factor = peak * gain > peakCeiling ? peakCeiling / peak : gain
        if factor != 1 { out.samples = Level.scaled(out.samples, by: factor) }
        return out
    }

    /// The layout alone, with the parts as they are given: the chime (if any) and a breath of
    /// silence, the speech `count` times with `gap` seconds between, the tail. Loudness
    /// normalization (the Announcer) levels the parts first and then lays them out here.
    public static func assemble(speech: PCMBuffer, chime: [Int16], repeat count: Int, gap: Double) -> PCMBuffer {
        var out = PCMBuffer(sampleRate: speech.sampleRate)
        if !chime.isEmpty {
            out.samples += chime
            out.appendSilence(seconds: silenceAfterChime)
        }
        for i in 0..<max(1, count) {
            if i > 0 { out.appendSilence(seconds: gap) }
            out.samples += speech.samples
        }
        out.appendSilence(seconds: tailSilence)
        return out
    }
}
