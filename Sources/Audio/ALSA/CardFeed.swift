import Foundation

/// One ALSA device whose channels drive different amplifiers (two zones on the left and right of
/// one USB card): ONE open PCM, written by the card's own thread, which interleaves each
/// playback into its channels and writes silence in the channels with nothing to play. The
/// thread is paced by the PCM (blocking writes), opens the device when something is to play and
/// closes it when nothing is left, so an unplugged card is simply tried again next time, as
/// `ALSASink` does.
///
/// Playbacks handed over together (one `play` with several channels) start in the same period.
/// Separate playbacks due at the same instant come from separate zone players a millisecond or
/// two apart, so a stream that starts from idle gathers for `gatherTime` before its first period
/// and then fills the buffer at most `leadPeriods` ahead of the clock for its first buffer's
/// worth: a playback that comes a little late still joins within a period or two instead of
/// after the whole 100 ms buffer. One that comes while the card has long been playing joins
/// after what is buffered (up to `bufferTime`).
public final class CardFeed: @unchecked Sendable {
    public let device: String
    /// How many channels the PCM is opened with (the highest channel used + 1, at least 2).
    public let channelCount: Int
    public let openLimit: TimeInterval
    /// Small periods: a zone that starts while another plays on the card waits for at most one.
    static let periodTime: UInt32 = 20_000
    static let bufferTime: UInt32 = 100_000
    /// How long a stream starting from idle waits for other playbacks due at the same instant.
    static let gatherTime: TimeInterval = 0.003
    /// Periods written ahead of the clock while the first buffer fills.
    static let leadPeriods = 2

    /// One playback: mono samples sent to some channels.
    private final class Job {
        let arrival = Date()
        let buffer: PCMBuffer
        let channels: [Int]
        var samples: [Int16] = []
        var adapted = false
        var position = 0
        var stopRequested = false
        var end: Result<PlaybackEnd, Error>?
        init(buffer: PCMBuffer, channels: [Int]) {
            self.buffer = buffer
            self.channels = channels
        }
    }

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var thread: Thread?

    public init(device: String, channelCount: Int, openLimit: TimeInterval = ALSAOpener.limit) {
        self.device = device
        self.channelCount = max(2, channelCount)
        self.openLimit = openLimit
    }

    /// Plays `buffer` (mono) in `channels` and blocks until it is played, or until soon after
    /// `shouldStop()` turns true (asked on the caller's thread every few milliseconds). Throws
    /// when the device cannot be opened or written.
    public func play(_ buffer: PCMBuffer, in channels: [Int], shouldStop: () -> Bool) throws -> PlaybackEnd {
        precondition(channels.allSatisfy { (0..<channelCount).contains($0) }, "channel outside the card")
        let job = Job(buffer: buffer, channels: channels)
        condition.lock()
        if thread == nil {
            let thread = Thread { [self] in run() }
            thread.name = "dalaba-card"
            thread.qualityOfService = .userInteractive
            self.thread = thread
            thread.start()
        }
        jobs.append(job)
        condition.broadcast()
        while job.end == nil {
            condition.unlock()
            let stop = shouldStop()
            condition.lock()
            if stop { job.stopRequested = true }
            if job.end == nil { _ = condition.wait(until: Date().addingTimeInterval(0.005)) }
        }
        let end = job.end!
        condition.unlock()
        return try end.get()
    }

    /// Whether the card's thread is running (it ends when nothing is left to play).
    var hasThread: Bool { condition.withLock { thread != nil } }

    /// Opens and closes the device without sound (the speaker probe). While the card plays for
    /// another zone it answers, so that counts as working.
    public func probe() throws {
        let busy = condition.withLock { !jobs.isEmpty }
        if busy { return }
        let pcm = try ALSAOpener.open(device: device, sampleRate: PCMBuffer.stationRate, within: openLimit, channels: channelCount)
        pcm.close()
    }

