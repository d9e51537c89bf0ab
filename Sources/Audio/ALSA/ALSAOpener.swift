import Foundation

/// Opens a PCM without letting the caller hang: a device another program holds may block in
/// open or in configuring it (a FIFO without a reader behind a `type file` PCM does the same).
/// The open runs on a helper thread; past `limit` the caller gets an error (the station counts
/// the speaker offline and tries again, as for an unplugged card), and the helper, when the
/// device finally lets go, closes what it opened. While one open of a device is stuck, the
/// next attempts fail at once instead of piling up threads.
public enum ALSAOpener {
    public static let limit: TimeInterval = 3

    private final class Attempt: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<ALSAPCM, Error>?
        var abandoned = false
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var stuck: Set<String> = []

    static func open(
        device: String, sampleRate: Int, within limit: TimeInterval = limit, channels: Int? = nil,
        bufferTime: UInt32 = 100_000, periodTime: UInt32 = 20_000
    ) throws -> ALSAPCM {
        let alreadyStuck = lock.withLock { stuck.contains(device) }
        if alreadyStuck { throw held(device, limit) }
        let attempt = Attempt()
        let thread = Thread {
            let result = Result { try ALSAPCM(device: device, sampleRate: sampleRate, channels: channels, bufferTime: bufferTime, periodTime: periodTime) }
            let abandoned = lock.withLock {
                attempt.result = result
                if attempt.abandoned { stuck.remove(device) }
                return attempt.abandoned
            }
            if abandoned, case .success(let pcm) = result { pcm.close() }
            attempt.done.signal()
        }
        thread.name = "dalaba-alsa-open"
        thread.start()
        if attempt.done.wait(timeout: .now() + limit) == .timedOut {
            let result: Result<ALSAPCM, Error>? = lock.withLock {
                if attempt.result == nil {
                    attempt.abandoned = true
                    stuck.insert(device)
                }
                return attempt.result
            }
            guard let result else { throw held(device, limit) }
            return try result.get()  // it finished just now
        }
        return try attempt.result!.get()
    }

    private static func held(_ device: String, _ limit: TimeInterval) -> AudioError {
        AudioError(String(format: "cannot open the speaker '%@': it did not answer within %g s — another program may be holding the sound card (`fuser -v /dev/snd/*` shows which)", device, limit))
    }
}
