import Foundation

/// The wall clock against uptime at the engine's last look, to tell how far a clock step moved.
struct ClockReference {
    private var wall = Date.distantPast
    private var uptime = UInt64(0)

    mutating func mark(_ instant: Date) {
        wall = instant
        uptime = DispatchTime.now().uptimeNanoseconds
    }

    /// How far the wall clock moved beyond the time that passed since the last mark.
    func jump(to instant: Date) -> TimeInterval {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds &- uptime) / 1e9
        return instant.timeIntervalSince(wall.addingTimeInterval(elapsed))
    }
}

extension StationEngine {
    /// The wall clock was set (NTP after a power cut, a manual `date`): plan again at once.
    /// Occurrences the jump skipped play if still inside the grace window, else are `missed`;
    /// the store's (file, due) index keeps a jump back from playing anything twice, and the
    /// timer is re-armed so nothing sounds before its due second.
    public func clockChanged() {
        queue.async { [self] in
            guard !stopping else { return }
            let instant = now()
            let jump = reference.jump(to: instant)
            let message = String(format: "the clock was set %@ by %.0f s; the timetable is planned again", jump >= 0 ? "forward" : "back", abs(jump))
            log.warning(message)
            emit(StationEvent(kind: .clockChanged, time: instant, message: message))
            planTimetable(missedReason: "the clock was set forward past its due time and its grace window")
            reschedule()
        }
    }
}
