import Foundation

/// One ALSA device whose channels drive different amplifiers (two zones on the left and right of
/// one USB card): ONE open PCM, written by the card's own thread, which interleaves each
/// playback into its channels and writes silence in the channels with nothing to play. The
/// thread opens the device when something is to play and closes it when nothing is left, so an
/// unplugged card is simply tried again next time, as `ALSASink` does.
///
/// Playbacks handed over together (one `play` with several channels) start in the same frame.
/// Separate playbacks due at the same instant come from separate zone players a millisecond or
/// two apart, so a stream that starts from idle gathers for `gatherTime` before its first
/// period and fills its first buffer at most `leadPeriods` ahead of the clock.
///
/// A playback due at an instant is announced ahead (`openAhead`, as the zone outputs wait for the
/// instant): the thread starts and opens the device then, so neither a new thread nor libasound's
/// open is between the due instant and the first sample (under load they took 36 ms once).
///
/// A playback that comes while the card plays does not wait for what is buffered (up to
/// `bufferTime`, ~120 ms before this was done): the thread takes back the written frames that
/// have not sounded yet (`snd_pcm_rewind`) down to `joinMargin` ahead of the sound, and writes
/// them again with the newcomer mixed in from there. So every playback is placed in the
/// stream by frame (`Job.startFrame`), and the ones that ended within the last buffer are
/// kept until their sound can no longer be taken back. How far ahead the writes are is the
/// device's `snd_pcm_delay` where it tells it (a card), else the stream's own clock (a
/// plugin that plays at once, like the file plugin over `null` in the tests); the thread
/// writes no further ahead than one buffer and sleeps on its condition otherwise, so a
/// newcomer wakes it at once instead of after a blocking write.
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
    /// How far ahead of the sound a joining playback is placed: the time the thread needs from
    /// the rewind to the end of its next write, with room for a busy core.
    static let joinMargin: TimeInterval = 0.004

    /// One playback: mono samples sent to some channels.
    private final class Job {
        let arrival = Date()
        let buffer: PCMBuffer
        let channels: [Int]
        var samples: [Int16] = []
        /// The stream frame of its first sample, once placed.
        var startFrame: Int?
        /// The stream frame it was stopped at (its sound ends there).
        var stopFrame: Int?
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
    /// Until when the thread keeps the device open with nothing to play (`openAhead`).
    private var warmUntil: Date?
    /// How long past the instant an early open waits for its playback (a stop before the instant
    /// means none comes) before the device is closed again.
    static let warmSlack: TimeInterval = 1

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
        startThread()
        // The playback the device was opened ahead for (the latest one asked) has come.
        if let until = warmUntil, job.arrival >= until.addingTimeInterval(-Self.warmSlack - 0.05) { warmUntil = nil }
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

    /// Opens the device now for a playback due at `instant` (idle card), and keeps it open, silent,
    /// until that playback comes or `warmSlack` after the instant. While the card plays it changes
    /// nothing: a newcomer is mixed into the open stream.
    public func openAhead(until instant: Date) {
        condition.lock()
        warmUntil = max(warmUntil ?? instant, instant).addingTimeInterval(Self.warmSlack)
        startThread()
        condition.broadcast()
        condition.unlock()
    }

    /// Starts the card's thread unless it runs. Called with the condition locked.
    private func startThread() {
        guard thread == nil else { return }
        let thread = Thread { [self] in run() }
        thread.name = "dalaba-card"
        thread.qualityOfService = .userInteractive
        self.thread = thread
        thread.start()
    }

    /// Whether the card's thread is running (it ends when nothing is left to play).
    var hasThread: Bool { condition.withLock { thread != nil } }

    /// Opens and closes the device without sound (the speaker probe). While the card plays for
    /// another zone it answers, so that counts as working.
    public func probe() throws {
        // Its thread holds the device open while it plays or waits for a playback (`openAhead`).
        let busy = condition.withLock { !jobs.isEmpty || thread != nil }
        if busy { return }
        let pcm = try ALSAOpener.open(device: device, sampleRate: PCMBuffer.stationRate, within: openLimit, channels: channelCount)
        pcm.close()
    }

    /// Plays while there is something to play, then ends: a feed that a reload replaced (its
    /// zones changed) is then freed instead of keeping an idle thread, and itself, for the life
    /// of the process. The next `play` starts a new thread.
    private func run() {
        // The card's writes are playback: a joining zone is mixed in by this thread, which on a
        // busy core would otherwise wake milliseconds late (StartInstant: asked, not required).
        StartInstant.realtime()
        // The device opened ahead of a playback that has not come yet.
        var held: ALSAPCM?
        while true {
            condition.lock()
            if jobs.isEmpty {
                if let until = warmUntil, Date() < until {
                    if held == nil {
                        condition.unlock()
                        held = try? open()
                        // Could not: the playback's own open will say why.
                        if held == nil { condition.withLock { warmUntil = nil } }
                        continue
                    }
                    _ = condition.wait(until: until)
                    condition.unlock()
                    continue
                }
                warmUntil = nil
                thread = nil
                condition.unlock()
                held?.close()
                return
            }
            // Other zones' playbacks due at the same instant arrive from their own threads.
            let gathered = jobs[0].arrival.addingTimeInterval(Self.gatherTime)
            while Date() < gathered { _ = condition.wait(until: gathered) }
            condition.unlock()
            let pcm: ALSAPCM
            if let open = held {
                pcm = open
                held = nil
            } else {
                do {
                    pcm = try open()
                } catch {
                    finishAll(.failure(error))
                    continue
                }
            }
            stream(pcm)
        }
    }

    private func open() throws -> ALSAPCM {
        try ALSAOpener.open(device: device, sampleRate: PCMBuffer.stationRate, within: openLimit, channels: channelCount,
                            bufferTime: Self.bufferTime, periodTime: Self.periodTime)
    }

    /// Writes periods until no playback is left; then drains and closes.
    private func stream(_ pcm: ALSAPCM) {
        let frames = pcm.periodFrames
        let width = pcm.channels
        let rate = Double(pcm.sampleRate)
        let bufferFrames = max(pcm.bufferFrames, frames)
        let margin = Int(Self.joinMargin * rate)
        var period = [Int16](repeating: 0, count: frames * width)
        let started = Date()
        // Frames written so far: the stream frame the next write starts at (a rewind moves it back).
        var written = 0
        // Placed playbacks, including the ones that ended within the last buffer (a rewind may
        // have to write their end again).
        var placed: [Job] = []
        func end(of job: Job) -> Int { job.stopFrame ?? (job.startFrame! + job.samples.count) }
        func ahead() -> Int {
            if let delay = pcm.delay(), delay > 0 { return delay }
            return written - Int(Date().timeIntervalSince(started) * rate)
        }
        while true {
            condition.lock()
            // Stopped playbacks leave (their sound already buffered plays out: one buffer).
            for job in jobs where job.stopRequested {
                job.stopFrame = min(job.stopFrame ?? written, written)
                job.end = .success(.stopped)
            }
            jobs.removeAll { $0.end != nil }
            condition.broadcast()
            let active = jobs
            if active.isEmpty {
                condition.unlock()
                break
            }
            let newcomers = active.filter { $0.startFrame == nil }
            let lead = written < bufferFrames ? Self.leadPeriods * frames : bufferFrames
            let now = ahead()
            // No room for another period and nobody new: sleep until there is (or someone comes).
            if newcomers.isEmpty, now + frames > lead {
                _ = condition.wait(until: Date().addingTimeInterval(Double(now + frames - lead) / rate))
                condition.unlock()
                continue
            }
            condition.unlock()
            if !newcomers.isEmpty, written > 0 {
                // Take back what has not sounded yet, down to the margin, and write it again
                // with the newcomers in it (see the type).
                written -= pcm.rewind(min(pcm.rewindable(), now - margin))
            }
            for job in newcomers {
                job.samples = ALSASink.adapt(job.buffer, toRate: pcm.sampleRate, channels: 1)
                job.startFrame = written
                placed.append(job)
            }
            for index in period.indices { period[index] = 0 }
            for job in placed {
                let start = job.startFrame!
                let from = max(written, start), to = min(written + frames, end(of: job))
                guard from < to else { continue }
                job.samples.withUnsafeBufferPointer { samples in
                    for frame in from..<to {
                        let sample = samples[frame - start]
                        for channel in job.channels { period[(frame - written) * width + channel] = sample }
                    }
                }
            }
            do {
                try period.withUnsafeBufferPointer { try pcm.write($0) }
            } catch {
                pcm.drop()
                pcm.close()
                finishAll(.failure(error))
                return
            }
            written += frames
            // Nothing a rewind could reach any more.
            placed.removeAll { end(of: $0) <= written - bufferFrames }
            let ended = active.filter { $0.stopFrame == nil && end(of: $0) <= written }
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
