import Foundation

/// systemd's watchdog, fed from the engine's own queue — so a hung engine stops the pings —
/// and only while the player shows progress within `playerStallLimit` (WatchdogSec then
/// restarts a station whose player is stuck in a write). Real time: it watches real progress.
final class EngineWatchdog: @unchecked Sendable {
    private let source: DispatchSourceTimer
    private var withheld = false  // on the engine's queue

    init(queue: DispatchQueue, every interval: TimeInterval, playerStallLimit: TimeInterval, log: StationLog,
         playerIsResponsive: @escaping @Sendable (TimeInterval) -> Bool, ping: @escaping @Sendable () -> Void) {
        source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now(), repeating: interval, leeway: .milliseconds(Int(interval * 100)))
        source.setEventHandler { [unowned self] in
            if playerIsResponsive(playerStallLimit) {
                if withheld { log.info("the player moves again; watchdog pings resumed") }
                withheld = false
                ping()
            } else if !withheld {
                withheld = true
                log.error(String(format: "the player has shown no progress for %.0f s (stuck on the sound device?): watchdog pings stop so that systemd restarts the daemon", playerStallLimit))
            }
        }
        source.resume()
    }

    func cancel() { source.cancel() }
}
