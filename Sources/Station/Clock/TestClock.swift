import Foundation

/// A clock that stands still until a test moves it. Moving it fires the timers whose instant
/// has come (on their queues, in instant order), as the wall clock would have; `set(to:)`
/// also moves it back, as a clock step does.
public final class TestClock: EngineClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date
    private var timers: [Weak] = []

    public init(_ start: Date = Date()) { instant = start }

    public func now() -> Date { lock.withLock { instant } }

    public func makeTimer(queue: DispatchQueue, fire: @escaping @Sendable () -> Void) -> any EngineTimer {
        let timer = Timer(clock: self, queue: queue, fire: fire)
        lock.withLock { timers.append(Weak(timer)) }
        return timer
    }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: TimeInterval) { set(to: now().addingTimeInterval(seconds)) }

    /// Moves the clock to `date` (forward or back) and fires every timer now due. Without
    /// `firing`, armed timers keep waiting until the clock moves again — as the daemon's
    /// injected offset (`--clock-offset-file`) moves its clock under a timer armed in system
    /// time, and then tells the engine with `clockChanged()`.
    public func set(to date: Date, firing: Bool = true) {
        let due: [Timer] = lock.withLock {
            instant = date
            guard firing else { return [] }
            timers.removeAll { $0.timer == nil }
            return timers.compactMap(\.timer).filter { $0.isDue(at: date) }
        }
        for timer in due.sorted(by: { ($0.instant ?? .distantFuture) < ($1.instant ?? .distantFuture) }) { timer.fireIfDue(at: date) }
    }

    /// When the earliest armed timer wants to wake, if any.
    public var nextWake: Date? {
        lock.withLock { timers.compactMap { $0.timer?.instant }.min() }
    }

    private struct Weak {
        weak var timer: Timer?
        init(_ timer: Timer) { self.timer = timer }
    }

    final class Timer: EngineTimer, @unchecked Sendable {
        private unowned let clock: TestClock
        private let queue: DispatchQueue
        private let fire: @Sendable () -> Void
        private let lock = NSLock()
        private var wake: Date?

        init(clock: TestClock, queue: DispatchQueue, fire: @escaping @Sendable () -> Void) {
            self.clock = clock
            self.queue = queue
            self.fire = fire
        }

        var instant: Date? { lock.withLock { wake } }

        func isDue(at date: Date) -> Bool { lock.withLock { wake.map { $0 <= date } ?? false } }

        func wake(at instant: Date?) {
            lock.withLock { wake = instant }
            // Already due (an instant in the past): fires at once, like a wall-clock timer.
            if let instant, instant <= clock.now() { fireIfDue(at: clock.now()) }
        }

        func fireIfDue(at date: Date) {
            let due: Bool = lock.withLock {
                guard let wake, wake <= date else { return false }
                self.wake = nil
                return true
            }
            if due { queue.async(execute: fire) }
        }
    }
}
