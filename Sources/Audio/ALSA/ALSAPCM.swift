import CALSA
import Glibc

/// The thin layer over libasound: one open playback PCM, every failure turned into an
/// `AudioError` carrying libasound's own words (`snd_strerror`).
final class ALSAPCM {
    let device: String
    /// The rate the device accepted, which `set_rate_near` may have moved from the one asked.
    let sampleRate: Int
    /// Interleaved channels (1, or 2 when the device takes only stereo).
    let channels: Int
    /// Frames per write: small enough that a stop request is heard within ~20 ms.
    let periodFrames: Int
    /// Frames the device's buffer holds (~100 ms).
    let bufferFrames: Int
    private var handle: OpaquePointer?

    /// `channels`: exactly that many (a card whose channels feed different amplifiers); nil:
    /// mono if the device allows, else stereo. `bufferTime`/`periodTime` in µs.
    init(device: String, sampleRate: Int, channels: Int? = nil, bufferTime: UInt32 = 100_000, periodTime: UInt32 = 20_000) throws {
        self.device = device
        dalaba_alsa_silence_errors()
        var pcm: OpaquePointer?
        // Non-blocking open: a card another program holds answers EBUSY at once instead of
        // blocking until it is free; writes block again (the player is paced by them).
        let opened = snd_pcm_open(&pcm, device, SND_PCM_STREAM_PLAYBACK, Int32(SND_PCM_NONBLOCK))
        try Self.check(opened, "open the speaker '\(device)'",
                       hint: opened == -Int32(EBUSY)
                           ? "another program is using the sound card (`fuser -v /dev/snd/*` shows which); it is tried again like an unplugged card"
                           : "check the device name (`aplay -L` lists them) and that the sound card is plugged in")
        snd_pcm_nonblock(pcm, 0)
        handle = pcm
        do {
            (self.sampleRate, self.channels, self.periodFrames, self.bufferFrames) = try Self.configure(
                pcm!, device: device, sampleRate: sampleRate, channels: channels, bufferTime: bufferTime, periodTime: periodTime)
        } catch {
            snd_pcm_close(pcm)
            handle = nil
            throw error
        }
    }

    deinit { close() }

    /// Hardware parameters are set explicitly and read back: S16 interleaved, mono if the device
    /// allows (else stereo), the rate nearest ours, a ~100 ms buffer in ~20 ms periods.
    private static func configure(
        _ pcm: OpaquePointer, device: String, sampleRate: Int, channels wanted: Int?, bufferTime: UInt32, periodTime: UInt32
    ) throws -> (Int, Int, Int, Int) {
        var params: OpaquePointer?
        try check(snd_pcm_hw_params_malloc(&params), "allocate hardware parameters for '\(device)'")
        defer { snd_pcm_hw_params_free(params) }
        let what = "configure the speaker '\(device)'"
        try check(snd_pcm_hw_params_any(pcm, params), what)
        try check(snd_pcm_hw_params_set_rate_resample(pcm, params, 1), what)
        try check(snd_pcm_hw_params_set_access(pcm, params, SND_PCM_ACCESS_RW_INTERLEAVED), what, hint: "it does not take interleaved access")
        try check(snd_pcm_hw_params_set_format(pcm, params, SND_PCM_FORMAT_S16_LE), what, hint: "it does not take 16-bit samples")
        var channels: UInt32 = 1
        if let wanted {
            channels = UInt32(wanted)
            try check(snd_pcm_hw_params_set_channels(pcm, params, channels), what, hint: "it does not take \(wanted) channels")
        } else if snd_pcm_hw_params_set_channels(pcm, params, 1) < 0 {
            channels = 2
            try check(snd_pcm_hw_params_set_channels(pcm, params, 2), what, hint: "it takes neither mono nor stereo")
        }
        var rate = UInt32(sampleRate)
        try check(snd_pcm_hw_params_set_rate_near(pcm, params, &rate, nil), what, hint: "sample rate \(sampleRate) Hz")
        var bufferTime = bufferTime
        var periodTime = periodTime
        try check(snd_pcm_hw_params_set_buffer_time_near(pcm, params, &bufferTime, nil), what, hint: "buffer time")
        try check(snd_pcm_hw_params_set_period_time_near(pcm, params, &periodTime, nil), what, hint: "period time")
        try check(snd_pcm_hw_params(pcm, params), what)
        var period: snd_pcm_uframes_t = 0
        try check(snd_pcm_hw_params_get_period_size(params, &period, nil), what)
        var buffer: snd_pcm_uframes_t = 0
        try check(snd_pcm_hw_params_get_buffer_size(params, &buffer), what)
        return (Int(rate), Int(channels), max(64, Int(period)), Int(buffer))
    }

    /// Writes all frames (interleaved), recovering from underruns and suspends with
    /// `snd_pcm_recover`; a failure recovery cannot fix (unplugged card) is thrown.
    func write(_ frames: UnsafeBufferPointer<Int16>) throws {
        guard let handle, let base = frames.baseAddress else { return }
        var offset = 0
        let total = frames.count / channels
        while offset < total {
            let written = snd_pcm_writei(handle, base + offset * channels, snd_pcm_uframes_t(total - offset))
            if written >= 0 {
                offset += written
            } else if written == -Int(EAGAIN) {
                continue
            } else {
                try Self.check(snd_pcm_recover(handle, Int32(written), 1), "play on the speaker '\(device)'",
                               hint: "the sound card may have been unplugged or be in use by another program")
            }
        }
    }

    /// Waits until everything written has been played.
    func drain() throws {
        guard let handle else { return }
        try Self.check(snd_pcm_drain(handle), "finish playing on the speaker '\(device)'")
    }

    /// Frames written and not yet played, as the device tells it; nil when it cannot (a
    /// plugin that plays at once, as `null`, says 0).
    func delay() -> Int? {
        guard let handle else { return nil }
        var frames: snd_pcm_sframes_t = 0
        guard snd_pcm_delay(handle, &frames) == 0 else { return nil }
        return Int(frames)
    }

    /// How many written frames may still be taken back and written anew (`rewind`); 0 when
    /// the device cannot.
    func rewindable() -> Int {
        guard let handle else { return 0 }
        return max(0, Int(snd_pcm_rewindable(handle)))
    }

    /// Takes back up to `frames` written frames that have not been played: the next write goes
    /// over them. Returns how many it took back.
    func rewind(_ frames: Int) -> Int {
        guard let handle, frames > 0 else { return 0 }
        return max(0, Int(snd_pcm_rewind(handle, snd_pcm_uframes_t(frames))))
    }

    /// Throws away what is still buffered (a stop).
    func drop() {
        guard let handle else { return }
        snd_pcm_drop(handle)
    }

    func close() {
        if let handle { snd_pcm_close(handle) }
        handle = nil
    }

    @discardableResult
    static func check<T: BinaryInteger>(_ result: T, _ action: String, hint: String? = nil) throws -> T {
        guard result < 0 else { return result }
        let message = String(cString: snd_strerror(Int32(result)))
        throw AudioError("cannot \(action): \(message)" + (hint.map { " — \($0)" } ?? ""))
    }
}