    /// Plays while there is something to play, then ends: a feed that a reload replaced (its
    /// zones changed) is then freed instead of keeping an idle thread, and itself, for the life
    /// of the process. The next `play` starts a new thread.
    private func run() {
        while true {
            condition.lock()
            if jobs.isEmpty {
                thread = nil
                condition.unlock()
                return
            }
            // Other zones' playbacks due at the same instant arrive from their own threads.
            let gathered = jobs[0].arrival.addingTimeInterval(Self.gatherTime)
            while Date() < gathered { _ = condition.wait(until: gathered) }
            condition.unlock()
            let pcm: ALSAPCM
            do {
                pcm = try ALSAOpener.open(
                    device: device, sampleRate: PCMBuffer.stationRate, within: openLimit, channels: channelCount,
                    bufferTime: Self.bufferTime, periodTime: Self.periodTime)
            } catch {
                finishAll(.failure(error))
                continue
            }
            stream(pcm)
        }
    }

    /// Writes periods until no playback is left; then drains and closes.
    private func stream(_ pcm: ALSAPCM) {
        let frames = pcm.periodFrames
        let width = pcm.channels
        var period = [Int16](repeating: 0, count: frames * width)
        let started = Date()
        let periodLength = Double(frames) / Double(pcm.sampleRate)
        let pacedPeriods = Int((Double(Self.bufferTime) / 1_000_000 / periodLength).rounded(.up))
        var written = 0
        while true {
            // While the first buffer fills, stay `leadPeriods` ahead of the clock (see the type).
            if written >= Self.leadPeriods, written < pacedPeriods {
                let due = started.addingTimeInterval(Double(written - Self.leadPeriods) * periodLength)
                let wait = due.timeIntervalSinceNow
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            written += 1
            condition.lock()
            // Stopped playbacks leave (their sound already buffered plays out: one buffer).
            for job in jobs where job.stopRequested { job.end = .success(.stopped) }
            jobs.removeAll { $0.end != nil }
            condition.broadcast()
            let active = jobs
            condition.unlock()
            if active.isEmpty { break }
            for job in active where !job.adapted {
                job.samples = ALSASink.adapt(job.buffer, toRate: pcm.sampleRate, channels: 1)
                job.adapted = true
            }
            for index in period.indices { period[index] = 0 }
            var ended: [Job] = []
            for job in active {
                let count = min(frames, job.samples.count - job.position)
                job.samples.withUnsafeBufferPointer { samples in
                    for frame in 0..<count {
                        let sample = samples[job.position + frame]
                        for channel in job.channels { period[frame * width + channel] = sample }
                    }
                }
                job.position += count
                if job.position >= job.samples.count { ended.append(job) }
            }
            do {
                try period.withUnsafeBufferPointer { try pcm.write($0) }
            } catch {
                pcm.drop()
                pcm.close()
                finishAll(.failure(error))
                return
            }
            guard !ended.isEmpty else { continue }
            condition.lock()
            let othersPlay = jobs.contains { job in job.end == nil && !ended.contains { $0 === job } }
            condition.unlock()
            // The last playback's sound is written: let it play out (as ALSASink does, so
            // "played" means heard), then close; a playback that came meanwhile opens it again.
            if !othersPlay {
                try? pcm.drain()
                pcm.close()
            }
            condition.lock()
            for job in ended where job.end == nil { job.end = .success(.finished) }
            jobs.removeAll { $0.end != nil }
            condition.broadcast()
            condition.unlock()
            if !othersPlay { break }
        }
        pcm.close()
    }

    private func finishAll(_ end: Result<PlaybackEnd, Error>) {
        condition.lock()
        for job in jobs { job.end = end }
        jobs.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// One channel of a `CardFeed` as an `AudioSink`: a zone's
/// loudspeaker when its amplifier hangs on one channel of a shared card.
public final class CardChannelSink: AudioSink {
    public let feed: CardFeed
    public let channel: Int
    public var name: String { "alsa:\(feed.device) " + (channel == 0 ? "left" : channel == 1 ? "right" : "channel \(channel)") }

    public init(feed: CardFeed, channel: Int) {
        self.feed = feed
        self.channel = channel
    }

    public func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd {
        try feed.play(buffer, in: [channel], shouldStop: shouldStop)
    }
}
