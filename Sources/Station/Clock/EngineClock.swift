import Foundation

/// What the engine needs of time: the station's present instant, and a timer that wakes the
/// engine at a wall-clock instant. The daemon gives it the system's (`SystemClock`); tests a
/// `TestClock` they move by hand, so nothing waits for real seconds to pass.
public protocol EngineClock: Sendable {
    func now() -> Date
    /// A timer that calls `fire` on `queue` once the instant last given to `wake(at:)` comes.
    func makeTimer(queue: DispatchQueue, fire: @escaping @Sendable () -> Void) -> any EngineTimer
}

/// The engine's one timer. Each `wake(at:)` replaces the previous request; nil cancels it.
public protocol EngineTimer: AnyObject, Sendable {
    func wake(at instant: Date?)
}

/// The system's wall clock, or the daemon's station time (the system's plus a test offset):
/// timers follow the calendar (a wall-clock deadline), not uptime.
public struct SystemClock: EngineClock {
    private let station: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date = Date.init) { station = now }

    public func now() -> Date { station() }

    public func makeTimer(queue: DispatchQueue, fire: @escaping @Sendable () -> Void) -> any EngineTimer {
        WallClockTimer(queue: queue, now: station, fire: fire)
    }
}

/// A Dispatch wall-clock timer, re-created for each wake-up. Used on its queue only.
final class WallClockTimer: EngineTimer, @unchecked Sendable {
    private let queue: DispatchQueue
    private let now: @Sendable () -> Date
    private let fire: @Sendable () -> Void
    private var source: DispatchSourceTimer?

    init(queue: DispatchQueue, now: @escaping @Sendable () -> Date, fire: @escaping @Sendable () -> Void) {
        self.queue = queue
        self.now = now
        self.fire = fire
    }

    func wake(at instant: Date?) {
        source?.cancel()
        source = nil
        guard let instant else { return }
        // The station clock may run off the system's (a test's injected offset): the timer
        // needs the system's wall time of the same moment.
        let offset = now().timeIntervalSince(Date())
        let systemWake = abs(offset) < 0.001 ? instant : instant.addingTimeInterval(-offset)
        let source = DispatchSource.makeTimerSource(flags: .strict, queue: queue)
        source.schedule(wallDeadline: DispatchWallTime(systemWake), leeway: .nanoseconds(0))
        source.setEventHandler(handler: fire)
        self.source = source
        source.resume()
    }
}

extension DispatchWallTime {
    /// The wall-clock instant `date`, so a timer follows the calendar rather than uptime.
    init(_ date: Date) {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        self.init(timespec: timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1_000_000_000)))
    }
}
