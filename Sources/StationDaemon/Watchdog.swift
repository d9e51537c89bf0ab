import Foundation

/// systemd's watchdog request (sd_watchdog_enabled(3)): `WATCHDOG_USEC` set, and
/// `WATCHDOG_PID` unset or ours. The daemon pings at half the interval.
enum Watchdog {
    static func interval(environment: [String: String], pid: Int32 = getpid()) -> TimeInterval? {
        guard let text = environment["WATCHDOG_USEC"], let usec = UInt64(text), usec > 0 else { return nil }
        if let owner = environment["WATCHDOG_PID"], !owner.isEmpty, Int32(owner) != pid { return nil }
        return TimeInterval(usec) / 1_000_000
    }
}
