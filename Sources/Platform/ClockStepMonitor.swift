import CLinux
import Dispatch
import Glibc

/// Tells when the wall clock is set (NTP stepping it after a power cut, a manual `date`), so the
/// timetable is re-planned at once instead of firing early, late or twice. It is a timerfd armed
/// far in the future with TFD_TIMER_CANCEL_ON_SET: the kernel wakes it exactly when
/// CLOCK_REALTIME is set, and never otherwise — no polling.
public final class ClockStepMonitor: @unchecked Sendable {
    public struct MonitorError: Error, CustomStringConvertible {
        public var description: String
    }

    /// What a read of the timerfd means.
    public enum ReadOutcome: Equatable {
        case clockWasSet
        case expired  // the far-future deadline passed (only if the clock was set to ~2100)
        case nothing  // a spurious wake-up (EAGAIN)
    }

    private let fd: Int32
    private var source: DispatchSourceRead?
    private let onStep: @Sendable () -> Void

    public init(queue: DispatchQueue, onStep: @escaping @Sendable () -> Void) throws {
        fd = timerfd_create(CLOCK_REALTIME, Int32(TFD_NONBLOCK | TFD_CLOEXEC))
        guard fd >= 0 else { throw MonitorError(description: "cannot watch for clock changes: \(String(cString: strerror(errno)))") }
        self.onStep = onStep
        try arm()
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler { [weak self] in self?.handle() }
        source.setCancelHandler { [fd] in close(fd) }
        self.source = source
        source.resume()
    }

    deinit { source?.cancel() }

    public func cancel() {
        source?.cancel()
        source = nil
    }

    /// Classifies the result of `read(2)` on the timerfd.
    public static func interpret(readResult: Int, errno code: Int32) -> ReadOutcome {
        if readResult < 0 { return code == ECANCELED ? .clockWasSet : .nothing }
        return readResult == 8 ? .expired : .nothing
    }

    private func arm() throws {
        // 2100-01-01: far enough never to expire; absolute, so a clock set cancels it.
        var spec = itimerspec(it_interval: timespec(tv_sec: 0, tv_nsec: 0), it_value: timespec(tv_sec: 4_102_444_800, tv_nsec: 0))
        guard timerfd_settime(fd, Int32(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET), &spec, nil) == 0 else {
            throw MonitorError(description: "cannot watch for clock changes: \(String(cString: strerror(errno)))")
        }
    }

    private func handle() {
        var expirations: UInt64 = 0
        let n = read(fd, &expirations, 8)
        switch Self.interpret(readResult: n, errno: errno) {
        case .clockWasSet, .expired:
            try? arm()  // a cancelled timer must be armed again to hear the next step
            onStep()
        case .nothing:
            break
        }
    }
}
