import Foundation
import Vocabulary

import CLinux
#if canImport(Glibc)
    import Glibc
#endif

/// The threads that render ahead: one per zone (an announcement renders on its first zone's),
/// each at a lower CPU priority (nice 10) than the engine and the players. So a 10-minute
/// recording being decoded and levelled for one zone never holds up another zone's render, and
/// rendering never takes the CPU from playback: on the 2-core box the player thread of another
/// zone, due now, wins the core. Renders of one zone run in the order handed over.
final class RenderWorkers: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [ZoneName: [() -> Void]] = [:]
    private var running: Set<ZoneName> = []
    private var started: Set<ZoneName> = []

    /// The nice value of a render thread (the engine and players stay at 0).
    static let niceness: Int32 = 10

    func async(in zone: ZoneName, _ work: @escaping () -> Void) {
        condition.lock()
        waiting[zone, default: []].append(work)
        if started.insert(zone).inserted {
            let thread = Thread { [self] in run(zone) }
            thread.name = "dalaba-render"
            thread.start()
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every render handed over so far is done (tests on a TestClock).
    func settle() {
        condition.lock()
        while !running.isEmpty || waiting.values.contains(where: { !$0.isEmpty }) { condition.wait() }
        condition.unlock()
    }

    private func run(_ zone: ZoneName) {
        // Linux: nice is per thread (the tid as PRIO_PROCESS's who).
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(dalaba_gettid()), Self.niceness)
        while true {
            condition.lock()
            while waiting[zone, default: []].isEmpty { condition.wait() }
            let work = waiting[zone]!.removeFirst()
            running.insert(zone)
            condition.unlock()
            work()
            condition.lock()
            running.remove(zone)
            condition.broadcast()
            condition.unlock()
        }
    }
}
