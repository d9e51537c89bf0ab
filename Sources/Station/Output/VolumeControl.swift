import Foundation
import Vocabulary

/// The level each announcement plays at: the station's plan (`volume:`) read on its wall clock,
/// and a clerk's override. Behind a lock, so `dalaba volume` answers without waiting on the
/// engine's queue. The override lives in memory only: a daemon restart returns to the plan.
public final class VolumeControl: @unchecked Sendable {
    /// What `dalaba volume` shows.
    public struct InForce: Equatable, Sendable {
        public var level: VolumeLevel
        public var reason: VolumePlan.Reason

        /// When a clerk's level ends, if it is one.
        // Not inlined: Swift 6.3's optimizer crashed (SIL ownership verifier, "Found ownership
        // error") on this match inlined into StationEngine.setVolume in release builds.
        @inline(never)
        public var reasonEnd: Date? {
            switch reason {
            case .override(_, let until): until
            default: nil
            }
        }
    }

    private let lock = NSLock()
    private var plan: VolumePlan
    private var timeZone: TimeZone
    private var override: VolumePlan.Override?

    public init(plan: VolumePlan = VolumePlan(), timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.plan = plan
        self.timeZone = timeZone
    }

    /// station.yaml (re)loaded. A running override stays until its time.
    public func replace(plan: VolumePlan, timeZone: TimeZone) {
        lock.withLock {
            self.plan = plan
            self.timeZone = timeZone
        }
    }

    /// The level an announcement starting at `instant` plays at, and why.
    public func level(for draft: AnnouncementDraft, at instant: Date) -> InForce {
        lock.withLock {
            let chosen = plan.level(at: localTime(instant), instant: instant, priority: draft.priority,
                                    program: draft.volume, override: override)
            return InForce(level: chosen.level, reason: chosen.reason)
        }
    }

    /// The level a normal announcement without a level of its own would play at now.
    public func inForce(at instant: Date) -> InForce {
        lock.withLock {
            let chosen = plan.level(at: localTime(instant), instant: instant, priority: .normal, override: override)
            return InForce(level: chosen.level, reason: chosen.reason)
        }
    }

    /// Sets (or with nil level, ends) the override. Without `until` it lasts until the plan's
    /// next change of level, or the next midnight when the plan has no hours.
    public func setOverride(_ level: VolumeLevel?, until: Date?, by user: String, at instant: Date) -> InForce {
        lock.withLock {
            if let level {
                let end = until ?? nextChange(after: instant)
                override = VolumePlan.Override(level: level, until: end, by: user)
            } else {
                override = nil
            }
        }
        return inForce(at: instant)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private func localTime(_ instant: Date) -> LocalTime {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: instant)
        return LocalTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0) ?? LocalTime(secondsSinceMidnight: 0)
    }

    private func nextChange(after instant: Date) -> Date {
        let time = plan.nextChange(after: localTime(instant)) ?? LocalTime(secondsSinceMidnight: 0)
        return calendar.nextDate(after: instant, matching: DateComponents(hour: time.hour, minute: time.minute, second: time.second),
                                 matchingPolicy: .nextTime) ?? instant.addingTimeInterval(86_400)
    }
}
