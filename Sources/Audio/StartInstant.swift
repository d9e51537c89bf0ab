import CALSA
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Waiting for the instant a playback is due, on the thread that will write its first sample.
/// The station hands an announcement to its player a little ahead (`ALSASink.startAhead`), the
/// sink opens the device meanwhile, and at the instant only this one thread has to wake: the
/// engine's timer, the hand-over to the player and the device's open are all done before it.
///
/// On a busy 2-core box a woken thread at the normal policy often waits for the next scheduler
/// tick (~1 ms) before it runs; a low SCHED_FIFO priority for the wait and the first writes
/// takes the core at once. It is asked for, not required: without the right (root, or systemd's
/// `LimitRTPRIO=`) the thread stays at the normal policy.
public enum StartInstant {
    /// Raises the calling thread to a low real-time priority until `normal()`; false when not allowed.
    @discardableResult
    public static func realtime() -> Bool { dalaba_set_realtime(1) == 0 }

    /// Back to the normal policy (after `realtime()`).
    public static func normal() { _ = dalaba_set_realtime(0) }

    /// Sleeps until `instant` (wall clock), asking `shouldStop` at least every 10 ms; false when
    /// it turned true first. The last stretch is an absolute `clock_nanosleep` with the thread's
    /// timer slack at 1 µs (Linux's 50 µs default would let the kernel wake it that much later).
    public static func wait(until instant: Date, shouldStop: () -> Bool) -> Bool {
        _ = dalaba_set_timer_slack(1_000)
        while true {
            if shouldStop() { return false }
            let remaining = instant.timeIntervalSinceNow
            if remaining <= 0 { return true }
            if remaining > 0.01 {
                Thread.sleep(forTimeInterval: min(remaining - 0.005, 0.01))
                continue
            }
            let seconds = instant.timeIntervalSince1970
            let whole = seconds.rounded(.down)
            var deadline = timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1_000_000_000))
            while clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &deadline, nil) == EINTR {}
            return !shouldStop()
        }
    }
}

extension AudioSink {
    /// Opens nothing ahead: waits for `instant`, says it started, then plays. ALSA sinks open
    /// the device first (`ALSASink`).
    public func play(_ buffer: PCMBuffer, startingAt instant: Date?, started: (Date) -> Void, shouldStop: () -> Bool) throws -> PlaybackEnd {
        if let instant, !StartInstant.wait(until: instant, shouldStop: shouldStop) { return .stopped }
        started(Date())
        return try play(buffer, shouldStop: shouldStop)
    }
}
