import Foundation
import Vocabulary

/// Why a job failed: the announcement could not be rendered (its own fault), or the
/// speaker failed (the station's fault: status shows the speaker offline).
enum PlayerError: Error, CustomStringConvertible {
    case render(Error)
    case speaker(Error)

    var description: String {
        switch self {
        case .render(let error): "cannot render: \(error)"
        case .speaker(let error): "speaker: \(error)"
        }
    }
}

/// Owns a zone's loudspeaker on a dedicated thread (one per zone: zones play at once; an
/// announcement for several zones plays on the thread of its first): playback is blocking I/O and must not sit on
/// the cooperative pool or the engine's queue. One job at a time; `stop()` makes the current
/// one return within one audio chunk.
final class Player<Output: Speaker>: @unchecked Sendable {
    struct Job {
        var announcement: Announcement
        /// Pre-rendered audio, or nil to render on this thread first.
        var rendered: Result<Output.Rendered, Error>?
        /// Its render ahead, still running when it was handed over: waited for instead of
        /// rendering again (nil with `rendered`, or when none runs).
        var running: RenderPromise<Output.Rendered>? = nil
        /// The level in force when it starts (the engine's VolumeControl).
        var level: VolumeLevel = .full
        /// The zones it plays in (all start together).
        var zones: [ZoneName] = [.whole]
        /// When its stream starts (the lead-in's silence first), on the station's clock; nil: at
        /// once. Set when the output starts ahead (`Speaker.startAhead`).
        var startAt: Date?
        /// Called on the player thread just before the first sample is handed to the output
        /// (after the output is prepared: the amplifier's warm-up is not part of the play).
        var willStart: (Date) -> Void
        /// Called on the player thread when the job ends: true = played to the end.
        var done: (Result<Bool, PlayerError>) -> Void
    }

    private let output: Output
    private let now: @Sendable () -> Date
    private let condition = NSCondition()
    private var job: Job?
    private var stopRequested = false
    private var thread: Thread?
    /// Uptime (ns) of the job's last sign of life: its start, then every audio chunk (each
    /// chunk asks `shouldStop`). Nil while idle. The watchdog reads it to tell a player stuck
    /// in a write or an open from one that is merely waiting for work.
    private var lastProgress: UInt64?
    /// The render ahead the job waits for, if it does: `stop()` wakes that wait.
    private var waitingFor: RenderPromise<Output.Rendered>?

    init(output: Output, now: @escaping @Sendable () -> Date) {
        self.output = output
        self.now = now
    }

    func startThread() {
        // The thread keeps its player alive: it runs for the life of the process.
        let thread = Thread { self.run() }
        thread.name = "dalaba-player"
        thread.qualityOfService = .userInteractive
        self.thread = thread
        thread.start()
    }

    /// Hands a job to the thread. The caller (the engine) never gives a second job before
    /// the first one's `done`.
    func play(_ job: Job) {
        condition.lock()
        self.job = job
        stopRequested = false
        condition.signal()
        condition.unlock()
    }

    func stop() {
        let waiting = condition.withLock {
            stopRequested = true
            return waitingFor
        }
        // After the flag: the woken wait asks `shouldStop` again and sees it.
        waiting?.wake()
    }

    private var shouldStop: Bool {
        condition.lock()
        defer { condition.unlock() }
        lastProgress = DispatchTime.now().uptimeNanoseconds
        return stopRequested
    }

    /// True while the job waits for its render ahead (tests stop it there).
    var waitsForRender: Bool { condition.withLock { waitingFor != nil } }

    /// False when a job has shown no progress for `limit` seconds (stuck in a write, an open
    /// or a render): the watchdog then stops vouching for the station.
    func isResponsive(within limit: TimeInterval) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard let lastProgress else { return true }
        // Waiting for a render ahead is the render workers' time, not a player stuck on its
        // device (as when the wait asked `shouldStop`, and so marked progress, every 10 ms).
        if waitingFor != nil { return true }
        let silent = Double(DispatchTime.now().uptimeNanoseconds &- lastProgress) / 1e9
        return silent < limit
    }

    /// The result of a render ahead still under way; nil when the job is stopped first (at
    /// once: `stop()` wakes the wait).
    private func waitForRender(_ running: RenderPromise<Output.Rendered>) -> Result<Output.Rendered, Error>? {
        condition.withLock { waitingFor = running }
        defer { condition.withLock { waitingFor = nil } }
        return running.wait(shouldStop: { self.shouldStop })
    }

    private func run() {
        while true {
            condition.lock()
            while job == nil { condition.wait() }
            let current = job!
            lastProgress = DispatchTime.now().uptimeNanoseconds
            condition.unlock()

            let result = Result { () throws(PlayerError) -> Bool in
                let audio: Result<Output.Rendered, Error>
                if let rendered = current.rendered {
                    audio = rendered
                } else if let running = current.running {
                    guard let result = waitForRender(running) else { return false }
                    audio = result
                } else {
                    audio = Result { try output.render(current.announcement) }
                }
                guard case .success(let rendered) = audio else {
                    if case .failure(let error) = audio { throw .render(error) }
                    return false
                }
                if shouldStop {
                    // Stopped before its sound began (skip, cancel, an emergency in the lead).
                    if current.rendered != nil { output.withdraw(rendered) }
                    return false
                }
                output.prepare(rendered)
                let leadIn = output.leadIn
                if let startAt = current.startAt {
                    // The station's clock may run off the system's (a test's offset); the output
                    // waits on the system's wall clock.
                    let offset = now().timeIntervalSince(Date())
                    do {
                        return try output.play(
                            rendered, at: current.level, in: current.zones, startingAt: startAt.addingTimeInterval(-offset),
                            started: { current.willStart($0.addingTimeInterval(offset + leadIn)) }) { self.shouldStop }
                    } catch { throw .speaker(error) }
                }
                // The output writes its lead-in's silence first: sound starts after it.
                current.willStart(now().addingTimeInterval(leadIn))
                do { return try output.play(rendered, at: current.level, in: current.zones) { self.shouldStop } } catch { throw .speaker(error) }
            }
            condition.lock()
            job = nil
            lastProgress = nil
            condition.unlock()
            current.done(result)
        }
    }
}
